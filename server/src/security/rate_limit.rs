//! Per-IP limits on the forms anyone can post without an account, before any work is done for
//! them (a sign-in costs an Argon2 hash). Per-account sign-in limits live in the sign-in service.
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use app::error::AppError;
use app::ssr::rate_limit::Limiter;
use axum::{
    extract::{Request, State},
    http::Method,
    middleware::Next,
    response::Response,
};

use super::client_ip::ClientIpSource;
use super::refusal::refuse_form;

/// The server functions that anonymous visitors can call with a form.
const ANONYMOUS_FORMS: &[&str] = &[
    "/api/login",
    "/api/register",
    "/api/resend_verification",
    "/api/forgot_password",
    "/api/reset_password",
    "/api/verify_email",
];

pub struct AnonymousPostLimits {
    per_ip: Limiter<IpAddr>,
}

impl AnonymousPostLimits {
    pub fn new(per_ip_per_minute: NonZeroU32) -> AnonymousPostLimits {
        AnonymousPostLimits {
            per_ip: Limiter::per_minute(per_ip_per_minute),
        }
    }

    pub fn forget_idle(&self) {
        self.per_ip.forget_idle();
    }
}

pub async fn limit_anonymous_posts(
    State((limits, client_ip)): State<(Arc<AnonymousPostLimits>, Arc<ClientIpSource>)>,
    request: Request,
    next: Next,
) -> Response {
    let limited =
        request.method() == Method::POST && ANONYMOUS_FORMS.contains(&request.uri().path());
    if limited
        && let Some(ip) = client_ip.of(&request)
        && let Err(wait) = limits.per_ip.check(&ip)
    {
        tracing::warn!(%ip, path = request.uri().path(), "rate limit: too many posts from one address");
        return refuse_form(&request, AppError::TooManyRequests, Some(wait));
    }
    next.run(request).await
}
