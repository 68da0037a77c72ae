//! The Fluent file of a page's language, as the browser fetches it: named in the page's head with a
//! version of its content, so it is cached for good and refetched only when a translator changed it.
use super::Locale;

/// `name` of the `<meta>` whose `content` is the URL of the page's Fluent file.
pub const META_NAME: &str = "p2c-messages";

#[cfg(feature = "ssr")]
mod server {
    use std::sync::OnceLock;

    use sha2::{Digest, Sha256};

    use super::Locale;
    use crate::i18n::catalog::SOURCES;

    /// The first 12 hex digits of the file's SHA-256: a new translation is a new URL.
    fn version(locale: Locale) -> &'static str {
        static VERSIONS: [OnceLock<String>; 6] = [const { OnceLock::new() }; 6];
        VERSIONS[locale.index()].get_or_init(|| {
            let digest = Sha256::digest(SOURCES[locale.index()].as_bytes());
            hex::encode(&digest[..6])
        })
    }

    /// Where the browser fetches the messages of `locale`; `None` for English, which the wasm
    /// carries as the fallback of every language.
    pub fn messages_href(locale: Locale) -> Option<String> {
        (locale != Locale::En).then(|| format!("/i18n/{}.ftl?v={}", locale.code(), version(locale)))
    }

    /// The Fluent source of the locale `code`, and whether `v` names its current version (then
    /// the answer may be cached for good).
    pub fn messages_file(code: &str, v: Option<&str>) -> Option<(&'static str, bool)> {
        let locale = Locale::parse(code)?;
        Some((SOURCES[locale.index()], v == Some(version(locale))))
    }
}

#[cfg(feature = "ssr")]
pub use server::{messages_file, messages_href};

/// Fetches the Fluent file the page names (if any) and installs it, so hydration renders the
/// page's language. An error means the page stays as the server rendered it, without scripts.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub async fn load_page_messages() -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let document = leptos::prelude::document();
    let Some(meta) = document.query_selector(&format!("meta[name={META_NAME}]"))? else {
        return Ok(());
    };
    let (Some(href), Some(locale)) = (
        meta.get_attribute("content"),
        document
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|code| Locale::parse(&code)),
    ) else {
        return Ok(());
    };
    let response: web_sys::Response =
        JsFuture::from(leptos::prelude::window().fetch_with_str(&href))
            .await?
            .dyn_into()?;
    if !response.ok() {
        return Err(format!("{href}: HTTP {}", response.status()).into());
    }
    let text = JsFuture::from(response.text()?).await?;
    super::catalog::install(locale, text.as_string().unwrap_or_default());
    Ok(())
}
