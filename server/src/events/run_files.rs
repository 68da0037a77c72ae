//! `/organiser/events/{slug}/run.docx` and `.xlsx`: the run of show for the desk, in the reader's
//! language, for organisers and ITU admins. `?since=` marks what changed after that time.
use app::error::AppError;
use app::ssr::{ServerContext, accounts::auth, events};
use axum::{
    body::Body,
    extract::{Path, Query, State},
    http::{HeaderMap, header},
    response::{IntoResponse, Response},
};

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct Since {
    since: String,
}

#[derive(Clone, Copy)]
enum Format {
    Docx,
    Xlsx,
}

pub async fn docx(
    State(ctx): State<ServerContext>,
    Path(slug): Path<String>,
    Query(q): Query<Since>,
    headers: HeaderMap,
) -> Response {
    answer(&ctx, &slug, &q.since, &headers, Format::Docx).await
}

pub async fn xlsx(
    State(ctx): State<ServerContext>,
    Path(slug): Path<String>,
    Query(q): Query<Since>,
    headers: HeaderMap,
) -> Response {
    answer(&ctx, &slug, &q.since, &headers, Format::Xlsx).await
}

async fn answer(
    ctx: &ServerContext,
    slug: &str,
    since: &str,
    headers: &HeaderMap,
    format: Format,
) -> Response {
    match file(ctx, slug, since, headers, format).await {
        Ok((name, bytes)) => {
            let (kind, ext) = match format {
                Format::Docx => (
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "docx",
                ),
                Format::Xlsx => (
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "xlsx",
                ),
            };
            (
                [
                    (header::CONTENT_TYPE, kind.to_owned()),
                    (
                        header::CONTENT_DISPOSITION,
                        format!("attachment; filename=\"{name}.{ext}\""),
                    ),
                    (header::CACHE_CONTROL, "private, no-store".to_owned()),
                ],
                Body::from(bytes),
            )
                .into_response()
        }
        Err(error) => (error.status(), error.to_string()).into_response(),
    }
}

async fn file(
    ctx: &ServerContext,
    slug: &str,
    since: &str,
    headers: &HeaderMap,
    format: Format,
) -> Result<(String, Vec<u8>), AppError> {
    let token =
        app::cookies::cookie_value(headers, ctx.auth.cookie_name()).ok_or(AppError::NotSignedIn)?;
    let who = auth::user_for_token(&ctx.db, token)
        .await?
        .ok_or(AppError::NotSignedIn)?;
    let run = events::run_of_show::build(&ctx.db, &who, slug, since).await?;
    let locale = app::i18n::locale_from_headers(headers);
    let name = format!(
        "p2c-run-of-show-{}-{}",
        run.event.slug,
        chrono::Utc::now().format("%Y%m%d-%H%M")
    );
    let bytes = match format {
        Format::Docx => events::run_files::docx(locale, &run)?,
        Format::Xlsx => events::run_files::xlsx(locale, &run)?,
    };
    Ok((name, bytes))
}
