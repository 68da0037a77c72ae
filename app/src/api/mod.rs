//! Server functions: thin adapters that read the session, call a service and return.
//! Endpoints are named so their URLs stay stable for forms without JavaScript and for tests.
mod auth;
mod pledges;

pub use auth::*;
pub use pledges::*;

#[cfg(feature = "ssr")]
mod respond {
    use http::header::{HeaderValue, SET_COOKIE};

    use crate::error::AppError;

    pub fn set_cookie(cookie: &str) -> Result<(), AppError> {
        let value =
            HeaderValue::from_str(cookie).map_err(|e| crate::ssr_internal("cookie header", e))?;
        if let Some(res) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() {
            res.append_header(SET_COOKIE, value);
        }
        Ok(())
    }

    pub use crate::ssr::safe_local_path;
}
