//! Per-client limits, checked before any work is done: on the forms anyone can post without an
//! account (a sign-in costs an Argon2 hash), on the compendium's downloads (an XLSX of
//! everything costs seconds of a core), on the public pages the page cache could not answer (a
//! new search is a render and queries of its own) and on the open API. The client's address is
//! also handed to the application here (a request extension), whose password checks are limited
//! per address and account.
//!
//! The page cache answers in front of these layers, so its hits are never counted: a visitor
//! reading stored pages is never refused, one asking for page after new page is.
use std::num::NonZeroU32;
use std::sync::Arc;

use app::error::AppError;
use app::ssr::rate_limit::{ClientAddr, Limiter};
use axum::{
    extract::{Request, State},
    http::Method,
    middleware::Next,
    response::Response,
};

use super::client_ip::ClientIpSource;
use super::refusal::{refuse, refuse_form, with_retry_after};

/// The server functions that anonymous visitors can call with a form.
const ANONYMOUS_FORMS: &[&str] = &[
    "/api/login",
    "/api/register",
    "/api/resend_verification",
    "/api/forgot_password",
    "/api/reset_password",
    "/api/verify_email",
];

/// The compendium's and the opportunities' downloads, which are made for each request.
const DOWNLOADS: &[&str] = &[
    "/compendium.csv",
    "/compendium.json",
    "/compendium.xlsx",
    "/compendium.docx",
    "/opportunities.csv",
    "/opportunities.xlsx",
    "/opportunities/answers.csv",
];

/// The server functions behind the public pages, which a hydrated page calls as filters change:
/// a render of the page's data as much as the page itself.
const PUBLIC_READS: &[&str] = &[
    "/api/compendium_list",
    "/api/compendium_totals",
    "/api/published_pledge",
];

/// Per-minute allowances per client address.
pub struct PerMinute {
    pub anonymous_posts: NonZeroU32,
    pub downloads: NonZeroU32,
    pub page_renders: NonZeroU32,
    pub api: NonZeroU32,
}

pub struct PerIpLimits {
    anonymous_posts: Limiter<ClientAddr>,
    downloads: Limiter<ClientAddr>,
    page_renders: Limiter<ClientAddr>,
    api: Limiter<ClientAddr>,
}

impl PerIpLimits {
    pub fn new(per_minute: PerMinute) -> Self {
        PerIpLimits {
            anonymous_posts: Limiter::per_minute(per_minute.anonymous_posts),
            downloads: Limiter::per_minute(per_minute.downloads),
            page_renders: Limiter::per_minute(per_minute.page_renders),
            api: Limiter::per_minute(per_minute.api),
        }
    }

    pub fn forget_idle(&self) {
        self.anonymous_posts.forget_idle();
        self.downloads.forget_idle();
        self.page_renders.forget_idle();
        self.api.forget_idle();
    }

    /// The allowance a request draws on, if any. Downloads and renders count whatever the
    /// method: `HEAD` makes the whole file or page as `GET` does.
    fn for_request(&self, method: &Method, path: &str) -> Option<(&Limiter<ClientAddr>, Kind)> {
        if *method == Method::POST && ANONYMOUS_FORMS.contains(&path) {
            Some((&self.anonymous_posts, Kind::Form))
        } else if DOWNLOADS.contains(&path) {
            Some((&self.downloads, Kind::Other))
        } else if crate::page_cache::cacheable_page(path) || PUBLIC_READS.contains(&path) {
            Some((&self.page_renders, Kind::Other))
        } else if path.starts_with("/api/v1/") {
            Some((&self.api, Kind::Other))
        } else {
            None
        }
    }
}

/// How a refusal is answered: a form goes back to its page with the message.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Form,
    Other,
}

pub async fn limit_per_ip(
    State((limits, client_ip)): State<(Arc<PerIpLimits>, Arc<ClientIpSource>)>,
    mut request: Request,
    next: Next,
) -> Response {
    let ip = client_ip.of(&request);
    request.extensions_mut().insert(ip);
    let path = request.uri().path();
    let Some((limiter, kind)) = limits.for_request(request.method(), path) else {
        return next.run(request).await;
    };
    if let Err(wait) = limiter.check(&ip) {
        tracing::warn!(%ip, path, "rate limit: too many requests from one address");
        if kind == Kind::Form {
            return refuse_form(&request, AppError::TooManyRequests, Some(wait));
        }
        return with_retry_after(refuse(&request, AppError::TooManyRequests), wait);
    }
    next.run(request).await
}
