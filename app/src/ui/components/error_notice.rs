use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{Key, use_locale};

/// A translated error message; on the server it also sets the page's HTTP status.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    let locale = use_locale();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(error.status());
    }
    let sign_in = matches!(error, AppError::NotSignedIn).then(|| {
        view! { <a href="/login">{locale.t(Key::SignIn)}</a> }
    });
    view! {
        <div class="notice notice-error" role="alert">
            <p>{locale.t(error.message_key())}</p>
            {sign_in}
        </div>
    }
}
