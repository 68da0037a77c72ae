//! `/admin/audit.csv`: the whole audit log (pledges and coalition) under the page's filters, for
//! ITU admins only.
use app::domain::AuditFilter;
use app::error::AppError;
use app::ssr::{ServerContext, accounts::auth, audit::listing};
use axum::{
    body::Body,
    extract::{Query, State},
    http::{HeaderMap, header},
    response::{IntoResponse, Response},
};

pub async fn download(
    State(ctx): State<ServerContext>,
    Query(filter): Query<AuditFilter>,
    headers: HeaderMap,
) -> Response {
    match csv_for(&ctx, &filter, &headers).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"p2c-audit-{}.csv\"",
                        chrono::Utc::now().format("%Y%m%d-%H%M")
                    ),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            Body::from(bytes),
        )
            .into_response(),
        Err(error) => (error.status(), error.to_string()).into_response(),
    }
}

async fn csv_for(
    ctx: &ServerContext,
    filter: &AuditFilter,
    headers: &HeaderMap,
) -> Result<Vec<u8>, AppError> {
    let token =
        app::cookies::cookie_value(headers, ctx.auth.cookie_name()).ok_or(AppError::NotSignedIn)?;
    let who = auth::user_for_token(&ctx.db, token)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    listing::csv(&ctx.db, &who, filter).await
}
