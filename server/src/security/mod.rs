//! The HTTP edge, in one place: every request passes these layers before it reaches a page, a
//! server function or a file, and every response leaves through them.
//!
//! From the outside in: a request id (returned in `x-request-id` and carried by the request's log
//! span), security headers with a per-response CSP nonce, a body-size limit, the same-origin check
//! on state-changing requests, and per-IP rate limits on the forms anonymous visitors can post, on
//! the compendium's downloads, on public pages rendered anew and on the open API.
mod body_limit;
mod client_ip;
mod headers;
mod origin;
mod rate_limit;
mod refusal;

use std::sync::Arc;

use axum::{
    Router,
    http::{HeaderName, HeaderValue, Request},
    middleware,
};
use tower_http::{
    request_id::{MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer},
    trace::TraceLayer,
};

pub use client_ip::ClientIpSource;
pub use headers::{CspNonce, content_security_policy, edge_headers};
pub use rate_limit::{PerIpLimits, PerMinute};
pub use refusal::{refusal, with_retry_after};

pub struct EdgeSettings {
    /// Send HSTS: the site is served over HTTPS.
    pub https: bool,
    pub body_limit: usize,
    pub client_ip: ClientIpSource,
}

/// Wraps the application's routes in the security layers.
pub fn protect(router: Router, settings: EdgeSettings, limits: Arc<PerIpLimits>) -> Router {
    let headers = Arc::new(headers::HeaderSettings {
        https: settings.https,
    });
    let client_ip = Arc::new(settings.client_ip);
    router
        .layer(middleware::from_fn_with_state(
            (limits, client_ip),
            rate_limit::limit_per_ip,
        ))
        .layer(middleware::from_fn(origin::same_origin_only))
        .layer(middleware::from_fn_with_state(
            settings.body_limit,
            body_limit::limit_bodies,
        ))
        .layer(middleware::from_fn_with_state(
            headers,
            headers::secure_headers,
        ))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .layer(SetRequestIdLayer::new(REQUEST_ID, NewRequestId))
}

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// A new UUID for a request that came without an id.
fn new_request_id() -> HeaderValue {
    let mut buffer = uuid::Uuid::encode_buffer();
    let id = uuid::Uuid::new_v4().hyphenated().encode_lower(&mut buffer);
    HeaderValue::from_str(id).unwrap_or(HeaderValue::from_static("-"))
}

#[derive(Clone, Copy)]
struct NewRequestId;

impl MakeRequestId for NewRequestId {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        Some(RequestId::new(new_request_id()))
    }
}

/// The request's id as the edge gives it: the caller's own `x-request-id`, or a new one. The
/// page cache, which answers in front of the edge, gives its answers one the same way.
pub fn request_id<B>(request: &Request<B>) -> HeaderValue {
    request
        .headers()
        .get(REQUEST_ID)
        .cloned()
        .unwrap_or_else(new_request_id)
}

/// One span per request, with its id, so every log line of a request can be found from the id a
/// user reports. The query string is left out: it may one day carry a token.
fn request_span<B>(request: &Request<B>) -> tracing::Span {
    let id = request
        .headers()
        .get(REQUEST_ID)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    tracing::info_span!(
        "request",
        method = %request.method(),
        path = %request.uri().path(),
        request_id = %id,
    )
}
