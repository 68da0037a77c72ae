use std::sync::Arc;

use axum::{
    extract::{Request, State},
    http::{HeaderMap, HeaderValue, header},
    middleware::Next,
    response::Response,
};
use leptos::nonce::Nonce;

pub struct HeaderSettings {
    pub https: bool,
}

/// The nonce of this response's Content-Security-Policy, for the page's inline hydration script.
/// The router's Leptos context hands it to the renderer.
#[derive(Clone, Debug)]
pub struct CspNonce(pub Nonce);

/// Scripts only from this site or allowed by `inline_scripts` (this response's nonce, or the
/// hashes of a cached page's scripts; never `unsafe-inline`); the wasm may be compiled; nothing
/// may frame the site; forms post only here.
pub fn content_security_policy(inline_scripts: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' {inline_scripts} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

pub async fn secure_headers(
    State(settings): State<Arc<HeaderSettings>>,
    mut request: Request,
    next: Next,
) -> Response {
    // The page cache draws the nonce of a render it will keep; every other request gets its own.
    let nonce = match request.extensions().get::<CspNonce>() {
        Some(CspNonce(nonce)) => nonce.clone(),
        None => {
            let nonce = Nonce::new();
            request.extensions_mut().insert(CspNonce(nonce.clone()));
            nonce
        }
    };
    let signed_in = carries_session(request.headers());
    let mut response = next.run(request).await;
    // A 304 has no body: the browser keeps the page it stored and would take this answer's
    // headers for it, so a new nonce here would block the stored page's own scripts. A cached
    // page comes with the policy of its own scripts.
    let not_modified = response.status() == axum::http::StatusCode::NOT_MODIFIED;
    let headers = response.headers_mut();
    if !not_modified
        && !headers.contains_key(header::CONTENT_SECURITY_POLICY)
        && let Ok(csp) =
            HeaderValue::from_str(&content_security_policy(&format!("'nonce-{nonce}'")))
    {
        headers.insert(header::CONTENT_SECURITY_POLICY, csp);
    }
    if signed_in {
        keep_private(headers);
    }
    edge_headers(headers, settings.https);
    response
}

/// Whether the request comes with a session cookie (either name: with or without `Secure`).
fn carries_session(headers: &HeaderMap) -> bool {
    [
        app::ssr::accounts::auth::SECURE_SESSION_COOKIE,
        app::ssr::accounts::auth::SESSION_COOKIE,
    ]
    .into_iter()
    .any(|name| app::cookies::cookie_value(headers, name).is_some())
}

/// What a signed-in person is shown (their name in the header, their pledges, the review desk)
/// must stay in their browser's memory only: neither a shared cache nor the browser's disk may
/// keep it, and the back button after signing out on a shared computer must not show it. Answers
/// that chose their own policy keep it (a downloaded file, a language file cached for good), and
/// so do the site's scripts, styles, images and fonts, which hold nothing of anyone's.
fn keep_private(headers: &mut HeaderMap) {
    let asset = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            ["javascript", "wasm", "text/css", "image/", "font/"]
                .iter()
                .any(|kind| t.contains(kind))
        });
    if !asset && !headers.contains_key(header::CACHE_CONTROL) {
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
}

/// The headers every answer carries, whatever its content: also added by the page cache to the
/// pages it answers in front of this layer.
pub fn edge_headers(headers: &mut HeaderMap, https: bool) {
    let fixed = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        // Same-origin: the no-JavaScript form path needs the Referer to come back to the form;
        // other sites learn nothing of the pages people came from.
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    headers.insert(
        header::HeaderName::from_static("cross-origin-opener-policy"),
        HeaderValue::from_static("same-origin"),
    );
    if https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000"),
        );
    }
}
