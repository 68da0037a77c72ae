//! The Excel workbook for the Roundtable: a summary sheet (as-at moment, totals, the split by focus
//! area), the pledges on one sheet and on one sheet per focus area, each with a styled frozen
//! header, an autofilter and set column widths. Sheets are written in constant-memory mode: rows
//! go to temporary files as they are written, a batch of pledges at a time.
use std::io::{Seek, Write};

use rust_xlsxwriter::{Color, Format, Workbook, Worksheet, XlsxError};
use sea_orm::ConnectionTrait;

use super::{Cell, Column, Request, columns, next_rows, progress_sheet_columns};
use crate::domain::CompendiumFilter;
use crate::error::AppError;
use crate::i18n::{Arg, Key, Locale};
use crate::pledge_text::usd_text;
use crate::reference::FocusArea;
use crate::ssr::compendium::Batches;
use crate::ssr::compendium::stats::stats;
use crate::ssr::errors::internal;

pub(crate) fn failed(e: XlsxError) -> AppError {
    internal("xlsx export", e)
}

/// Excel's rules for sheet names: at most 31 characters, none of `[]:*?/\`.
pub(crate) fn sheet_name(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\'))
        .take(31)
        .collect()
}

struct Formats {
    header: Format,
    usd: Format,
    title: Format,
}

/// The header row's format: white on ITU blue, wrapped.
pub(crate) fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_font_color(Color::White)
        .set_background_color(Color::RGB(0x00_5B_A4))
        .set_text_wrap()
}

fn formats() -> Formats {
    Formats {
        header: header_format(),
        usd: Format::new().set_num_format("#,##0.00"),
        title: Format::new().set_bold().set_font_size(16),
    }
}

/// Writes the workbook to `out`, which it returns.
pub async fn write<C: ConnectionTrait, W: Write + Seek + Send>(
    conn: &C,
    req: &Request,
    mut out: W,
) -> Result<W, AppError> {
    let locale = req.locale;
    let f = formats();
    let columns = columns(req.audience);
    let mut book = Workbook::new();
    summary(conn, req, &f, &mut book).await?;
    let all = sheet(
        &mut book,
        locale,
        &locale_name(locale, Key::SheetAllPledges),
    )?;
    pledges(conn, req, &req.filter, &columns, &f, all).await?;
    let progress = sheet(&mut book, locale, &locale_name(locale, Key::SheetProgress))?;
    pledges(
        conn,
        req,
        &req.filter,
        &progress_sheet_columns(),
        &f,
        progress,
    )
    .await?;
    // With a focus area chosen, its sheet is the only one: others would need two areas at once.
    let areas: Vec<FocusArea> = match req.filter.focus_area() {
        Some(a) => vec![a],
        None => FocusArea::ALL.to_vec(),
    };
    for area in areas {
        let ws = sheet(&mut book, locale, locale.t(area.label()))?;
        let filter = CompendiumFilter {
            focus_area: Some(area.code().to_owned()),
            ..req.filter.clone()
        };
        pledges(conn, req, &filter, &columns, &f, ws).await?;
    }
    book.save_to_writer(&mut out).map_err(failed)?;
    Ok(out)
}

fn locale_name(locale: Locale, key: Key) -> String {
    locale.t(key).to_owned()
}

/// Excel holds at most 32,767 characters in a cell.
fn cell_text(t: String) -> String {
    if t.len() <= 32_000 {
        t
    } else {
        t.chars().take(32_000).collect()
    }
}

pub(crate) fn sheet<'a>(
    book: &'a mut Workbook,
    locale: Locale,
    name: &str,
) -> Result<&'a mut Worksheet, AppError> {
    let ws = book.add_worksheet_with_constant_memory().map_err(failed)?;
    ws.set_name(sheet_name(name)).map_err(failed)?;
    ws.set_right_to_left(locale.direction().code() == "rtl");
    Ok(ws)
}

async fn summary<C: ConnectionTrait>(
    conn: &C,
    req: &Request,
    f: &Formats,
    book: &mut Workbook,
) -> Result<(), AppError> {
    let locale = req.locale;
    let s = stats(conn, &req.filter).await?;
    let ws = sheet(book, locale, locale.t(Key::SheetSummary))?;
    ws.set_column_width(0, 40).map_err(failed)?;
    ws.set_column_width(1, 22).map_err(failed)?;
    ws.set_column_width(2, 22).map_err(failed)?;
    ws.write_string_with_format(0, 0, locale.t(Key::CompendiumTitle), &f.title)
        .map_err(failed)?;
    let as_at = locale.fmt(
        Key::AsAt,
        &[("time", Arg::Text(&locale.date_time(req.as_at)))],
    );
    ws.write_string(1, 0, as_at).map_err(failed)?;
    let n = |v: u64| v as f64;
    let figures = [
        (Key::StatPledges, n(s.pledges)),
        (Key::StatOrganisations, n(s.organisations)),
        (Key::StatGovernments, n(s.governments)),
        (Key::StatCountries, n(s.countries)),
        (Key::StatLdcShare, n(s.benefiting_ldc)),
    ];
    let mut row = 3;
    for (key, value) in figures {
        ws.write_string(row, 0, locale.t(key)).map_err(failed)?;
        ws.write_number(row, 1, value).map_err(failed)?;
        row += 1;
    }
    ws.write_string(row, 0, locale.t(Key::StatUsd))
        .map_err(failed)?;
    ws.write_number_with_format(row, 1, s.usd_cents as f64 / 100.0, &f.usd)
        .map_err(failed)?;
    ws.write_string(row, 2, usd_text(locale, s.usd_cents))
        .map_err(failed)?;
    row += 2;
    for (col, key) in [Key::ChartByFocusArea, Key::StatPledges, Key::ColUsd]
        .into_iter()
        .enumerate()
    {
        ws.write_string_with_format(row, col as u16, locale.t(key), &f.header)
            .map_err(failed)?;
    }
    for (area, split) in &s.by_focus_area {
        row += 1;
        ws.write_string(row, 0, locale.t(area.label()))
            .map_err(failed)?;
        ws.write_number(row, 1, split.pledges as f64)
            .map_err(failed)?;
        ws.write_number_with_format(row, 2, split.usd_cents as f64 / 100.0, &f.usd)
            .map_err(failed)?;
    }
    Ok(())
}

/// The header row of a table: the columns' titles and widths, frozen above the rows.
pub(crate) fn header_row<R>(
    ws: &mut Worksheet,
    columns: &[Column<R>],
    locale: Locale,
    header: &Format,
) -> Result<(), AppError> {
    for (i, c) in columns.iter().enumerate() {
        let col = i as u16;
        ws.set_column_width(col, c.width).map_err(failed)?;
        ws.write_string_with_format(0, col, c.title(locale), header)
            .map_err(failed)?;
    }
    ws.set_freeze_panes(1, 0).map_err(failed)?;
    Ok(())
}

/// One row of a table.
pub(crate) fn table_row<R>(
    ws: &mut Worksheet,
    row: u32,
    columns: &[Column<R>],
    r: &R,
    locale: Locale,
    usd: &Format,
) -> Result<(), AppError> {
    for (i, c) in columns.iter().enumerate() {
        let col = i as u16;
        match (c.value)(r, locale) {
            // Written as a string, text is never run as a formula by Excel.
            Cell::Text(t) => ws.write_string(row, col, cell_text(t)),
            Cell::Usd(Some(cents)) => {
                ws.write_number_with_format(row, col, cents as f64 / 100.0, usd)
            }
            Cell::Usd(None) => Ok(&mut *ws),
            Cell::Count(n) => ws.write_number(row, col, n as f64),
        }
        .map_err(failed)?;
    }
    Ok(())
}

/// The filter buttons over a table of `rows` rows.
pub(crate) fn autofilter<R>(
    ws: &mut Worksheet,
    columns: &[Column<R>],
    rows: u32,
) -> Result<(), AppError> {
    let last = columns.len().saturating_sub(1) as u16;
    ws.autofilter(0, 0, rows, last).map_err(failed)?;
    Ok(())
}

/// A whole small table on its own sheet.
pub(crate) fn table_sheet<R>(
    book: &mut Workbook,
    locale: Locale,
    name: &str,
    columns: &[Column<R>],
    rows: &[R],
) -> Result<(), AppError> {
    let f = formats();
    let ws = sheet(book, locale, name)?;
    header_row(ws, columns, locale, &f.header)?;
    let mut n: u32 = 0;
    for r in rows {
        n += 1;
        table_row(ws, n, columns, r, locale, &f.usd)?;
    }
    autofilter(ws, columns, n)
}

async fn pledges<C: ConnectionTrait>(
    conn: &C,
    req: &Request,
    filter: &CompendiumFilter,
    columns: &[Column],
    f: &Formats,
    ws: &mut Worksheet,
) -> Result<(), AppError> {
    header_row(ws, columns, req.locale, &f.header)?;
    let mut row: u32 = 0;
    let mut batches = Batches::new(filter);
    while let Some(rows) = next_rows(conn, &mut batches, req.audience).await? {
        for r in &rows {
            row += 1;
            table_row(ws, row, columns, r, req.locale, &f.usd)?;
        }
    }
    autofilter(ws, columns, row)
}
