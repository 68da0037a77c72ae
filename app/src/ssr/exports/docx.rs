//! The Word compendium for WTDC: a title page with the totals, a table of contents (Word fills in
//! the page numbers when it opens the file), and a section per focus area with each of its pledges:
//! organisations, type, title, description, beneficiaries and value. It is WordprocessingML
//! written straight into the zip a pledge at a time, so the compendium never sits in memory whole.
//! Fonts name a Latin, an East Asian and a complex-script face, and paragraphs in Arabic or Hebrew
//! script are laid out right to left, so Chinese and Arabic text render as written.
use std::io::{Seek, Write};

use sea_orm::ConnectionTrait;
use zip::write::SimpleFileOptions;

use super::{Request, next_rows};
use crate::domain::{CompendiumFilter, PublicPledge};
use crate::error::AppError;
use crate::i18n::{Arg, Key, Locale};
use crate::pledge_text::{benefit_text, labels, scope_text, usd_text, value_text};
use crate::reference::{CountryGroup, FocusArea};
use crate::ssr::compendium::Batches;
use crate::ssr::compendium::stats::stats;
use crate::ssr::errors::internal;

fn failed(e: impl std::fmt::Display) -> AppError {
    internal("docx export", e)
}

/// Text as XML character data: markup escaped, characters XML 1.0 forbids dropped.
pub(crate) fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(' '),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether the text is mostly written right to left (Arabic, Hebrew, Syriac, Thaana…).
fn right_to_left(text: &str) -> bool {
    let strong =
        |c: &char| matches!(*c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    let rtl = text.chars().filter(strong).count();
    let ltr = text
        .chars()
        .filter(|c| c.is_alphabetic() && !strong(c))
        .count();
    rtl > ltr
}

/// One paragraph of `style` (empty for the normal style); its lines become line breaks.
pub(crate) fn paragraph(style: &str, text: &str) -> String {
    let rtl = right_to_left(text);
    let mut p = String::from("<w:p><w:pPr>");
    if !style.is_empty() {
        p.push_str(&format!("<w:pStyle w:val=\"{style}\"/>"));
    }
    if rtl {
        p.push_str("<w:bidi/>");
    }
    p.push_str("</w:pPr>");
    let run_props = if rtl { "<w:rPr><w:rtl/></w:rPr>" } else { "" };
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            p.push_str("<w:r><w:br/></w:r>");
        }
        p.push_str(&format!(
            "<w:r>{run_props}<w:t xml:space=\"preserve\">{}</w:t></w:r>",
            xml_text(line)
        ));
    }
    p.push_str("</w:p>");
    p
}

/// "Label: value" with the label in bold.
pub(crate) fn fact(label: &str, value: &str) -> String {
    let rtl = right_to_left(value) || right_to_left(label);
    format!(
        "<w:p><w:pPr>{}</w:pPr><w:r><w:rPr><w:b/>{rtl_run}</w:rPr><w:t xml:space=\"preserve\">{}: </w:t></w:r>\
         <w:r>{rtl_props}<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
        if rtl { "<w:bidi/>" } else { "" },
        xml_text(label),
        xml_text(value),
        rtl_run = if rtl { "<w:rtl/>" } else { "" },
        rtl_props = if rtl { "<w:rPr><w:rtl/></w:rPr>" } else { "" },
    )
}

fn pledge_xml(locale: Locale, p: &PublicPledge) -> String {
    let organisations = std::iter::once(p.organisation_name.as_str())
        .chain(p.partners.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("; ");
    let beneficiaries = CountryGroup::ALL
        .iter()
        .map(|g| {
            let b = p.benefit(*g);
            let mut t = format!("{}: {}", locale.t(g.short_label()), benefit_text(locale, b));
            if !b.statement.is_empty() {
                t.push_str(&format!(" ({})", b.statement));
            }
            t
        })
        .collect::<Vec<_>>()
        .join("\n");
    let value = value_text(locale, p.amount.as_ref(), p.usd_cents).unwrap_or_default();
    let mut x = paragraph("Heading2", &p.title);
    x.push_str(&fact(locale.t(Key::PublicRef), &p.public_ref));
    x.push_str(&fact(locale.t(Key::ColOrganisation), &organisations));
    x.push_str(&fact(
        locale.t(Key::FieldType),
        locale.t(p.pledge_type.label()),
    ));
    x.push_str(&fact(
        locale.t(Key::FieldFocusAreas),
        &labels(locale, p.focus_areas.iter().map(|a| a.label())),
    ));
    x.push_str(&fact(
        locale.t(Key::SectionScope),
        &scope_text(locale, p.scope_global, &p.regions, &p.countries),
    ));
    if !value.is_empty() {
        x.push_str(&fact(locale.t(Key::ColUsd), &value));
    }
    x.push_str(&paragraph("", &p.summary));
    x.push_str(&paragraph("", &p.description));
    x.push_str(&fact(locale.t(Key::Benefits), ""));
    x.push_str(&paragraph("", &beneficiaries));
    x.push_str(&fact(
        locale.t(Key::PublishedLabel),
        &locale.date(p.published_on),
    ));
    x
}

pub(crate) const NAMESPACES: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
     xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

pub async fn write<C: ConnectionTrait, W: Write + Seek>(
    conn: &C,
    req: &Request,
    out: W,
) -> Result<W, AppError> {
    let locale = req.locale;
    let mut zip = zip::ZipWriter::new(out);
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, body) in package_parts(locale) {
        zip.start_file(name, options).map_err(failed)?;
        zip.write_all(body.as_bytes()).map_err(failed)?;
    }
    zip.start_file("word/document.xml", options)
        .map_err(failed)?;
    let mut head = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {NAMESPACES}><w:body>"
    );
    head.push_str(&title_page(conn, req).await?);
    let areas: Vec<FocusArea> = match req.filter.focus_area() {
        Some(a) => vec![a],
        None => FocusArea::ALL.to_vec(),
    };
    head.push_str(&contents(locale, &areas));
    zip.write_all(head.as_bytes()).map_err(failed)?;
    for area in areas {
        let heading = format!("{}: {}", locale.t(area.label()), locale.t(area.meaning()));
        let section = format!(
            "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>{}",
            paragraph("Heading1", &heading)
        );
        zip.write_all(section.as_bytes()).map_err(failed)?;
        let filter = CompendiumFilter {
            focus_area: Some(area.code().to_owned()),
            ..req.filter.clone()
        };
        let mut batches = Batches::new(&filter);
        while let Some(rows) = next_rows(conn, &mut batches, super::Audience::Public).await? {
            let mut chunk = String::with_capacity(rows.len() * 3000);
            for row in &rows {
                chunk.push_str(&pledge_xml(locale, &row.doc));
            }
            zip.write_all(chunk.as_bytes()).map_err(failed)?;
        }
    }
    zip.write_all(
        b"<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" \
          w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>\
          </w:body></w:document>",
    )
    .map_err(failed)?;
    zip.finish().map_err(failed)
}

async fn title_page<C: ConnectionTrait>(conn: &C, req: &Request) -> Result<String, AppError> {
    let locale = req.locale;
    let s = stats(conn, &req.filter).await?;
    let as_at = locale.fmt(
        Key::AsAt,
        &[("time", Arg::Text(&locale.date_time(req.as_at)))],
    );
    let int = |n: u64| locale.integer(i64::try_from(n).unwrap_or(i64::MAX));
    let mut x = paragraph("Title", locale.t(Key::CompendiumTitle));
    x.push_str(&paragraph("Subtitle", locale.t(Key::AppName)));
    x.push_str(&paragraph("", &as_at));
    x.push_str(&fact(locale.t(Key::StatPledges), &int(s.pledges)));
    x.push_str(&fact(
        locale.t(Key::StatUsd),
        &usd_text(locale, s.usd_cents),
    ));
    x.push_str(&fact(
        locale.t(Key::StatOrganisations),
        &int(s.organisations),
    ));
    x.push_str(&fact(locale.t(Key::StatGovernments), &int(s.governments)));
    x.push_str(&fact(locale.t(Key::StatCountries), &int(s.countries)));
    Ok(x)
}

/// A table-of-contents field; Word (and LibreOffice) fill in entries and page numbers on opening,
/// and until then it lists the sections.
fn contents(locale: Locale, areas: &[FocusArea]) -> String {
    let mut x = String::from("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
    x.push_str(&paragraph("TOCHeading", locale.t(Key::ContentsHeading)));
    x.push_str(
        "<w:p><w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>\
         <w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-1\" \\h \\z \\u </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r></w:p>",
    );
    for area in areas {
        x.push_str(&paragraph(
            "TOC1",
            &format!("{}: {}", locale.t(area.label()), locale.t(area.meaning())),
        ));
    }
    x.push_str("<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>");
    x
}

/// The parts besides the document: content types, relationships, styles and settings.
pub(crate) fn package_parts(locale: Locale) -> Vec<(&'static str, String)> {
    let lang = locale.code();
    let bidi = if locale.direction().code() == "rtl" {
        "<w:bidi/>"
    } else {
        ""
    };
    vec![
        (
            "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
             <Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
             <Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
             <Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
             </Types>"
                .to_owned(),
        ),
        (
            "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
             <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
             </Relationships>"
                .to_owned(),
        ),
        (
            "word/_rels/document.xml.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
             <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
             <Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
             </Relationships>"
                .to_owned(),
        ),
        (
            "word/settings.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:settings {NAMESPACES}>\
                 <w:updateFields w:val=\"true\"/></w:settings>"
            ),
        ),
        (
            "word/styles.xml",
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles {NAMESPACES}>\
                 <w:docDefaults><w:rPrDefault><w:rPr>\
                 <w:rFonts w:ascii=\"Calibri\" w:hAnsi=\"Calibri\" w:eastAsia=\"Microsoft YaHei\" w:cs=\"Arial\"/>\
                 <w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"{lang}\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/>\
                 </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>{bidi}<w:spacing w:after=\"120\"/></w:pPr></w:pPrDefault></w:docDefaults>\
                 <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>\
                 <w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>\
                 <w:pPr><w:spacing w:before=\"2400\" w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:color w:val=\"005BA4\"/><w:sz w:val=\"56\"/><w:szCs w:val=\"56\"/></w:rPr></w:style>\
                 <w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Normal\"/>\
                 <w:rPr><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>\
                 <w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/>\
                 <w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/><w:spacing w:before=\"240\" w:after=\"240\"/></w:pPr>\
                 <w:rPr><w:b/><w:color w:val=\"005BA4\"/><w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/></w:rPr></w:style>\
                 <w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Normal\"/>\
                 <w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/><w:spacing w:before=\"360\" w:after=\"80\"/></w:pPr>\
                 <w:rPr><w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr></w:style>\
                 <w:style w:type=\"paragraph\" w:styleId=\"TOCHeading\"><w:name w:val=\"TOC Heading\"/><w:basedOn w:val=\"Heading1\"/>\
                 <w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>\
                 <w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/><w:basedOn w:val=\"Normal\"/></w:style>\
                 </w:styles>"
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_forbidden_characters_dropped() {
        assert_eq!(
            xml_text("a<b>&\"c\"\u{0}\u{1b}d"),
            "a&lt;b&gt;&amp;&quot;c&quot;d"
        );
    }

    #[test]
    fn arabic_paragraphs_run_right_to_left() {
        assert!(right_to_left("ربط المدارس بالإنترنت"));
        assert!(!right_to_left("宽带 for schools"));
        assert!(paragraph("", "ربط المدارس").contains("<w:bidi/>"));
        assert!(!paragraph("", "Connect schools").contains("<w:bidi/>"));
    }
}
