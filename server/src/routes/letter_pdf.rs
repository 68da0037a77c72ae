//! Signed letters of intent, for their organisation and ITU only. The file never sits under the
//! site root; it is streamed from the private directory after the session is checked.
use app::error::AppError;
use app::ssr::{ServerContext, accounts::auth, coalition::letters};
use axum::{
    body::Body,
    extract::{Path, State},
    http::{HeaderMap, header},
    response::{IntoResponse, Response},
};

pub async fn download(
    State(ctx): State<ServerContext>,
    Path(id): Path<i32>,
    headers: HeaderMap,
) -> Response {
    match file_for(&ctx, id, &headers).await {
        Ok(bytes) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"letter-of-intent-{id}.pdf\""),
                ),
                (header::CACHE_CONTROL, "private, no-store".to_owned()),
            ],
            Body::from(bytes),
        )
            .into_response(),
        Err(error) => (error.status(), error.to_string()).into_response(),
    }
}

async fn file_for(ctx: &ServerContext, id: i32, headers: &HeaderMap) -> Result<Vec<u8>, AppError> {
    let token =
        app::cookies::cookie_value(headers, ctx.auth.cookie_name()).ok_or(AppError::NotSignedIn)?;
    let who = auth::user_for_token(&ctx.db, token)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let path = letters::pdf_for(ctx, &who, id).await?;
    tokio::fs::read(&path).await.map_err(|e| {
        tracing::error!(error = %e, "letter file missing");
        AppError::NotFound
    })
}
