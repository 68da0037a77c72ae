//! The cache as the outermost service. A stored page is answered here, before routing and the
//! edge layers, with the headers the edge would have added (`security::edge_headers`, the request
//! id); the edge's other work (body limit, same-origin and rate checks) is for requests that
//! change something, and a stored page is never one. Everything else, and every page to be
//! stored, passes through the whole application.
//!
//! Cache hits are not traced: the request log records them at debug level only, and a hit has
//! nothing else to say.
use std::convert::Infallible;
use std::future::{Ready, ready};
use std::sync::Arc;
use std::task::{Context, Poll};

use app::i18n::Locale;
use axum::{
    body::{Body, Bytes},
    extract::Request,
    http::{HeaderMap, Method, StatusCode, header},
    response::{IntoResponse, Response},
};
use futures_util::future::{BoxFuture, Either};
use leptos::nonce::Nonce;
use tower_layer::Layer;
use tower_service::Service;

use super::address::{Cached, normal_address};
use super::encodings::Encoding;
use super::{CacheState, LARGEST, answer, client_holds, etag, signed_in, stored, with_validators};
use crate::security::{self, CspNonce};

#[derive(Clone)]
pub struct CachedPagesLayer(pub Arc<CacheState>);

impl<S> Layer<S> for CachedPagesLayer {
    type Service = CachedPages<S>;

    fn layer(&self, inner: S) -> CachedPages<S> {
        CachedPages {
            inner,
            state: Arc::clone(&self.0),
        }
    }
}

#[derive(Clone)]
pub struct CachedPages<S> {
    inner: S,
    state: Arc<CacheState>,
}

/// What a cacheable request asks for.
struct Wanted {
    kind: Cached,
    /// The normal address: what the answer is kept under and rendered for.
    address: String,
    locale: Locale,
    encoding: Encoding,
    gzip_too: bool,
}

impl Wanted {
    /// `None` unless the request is for a public answer: a public page asked for by an
    /// anonymous visitor, or the open API's totals.
    fn of(state: &CacheState, request: &Request) -> Option<Self> {
        if request.method() != Method::GET {
            return None;
        }
        let kind = Cached::of(request.uri().path())?;
        if kind.personal() && signed_in(&state.ctx, request.headers()) {
            return None;
        }
        if says_thanks(request.uri().query()) {
            return None;
        }
        Some(Self {
            kind,
            address: normal_address(request.uri().path(), request.uri().query()),
            // The totals say the same in every language.
            locale: match kind {
                Cached::Page => app::i18n::locale_from_headers(request.headers()),
                Cached::Stats => Locale::En,
            },
            encoding: Encoding::preferred(request.headers()),
            gzip_too: Encoding::takes_gzip(request.headers()),
        })
    }
}

type Answer = Result<Response, Infallible>;

impl<S> Service<Request> for CachedPages<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Either<Ready<Answer>, BoxFuture<'static, Answer>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let Some(wanted) = Wanted::of(&self.state, &request) else {
            return Either::Right(Box::pin(self.inner.call(request)));
        };
        if let Some(version) = self.state.cache.known()
            && let Some(response) = from_store(&self.state, &request, &wanted, version)
        {
            return Either::Left(ready(Ok(response)));
        }
        // The service made ready answers; its clone waits for the next request.
        let ready_inner = self.inner.clone();
        let inner = std::mem::replace(&mut self.inner, ready_inner);
        Either::Right(Box::pin(render_and_keep(
            Arc::clone(&self.state),
            request,
            wanted,
            inner,
        )))
    }
}

/// `304` if the client holds this version, the stored page if there is one; with the edge's
/// headers, as the page would have had through it.
fn from_store(
    state: &CacheState,
    request: &Request,
    wanted: &Wanted,
    version: i64,
) -> Option<Response> {
    let mut headers = HeaderMap::new();
    security::edge_headers(&mut headers, state.https);
    headers.insert(security::REQUEST_ID, security::request_id(request));
    let tag = etag(version, wanted.locale, wanted.encoding);
    if client_holds(request.headers(), &tag) {
        // No policy: the browser keeps the stored page's own.
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        *response.headers_mut() = headers;
        return Some(with_validators(response, &tag, wanted.kind.vary()));
    }
    let page = state.cache.get(wanted.locale, &wanted.address, version)?;
    if wanted.encoding == Encoding::Brotli {
        page.make_brotli_later();
    }
    Some(answer(
        &page,
        wanted.encoding,
        wanted.gzip_too,
        version,
        wanted.locale,
        headers,
        wanted.kind.vary(),
    ))
}

/// Renders the page through the whole application, keeps it, and answers from what was kept.
async fn render_and_keep<S>(
    state: Arc<CacheState>,
    mut request: Request,
    wanted: Wanted,
    mut inner: S,
) -> Answer
where
    S: Service<Request, Response = Response, Error = Infallible>,
{
    let Some(version) = state.cache.current(&state.ctx.db).await else {
        return inner.call(request).await;
    };
    if let Some(response) = from_store(&state, &request, &wanted, version) {
        return Ok(response);
    }
    // Rendered for its normal address, so what is kept is exactly the answer to the address it
    // is kept under (a page's links to itself included).
    match wanted.address.parse() {
        Ok(uri) => *request.uri_mut() = uri,
        Err(_) => return inner.call(request).await,
    }
    // The nonce is drawn here so the scripts that carry it can be told from any other text; the
    // page is stored uncompressed and compressed here, once.
    let nonce = Nonce::new();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    request.headers_mut().remove(header::ACCEPT_ENCODING);
    let response = inner.call(request).await?;
    let expected_type = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with(wanted.kind.media_type()));
    if response.status() != StatusCode::OK
        || !expected_type
        || response.headers().contains_key(header::SET_COOKIE)
    {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let bytes: Bytes = match axum::body::to_bytes(body, LARGEST).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!(error = %e, "page too large to cache");
            return Ok(StatusCode::INTERNAL_SERVER_ERROR.into_response());
        }
    };
    let Some(page) = stored(bytes.clone(), &nonce.to_string(), version, &parts.headers).await
    else {
        return Ok(Response::from_parts(parts, Body::from(bytes)));
    };
    let page = Arc::new(page);
    let vary = wanted.kind.vary();
    state
        .cache
        .keep(wanted.locale, wanted.address, Arc::clone(&page));
    Ok(answer(
        &page,
        wanted.encoding,
        wanted.gzip_too,
        version,
        wanted.locale,
        parts.headers,
        vary,
    ))
}

/// A public page a form sent the visitor back to, with its notice ("Thank you…" after a report
/// of a problem): rendered for this request, since the stored page has no notice.
fn says_thanks(query: Option<&str>) -> bool {
    query.is_some_and(|q| {
        url::form_urlencoded::parse(q.as_bytes()).any(|(name, _)| name == "reported")
    })
}
