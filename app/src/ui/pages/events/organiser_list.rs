//! `/organiser/events`: organisers (and ITU admins) see every event and create one.
use leptos::prelude::*;
use leptos_meta::Title;

use super::desk_forms::EventForm;
use super::programme::event_dates;
use crate::api::{SaveEvent, organiser_events, stashed_event};
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, stash_of, stashed};

#[component]
pub fn OrganiserEventsPage() -> impl IntoView {
    let locale = use_locale();
    let save = ServerAction::<SaveEvent>::new();
    let start = stashed(stash_of(save), stashed_event);
    let events = Resource::new(|| (), |_| organiser_events());
    view! {
        <Title text=locale.t(Key::OrganiserEventsTitle) />
        <h1>{locale.t(Key::OrganiserEventsTitle)}</h1>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let start = start.await.unwrap_or_default();
                match events.await {
                    Ok(list) => view! {
                        <ul class="plain event-list">
                            {list.into_iter().map(|e| view! {
                                <li>
                                    <a href=format!("/organiser/events/{}", e.slug)><bdi>{e.name.clone()}</bdi></a>
                                    " · " <bdi>{e.place.clone()}</bdi> " · " {event_dates(locale, &e)} " · "
                                    <span class="status">{locale.t(e.status.label())}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                        <h2>{locale.t(Key::CreateEvent)}</h2>
                        <EventForm action=save start />
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
