//! `/admin/opportunity-posters`: ITU admins give reviewers the "opportunities" right.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{SetOpportunityPoster, opportunity_posters};
use crate::i18n::{Key, use_locale};
use crate::ui::components::ErrorNotice;

#[component]
pub fn OpportunityPostersPage() -> impl IntoView {
    let locale = use_locale();
    let set = ServerAction::<SetOpportunityPoster>::new();
    let people = Resource::new(move || set.version().get(), |_| opportunity_posters());
    view! {
        <Title text=locale.t(Key::PostersTitle) />
        <h1>{locale.t(Key::PostersTitle)}</h1>
        <p>{locale.t(Key::PostersIntro)}</p>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match people.await {
                    Ok(people) => view! {
                        <ul class="plain">
                            {people.into_iter().map(|(id, name, email, holds)| view! {
                                <li>
                                    <bdi>{name}</bdi> " · " {email} " · "
                                    {locale.t(if holds { Key::PosterYes } else { Key::PosterNo })} " "
                                    <ActionForm action=set attr:class="inline">
                                        <input type="hidden" name="user_id" value=id.to_string() />
                                        <input type="hidden" name="allowed" value=if holds { "no" } else { "yes" } />
                                        <button type="submit">{locale.t(if holds { Key::PosterRevoke } else { Key::PosterGrant })}</button>
                                    </ActionForm>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
