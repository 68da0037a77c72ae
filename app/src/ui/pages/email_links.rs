//! The pages the links in e-mails open. Each asks for one press of a button: a link that changed
//! something on a plain GET would be used up by mail scanners that open every link. Confirming a
//! registration also asks for the password chosen at registration (see `ssr::registrations`).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{ConfirmEmail, ResendVerification, VerifyEmail};
use crate::domain::text_rules::PASSWORD_MAX;
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, IssueFor, TextField, issues_of};

#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let locale = use_locale();
    let verify = ServerAction::<VerifyEmail>::new();
    let resend = ServerAction::<ResendVerification>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let sent = move || query.read().get("sent").is_some();
    let verify_error = move || verify.value().get().and_then(Result::err);
    let verify_issues = issues_of(verify);
    let resend_issues = issues_of(resend);
    view! {
        <Title text=locale.t(Key::VerifyTitle) />
        <h1>{locale.t(Key::VerifyTitle)}</h1>
        <Show when=move || !token().is_empty()>
            <p class="lead">{locale.t(Key::VerifyPasswordIntro)}</p>
            {move || verify_error().map(|error| view! { <ErrorNotice error /> })}
            <ActionForm action=verify attr:class="stack narrow">
                <input type="hidden" name="input[token]" value=token />
                <TextField field="password" name="input[password]" label=Key::FieldPassword issues=verify_issues kind="password" autocomplete="current-password" maxlength=PASSWORD_MAX />
                <IssueFor field="organisation.name" issues=verify_issues />
                <button type="submit" class="primary">{locale.t(Key::VerifyButton)}</button>
            </ActionForm>
        </Show>
        <h2>{locale.t(Key::ResendTitle)}</h2>
        <Show when=sent fallback=move || view! { <p>{locale.t(Key::ResendIntro)}</p> }>
            <p role="status">{locale.t(Key::ResendDone)}</p>
        </Show>
        <ActionForm action=resend attr:class="stack narrow">
            <TextField field="email" name="input[email]" label=Key::FieldEmail issues=resend_issues kind="email" autocomplete="email" />
            <button type="submit">{locale.t(Key::ResendButton)}</button>
        </ActionForm>
    }
}

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let locale = use_locale();
    let confirm = ServerAction::<ConfirmEmail>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let error = move || confirm.value().get().and_then(Result::err);
    view! {
        <Title text=locale.t(Key::ConfirmEmailTitle) />
        <h1>{locale.t(Key::ConfirmEmailTitle)}</h1>
        {move || error().map(|error| view! { <ErrorNotice error /> })}
        <ActionForm action=confirm attr:class="stack narrow">
            <input type="hidden" name="token" value=token />
            <button type="submit" class="primary">{locale.t(Key::ConfirmEmailButton)}</button>
        </ActionForm>
    }
}
