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

use super::encodings::Encoding;
use super::{
    CacheState, LARGEST, answer, cacheable_path, etag, signed_in, stored, with_validators,
};
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
#[derive(Clone, Copy)]
struct Wanted {
    locale: Locale,
    encoding: Encoding,
}

impl Wanted {
    /// `None` unless an anonymous visitor asks for a public page.
    fn of(state: &CacheState, request: &Request) -> Option<Self> {
        let cacheable = request.method() == Method::GET
            && cacheable_path(request.uri().path())
            && !signed_in(&state.ctx, request.headers());
        cacheable.then(|| Self {
            locale: app::i18n::locale_from_headers(request.headers()),
            encoding: Encoding::preferred(request.headers()),
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
            && let Some(response) = from_store(&self.state, &request, wanted, version)
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
    wanted: Wanted,
    version: i64,
) -> Option<Response> {
    let mut headers = HeaderMap::new();
    security::edge_headers(&mut headers, state.https);
    headers.insert(security::REQUEST_ID, security::request_id(request));
    let tag = etag(version, wanted.locale, wanted.encoding);
    let fresh = request
        .headers()
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == tag));
    if fresh {
        // No policy: the browser keeps the stored page's own.
        let mut response = StatusCode::NOT_MODIFIED.into_response();
        *response.headers_mut() = headers;
        return Some(with_validators(response, &tag));
    }
    let address = request.uri().path_and_query()?.as_str();
    let page = state.cache.get(wanted.locale, address, version)?;
    Some(answer(
        &page,
        wanted.encoding,
        version,
        wanted.locale,
        headers,
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
    if let Some(response) = from_store(&state, &request, wanted, version) {
        return Ok(response);
    }
    let address = request
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_default();
    // The nonce is drawn here so the scripts that carry it can be told from any other text; the
    // page is stored uncompressed and compressed here, once.
    let nonce = Nonce::new();
    request.extensions_mut().insert(CspNonce(nonce.clone()));
    request.headers_mut().remove(header::ACCEPT_ENCODING);
    let response = inner.call(request).await?;
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if response.status() != StatusCode::OK
        || !html
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
    let Some(page) = stored(bytes.clone(), &nonce.to_string(), version).await else {
        return Ok(Response::from_parts(parts, Body::from(bytes)));
    };
    let page = Arc::new(page);
    state.cache.keep(wanted.locale, address, Arc::clone(&page));
    Ok(answer(
        &page,
        wanted.encoding,
        version,
        wanted.locale,
        parts.headers,
    ))
}
