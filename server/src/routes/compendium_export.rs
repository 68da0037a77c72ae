//! `/compendium.{csv,json,xlsx,docx}`: the compendium's downloads under the list's filters. Anyone
//! may download; a signed-in Roundtable organiser (or ITU admin) also gets contacts and review dates.
use app::domain::CompendiumFilter;
use app::error::AppError;
use app::ssr::exports::{self, Audience, Request};
use app::ssr::{ServerContext, auth};
use axum::{
    body::Body,
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, header},
    response::{IntoResponse, Response},
};
use futures_util::StreamExt;
use tokio::sync::{Semaphore, mpsc};

/// XLSX and DOCX files are made whole before they are sent, a core busy for seconds at 100,000
/// pledges: at most this many at once, the others wait their turn, so pages keep being served.
/// CSV and JSON stream at the reader's pace and are not counted.
static MAKING_FILES: Semaphore = Semaphore::const_new(2);

#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
    Xlsx,
    Docx,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
            Format::Docx => "docx",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
        }
    }
}

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
            Query(filter): Query<CompendiumFilter>,
            headers: HeaderMap,
        ) -> Response {
            download(ctx, $format, filter, headers).await
        }
    };
}
handler!(csv, Format::Csv);
handler!(json, Format::Json);
handler!(xlsx, Format::Xlsx);
handler!(docx, Format::Docx);

async fn download(
    ctx: ServerContext,
    format: Format,
    filter: CompendiumFilter,
    headers: HeaderMap,
) -> Response {
    match export(ctx, format, filter, &headers).await {
        Ok(response) => response,
        Err(error) => (error.status(), error.to_string()).into_response(),
    }
}

async fn export(
    ctx: ServerContext,
    format: Format,
    filter: CompendiumFilter,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let req = Request {
        filter,
        locale: app::i18n::locale_from_headers(headers),
        audience: audience(&ctx, headers).await?,
        as_at: chrono::Utc::now(),
    };
    let _turn = match format {
        Format::Csv | Format::Json => None,
        Format::Xlsx | Format::Docx => Some(
            MAKING_FILES
                .acquire()
                .await
                .map_err(|e| app::ssr_internal("export queue", e))?,
        ),
    };
    let body = match format {
        Format::Csv | Format::Json => streamed(ctx, format, req.clone()),
        Format::Xlsx => Body::from(exports::xlsx::write(&ctx.db, &req).await?),
        Format::Docx => {
            let file = tokio::task::spawn_blocking(tempfile::tempfile)
                .await
                .map_err(|e| app::ssr_internal("docx temp file", e))?
                .map_err(|e| app::ssr_internal("docx temp file", e))?;
            let mut file = exports::docx::write(&ctx.db, &req, file).await?;
            let bytes = tokio::task::spawn_blocking(move || {
                use std::io::{Read, Seek, SeekFrom};
                let mut bytes = Vec::new();
                file.seek(SeekFrom::Start(0))?;
                file.read_to_end(&mut bytes)?;
                Ok::<_, std::io::Error>(bytes)
            })
            .await
            .map_err(|e| app::ssr_internal("docx read back", e))?
            .map_err(|e| app::ssr_internal("docx read back", e))?;
            Body::from(bytes)
        }
    };
    let disposition = format!(
        "attachment; filename=\"{}\"",
        exports::file_name(req.as_at, format.extension())
    );
    let mut response = Response::new(body);
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    // Organisers' files hold contacts: no shared cache may keep them.
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(match req.audience {
            Audience::Organiser => "private, no-store",
            Audience::Public => "no-cache",
        }),
    );
    h.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
    Ok(response)
}

/// CSV and JSON: a task reads the database a batch at a time and the body sends each batch as it
/// comes, so a large export starts at once and holds one batch in memory.
fn streamed(ctx: ServerContext, format: Format, req: Request) -> Body {
    let (tx, mut rx) = mpsc::channel::<Vec<u8>>(4);
    tokio::spawn(async move {
        let done = match format {
            Format::Json => exports::json::write(&ctx.db, &req, &tx).await,
            _ => exports::csv::write(&ctx.db, &req, &tx).await,
        };
        if let Err(e) = done {
            tracing::error!(error = %e, "compendium export stopped part-way");
        }
    });
    let chunks = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
        .map(Ok::<_, std::convert::Infallible>);
    Body::from_stream(chunks)
}
