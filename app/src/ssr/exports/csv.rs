//! CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads every script right), headers
//! in the reader's language, text that a spreadsheet would run as a formula neutralised, and the
//! moment of the export in the last column. Streamed a batch at a time.
use sea_orm::ConnectionTrait;
use tokio::sync::mpsc::Sender;

use super::{Cell, Request, columns, next_rows};
use crate::error::AppError;
use crate::ssr::audit::listing::neutralised;
use crate::ssr::compendium::Batches;
use crate::ssr::errors::internal;

/// One CSV line (the header).
fn record(fields: impl IntoIterator<Item = String>) -> Result<Vec<u8>, AppError> {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(1024));
    w.write_record(fields).map_err(|e| internal("csv", e))?;
    w.into_inner().map_err(|e| internal("csv", e.to_string()))
}

/// Writes the export to `out` chunk by chunk; stops early when the reader went away.
pub async fn write<C: ConnectionTrait>(
    conn: &C,
    req: &Request,
    out: &Sender<Vec<u8>>,
) -> Result<(), AppError> {
    let columns = columns(req.audience);
    let as_at = req.as_at.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut head = "\u{feff}".as_bytes().to_vec();
    head.extend(record(
        columns
            .iter()
            .map(|c| req.locale.t(c.header).to_owned())
            .chain([req.locale.t(crate::i18n::Key::ColAsAt).to_owned()]),
    )?);
    if out.send(head).await.is_err() {
        return Ok(());
    }
    let mut batches = Batches::new(&req.filter);
    while let Some(rows) = next_rows(conn, &mut batches, req.audience).await? {
        let mut w = csv::Writer::from_writer(Vec::with_capacity(rows.len() * 512));
        for row in &rows {
            w.write_record(
                columns
                    .iter()
                    .map(|c| match (c.value)(row, req.locale) {
                        Cell::Text(t) => neutralised(t),
                        Cell::Usd(cents) => cents.map(usd_decimal).unwrap_or_default(),
                    })
                    .chain([as_at.clone()]),
            )
            .map_err(|e| internal("csv", e))?;
        }
        let chunk = w.into_inner().map_err(|e| internal("csv", e.to_string()))?;
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
