//! The run of show as files for the desk: a Word document (WordprocessingML written as the
//! compendium's is, a page per session) and an Excel workbook (a row per programme line).
use std::io::{Cursor, Write};

use chrono::NaiveDateTime;
use rust_xlsxwriter::{Workbook, XlsxError};
use zip::write::SimpleFileOptions;

use crate::domain::events::{RunAnnouncement, RunOfShow, RunSession};
use crate::error::AppError;
use crate::event_lifecycle::clock_length;
use crate::i18n::{Key, Locale};
use crate::pledge_text::{benefit_levels_text, local_time_text, value_text};
use crate::ssr::errors::internal;
use crate::ssr::exports::docx::{NAMESPACES, fact, package_parts, paragraph};
use crate::ssr::exports::xlsx::{header_format, sheet_name};

fn hours(t: NaiveDateTime) -> String {
    t.format("%H:%M").to_string()
}

fn benefits_line(locale: Locale, a: &RunAnnouncement) -> String {
    benefit_levels_text(locale, [a.ldc, a.lldc, a.sids])
}

fn value_line(locale: Locale, a: &RunAnnouncement) -> String {
    value_text(locale, a.amount.as_ref(), a.usd_cents).unwrap_or_else(|| "–".to_owned())
}

fn session_heading(locale: Locale, s: &RunSession) -> String {
    format!(
        "{}–{} · {} · {}",
        local_time_text(locale, s.session.starts_at),
        hours(s.session.ends_at),
        locale.t(s.session.kind.label()),
        s.session.title
    )
}

fn changed_mark(locale: Locale, changed: bool) -> String {
    if changed {
        format!("[{}] ", locale.t(Key::RunChanged))
    } else {
        String::new()
    }
}

/// The Word document: a title, then a page per session in time order.
pub fn docx(locale: Locale, run: &RunOfShow) -> Result<Vec<u8>, AppError> {
    let failed = |e: zip::result::ZipError| internal("run of show docx", e);
    let mut body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {NAMESPACES}><w:body>"
    );
    body.push_str(&paragraph(
        "Title",
        &format!("{} · {}", locale.t(Key::RunOfShowTitle), run.event.name),
    ));
    body.push_str(&paragraph(
        "Subtitle",
        &format!(
            "{} · {} – {} · {}",
            run.event.place,
            locale.date(run.event.starts_on),
            locale.date(run.event.ends_on),
            run.event.time_zone
        ),
    ));
    if let Some(since) = run.since {
        body.push_str(&fact(
            locale.t(Key::RunChangesSince),
            &locale.date_time(since),
        ));
    }
    for (i, s) in run.sessions.iter().enumerate() {
        if i > 0 {
            body.push_str("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
        }
        body.push_str(&paragraph(
            "Heading1",
            &format!(
                "{}{}",
                changed_mark(locale, s.session.changed),
                session_heading(locale, s)
            ),
        ));
        body.push_str(&fact(locale.t(Key::FieldRoom), &s.session.room));
        if !s.session.moderator.is_empty() {
            body.push_str(&fact(locale.t(Key::FieldModerator), &s.session.moderator));
        }
        if let Some(a) = s.session.focus_area {
            body.push_str(&fact(locale.t(Key::FieldFocusAreas), locale.t(a.label())));
        }
        for sp in &s.session.speakers {
            body.push_str(&fact(
                locale.t(Key::SpeakerLabel),
                &[
                    sp.name.as_str(),
                    sp.title.as_str(),
                    sp.organisation.as_str(),
                ]
                .iter()
                .filter(|t| !t.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", "),
            ));
        }
        for a in &s.announcements {
            body.push_str(&paragraph(
                "Heading2",
                &format!(
                    "{}{}. {} ({} min) · {}",
                    changed_mark(locale, a.changed),
                    a.position,
                    hours(a.slot),
                    a.minutes,
                    a.pledge_title
                ),
            ));
            body.push_str(&fact(locale.t(Key::ColOrganisation), &a.organisation));
            body.push_str(&fact(
                locale.t(Key::SpeakerLabel),
                &format!("{}, {}", a.speaker_name, a.speaker_title),
            ));
            if let Some(t) = a.pledge_type {
                body.push_str(&fact(locale.t(Key::FieldType), locale.t(t.label())));
            }
            body.push_str(&fact(locale.t(Key::ColUsd), &value_line(locale, a)));
            body.push_str(&fact(locale.t(Key::Benefits), &benefits_line(locale, a)));
            if let Some(v) = &a.video {
                body.push_str(&fact(
                    locale.t(Key::VideoLabel),
                    &format!("{} ({})", v.url, clock_length(v.seconds)),
                ));
            }
        }
    }
    if !run.removed.is_empty() {
        body.push_str(&paragraph("Heading1", locale.t(Key::RunRemoved)));
        for r in &run.removed {
            body.push_str(&paragraph(
                "",
                &format!("{} · {}", r.organisation, r.pledge_title),
            ));
        }
    }
    if !run.videos.is_empty() {
        body.push_str(&paragraph("Heading1", locale.t(Key::VideoLoopTitle)));
        for v in &run.videos {
            body.push_str(&fact(
                &format!("{} ({})", v.organisation, clock_length(v.seconds)),
                &v.url,
            ));
        }
    }
    body.push_str(
        "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" \
         w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>\
         </w:body></w:document>",
    );
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, part) in package_parts(locale) {
        zip.start_file(name, options).map_err(failed)?;
        zip.write_all(part.as_bytes())
            .map_err(|e| internal("run of show docx", e))?;
    }
    zip.start_file("word/document.xml", options)
        .map_err(failed)?;
    zip.write_all(body.as_bytes())
        .map_err(|e| internal("run of show docx", e))?;
    Ok(zip.finish().map_err(failed)?.into_inner())
}

/// The workbook: one row per session and per announcement, in programme order.
pub fn xlsx(locale: Locale, run: &RunOfShow) -> Result<Vec<u8>, AppError> {
    let failed = |e: XlsxError| internal("run of show xlsx", e);
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet_name(locale.t(Key::RunOfShowTitle)))
        .map_err(failed)?;
    ws.set_right_to_left(locale.direction().code() == "rtl");
    let header = header_format();
    let heads = [
        Key::ColStarts,
        Key::ColEnds,
        Key::FieldRoom,
        Key::FieldSessionKind,
        Key::FieldSessionTitle,
        Key::ColPosition,
        Key::ColOrganisation,
        Key::SpeakerLabel,
        Key::ColTitle,
        Key::FieldType,
        Key::ColUsd,
        Key::Benefits,
        Key::VideoLabel,
        Key::RunChanged,
    ];
    for (c, k) in (0u16..).zip(heads) {
        ws.write_string_with_format(0, c, locale.t(k), &header)
            .map_err(failed)?;
        ws.set_column_width(c, if c == 8 { 40 } else { 18 })
            .map_err(failed)?;
    }
    ws.set_freeze_panes(1, 0).map_err(failed)?;
    let mut row = 1u32;
    let yes = locale.t(Key::RunChanged);
    for s in &run.sessions {
        let speakers = s
            .session
            .speakers
            .iter()
            .map(|p| format!("{}, {}", p.name, p.title))
            .collect::<Vec<_>>()
            .join("; ");
        let cells = [
            local_time_text(locale, s.session.starts_at),
            local_time_text(locale, s.session.ends_at),
            s.session.room.clone(),
            locale.t(s.session.kind.label()).to_owned(),
            s.session.title.clone(),
            String::new(),
            String::new(),
            speakers,
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            if s.session.changed {
                yes.to_owned()
            } else {
                String::new()
            },
        ];
        for (c, v) in (0u16..).zip(cells) {
            ws.write_string(row, c, v).map_err(failed)?;
        }
        row += 1;
        for a in &s.announcements {
            let cells = [
                local_time_text(locale, a.slot),
                format!("{} min", a.minutes),
                s.session.room.clone(),
                locale.t(s.session.kind.label()).to_owned(),
                s.session.title.clone(),
                a.position.to_string(),
                a.organisation.clone(),
                format!("{}, {}", a.speaker_name, a.speaker_title),
                a.pledge_title.clone(),
                a.pledge_type
                    .map(|t| locale.t(t.label()).to_owned())
                    .unwrap_or_default(),
                value_line(locale, a),
                benefits_line(locale, a),
                a.video
                    .as_ref()
                    .map(|v| format!("{} ({})", v.url, clock_length(v.seconds)))
                    .unwrap_or_default(),
                if a.changed {
                    yes.to_owned()
                } else {
                    String::new()
                },
            ];
            for (c, v) in (0u16..).zip(cells) {
                ws.write_string(row, c, v).map_err(failed)?;
            }
            row += 1;
        }
    }
    book.save_to_buffer().map_err(failed)
}
