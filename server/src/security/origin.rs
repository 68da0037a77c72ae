//! Cross-site request forgery: a state-changing request is served only if the browser says it
//! comes from this site. Fetch Metadata (`Sec-Fetch-Site`) first, `Origin` where a browser sends no
//! metadata; a request with neither is not from a browser's cross-site form (those always carry
//! one or the other) and goes on. SameSite=Lax cookies alone would not stop a forged sign-in.
use axum::{
    extract::Request,
    http::{HeaderMap, Method, header},
    middleware::Next,
    response::Response,
};

use super::refusal::refuse;
use app::error::AppError;

pub async fn same_origin_only(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
    );
    if safe || from_this_site(request.headers()) {
        next.run(request).await
    } else {
        tracing::warn!(
            origin = ?request.headers().get(header::ORIGIN),
            fetch_site = ?request.headers().get("sec-fetch-site"),
            "cross-site request refused"
        );
        refuse(&request, AppError::CrossSite)
    }
}

fn from_this_site(headers: &HeaderMap) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        // `none`: the person typed the address or used a bookmark.
        return matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let (Ok(origin), Some(Ok(host))) = (
        origin.to_str(),
        headers.get(header::HOST).map(|h| h.to_str()),
    ) else {
        return false;
    };
    // `Origin: null` (sandboxed frames, some redirects) and anything unparsable are refused.
    let Ok(origin) = url::Url::parse(origin) else {
        return false;
    };
    let origin_host = match (origin.host_str(), origin.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_owned(),
        (None, _) => return false,
    };
    origin_host.eq_ignore_ascii_case(host)
}

#[cfg(test)]
mod tests {
    use super::from_this_site;
    use axum::http::{HeaderMap, HeaderValue};

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn fetch_metadata_decides_when_present() {
        assert!(from_this_site(&headers(&[(
            "sec-fetch-site",
            "same-origin"
        )])));
        assert!(from_this_site(&headers(&[("sec-fetch-site", "none")])));
        assert!(!from_this_site(&headers(&[(
            "sec-fetch-site",
            "cross-site"
        )])));
        assert!(!from_this_site(&headers(&[(
            "sec-fetch-site",
            "same-site"
        )])));
        assert!(!from_this_site(&headers(&[
            ("sec-fetch-site", "cross-site"),
            ("origin", "http://p2c.example"),
            ("host", "p2c.example"),
        ])));
    }

    #[test]
    fn origin_must_name_this_host() {
        let host = ("host", "127.0.0.1:3000");
        assert!(from_this_site(&headers(&[
            ("origin", "http://127.0.0.1:3000"),
            host
        ])));
        assert!(!from_this_site(&headers(&[
            ("origin", "http://evil.example"),
            host
        ])));
        assert!(!from_this_site(&headers(&[
            ("origin", "http://127.0.0.1:3001"),
            host
        ])));
        assert!(!from_this_site(&headers(&[("origin", "null"), host])));
        assert!(
            from_this_site(&headers(&[host])),
            "no browser headers: not a browser form"
        );
    }
}
