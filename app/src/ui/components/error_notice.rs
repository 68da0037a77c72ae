use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::{Key, use_locale};

/// A translated error message; on the server it also sets the page's HTTP status.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    let locale = use_locale();
    set_page_status(&error);
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

/// On the server, answers the page being rendered with the error's HTTP status.
pub fn set_page_status(error: &AppError) {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(error.status());
    }
    #[cfg(not(feature = "ssr"))]
    let _ = error;
}
