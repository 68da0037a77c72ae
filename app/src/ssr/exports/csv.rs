//! CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads every script right), headers
//! in the reader's language, text that a spreadsheet would run as a formula neutralised, and the
//! moment of the export in the last column. Streamed a batch at a time.
use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;
use tokio::sync::mpsc::Sender;

use super::{Cell, Column, Request, columns, next_rows};
use crate::error::AppError;
use crate::i18n::{Key, Locale};
use crate::ssr::audit::listing::neutralised;
use crate::ssr::compendium::Batches;
use crate::ssr::errors::internal;

/// One CSV line (the header).
fn record(fields: impl IntoIterator<Item = String>) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(1024));
    w.write_record(fields).map_err(|e| internal("csv", e))?;
    w.into_inner().map_err(|e| internal("csv", e.to_string()))
}

/// The first bytes of a CSV file: the byte-order mark, then the header line in the reader's
/// language with the as-at column last.
pub(crate) fn head<R>(columns: &[Column<R>], locale: Locale) -> Result<Vec<u8>, AppError> {
    let mut head = "\u{feff}".as_bytes().to_vec();
    head.extend(record(
        columns
            .iter()
            .map(|c| c.title(locale))
            .chain([locale.t(Key::ColAsAt).to_owned()]),
    )?);
    Ok(head)
}

/// The moment of an export as its last column holds it.
pub(crate) fn as_at_text(as_at: DateTime<Utc>) -> String {
    as_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// A cell as the CSV holds it: text a spreadsheet would run as a formula neutralised, US dollars
/// with a decimal point.
pub(crate) fn field(cell: Cell) -> String {
    match cell {
        Cell::Text(t) => neutralised(t),
        Cell::Usd(cents) => cents.map(usd_decimal).unwrap_or_default(),
        Cell::Count(n) => n.to_string(),
    }
}

/// The lines of `rows`, each ending with the as-at moment.
pub(crate) fn lines<R>(
    columns: &[Column<R>],
    rows: &[R],
    locale: Locale,
    as_at: &str,
) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(rows.len() * 512));
    for row in rows {
        w.write_record(
            columns
                .iter()
                .map(|c| field((c.value)(row, locale)))
                .chain([as_at.to_owned()]),
        )
        .map_err(|e| internal("csv", e))?;
    }
    w.into_inner().map_err(|e| internal("csv", e.to_string()))
}

/// A whole small table as one CSV file.
pub(crate) fn table<R>(
    columns: &[Column<R>],
    rows: &[R],
    locale: Locale,
    as_at: DateTime<Utc>,
) -> Result<Vec<u8>, AppError> {
    let mut out = head(columns, locale)?;
    out.extend(lines(columns, rows, locale, &as_at_text(as_at))?);
    Ok(out)
}

/// Writes the export to `out` chunk by chunk; stops early when the reader went away.
pub async fn write<C: ConnectionTrait>(
    conn: &C,
    req: &Request,
    out: &Sender<Vec<u8>>,
) -> Result<(), AppError> {
    let columns = columns(req.audience);
    let as_at = as_at_text(req.as_at);
    if out.send(head(&columns, req.locale)?).await.is_err() {
        return Ok(());
    }
    let mut batches = Batches::new(&req.filter);
    while let Some(rows) = next_rows(conn, &mut batches, req.audience).await? {
        let chunk = lines(&columns, &rows, req.locale, &as_at)?;
        if out.send(chunk).await.is_err() {
            return Ok(());
        }
    }
    Ok(())
}

/// "1250000.50": dollars and cents with a point, as every spreadsheet reads a number.
pub fn usd_decimal(cents: i64) -> String {
    crate::domain::minor_units_text(cents, 2)
}
