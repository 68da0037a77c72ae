//! The public, read-mostly pages (the compendium list, its dashboard and each pledge's permalink)
//! as anonymous visitors see them, cached by address and language. A page is good while the
//! compendium's version (moved in the same transaction as every publication event, so every server
//! on one PostgreSQL sees it) stands still. Each answer carries an `ETag` of that version, so a
//! returning browser sends `If-None-Match` and downloads nothing. The version is kept in memory:
//! read again at once after this server changed the read model, and every `VERSION_POLL` for
//! changes made by other servers. A stored page is the same bytes for every visitor, compressed
//! once when stored, and allowed its scripts by their hashes rather than by a nonce of each
//! answer's own.
//!
//! The cache answers in front of the edge layers (`service`): a stored page needs none of their
//! work, only their headers, which it adds itself, so a hit costs a lookup and a write.
mod encodings;
mod script_hashes;
mod service;

pub use service::{CachedPages, CachedPagesLayer};

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::i18n::Locale;
use app::ssr::ServerContext;
use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, HeaderValue, header},
    response::Response,
};

use crate::security::content_security_policy;
use encodings::Encoding;

/// Bytes of pages kept at most (each page with its compressed variants); past it the cache starts
/// again, so search terms, which make addresses unbounded, cannot make memory so.
const BUDGET: usize = 64 * 1024 * 1024;
/// A rendered page larger than this is answered with 500 (the list is paged; none comes near).
const LARGEST: usize = 16 * 1024 * 1024;
/// How often the compendium's version is read when nothing changed in this process: another
/// server's publication shows here within this time; this server's own at once.
pub const VERSION_POLL: Duration = Duration::from_millis(100);

struct Page {
    version: i64,
    /// This page's policy: its own inline scripts by hash (see `script_hashes`).
    csp: HeaderValue,
    identity: Bytes,
    gzip: Option<Bytes>,
    brotli: Option<Bytes>,
}

impl Page {
    fn size(&self) -> usize {
        self.identity.len()
            + self.gzip.as_ref().map_or(0, Bytes::len)
            + self.brotli.as_ref().map_or(0, Bytes::len)
    }

    /// The stored variant nearest to what the client asked for.
    fn variant(&self, wanted: Encoding) -> (Encoding, Bytes) {
        let stored = match wanted {
            Encoding::Brotli => self.brotli.as_ref(),
            Encoding::Gzip => self.gzip.as_ref(),
            Encoding::Identity => None,
        };
        match stored {
            Some(bytes) => (wanted, bytes.clone()),
            None => (Encoding::Identity, self.identity.clone()),
        }
    }
}

/// Per language, by the address with its query; and their size in all.
#[derive(Default)]
struct Pages {
    by_locale: HashMap<Locale, HashMap<String, Arc<Page>>>,
    bytes: usize,
}

#[derive(Clone, Default)]
pub struct PageCache {
    pages: Arc<Mutex<Pages>>,
    version: Arc<KnownVersion>,
}

/// The newest compendium version seen, and this process's change count when it was read.
#[derive(Default)]
struct KnownVersion {
    version: AtomicI64,
    local_changes: AtomicU64,
}

impl PageCache {
    /// Keeps the known version fresh; runs for the life of the server.
    pub async fn watch(self, db: sea_orm::DatabaseConnection) {
        let mut ticks = tokio::time::interval(VERSION_POLL);
        loop {
            ticks.tick().await;
            if let Ok(v) = app::ssr::compendium_projection::version(&db).await {
                self.version.version.fetch_max(v, Ordering::AcqRel);
            }
        }
    }

    /// The version to serve pages of, if it needs no database read: the watcher has looked, and
    /// this process has not changed the read model since the version was last read.
    fn known(&self) -> Option<i64> {
        self.known_at(app::ssr::compendium_projection::local_changes())
    }

    fn known_at(&self, local: u64) -> Option<i64> {
        let known = self.version.version.load(Ordering::Acquire);
        (known > 0 && self.version.local_changes.load(Ordering::Acquire) == local).then_some(known)
    }

    /// The version to serve pages of, read from the database when `known` cannot say.
    async fn current(&self, db: &sea_orm::DatabaseConnection) -> Option<i64> {
        let local = app::ssr::compendium_projection::local_changes();
        if let Some(known) = self.known_at(local) {
            return Some(known);
        }
        let v = app::ssr::compendium_projection::version(db).await.ok()?;
        self.version.version.fetch_max(v, Ordering::AcqRel);
        self.version.local_changes.store(local, Ordering::Release);
        Some(self.version.version.load(Ordering::Acquire))
    }

    fn get(&self, locale: Locale, address: &str, version: i64) -> Option<Arc<Page>> {
        let pages = self.pages.lock().ok()?;
        pages
            .by_locale
            .get(&locale)?
            .get(address)
            .filter(|p| p.version == version)
            .cloned()
    }

    fn keep(&self, locale: Locale, address: String, page: Arc<Page>) {
        let Ok(mut pages) = self.pages.lock() else {
            return;
        };
        let address_len = address.len();
        let size = page.size() + address_len;
        if size > BUDGET {
            return;
        }
        let replaced = pages
            .by_locale
            .get_mut(&locale)
            .and_then(|by_address| by_address.remove(&address));
        if let Some(old) = replaced {
            pages.bytes = pages.bytes.saturating_sub(old.size() + address_len);
        }
        if pages.bytes + size > BUDGET {
            *pages = Pages::default();
        }
        pages.bytes += size;
        pages
            .by_locale
            .entry(locale)
            .or_default()
            .insert(address, page);
    }
}

pub struct CacheState {
    pub ctx: ServerContext,
    pub cache: PageCache,
    /// The edge's settings, for the headers a cached answer carries without passing the edge.
    pub https: bool,
}

fn cacheable_path(path: &str) -> bool {
    path == "/" || path == "/dashboard" || path.starts_with("/compendium/")
}

fn signed_in(ctx: &ServerContext, headers: &HeaderMap) -> bool {
    app::cookies::cookie_value(headers, ctx.auth.cookie_name()).is_some()
}

fn etag(version: i64, locale: Locale, encoding: Encoding) -> String {
    match encoding.token() {
        Some(token) => format!("\"c{version}-{}-{token}\"", locale.code()),
        None => format!("\"c{version}-{}\"", locale.code()),
    }
}

fn with_validators(mut response: Response, tag: &str) -> Response {
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(tag) {
        h.insert(header::ETAG, v);
    }
    // Stored, but asked about again each time: a new publication shows at once.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        header::VARY,
        HeaderValue::from_static("Cookie, Accept-Language, Accept-Encoding"),
    );
    response
}

/// The stored page as one shared buffer, with its own policy and encoding.
/// `headers` are those the answer carries besides (the edge's, for a page just rendered).
fn answer(
    page: &Page,
    wanted: Encoding,
    version: i64,
    locale: Locale,
    headers: HeaderMap,
) -> Response {
    let (encoding, body) = page.variant(wanted);
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers;
    let h = response.headers_mut();
    h.remove(header::CONTENT_LENGTH);
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    if let Some(token) = encoding.token() {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(token));
    }
    h.insert(header::CONTENT_SECURITY_POLICY, page.csp.clone());
    with_validators(response, &etag(version, locale, encoding))
}

/// The page as it will be kept: its policy from the scripts this render wrote, and its
/// compressed variants, made off the async threads.
async fn stored(html: Bytes, nonce: &str, version: i64) -> Option<Page> {
    let text = std::str::from_utf8(&html).ok()?;
    let hashes = script_hashes::of_trusted_scripts(text, nonce);
    let csp = HeaderValue::from_str(&content_security_policy(&hashes.join(" "))).ok()?;
    let compressed = {
        let html = html.clone();
        tokio::task::spawn_blocking(move || {
            let compress = |e| encodings::compress(&html, e).map(Bytes::from);
            (compress(Encoding::Gzip), compress(Encoding::Brotli))
        })
    };
    let (gzip, brotli) = compressed.await.ok()?;
    Some(Page {
        version,
        csp,
        identity: html,
        gzip,
        brotli,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_of(bytes: usize) -> Arc<Page> {
        Arc::new(Page {
            version: 1,
            csp: HeaderValue::from_static("default-src 'self'"),
            identity: Bytes::from(vec![b'x'; bytes]),
            gzip: None,
            brotli: None,
        })
    }

    #[test]
    fn memory_stays_within_the_budget() {
        let cache = PageCache::default();
        let page = BUDGET / 10 - 100;
        for i in 0..10 {
            cache.keep(Locale::En, format!("/?q={i}"), page_of(page));
        }
        assert!(cache.get(Locale::En, "/?q=0", 1).is_some(), "ten fit");
        // Storing the same address again replaces the page; it is not counted twice.
        cache.keep(Locale::En, "/?q=9".into(), page_of(page));
        assert!(cache.get(Locale::En, "/?q=0", 1).is_some());
        cache.keep(Locale::Fr, "/?q=10".into(), page_of(page));
        assert!(
            cache.get(Locale::En, "/?q=0", 1).is_none(),
            "past it, a new start"
        );
        assert!(cache.get(Locale::Fr, "/?q=10", 1).is_some());
        assert!(cache.pages.lock().unwrap().bytes <= BUDGET);
        cache.keep(Locale::En, "/huge".into(), page_of(BUDGET + 1));
        assert!(
            cache.get(Locale::En, "/huge", 1).is_none(),
            "too large to keep"
        );
        assert!(
            cache.get(Locale::En, "/?q=0", 2).is_none(),
            "another version"
        );
    }
}
