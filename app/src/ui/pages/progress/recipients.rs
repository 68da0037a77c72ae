//! `/organisation/reminders`: the organisation's admin names who receives progress reminders.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{SetProgressRecipients, progress_recipients};
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, IssueFor, issues_of};

#[component]
pub fn RecipientsPage() -> impl IntoView {
    let locale = use_locale();
    let save = ServerAction::<SetProgressRecipients>::new();
    let query = use_query_map();
    let rows = Resource::new(move || save.version().get(), |_| progress_recipients());
    let issues = issues_of(save);
    let saved = move || query.read().get("saved").is_some();
    view! {
        <Title text=locale.t(Key::RecipientsTitle) />
        <h1>{locale.t(Key::RecipientsTitle)}</h1>
        <p>{locale.t(Key::RecipientsIntro)}</p>
        <Show when=saved><p class="notice notice-success" role="status">{locale.t(Key::RecipientsSaved)}</p></Show>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) => view! {
                        <ActionForm action=save attr:class="stack">
                            <fieldset class="field" aria-describedby="recipients-error">
                                <legend>{locale.t(Key::RecipientsTitle)}</legend>
                                {rows.into_iter().map(|r| {
                                    let id = format!("person-{}", r.user_id);
                                    view! {
                                        <div class="choice">
                                            <input type="checkbox" id=id.clone() name="people[]" value=r.user_id.to_string() checked=r.chosen />
                                            <label for=id><bdi>{format!("{} <{}>", r.name, r.email)}</bdi></label>
                                        </div>
                                    }
                                }).collect_view()}
                                <IssueFor field="recipients" issues />
                            </fieldset>
                            <button type="submit" class="primary">{locale.t(Key::SaveRecipients)}</button>
                        </ActionForm>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
