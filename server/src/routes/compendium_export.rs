//! `/compendium.{csv,json,xlsx,docx}`: the compendium's downloads under the list's filters. Anyone
//! may download; a signed-in Roundtable organiser (or ITU admin) also gets contacts and review dates.
//! How the files are made, and which are kept, is in `export_files`.
use std::sync::Arc;

use app::domain::CompendiumFilter;
use app::error::AppError;
use app::ssr::exports::{self, Audience, Request};
use app::ssr::{ServerContext, accounts::auth};
use axum::{
    body::Body,
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use futures_util::StreamExt;
use tokio::sync::mpsc;

use super::export_files::{ExportFiles, Format, Made, RETRY_AFTER, write_stream};
use crate::page_cache::client_holds;
use crate::security::{refusal, with_retry_after};

async fn audience(ctx: &ServerContext, headers: &HeaderMap) -> Result<Audience, AppError> {
    let Some(token) = app::cookies::cookie_value(headers, ctx.auth.cookie_name()) else {
        return Ok(Audience::Public);
    };
    Ok(Audience::of(
        auth::user_for_token(&ctx.db, token).await?.as_ref(),
    ))
}

macro_rules! handler {
    ($name:ident, $format:expr) => {
        pub async fn $name(
            State(ctx): State<ServerContext>,
            State(files): State<Arc<ExportFiles>>,
            Query(filter): Query<CompendiumFilter>,
            headers: HeaderMap,
        ) -> Response {
            download(&ctx, &files, $format, filter, &headers).await
        }
    };
}
handler!(csv, Format::Csv);
handler!(json, Format::Json);
handler!(xlsx, Format::Xlsx);
handler!(docx, Format::Docx);

async fn download(
    ctx: &ServerContext,
    files: &ExportFiles,
    format: Format,
    filter: CompendiumFilter,
    headers: &HeaderMap,
) -> Response {
    match export(ctx, files, format, filter, headers).await {
        Ok(response) => response,
        Err(AppError::Busy) => with_retry_after(refusal(headers, AppError::Busy), RETRY_AFTER),
        Err(error) => refusal(headers, error),
    }
}

async fn export(
    ctx: &ServerContext,
    files: &ExportFiles,
    format: Format,
    filter: CompendiumFilter,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let filter = filter.normalised();
    filter.check_search()?;
    let locale = app::i18n::locale_from_headers(headers);
    let audience = audience(ctx, headers).await?;
    if audience == Audience::Public && filter.is_everything() {
        let made = files.everything(&ctx.db, format, locale).await?;
        let tag = made.version.map(|v| format!("\"e{v}-{}\"", locale.code()));
        if let Some(tag) = &tag
            && client_holds(headers, tag)
        {
            let mut response = StatusCode::NOT_MODIFIED.into_response();
            with_headers(&mut response, format, audience, None, Some(tag));
            return Ok(response);
        }
        return answer(&made, format, audience, tag.as_deref()).await;
    }
    let req = Request {
        filter,
        locale,
        audience,
        as_at: chrono::Utc::now(),
    };
    if format.made_whole() {
        let made = files.make(&ctx.db, format, req).await?;
        return answer(&made, format, audience, None).await;
    }
    let as_at = req.as_at;
    let mut response = Response::new(streamed(ctx.clone(), format, req));
    with_headers(&mut response, format, audience, Some(as_at), None);
    Ok(response)
}

async fn answer(
    made: &Made,
    format: Format,
    audience: Audience,
    tag: Option<&str>,
) -> Result<Response, AppError> {
    let (body, length) = made.body().await?;
    let mut response = Response::new(body);
    with_headers(&mut response, format, audience, Some(made.as_at), tag);
    response
        .headers_mut()
        .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    Ok(response)
}

fn with_headers(
    response: &mut Response,
    format: Format,
    audience: Audience,
    as_at: Option<chrono::DateTime<chrono::Utc>>,
    tag: Option<&str>,
) {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Some(as_at) = as_at {
        let disposition = format!(
            "attachment; filename=\"{}\"",
            exports::file_name(as_at, format.extension())
        );
        if let Ok(v) = HeaderValue::from_str(&disposition) {
            h.insert(header::CONTENT_DISPOSITION, v);
        }
    }
    if let Some(tag) = tag
        && let Ok(v) = HeaderValue::from_str(tag)
    {
        h.insert(header::ETAG, v);
    }
    // Organisers' files hold contacts: no shared cache may keep them.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(match audience {
            Audience::Organiser => "private, no-store",
            Audience::Public => "no-cache",
        }),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
}

/// CSV and JSON: a task reads the database a batch at a time and the body sends each batch as it
/// comes, so a large export starts at once and holds one batch in memory.
fn streamed(ctx: ServerContext, format: Format, req: Request) -> Body {
    let (tx, mut rx) = mpsc::channel::<Vec<u8>>(4);
    tokio::spawn(async move {
        if let Err(e) = write_stream(&ctx.db, format, &req, &tx).await {
            tracing::error!(error = %e, "compendium export stopped part-way");
        }
    });
    let chunks = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
        .map(Ok::<_, std::convert::Infallible>);
    Body::from_stream(chunks)
}
