//! The public, read-mostly pages (the compendium list, its dashboard and each pledge's permalink)
//! as anonymous visitors see them, cached by normal address (`address`) and language, and the
//! open API's totals the same way. A page is good while the compendium's version (moved in the
//! same transaction as every publication event, so every server on one PostgreSQL sees it) stands
//! still. Each answer carries an `ETag` of that version, so a
//! returning browser sends `If-None-Match` and downloads nothing. The version is kept in memory:
//! read again at once after this server changed the read model, and every `VERSION_POLL` for
//! changes made by other servers. A stored page is the same bytes for every visitor, compressed
//! once when stored, and allowed its scripts by their hashes rather than by a nonce of each
//! answer's own.
//!
//! The cache answers in front of the edge layers (`service`): a stored page needs none of their
//! work, only their headers, which it adds itself, so a hit costs a lookup and a write. It keeps
//! what fits in its budget, dropping the least recently used answers first (`store`).
mod address;
mod encodings;
mod script_hashes;
mod service;
mod store;

pub use address::cacheable_page;
pub use service::{CachedPages, CachedPagesLayer};

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

/// A rendered page larger than this is answered with 500 (the list is paged; none comes near).
const LARGEST: usize = 16 * 1024 * 1024;
/// How often the compendium's version is read when nothing changed in this process: another
/// server's publication shows here within this time; this server's own at once.
pub const VERSION_POLL: Duration = Duration::from_millis(100);

struct Page {
    version: i64,
    content_type: HeaderValue,
    /// This page's policy: its own inline scripts by hash (see `script_hashes`).
    csp: HeaderValue,
    /// Headers of the answer as rendered that every copy carries (the open API's CORS headers).
    kept_headers: HeaderMap,
    identity: Bytes,
    gzip: Option<Bytes>,
    /// Made when a second visitor asks for it: most uncached addresses (one search, one filter)
    /// are asked for once, and brotli costs three times gzip's time to make.
    brotli: std::sync::OnceLock<Option<Bytes>>,
    brotli_asked: std::sync::atomic::AtomicBool,
}

impl Page {
    /// What the page counts against the cache's budget: its brotli copy is counted (as large as
    /// the gzip one) from the start, so the count never changes while it is kept.
    fn size(&self) -> usize {
        self.identity.len() + 2 * self.gzip.as_ref().map_or(0, Bytes::len)
    }

    /// The stored variant nearest to what the client asked for: brotli once it is made, gzip
    /// meanwhile if the client takes it, else the page as it is.
    fn variant(&self, wanted: Encoding, gzip_too: bool) -> (Encoding, Bytes) {
        let brotli = || self.brotli.get().and_then(Option::as_ref);
        let stored = match wanted {
            Encoding::Brotli => match brotli() {
                Some(b) => Some((Encoding::Brotli, b)),
                None => self
                    .gzip
                    .as_ref()
                    .filter(|_| gzip_too)
                    .map(|g| (Encoding::Gzip, g)),
            },
            Encoding::Gzip => self.gzip.as_ref().map(|g| (Encoding::Gzip, g)),
            Encoding::Identity => None,
        };
        match stored {
            Some((encoding, bytes)) => (encoding, bytes.clone()),
            None => (Encoding::Identity, self.identity.clone()),
        }
    }

    /// Makes the brotli copy off the async threads, once, after the first visitor that wanted it.
    fn make_brotli_later(self: &Arc<Self>) {
        use std::sync::atomic::Ordering;
        if self.brotli.get().is_some() || self.brotli_asked.swap(true, Ordering::AcqRel) {
            return;
        }
        let page = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let made = encodings::compress(&page.identity, Encoding::Brotli).map(Bytes::from);
            let _ = page.brotli.set(made);
        });
    }
}

#[derive(Clone)]
pub struct PageCache {
    pages: Arc<Mutex<store::Store>>,
    version: Arc<KnownVersion>,
}

/// The newest compendium version seen, and this process's change count when it was read.
#[derive(Default)]
struct KnownVersion {
    version: AtomicI64,
    local_changes: AtomicU64,
}

impl PageCache {
    /// A cache of at most `budget` bytes of answers (each with its compressed variants).
    pub fn with_budget(budget: usize) -> PageCache {
        PageCache {
            pages: Arc::new(Mutex::new(store::Store::new(budget))),
            version: Arc::default(),
        }
    }

    /// Keeps the known version fresh; runs for the life of the server.
    pub async fn watch(self, db: sea_orm::DatabaseConnection) {
        let mut ticks = tokio::time::interval(VERSION_POLL);
        loop {
            ticks.tick().await;
            if let Ok(v) = app::ssr::compendium::projection::version(&db).await {
                self.version.version.fetch_max(v, Ordering::AcqRel);
            }
        }
    }

    /// The version to serve pages of, if it needs no database read: the watcher has looked, and
    /// this process has not changed the read model since the version was last read.
    fn known(&self) -> Option<i64> {
        self.known_at(app::ssr::compendium::projection::local_changes())
    }

    fn known_at(&self, local: u64) -> Option<i64> {
        let known = self.version.version.load(Ordering::Acquire);
        (known > 0 && self.version.local_changes.load(Ordering::Acquire) == local).then_some(known)
    }

    /// The version to serve pages of, read from the database when `known` cannot say.
    async fn current(&self, db: &sea_orm::DatabaseConnection) -> Option<i64> {
        let local = app::ssr::compendium::projection::local_changes();
        if let Some(known) = self.known_at(local) {
            return Some(known);
        }
        let v = app::ssr::compendium::projection::version(db).await.ok()?;
        self.version.version.fetch_max(v, Ordering::AcqRel);
        self.version.local_changes.store(local, Ordering::Release);
        Some(self.version.version.load(Ordering::Acquire))
    }

    fn get(&self, locale: Locale, address: &str, version: i64) -> Option<Arc<Page>> {
        self.pages.lock().ok()?.get(locale, address, version)
    }

    fn keep(&self, locale: Locale, address: String, page: Arc<Page>) {
        if let Ok(mut pages) = self.pages.lock() {
            pages.keep(locale, address, page);
        }
    }
}

pub struct CacheState {
    pub ctx: ServerContext,
    pub cache: PageCache,
    /// The edge's settings, for the headers a cached answer carries without passing the edge.
    pub https: bool,
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

/// Whether the client's `If-None-Match` names `tag`: it holds that answer already.
pub fn client_holds(headers: &HeaderMap, tag: &str) -> bool {
    headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag))
}

fn with_validators(mut response: Response, tag: &str, vary: HeaderValue) -> Response {
    let h = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(tag) {
        h.insert(header::ETAG, v);
    }
    // Stored, but asked about again each time: a new publication shows at once.
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(header::VARY, vary);
    response
}

/// The stored page as one shared buffer, with its own policy and encoding.
/// `headers` are those the answer carries besides (the edge's, for a page just rendered).
fn answer(
    page: &Page,
    wanted: Encoding,
    gzip_too: bool,
    version: i64,
    locale: Locale,
    headers: HeaderMap,
    vary: HeaderValue,
) -> Response {
    let (encoding, body) = page.variant(wanted, gzip_too);
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers;
    let h = response.headers_mut();
    h.remove(header::CONTENT_LENGTH);
    h.insert(header::CONTENT_TYPE, page.content_type.clone());
    for (name, value) in &page.kept_headers {
        h.insert(name, value.clone());
    }
    if let Some(token) = encoding.token() {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(token));
    }
    h.insert(header::CONTENT_SECURITY_POLICY, page.csp.clone());
    with_validators(response, &etag(version, locale, encoding), vary)
}

/// The headers of a rendered answer that its stored copies carry besides the cache's own.
fn kept_headers(rendered: &HeaderMap) -> HeaderMap {
    rendered
        .iter()
        .filter(|(name, _)| name.as_str().starts_with("access-control-"))
        .map(|(name, value)| (name.clone(), value.clone()))
        .collect()
}

/// The page as it will be kept: its policy from the scripts this render wrote, and its
/// compressed variants, made off the async threads.
async fn stored(html: Bytes, nonce: &str, version: i64, rendered: &HeaderMap) -> Option<Page> {
    let text = std::str::from_utf8(&html).ok()?;
    let hashes = script_hashes::of_trusted_scripts(text, nonce);
    let csp = HeaderValue::from_str(&content_security_policy(&hashes.join(" "))).ok()?;
    let compressed = {
        let html = html.clone();
        tokio::task::spawn_blocking(move || {
            encodings::compress(&html, Encoding::Gzip).map(Bytes::from)
        })
    };
    let gzip = compressed.await.ok()?;
    Some(Page {
        version,
        content_type: rendered.get(header::CONTENT_TYPE)?.clone(),
        csp,
        kept_headers: kept_headers(rendered),
        identity: html,
        gzip,
        brotli: std::sync::OnceLock::new(),
        brotli_asked: std::sync::atomic::AtomicBool::new(false),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page_of(bytes: usize, version: i64) -> Arc<Page> {
        Arc::new(Page {
            version,
            content_type: HeaderValue::from_static("text/html; charset=utf-8"),
            csp: HeaderValue::from_static("default-src 'self'"),
            kept_headers: HeaderMap::new(),
            identity: Bytes::from(vec![b'x'; bytes]),
            gzip: None,
            brotli: std::sync::OnceLock::new(),
            brotli_asked: std::sync::atomic::AtomicBool::new(false),
        })
    }

    const BUDGET: usize = 1024 * 1024;

    #[test]
    fn past_the_budget_the_least_recently_used_pages_go_and_no_others() {
        let cache = PageCache::with_budget(BUDGET);
        let page = BUDGET / 10 - 100;
        for i in 0..10 {
            cache.keep(Locale::En, format!("/?q={i}"), page_of(page, 1));
        }
        assert!(cache.get(Locale::En, "/?q=0", 1).is_some(), "ten fit");
        // Storing the same address again replaces the page; it is not counted twice.
        cache.keep(Locale::En, "/?q=9".into(), page_of(page, 1));
        // A thousand new addresses later, the page read between each is still there.
        for i in 10..1010 {
            cache.keep(Locale::Fr, format!("/?q={i}"), page_of(page, 1));
            assert!(cache.get(Locale::En, "/?q=0", 1).is_some(), "after {i}");
        }
        assert!(cache.get(Locale::Fr, "/?q=1009", 1).is_some(), "the newest");
        assert!(cache.get(Locale::Fr, "/?q=1001", 1).is_some());
        assert!(
            cache.get(Locale::Fr, "/?q=1000", 1).is_none(),
            "the least recently used went first"
        );
        assert!(cache.get(Locale::En, "/?q=1", 1).is_none());
        assert!(cache.pages.lock().unwrap().bytes() <= BUDGET);
        cache.keep(Locale::En, "/huge".into(), page_of(BUDGET + 1, 1));
        assert!(
            cache.get(Locale::En, "/huge", 1).is_none(),
            "too large to keep"
        );
        assert!(
            cache.get(Locale::En, "/?q=0", 1).is_some(),
            "and nothing lost for it"
        );
        assert!(
            cache.get(Locale::En, "/?q=0", 2).is_none(),
            "another version"
        );
        // A newer version's first page drops the older ones, which can never be served again.
        cache.keep(Locale::En, "/".into(), page_of(page, 2));
        assert!(cache.get(Locale::En, "/", 2).is_some());
        assert_eq!(
            cache.pages.lock().unwrap().bytes(),
            page + 1,
            "only the new page is counted"
        );
        cache.keep(Locale::En, "/old".into(), page_of(page, 1));
        assert!(cache.get(Locale::En, "/old", 1).is_none(), "never kept");
    }
}
