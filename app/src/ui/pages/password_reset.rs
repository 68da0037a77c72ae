use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{ForgotPassword, ResetPassword};
use crate::domain::text_rules::PASSWORD_MAX;
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, TextField, issues_of};

/// Asks for a reset link. The answer is the same whether the address has an account or not.
#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let locale = use_locale();
    let forgot = ServerAction::<ForgotPassword>::new();
    let query = use_query_map();
    let sent = move || query.read().get("sent").is_some();
    let issues = issues_of(forgot);
    let error = move || {
        forgot
            .value()
            .get()
            .and_then(Result::err)
            .filter(|e| e.field_issues().is_empty())
    };
    view! {
        <Title text=locale.t(Key::ForgotTitle) />
        <h1>{locale.t(Key::ForgotTitle)}</h1>
        <Show when=sent fallback=move || view! { <p class="lead">{locale.t(Key::ForgotIntro)}</p> }>
            <p class="lead" role="status">{locale.t(Key::ForgotDone)}</p>
        </Show>
        {move || error().map(|error| view! { <ErrorNotice error /> })}
        <ActionForm action=forgot attr:class="stack narrow">
            <TextField field="email" name="input[email]" label=Key::FieldEmail issues kind="email" autocomplete="email" />
            <button type="submit" class="primary">{locale.t(Key::ForgotButton)}</button>
        </ActionForm>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let locale = use_locale();
    let reset = ServerAction::<ResetPassword>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let issues = issues_of(reset);
    let error = move || reset.value().get().and_then(Result::err);
    view! {
        <Title text=locale.t(Key::ResetTitle) />
        <h1>{locale.t(Key::ResetTitle)}</h1>
        {move || error().map(|error| view! { <ErrorNotice error /> })}
        <ActionForm action=reset attr:class="stack narrow">
            <input type="hidden" name="input[token]" value=token />
            <TextField field="password" name="input[password]" label=Key::FieldNewPassword hint=Key::HintPassword issues kind="password" autocomplete="new-password" maxlength=PASSWORD_MAX />
            <button type="submit" class="primary">{locale.t(Key::ResetButton)}</button>
        </ActionForm>
    }
}
