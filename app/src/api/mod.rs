//! Server functions: thin adapters that read the session, call a service and return.
//! Endpoints are named so their URLs stay stable for forms without JavaScript and for tests.
//! Errors are `AppError`s; the server's handler gives each response the error's HTTP status.
mod accounts;
mod auth;
mod coalition;
mod compendium;
mod events;
mod marketplace;
mod notices;
mod pledges;
mod progress;
mod review;

pub use accounts::*;
pub use auth::*;
pub use coalition::*;
pub use compendium::*;
pub use events::*;
pub use marketplace::*;
pub use notices::*;
pub use pledges::*;
pub use progress::*;
pub use review::*;

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

    /// Sends the browser to a path on this site. Only paths that [`safe_local_path`] accepts
    /// reach `leptos_axum::redirect` (which panics on a value that is not a valid header).
    pub fn redirect_local(path: &str) -> Result<(), AppError> {
        let path = safe_local_path(Some(path)).ok_or_else(|| {
            crate::ssr_internal("redirect", format!("not a local path: {path:?}"))
        })?;
        leptos_axum::redirect(&path);
        Ok(())
    }

    pub use crate::ssr::safe_local_path;

    /// A refused form: its validation issues come back as `InvalidForm`, and without JavaScript
    /// what was typed is kept in the stash, so the page that is sent back can be filled in again.
    pub async fn refused<T: serde::Serialize>(
        error: AppError,
        form: &str,
        user_id: Option<i32>,
        input: &T,
    ) -> AppError {
        use crate::ssr::{context, form_stash};
        let AppError::Validation(issues) = error else {
            return error;
        };
        let stash = if context::is_plain_form_post() {
            let ctx = match context::server_context() {
                Ok(ctx) => ctx,
                Err(e) => return e,
            };
            match form_stash::put(&ctx.db, form, user_id, input).await {
                Ok(id) => Some(id),
                Err(e) => return e,
            }
        } else {
            None
        };
        AppError::InvalidForm { issues, stash }
    }
}
