//! Per-client limits, checked before any work is done: on the forms anyone can post without an
//! account (a sign-in costs an Argon2 hash), and on the compendium's downloads (an XLSX of
//! everything costs seconds of a core). The client's address is also handed to the application
//! here (a request extension), whose password checks are limited per address and account.
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

/// The compendium's downloads, which are made for each request.
const DOWNLOADS: &[&str] = &[
    "/compendium.csv",
    "/compendium.json",
    "/compendium.xlsx",
    "/compendium.docx",
];

pub struct PerIpLimits {
    anonymous_posts: Limiter<ClientAddr>,
    downloads: Limiter<ClientAddr>,
}

impl PerIpLimits {
    pub fn new(anonymous_posts_per_minute: NonZeroU32, downloads_per_minute: NonZeroU32) -> Self {
        PerIpLimits {
            anonymous_posts: Limiter::per_minute(anonymous_posts_per_minute),
            downloads: Limiter::per_minute(downloads_per_minute),
        }
    }

    pub fn forget_idle(&self) {
        self.anonymous_posts.forget_idle();
        self.downloads.forget_idle();
    }
}

pub async fn limit_per_ip(
    State((limits, client_ip)): State<(Arc<PerIpLimits>, Arc<ClientIpSource>)>,
    mut request: Request,
    next: Next,
) -> Response {
    let ip = client_ip.of(&request);
    request.extensions_mut().insert(ip);
    let path = request.uri().path();
    let post = request.method() == Method::POST && ANONYMOUS_FORMS.contains(&path);
    let download = request.method() == Method::GET && DOWNLOADS.contains(&path);
    if !(post || download) {
        return next.run(request).await;
    }
    let limiter = if post {
        &limits.anonymous_posts
    } else {
        &limits.downloads
    };
    if let Err(wait) = limiter.check(&ip) {
        tracing::warn!(%ip, path, "rate limit: too many requests from one address");
        if post {
            return refuse_form(&request, AppError::TooManyRequests, Some(wait));
        }
        return with_retry_after(refuse(&request, AppError::TooManyRequests), wait);
    }
    next.run(request).await
}
