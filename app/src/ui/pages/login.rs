use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::Login;
use crate::i18n::{Key, use_locale};
use crate::ui::UserResource;
use crate::ui::components::ErrorNotice;

#[component]
pub fn LoginPage() -> impl IntoView {
    let locale = use_locale();
    let login = ServerAction::<Login>::new();
    let UserResource(user) = expect_context();
    // The header shows who is signed in: ask again once sign-in succeeded.
    Effect::new(move |_| {
        if matches!(login.value().get(), Some(Ok(()))) {
            user.refetch();
        }
    });
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    let error = move || login.value().get().and_then(Result::err);

    view! {
        <Title text=locale.t(Key::LoginTitle) />
        <h1>{locale.t(Key::LoginTitle)}</h1>
        <p class="lead">{locale.t(Key::LoginIntro)}</p>
        <Show when=move || query.read().get("verified").is_some()>
            <p role="status">{locale.t(Key::VerifyDone)}</p>
        </Show>
        <Show when=move || query.read().get("reset").is_some()>
            <p role="status">{locale.t(Key::ResetDone)}</p>
        </Show>
        {move || error().map(|error| view! { <ErrorNotice error /> })}
        <ActionForm action=login attr:class="stack narrow">
            <input type="hidden" name="next" value=next />
            <div class="field">
                <label for="email">{locale.t(Key::Email)}</label>
                <input id="email" name="input[email]" type="email" autocomplete="username" required />
            </div>
            <div class="field">
                <label for="password">{locale.t(Key::Password)}</label>
                <input id="password" name="input[password]" type="password" autocomplete="current-password" required />
            </div>
            <button type="submit" class="primary" disabled=move || login.pending().get()>
                {locale.t(Key::LoginButton)}
            </button>
        </ActionForm>
        <p><a href="/password/forgot">{locale.t(Key::ForgotLink)}</a></p>
        <p><a href="/verify">{locale.t(Key::ResendTitle)}</a></p>
        <p><a href="/register">{locale.t(Key::RegisterLink)}</a></p>
    }
}
