//! On a slow link a person fills a form long before the wasm arrives. Inputs are therefore never
//! driven from signals (`prop:value` would overwrite what was typed when the page hydrates); instead,
//! once hydrated, the form's current content is read back into the signals that live validation uses.
use leptos::form::FromFormData;
use leptos::html::Form;
use leptos::prelude::*;

/// After hydration, reads the form as it would be submitted and hands the result to `apply`.
pub fn restore_after_hydration<T: FromFormData + 'static>(
    form: NodeRef<Form>,
    apply: impl Fn(T) + 'static,
) {
    // Effects run only in the browser, once the page is hydrated and the form element is known.
    Effect::new(move |_| {
        if let Some(form) = form.get()
            && let Ok(data) = leptos::web_sys::FormData::new_with_form(&form)
            && let Ok(value) = T::from_form_data(&data)
        {
            apply(value);
        }
    });
}
