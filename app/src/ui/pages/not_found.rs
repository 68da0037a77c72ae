use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{Key, use_locale};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let locale = use_locale();
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=locale.t(Key::NotFoundTitle) />
        <h1>{locale.t(Key::NotFoundTitle)}</h1>
        <p>{locale.t(Key::NotFoundBody)}</p>
        <p><a href="/">{locale.t(Key::BackHome)}</a></p>
    }
}
