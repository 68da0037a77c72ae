//! Text someone typed, made safe inside a mail: it reads the same, but no mail client can turn it
//! into a link, and the HTML part escapes it and isolates its direction. The site's own links are
//! the only clickable ones.
use crate::i18n::{Locale, Part};

/// Placeholders the site fills itself: its own links, translated labels, counts, and the digest's
/// list (`pledges`), whose lines carry site links and whose typed titles and names were already
/// made unlinkable with [`unlinkable`]. Every other one holds text someone typed (names, titles,
/// messages), which must never become a link.
const SITE_MADE: &[&str] = &["link", "area", "count", "pledges"];

pub(super) fn typed(name: &str) -> bool {
    !SITE_MADE.contains(&name)
}

/// Where mail clients' auto-linking finds an address (`www.evil.example`, `evil.example`,
/// `a@evil.example`, `https:…`): after these characters a zero-width joiner goes in typed text.
fn breaks_links(c: char) -> bool {
    matches!(c, '.' | '@' | ':' | '\u{3002}' | '\u{FF0E}' | '\u{FF61}')
}

/// Typed text for a line the site assembles itself (as the digest's list): the joiners of the text
/// part, so neither part can turn it into a link.
pub(super) fn unlinkable(typed: &str) -> String {
    plain_text(&[Part::Isolated(typed.to_owned())])
}

/// The text part. Typed text reads the same but carries an invisible U+200D ZERO WIDTH JOINER after
/// each dot, `@` and colon: no host name or scheme can contain one, so a client's auto-linker
/// finds no address in it (plain text has no elements to break the pattern with).
pub(super) fn plain_text(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Isolated(typed) => {
                for c in typed.chars() {
                    out.push(c);
                    if breaks_links(c) {
                        out.push('\u{200D}');
                    }
                }
            }
        }
    }
    out
}

/// Typed text in the HTML part: escaped, isolated for the reader's direction, and with an element
/// holding a zero-width joiner after each dot, `@` and colon, which defeats auto-linkers that read
/// the text of the markup as well as those that read the characters.
fn unlinkable_html(typed: &str) -> String {
    let mut out = String::from("<bdi>");
    for c in typed.chars() {
        match c {
            '\n' => out.push_str("<br>\n"),
            '\r' => {}
            _ => out.push_str(&escape(c.encode_utf8(&mut [0; 4]))),
        }
        if breaks_links(c) {
            out.push_str("<span>&#8205;</span>");
        }
    }
    out.push_str("</bdi>");
    out
}

// Private-use characters mark where typed text goes while the translator's text is laid out.
const OPEN: char = '\u{E020}';
const CLOSE: char = '\u{E021}';

/// The HTML part says what the text part says, in paragraphs, in the reader's writing direction;
/// only the site's own links are made clickable, and typed text never is.
pub(super) fn html_of(parts: &[Part], signature: &str, locale: Locale) -> String {
    let mut laid_out = String::new();
    let mut typed = Vec::new();
    for part in parts {
        match part {
            Part::Text(text) => laid_out.push_str(text),
            Part::Isolated(value) => {
                laid_out.push_str(&format!("{OPEN}{}{CLOSE}", typed.len()));
                typed.push(unlinkable_html(value));
            }
        }
    }
    laid_out.push_str("\n\n-- \n");
    laid_out.push_str(signature);
    let mut paragraphs: String = laid_out
        .split("\n\n")
        .map(|p| {
            let lines: Vec<String> = p.lines().map(linked).collect();
            format!("<p>{}</p>\n", lines.join("<br>\n"))
        })
        .collect();
    for (i, html) in typed.iter().enumerate() {
        paragraphs = paragraphs.replace(&format!("{OPEN}{i}{CLOSE}"), html);
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"></head><body>\n{paragraphs}</body></html>\n",
        locale.code(),
        locale.direction().code()
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn linked(line: &str) -> String {
    line.split(' ')
        .map(|word| {
            if word.starts_with("https://") || word.starts_with("http://") {
                let e = escape(word);
                format!("<a href=\"{e}\">{e}</a>")
            } else {
                escape(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
