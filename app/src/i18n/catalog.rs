//! The translations: one Fluent file per locale in `app/locales/`, embedded at build time and parsed
//! the first time a locale is used. A translator edits the `.ftl` file; the code names messages only
//! through [`Key`], and a test checks that every file has exactly the keys and placeholders of English.
//!
//! The server embeds all six files. The browser's wasm embeds English only (the fallback): a page
//! in another language names its file in `<meta name="p2c-messages">`, and the browser fetches it
//! (once, then from its cache) and [`install`]s it before hydrating. Five languages the reader does
//! not read stay out of every public visitor's download.
use std::sync::OnceLock;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};

use super::{Key, Locale};

/// English: the fallback of every language, and the only file the browser's wasm embeds.
const ENGLISH: &str = include_str!("../../locales/en.ftl");

/// The Fluent sources, in the order of [`Locale::ALL`].
#[cfg(any(feature = "ssr", not(feature = "hydrate")))]
pub(crate) const SOURCES: [&str; 6] = [
    include_str!("../../locales/ar.ftl"),
    include_str!("../../locales/zh.ftl"),
    ENGLISH,
    include_str!("../../locales/fr.ftl"),
    include_str!("../../locales/ru.ftl"),
    include_str!("../../locales/es.ftl"),
];

/// The Fluent source of `locale`: embedded on the server; in the browser, English or what was
/// installed for the page's language (empty before that, which renders the English fallback).
#[cfg(any(feature = "ssr", not(feature = "hydrate")))]
fn source(locale: Locale) -> String {
    SOURCES[locale.index()].to_owned()
}

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
static INSTALLED: [OnceLock<String>; 6] = [const { OnceLock::new() }; 6];

#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
fn source(locale: Locale) -> String {
    match locale {
        Locale::En => ENGLISH.to_owned(),
        other => INSTALLED[other.index()].get().cloned().unwrap_or_default(),
    }
}

/// Hands the browser the Fluent source of the page's language, fetched before hydration.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub fn install(locale: Locale, source: String) {
    let _ = INSTALLED[locale.index()].set(source);
}

pub(super) struct Catalog {
    bundle: FluentBundle<FluentResource>,
    /// Messages without placeholders, formatted once: most of a page's text.
    plain: Vec<Option<&'static str>>,
}

pub(super) fn catalog(locale: Locale) -> &'static Catalog {
    static CATALOGS: [OnceLock<Catalog>; 6] = [const { OnceLock::new() }; 6];
    CATALOGS[locale.index()].get_or_init(|| Catalog::load(locale))
}

impl Catalog {
    fn load(locale: Locale) -> Catalog {
        let source = source(locale);
        // A syntax error loses only the broken message (a test reports it); the rest still loads.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
        let langid = locale.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Names typed by users are isolated with <bdi> in the markup, not with invisible characters.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(number_formatter(locale)));
        // Duplicate ids keep the first one; the test of the files reports them.
        let _ = bundle.add_resource(resource);
        let mut catalog = Catalog {
            bundle,
            plain: Vec::new(),
        };
        catalog.plain = Key::ALL
            .iter()
            .map(|key| {
                let text = catalog.format(*key, None)?;
                Some(&*Box::leak(text.into_boxed_str()))
            })
            .collect();
        catalog
    }

    pub(super) fn plain(&self, key: Key) -> Option<&'static str> {
        self.plain.get(key.index()).copied().flatten()
    }

    pub(super) fn format(&self, key: Key, args: Option<&FluentArgs>) -> Option<String> {
        let message = self.bundle.get_message(&key.id())?;
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(message.value()?, args, &mut errors);
        Some(text.into_owned())
    }
}

/// Numbers inside messages (`{ $count }`) are written as the locale writes them.
fn number_formatter<M>(locale: Locale) -> fn(&FluentValue, &M) -> Option<String> {
    match locale {
        Locale::Ar => |v, _| number_text(Locale::Ar, v),
        Locale::Zh => |v, _| number_text(Locale::Zh, v),
        Locale::En => |v, _| number_text(Locale::En, v),
        Locale::Fr => |v, _| number_text(Locale::Fr, v),
        Locale::Ru => |v, _| number_text(Locale::Ru, v),
        Locale::Es => |v, _| number_text(Locale::Es, v),
    }
}

fn number_text(locale: Locale, value: &FluentValue) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(locale.decimal_text(&n.as_string())),
        _ => None,
    }
}
