//! A name in ITU's six languages, as the generated reference files hold it (country and currency names).
use serde::Deserialize;

use crate::i18n::Locale;

/// One thing's names. A missing name reads as empty, and an empty name falls back to English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub(crate) struct Names {
    pub ar: String,
    pub zh: String,
    pub en: String,
    pub fr: String,
    pub ru: String,
    pub es: String,
}

impl Names {
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Ar => &self.ar,
            Locale::Zh => &self.zh,
            Locale::En => &self.en,
            Locale::Fr => &self.fr,
            Locale::Ru => &self.ru,
            Locale::Es => &self.es,
        }
    }

    /// The name in `locale`, else the English one; `None` if both are empty.
    pub fn pick(&self, locale: Locale) -> Option<&str> {
        [self.get(locale), &self.en]
            .into_iter()
            .map(str::trim)
            .find(|name| !name.is_empty())
    }
}
