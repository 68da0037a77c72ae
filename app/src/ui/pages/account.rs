use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{ChangeEmail, ChangePassword};
use crate::domain::text_rules::PASSWORD_MAX;
use crate::i18n::{Key, use_locale};
use crate::pledge_lifecycle::Role;
use crate::ui::UserResource;
use crate::ui::components::{ErrorNotice, TextField, issues_of};
use crate::ui::pages::account_notices::PledgeMailSection;

#[component]
pub fn AccountPage() -> impl IntoView {
    let locale = use_locale();
    let UserResource(user) = expect_context();
    let password = ServerAction::<ChangePassword>::new();
    let email = ServerAction::<ChangeEmail>::new();
    let query = use_query_map();
    let flag = move |name: &'static str| move || query.read().get(name).is_some();
    let password_issues = issues_of(password);
    let email_issues = issues_of(email);
    view! {
        <Title text=locale.t(Key::AccountTitle) />
        <h1>{locale.t(Key::AccountTitle)}</h1>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(me)) => view! {
                        <Show when=flag("password")><p role="status">{locale.t(Key::ChangePasswordDone)}</p></Show>
                        <Show when=flag("email")><p role="status">{locale.t(Key::ChangeEmailDone)}</p></Show>
                        <Show when=flag("email_changed")><p role="status">{locale.t(Key::ConfirmEmailDone)}</p></Show>
                        <h2>{locale.t(Key::AccountPasswordTitle)}</h2>
                        <ActionForm action=password attr:class="stack narrow">
                            <TextField field="current_password" name="input[current_password]" label=Key::FieldCurrentPassword issues=password_issues kind="password" autocomplete="current-password" />
                            <TextField field="new_password" name="input[new_password]" label=Key::FieldNewPassword hint=Key::HintPassword issues=password_issues kind="password" autocomplete="new-password" maxlength=PASSWORD_MAX />
                            <button type="submit" class="primary">{locale.t(Key::ChangePasswordButton)}</button>
                        </ActionForm>
                        <h2>{locale.t(Key::AccountEmailTitle)}</h2>
                        <ActionForm action=email attr:class="stack narrow">
                            <TextField field="new_email" name="input[new_email]" label=Key::FieldNewEmail issues=email_issues kind="email" autocomplete="email" />
                            <TextField field="current_password" id="email-current_password" name="input[current_password]" label=Key::FieldCurrentPassword issues=email_issues kind="password" autocomplete="current-password" />
                            <button type="submit">{locale.t(Key::ChangeEmailButton)}</button>
                        </ActionForm>
                        {matches!(me.role, Role::Reviewer | Role::Admin).then(|| view! { <PledgeMailSection /> })}
                    }
                    .into_any(),
                    Ok(None) => view! { <ErrorNotice error=crate::error::AppError::NotSignedIn /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
