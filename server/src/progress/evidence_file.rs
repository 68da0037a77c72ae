//! `/evidence/{id}`: a progress report's evidence file. Public files of public reports go to
//! anyone; every other file only to the pledge's organisations and ITU (see
//! `app::ssr::progress::evidence::file_for`). Never shown inline: a picture or PDF is a download,
//! with its type fixed by the server and sniffing off, so a file cannot act as a page of this site.
use app::error::AppError;
use app::ssr::{ServerContext, accounts::auth, progress::evidence};
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
        Ok((bytes, media_type, name, public)) => (
            [
                (header::CONTENT_TYPE, media_type),
                (header::CONTENT_DISPOSITION, attachment(&name)),
                (
                    header::CACHE_CONTROL,
                    if public {
                        "public, max-age=3600"
                    } else {
                        "private, no-store"
                    }
                    .to_owned(),
                ),
                (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            ],
            Body::from(bytes),
        )
            .into_response(),
        Err(error) => (error.status(), error.to_string()).into_response(),
    }
}

/// `attachment` with an ASCII fallback name and the real one in RFC 5987 form.
fn attachment(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_ ".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

async fn file_for(
    ctx: &ServerContext,
    id: i32,
    headers: &HeaderMap,
) -> Result<(Vec<u8>, String, String, bool), AppError> {
    let reader = match app::cookies::cookie_value(headers, ctx.auth.cookie_name()) {
        Some(token) => auth::user_for_token(&ctx.db, token).await?,
        None => None,
    };
    let (path, media_type, name) =
        evidence::file_for(&ctx.db, &ctx.evidence_dir, reader.as_ref(), id).await?;
    let bytes = tokio::fs::read(&path).await.map_err(|e| {
        tracing::error!(error = %e, "evidence file missing");
        AppError::NotFound
    })?;
    Ok((bytes, media_type, name, reader.is_none()))
}
