//! `/pledges/new` and `/my/pledges/{id}/edit`: the pledge form, started empty, from the working
//! copy, from the newest revision, or from what a browser without JavaScript sent and the server refused.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::{SavePledge, pledge_form_start, stashed_pledge_form};
use crate::error::AppError;
use crate::i18n::{Key, use_locale};
use crate::ui::UserResource;
use crate::ui::components::{ErrorNotice, PledgeForm, stash_of, stashed};

#[component]
pub fn NewPledgePage() -> impl IntoView {
    view! { <PledgeFormPage pledge=None /> }
}

#[component]
pub fn EditPledgePage() -> impl IntoView {
    let params = use_params_map();
    let id = params
        .read_untracked()
        .get("id")
        .and_then(|v| v.parse::<i32>().ok());
    match id {
        Some(id) => view! { <PledgeFormPage pledge=Some(id) /> }.into_any(),
        None => view! { <ErrorNotice error=AppError::NotFound /> }.into_any(),
    }
}

#[component]
fn PledgeFormPage(pledge: Option<i32>) -> impl IntoView {
    let locale = use_locale();
    let UserResource(user) = expect_context();
    let query = use_query_map();
    let action = ServerAction::<SavePledge>::new();
    let kept = stashed(stash_of(action), stashed_pledge_form);
    let start = Resource::new(move || pledge, pledge_form_start);
    let saved = move || query.read().get("saved").is_some();
    let heading = if pledge.is_some() {
        Key::EditPledgeTitle
    } else {
        Key::NewPledgeTitle
    };
    view! {
        <Title text=locale.t(heading) />
        <h1>{locale.t(heading)}</h1>
        <p class="lead">{locale.t(Key::NewPledgeIntro)}</p>
        <Show when=saved>
            <div class="notice notice-success" role="status"><p>{locale.t(Key::DraftSavedNotice)}</p></div>
        </Show>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match (user.await, start.await) {
                    (Ok(None), _) => view! { <ErrorNotice error=AppError::NotSignedIn /> }.into_any(),
                    (Err(error), _) | (_, Err(error)) => view! { <ErrorNotice error /> }.into_any(),
                    (Ok(Some(_)), Ok(mut start)) => {
                        if !start.editable {
                            let back = start.pledge_id.map(|id| format!("/my/pledges/{id}")).unwrap_or_else(|| "/my/pledges".into());
                            return view! {
                                <div class="notice" role="status">
                                    <p>{locale.t(Key::PledgeNotEditable)}</p>
                                    <p><a href=back>{locale.t(Key::BackToPledge)}</a></p>
                                </div>
                            }
                            .into_any();
                        }
                        if let Some(typed) = kept.await {
                            start.input = typed;
                        } else if start.pledge_id.is_none()
                            && let Some(slug) = query.read_untracked().get("answers")
                            && start.opportunities.iter().any(|(s, _)| *s == slug)
                        {
                            // "Pledge to this opportunity" starts a pledge that answers it.
                            start.input.answers = vec![slug];
                        }
                        view! { <PledgeForm start action /> }.into_any()
                    }
                }
            })}
        </Suspense>
    }
}
