//! The public, read-mostly pages (the compendium list, its dashboard and each pledge's permalink)
//! as anonymous visitors see them, cached by address and language. A page is good while the
//! compendium's version (moved in the same transaction as every publication event, so every server
//! on one PostgreSQL sees it) stands still. Each answer carries an `ETag` of that version, so a
//! returning browser sends `If-None-Match` and downloads nothing. The version is kept in memory:
//! read again at once after this server changed the read model, and every `VERSION_POLL` for
//! changes made by other servers. The CSP nonce is new in every answer: a cached page is kept cut
//! wherever its nonce stood (Leptos also writes it into its preload links' `crossorigin`).
use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::pin::Pin;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::BytesMut;
use http_body::{Frame, SizeHint};

use app::i18n::Locale;
use app::ssr::ServerContext;
use axum::{
    body::{Body, Bytes},
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, Method, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};

use crate::security::CspNonce;

/// Pages kept at most; past it the cache starts again (search terms make addresses unbounded).
const CAPACITY: usize = 2_000;
/// Larger pages are served but not kept.
const LARGEST: usize = 16 * 1024 * 1024;
/// How often the compendium's version is read when nothing changed in this process: another
/// server's publication shows here within this time; this server's own at once.
pub const VERSION_POLL: Duration = Duration::from_millis(100);

struct Page {
    version: i64,
    /// The HTML cut where the nonce stood: joined again with each answer's own. The parts are
    /// shared, not copied: an answer is the parts and its nonce, written out one after another.
    parts: Vec<Bytes>,
}

#[derive(Clone, Default)]
pub struct PageCache {
    pages: Arc<Mutex<HashMap<(String, Locale), Page>>>,
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

    /// The version to serve pages of: read from the database only when this process changed the
    /// read model since it last looked, or before the watcher's first look.
    async fn current(&self, ctx: &ServerContext) -> Option<i64> {
        let local = app::ssr::compendium_projection::local_changes();
        let known = self.version.version.load(Ordering::Acquire);
        if known > 0 && self.version.local_changes.load(Ordering::Acquire) == local {
            return Some(known);
        }
        let v = app::ssr::compendium_projection::version(&ctx.db)
            .await
            .ok()?;
        self.version.version.fetch_max(v, Ordering::AcqRel);
        self.version.local_changes.store(local, Ordering::Release);
        Some(self.version.version.load(Ordering::Acquire))
    }
}

#[derive(Clone)]
pub struct CacheState {
    pub ctx: ServerContext,
    pub cache: PageCache,
}

fn cacheable_path(path: &str) -> bool {
    path == "/" || path == "/dashboard" || path.starts_with("/compendium/")
}

fn signed_in(ctx: &ServerContext, headers: &HeaderMap) -> bool {
    app::cookies::cookie_value(headers, ctx.auth.cookie_name()).is_some()
}

fn etag(version: i64, locale: Locale) -> String {
    format!("\"c{version}-{}\"", locale.code())
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
        HeaderValue::from_static("Cookie, Accept-Language"),
    );
    response
}

/// The parts of a cached page with `nonce` between each two, as a body of chunks whose length is
/// known (so the answer has a `Content-Length`, as a file's would). Large parts are shared, not
/// copied; the small ones between them are copied together with the nonces, so an answer is a
/// handful of chunks rather than one per nonce.
fn joined(parts: &[Bytes], nonce: &[u8]) -> Body {
    const SHARED: usize = 4096;
    let mut chunks = VecDeque::new();
    let mut small = BytesMut::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            small.extend_from_slice(nonce);
        }
        if part.len() >= SHARED {
            if !small.is_empty() {
                chunks.push_back(small.split().freeze());
            }
            chunks.push_back(part.clone());
        } else {
            small.extend_from_slice(part);
        }
    }
    if !small.is_empty() {
        chunks.push_back(small.freeze());
    }
    let remaining = chunks.iter().map(|c: &Bytes| c.len() as u64).sum();
    Body::new(Chunks { chunks, remaining })
}

struct Chunks {
    chunks: VecDeque<Bytes>,
    remaining: u64,
}

impl http_body::Body for Chunks {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        let this = self.get_mut();
        Poll::Ready(this.chunks.pop_front().map(|chunk| {
            this.remaining -= chunk.len() as u64;
            Ok(Frame::data(chunk))
        }))
    }

    fn is_end_stream(&self) -> bool {
        self.chunks.is_empty()
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.remaining)
    }
}

pub async fn serve(State(state): State<Arc<CacheState>>, request: Request, next: Next) -> Response {
    if request.method() != Method::GET
        || !cacheable_path(request.uri().path())
        || signed_in(&state.ctx, request.headers())
    {
        return next.run(request).await;
    }
    let Some(version) = state.cache.current(&state.ctx).await else {
        return next.run(request).await;
    };
    let locale = app::i18n::locale_from_headers(request.headers());
    let tag = etag(version, locale);
    let fresh = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    if fresh {
        return with_validators(StatusCode::NOT_MODIFIED.into_response(), &tag);
    }
    let key = (
        request
            .uri()
            .path_and_query()
            .map(|p| p.as_str().to_owned())
            .unwrap_or_default(),
        locale,
    );
    let nonce = request
        .extensions()
        .get::<CspNonce>()
        .map(|n| n.0.to_string())
        .filter(|n| n.len() >= 16)
        .unwrap_or_default();
    let hit = state.cache.pages.lock().ok().and_then(|pages| {
        pages
            .get(&key)
            .filter(|p| p.version == version)
            .map(|p| joined(&p.parts, nonce.as_bytes()))
    });
    if let Some(body) = hit {
        let mut response = Response::new(body);
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        return with_validators(response, &tag);
    }
    let response = next.run(request).await;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if response.status() != StatusCode::OK
        || !html
        || response.headers().contains_key(header::SET_COOKIE)
        || nonce.is_empty()
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes: Bytes = match axum::body::to_bytes(body, LARGEST).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "page too large to cache");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if let (Ok(text), Ok(mut pages)) = (std::str::from_utf8(&bytes), state.cache.pages.lock()) {
        if pages.len() >= CAPACITY {
            pages.clear();
        }
        pages.insert(
            key,
            Page {
                version,
                parts: text
                    .split(nonce.as_str())
                    .map(|part| Bytes::copy_from_slice(part.as_bytes()))
                    .collect(),
            },
        );
    }
    with_validators(Response::from_parts(parts, Body::from(bytes)), &tag)
}
