//! `/opportunities.{csv,xlsx}` and `/opportunities/answers.csv`: the marketplace's opportunities
//! under the list's filters, with their funding, and the published pledges that answer them.
//! Anyone may download (an opportunity's contact is on its public page). Opportunities are few, so
//! each file is made whole for its request; the workbook on a blocking thread.
use app::domain::marketplace::OpportunityFilter;
use app::error::AppError;
use app::i18n::Locale;
use app::ssr::ServerContext;
use app::ssr::exports::opportunities::{self, Listed};
use app::ssr_internal;
use axum::{
    body::Body,
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, header},
    response::Response,
};
use chrono::{DateTime, Utc};

use super::export_files::Format;
use crate::security::refusal;

/// Which file of the opportunities.
#[derive(Clone, Copy)]
enum File {
    Opportunities(Format),
    Answers,
}

pub async fn csv(
    State(ctx): State<ServerContext>,
    Query(filter): Query<OpportunityFilter>,
    headers: HeaderMap,
) -> Response {
    download(&ctx, File::Opportunities(Format::Csv), filter, &headers).await
}

pub async fn xlsx(
    State(ctx): State<ServerContext>,
    Query(filter): Query<OpportunityFilter>,
    headers: HeaderMap,
) -> Response {
    download(&ctx, File::Opportunities(Format::Xlsx), filter, &headers).await
}

pub async fn answers_csv(
    State(ctx): State<ServerContext>,
    Query(filter): Query<OpportunityFilter>,
    headers: HeaderMap,
) -> Response {
    download(&ctx, File::Answers, filter, &headers).await
}

async fn download(
    ctx: &ServerContext,
    file: File,
    filter: OpportunityFilter,
    headers: &HeaderMap,
) -> Response {
    match made(ctx, file, filter, headers).await {
        Ok(response) => response,
        Err(error) => refusal(headers, error),
    }
}

async fn made(
    ctx: &ServerContext,
    file: File,
    filter: OpportunityFilter,
    headers: &HeaderMap,
) -> Result<Response, AppError> {
    let filter = filter.normalised();
    let locale = app::i18n::locale_from_headers(headers);
    let as_at = Utc::now();
    let rows = opportunities::read(&ctx.db, &filter).await?;
    let (bytes, format, stem) = match file {
        File::Opportunities(Format::Xlsx) => {
            (workbook(rows, locale).await?, Format::Xlsx, "opportunities")
        }
        File::Opportunities(_) => (
            opportunities::csv(&rows, locale, as_at)?,
            Format::Csv,
            "opportunities",
        ),
        File::Answers => (
            opportunities::answers_csv(&rows, locale, as_at)?,
            Format::Csv,
            "opportunity-answers",
        ),
    };
    Ok(response(bytes, format, stem, as_at))
}

async fn workbook(rows: Vec<Listed>, locale: Locale) -> Result<Vec<u8>, AppError> {
    tokio::task::spawn_blocking(move || opportunities::xlsx(&rows, locale))
        .await
        .map_err(|e| ssr_internal("opportunities workbook", e))?
}

fn response(bytes: Vec<u8>, format: Format, stem: &str, as_at: DateTime<Utc>) -> Response {
    let length = bytes.len();
    let mut response = Response::new(Body::from(bytes));
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(format.content_type()),
    );
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    let disposition = format!(
        "attachment; filename=\"{}\"",
        opportunities::file_name(stem, as_at, format.extension())
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}
