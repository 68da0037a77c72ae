//! The one i18n layer: every user-facing string is a [`Key`], rendered per [`Locale`].
//!
//! Each locale is a file with one exhaustive `match`, so a key without a translation does not compile:
//! "Chinese complete" is checked by the compiler rather than by a test that could drift.
mod en;
mod key;
mod zh;

pub use key::Key;

use serde::{Deserialize, Serialize};

/// Name of the cookie that remembers the chosen language.
pub const LOCALE_COOKIE: &str = "p2c_lang";

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    En,
    Zh,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Zh];

    /// BCP 47 tag, as used in `<html lang>` and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Zh => "zh",
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Locale::En),
            "zh" => Some(Locale::Zh),
            _ => None,
        }
    }

    /// The language's own name, so a reader finds it whatever language the page is in.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Zh => "中文",
        }
    }

    /// Picks the first supported language of an `Accept-Language` header, in the order given.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut ranked: Vec<(f32, Locale)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let locale = Locale::parse(pieces.next()?)?;
                let quality = pieces
                    .find_map(|p| p.trim().strip_prefix("q=")?.parse::<f32>().ok())
                    .unwrap_or(1.0);
                Some((quality, locale))
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        ranked.first().map(|(_, locale)| *locale)
    }

    pub fn t(self, key: Key) -> &'static str {
        match self {
            Locale::En => en::text(key),
            Locale::Zh => zh::text(key),
        }
    }

    /// Text with `{name}` placeholders filled in.
    pub fn fmt(self, key: Key, args: &[(&str, &str)]) -> String {
        args.iter()
            .fold(self.t(key).to_owned(), |text, (name, value)| {
                text.replace(&format!("{{{name}}}"), value)
            })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_respects_quality_order() {
        assert_eq!(
            Locale::from_accept_language("fr-CH, zh-CN;q=0.9, en;q=0.8"),
            Some(Locale::Zh)
        );
        assert_eq!(
            Locale::from_accept_language("en-GB,en;q=0.9,zh;q=0.8"),
            Some(Locale::En)
        );
        assert_eq!(Locale::from_accept_language("fr, de"), None);
    }

    #[test]
    fn cookie_wins_over_browser_preference() {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::ACCEPT_LANGUAGE,
            "en".parse().unwrap_or_else(|_| unreachable!()),
        );
        headers.insert(
            http::header::COOKIE,
            "a=b; p2c_lang=zh"
                .parse()
                .unwrap_or_else(|_| unreachable!()),
        );
        assert_eq!(locale_from_headers(&headers), Locale::Zh);
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            Locale::En.fmt(Key::CompendiumCount, &[("count", "3")]),
            "3 published pledges"
        );
        assert!(
            Locale::Zh
                .fmt(Key::CompendiumCount, &[("count", "3")])
                .contains('3')
        );
    }

    #[test]
    fn every_key_has_non_empty_text_in_every_locale() {
        for key in Key::ALL {
            for locale in Locale::ALL {
                assert!(
                    !locale.t(*key).trim().is_empty(),
                    "{key:?} is empty in {locale:?}"
                );
            }
        }
    }

    #[test]
    fn chinese_is_not_a_copy_of_english() {
        let same: Vec<_> = Key::ALL
            .iter()
            .filter(|k| Locale::En.t(**k) == Locale::Zh.t(**k))
            .filter(|k| {
                !matches!(
                    k,
                    Key::GroupLdcShort | Key::GroupLldcShort | Key::GroupSidsShort | Key::ItuShort
                )
            })
            .collect();
        assert!(same.is_empty(), "untranslated: {same:?}");
    }
}
