use serde::{Deserialize, Serialize};

/// The six official languages of ITU. English is the base and the fallback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    Ar,
    Zh,
    #[default]
    En,
    Fr,
    Ru,
    Es,
}

/// Text direction of a locale, as written in `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// In ITU's order (English alphabetical order of the language names).
    pub const ALL: [Locale; 6] = [
        Locale::Ar,
        Locale::Zh,
        Locale::En,
        Locale::Fr,
        Locale::Ru,
        Locale::Es,
    ];

    /// BCP 47 tag, as used in `<html lang>` and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Ar => "ar",
            Locale::Zh => "zh",
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ru => "ru",
            Locale::Es => "es",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// Reads a language tag by its primary subtag: `fr-CH` and `FR` are French.
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's own name, so a reader finds it whatever language the page is in.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::Ar => "العربية",
            Locale::Zh => "中文",
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            Locale::Zh | Locale::En | Locale::Fr | Locale::Ru | Locale::Es => Direction::Ltr,
        }
    }

    /// The best supported language of an `Accept-Language` header (RFC 9110 §12.5.4): highest
    /// quality first, the header's order among equals; `q=0` means "not acceptable", and `*` stands
    /// for any language not named otherwise.
    pub fn from_accept_language(header: &str) -> Option<Locale> {
        let mut named = Vec::new();
        let mut wildcard = None;
        for (position, part) in header.split(',').enumerate() {
            let mut pieces = part.split(';');
            let tag = pieces.next().unwrap_or_default().trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q=").or(p.trim().strip_prefix("Q=")))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .filter(|q| (0.0..=1.0).contains(q));
            let Some(quality) = quality else { continue };
            if tag == "*" {
                wildcard = Some(quality);
            } else if let Some(locale) = Locale::parse(tag) {
                named.push((quality, position, locale));
            }
        }
        // A language refused with q=0 stays refused even if a less specific or later entry names it.
        let refused = |l: Locale| named.iter().any(|(q, _, n)| *n == l && *q <= 0.0);
        let mut acceptable: Vec<_> = named
            .iter()
            .filter(|(q, _, l)| *q > 0.0 && !refused(*l))
            .copied()
            .collect();
        if let Some(q) = wildcard.filter(|q| *q > 0.0) {
            let others = Locale::ALL
                .into_iter()
                .filter(|l| !named.iter().any(|(_, _, n)| n == l));
            // English first among the unnamed ones: it is the base locale.
            let mut others: Vec<_> = others.collect();
            others.sort_by_key(|l| *l != Locale::En);
            acceptable.extend(others.into_iter().map(|l| (q, usize::MAX, l)));
        }
        acceptable.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        acceptable.first().map(|(_, _, l)| *l)
    }
}

#[cfg(test)]
mod tests {
    use super::Locale;

    #[test]
    fn accept_language_respects_quality_order() {
        let pick = Locale::from_accept_language;
        assert_eq!(pick("de-CH, zh-CN;q=0.9, en;q=0.8"), Some(Locale::Zh));
        assert_eq!(pick("en-GB,en;q=0.9,zh;q=0.8"), Some(Locale::En));
        assert_eq!(pick("ru;q=0.5, ar;q=0.7"), Some(Locale::Ar));
        assert_eq!(
            pick("es, fr"),
            Some(Locale::Es),
            "equal quality: header order"
        );
        assert_eq!(pick("de, it"), None);
        assert_eq!(pick(""), None);
    }

    #[test]
    fn q_zero_means_not_acceptable() {
        let pick = Locale::from_accept_language;
        assert_eq!(pick("fr;q=0, es;q=0.1"), Some(Locale::Es));
        assert_eq!(pick("fr;q=0"), None);
        assert_eq!(
            pick("fr-CA;q=0.9, fr;q=0"),
            None,
            "refused by its primary tag"
        );
        assert_eq!(
            pick("*, en;q=0"),
            Some(Locale::Ar),
            "any language but English"
        );
        assert_eq!(pick("*;q=0.5, ru"), Some(Locale::Ru));
        assert_eq!(pick("*"), Some(Locale::En));
        assert_eq!(
            pick("fr;q=abc, ru;q=2"),
            None,
            "malformed qualities are ignored"
        );
    }

    #[test]
    fn tags_are_read_by_their_primary_subtag() {
        assert_eq!(Locale::parse("fr-CH"), Some(Locale::Fr));
        assert_eq!(Locale::parse("AR"), Some(Locale::Ar));
        assert_eq!(Locale::parse("zh_Hans_CN"), Some(Locale::Zh));
        assert_eq!(Locale::parse("pt"), None);
        for l in Locale::ALL {
            assert_eq!(Locale::parse(l.code()), Some(l));
        }
    }
}
