//! `/events`: the coalition's events, newest first.
use leptos::prelude::*;
use leptos_meta::Title;

use super::programme::event_dates;
use crate::api::events_list;
use crate::i18n::{Key, use_locale};
use crate::ui::components::ErrorNotice;

#[component]
pub fn EventsPage() -> impl IntoView {
    let locale = use_locale();
    let events = Resource::new(|| (), |_| events_list());
    view! {
        <Title text=locale.t(Key::EventsTitle) />
        <h1>{locale.t(Key::EventsTitle)}</h1>
        <p>{locale.t(Key::EventsIntro)}</p>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match events.await {
                    Ok(list) if list.is_empty() => view! { <p>{locale.t(Key::EventsEmpty)}</p> }.into_any(),
                    Ok(list) => view! {
                        <ul class="event-list plain">
                            {list.into_iter().map(|e| view! {
                                <li>
                                    <h2><a href=format!("/events/{}", e.slug)><bdi>{e.name.clone()}</bdi></a></h2>
                                    <p class="meta">
                                        <bdi>{e.place.clone()}</bdi> " · " {event_dates(locale, &e)} " · "
                                        <span class="status">{locale.t(e.status.label())}</span>
                                    </p>
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
