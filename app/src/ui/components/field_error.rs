use leptos::prelude::*;

use crate::i18n::{Key, use_locale};

/// The message next to a form field; its id is what the field's `aria-describedby` points to.
#[component]
pub fn FieldError(#[prop(into)] id: String, message: Signal<Option<Key>>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <p id=id class="field-error" aria-live="polite">
            {move || message.get().map(|key| locale.t(key))}
        </p>
    }
}
