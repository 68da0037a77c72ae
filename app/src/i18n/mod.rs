//! The one i18n layer: every user-facing string is a [`Key`], rendered per [`Locale`] from the
//! Fluent file of that locale (`app/locales/*.ftl`), with the locale's plural rules and numbers.
mod catalog;
mod key;
mod locale;
mod messages_file;
mod numbers;
#[cfg(test)]
mod tests;

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};
use fluent_bundle::{FluentArgs, FluentValue};

pub use key::Key;
pub use locale::{Direction, Locale};
pub use messages_file::META_NAME as MESSAGES_META;
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub use messages_file::load_page_messages;
#[cfg(feature = "ssr")]
pub use messages_file::{messages_file, messages_href};

/// Name of the cookie that remembers the chosen language.
pub const LOCALE_COOKIE: &str = "p2c_lang";

/// A value for a message placeholder: text (names, dates already formatted) or a number, which
/// also selects the plural form.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Text(&'a str),
    Int(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// A piece of a formatted message: the translator's text, or a placeholder's value that must be
/// isolated from the surrounding direction (a name typed by a user).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Text(String),
    Isolated(String),
}

// Private-use characters mark where a text placeholder stands, so a message can be cut into parts.
const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

impl Locale {
    /// A message without placeholders; English if this locale lacks it.
    pub fn t(self, key: Key) -> &'static str {
        catalog::catalog(self)
            .plain(key)
            .or_else(|| catalog::catalog(Locale::En).plain(key))
            .unwrap_or_default()
    }

    /// A message with its placeholders filled in.
    pub fn fmt(self, key: Key, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match *value {
                Arg::Text(s) => fluent.set(*name, FluentValue::from(s)),
                Arg::Int(n) => fluent.set(*name, FluentValue::from(n)),
            }
        }
        catalog::catalog(self)
            .format(key, Some(&fluent))
            .or_else(|| catalog::catalog(Locale::En).format(key, Some(&fluent)))
            .unwrap_or_default()
    }

    /// A message cut into parts, with every text placeholder's value apart, to be shown in `<bdi>`.
    pub fn parts(self, key: Key, args: &[(&str, Arg)]) -> Vec<Part> {
        self.parts_where(key, args, |_| true)
    }

    /// Like [`Locale::parts`], with only the text placeholders `apart` names set apart; the others
    /// are part of the translator's text (a link the site made, a translated label).
    pub fn parts_where(
        self,
        key: Key,
        args: &[(&str, Arg)],
        apart: impl Fn(&str) -> bool,
    ) -> Vec<Part> {
        let marks: Vec<String> = (0..args.len())
            .map(|i| format!("{OPEN}{i}{CLOSE}"))
            .collect();
        let marked: Vec<(&str, Arg)> = args
            .iter()
            .zip(&marks)
            .map(|((name, value), mark)| match value {
                Arg::Text(_) if apart(name) => (*name, Arg::Text(mark.as_str())),
                Arg::Text(_) | Arg::Int(_) => (*name, *value),
            })
            .collect();
        let text = self.fmt(key, &marked);
        let mut parts = Vec::new();
        for (i, piece) in text.split(OPEN).enumerate() {
            let rest = if i == 0 {
                piece
            } else {
                let Some((index, rest)) = piece.split_once(CLOSE) else {
                    parts.push(Part::Text(piece.to_owned()));
                    continue;
                };
                match index.parse::<usize>().ok().and_then(|n| args.get(n)) {
                    Some((_, Arg::Text(value))) => parts.push(Part::Isolated((*value).to_owned())),
                    _ => parts.push(Part::Text(index.to_owned())),
                }
                rest
            };
            if !rest.is_empty() {
                parts.push(Part::Text(rest.to_owned()));
            }
        }
        parts
    }

    /// A calendar date in running text: "23 November 2026", "2026年11月23日", "23 ноября 2026 г.".
    pub fn date(self, date: NaiveDate) -> String {
        let month = Key::MONTHS[date.month0() as usize];
        self.fmt(
            Key::DateLong,
            &[
                ("day", Arg::Text(&self.digits(&date.day().to_string()))),
                ("month", Arg::Text(self.t(month))),
                ("year", Arg::Text(&self.digits(&date.year().to_string()))),
            ],
        )
    }

    /// A moment, to the minute, in UTC (the time zone every ITU office can read).
    pub fn date_time(self, moment: DateTime<Utc>) -> String {
        let time = format!("{:02}:{:02}", moment.hour(), moment.minute());
        self.fmt(
            Key::DateTime,
            &[
                ("date", Arg::Text(&self.date(moment.date_naive()))),
                ("time", Arg::Text(&self.digits(&time))),
            ],
        )
    }
}

/// The locale of the page being rendered: provided once at the root, read by every component.
pub fn use_locale() -> Locale {
    leptos::prelude::use_context::<Locale>().unwrap_or_default()
}

/// Decides the page language on the server: the cookie first, then the browser's preference.
pub fn locale_from_headers(headers: &http::HeaderMap) -> Locale {
    let from_cookie = crate::cookies::cookie_value(headers, LOCALE_COOKIE).and_then(Locale::parse);
    from_cookie
        .or_else(|| {
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::from_accept_language)
        })
        .unwrap_or_default()
}
