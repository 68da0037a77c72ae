//! How the edge says no, in the reader's language: a JSON `AppError` to the hydrated app (which
//! shows its message), the form page again with the message for a browser without JavaScript, and
//! a short page otherwise.
use std::time::Duration;

use app::error::AppError;
use app::i18n::{Key, locale_from_headers};
use axum::{
    body::Body,
    http::{HeaderMap, HeaderValue, Request, StatusCode, header},
    response::{IntoResponse, Response},
};
use leptos::server_fn::error::ServerFnUrlError;

fn accepts_html(headers: &HeaderMap) -> bool {
    headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// The `Referer`, if it is a page of this very site (same host as the request was sent to).
fn same_site_referer(headers: &HeaderMap) -> Option<url::Url> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let referer = url::Url::parse(headers.get(header::REFERER)?.to_str().ok()?).ok()?;
    let referer_host = match referer.port() {
        Some(port) => format!("{}:{port}", referer.host_str()?),
        None => referer.host_str()?.to_owned(),
    };
    (referer_host.eq_ignore_ascii_case(host)).then_some(referer)
}

/// Refuses a request that must not be answered with a redirect (it may come from another site).
pub fn refuse<B>(request: &Request<B>, error: AppError) -> Response {
    refusal(request.headers(), error)
}

/// The refusal of a request with these headers: a short page to a browser, JSON otherwise.
pub fn refusal(headers: &HeaderMap, error: AppError) -> Response {
    if accepts_html(headers) {
        (error.status(), page(headers, &error)).into_response()
    } else {
        json(&error)
    }
}

/// Refuses a form post of this site: a browser without JavaScript goes back to the form, which
/// shows the message (the same way server functions report their errors); others get the status.
pub fn refuse_form<B>(
    request: &Request<B>,
    error: AppError,
    retry_after: Option<Duration>,
) -> Response {
    let headers = request.headers();
    if accepts_html(headers)
        && let Some(referer) = same_site_referer(headers)
        && let Ok(back) =
            ServerFnUrlError::new(request.uri().path(), error.clone()).to_url(referer.as_str())
        && let Ok(location) = HeaderValue::from_str(&back[url::Position::BeforePath..])
    {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
    }
    let response = json(&error);
    match retry_after {
        Some(wait) => with_retry_after(response, wait),
        None => response,
    }
}

/// Tells the client when to try again, in whole seconds (at least one).
pub fn with_retry_after(mut response: Response, wait: Duration) -> Response {
    if let Ok(value) = HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}

fn json(error: &AppError) -> Response {
    let body = serde_json::to_vec(error).unwrap_or_default();
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = error.status();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

fn page(headers: &HeaderMap, error: &AppError) -> axum::response::Html<String> {
    let locale = locale_from_headers(headers);
    let message = locale.t(error.message_key());
    axum::response::Html(format!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"/pkg/p2c.css\"></head>\
         <body><main><h1>{title}</h1><p role=\"alert\">{message}</p>\
         <p><a href=\"/\">{home}</a></p></main></body></html>",
        lang = locale.code(),
        dir = locale.direction().code(),
        title = locale.t(Key::AppName),
        home = locale.t(Key::BackHome),
    ))
}
