//! `/events/{slug}`: an event for the public: when and where, its programme, the pledges announced
//! there with their totals (the compendium's own figures, filtered by the event), and its video
//! statements as links with their transcripts (nothing from another site loads without a click).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::programme::{SessionBlock, event_dates};
use crate::api::event_page;
use crate::domain::events::PublicEvent;
use crate::event_lifecycle::clock_length;
use crate::i18n::{Arg, Key, use_locale};
use crate::pledge_text::usd_text;
use crate::ui::components::ErrorNotice;
use crate::ui::page_title::page_title;

#[component]
pub fn EventPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = Resource::new(move || slug.get(), event_page);
    view! {
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(page) => view! { <EventView page /> }.into_any(),
                    Err(error) => view! {
                        <Title text=locale.t(error.message_key()) />
                        <ErrorNotice error />
                        <p><a href="/events">{locale.t(Key::EventsTitle)}</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EventView(page: PublicEvent) -> impl IntoView {
    let locale = use_locale();
    let e = page.event;
    let t = page.totals;
    // Whole per cent, rounded; none announced reads 0 %.
    let share = (t.benefiting_ldc * 100 + t.pledges / 2)
        .checked_div(t.pledges)
        .unwrap_or_default();
    let ldc_usd = t
        .by_group
        .iter()
        .find(|(g, _)| *g == crate::reference::CountryGroup::Ldc)
        .map(|(_, s)| s.usd_cents)
        .unwrap_or_default();
    let compendium = format!("/?event={}", e.slug);
    let exports = format!("/compendium.xlsx?event={}", e.slug);
    view! {
        <Title text=page_title(&e.name) />
        <p><a href="/events">{locale.t(Key::EventsTitle)}</a></p>
        <h1><bdi>{e.name.clone()}</bdi></h1>
        <p class="lead">
            <bdi>{e.place.clone()}</bdi> " · " {event_dates(locale, &e)} " · "
            {locale.fmt(Key::EventTimeZone, &[("zone", Arg::Text(&e.time_zone))])} " · "
            <span class="status">{locale.t(e.status.label())}</span>
        </p>
        <section aria-labelledby="announced">
            <h2 id="announced">{locale.t(Key::AnnouncedPledges)}</h2>
            <dl class="counter event-totals">
                <div><dt>{locale.t(Key::StatPledges)}</dt><dd>{locale.integer(i64::try_from(t.pledges).unwrap_or(i64::MAX))}</dd></div>
                <div><dt>{locale.t(Key::StatUsd)}</dt><dd>{usd_text(locale, t.usd_cents)}</dd></div>
                <div><dt>{locale.t(Key::LdcShare)}</dt><dd>{format!("{share} %")} " · " {usd_text(locale, ldc_usd)}</dd></div>
            </dl>
            {if page.pledges.is_empty() {
                view! { <p class="empty">{locale.t(Key::AnnouncedNone)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain announced-list">
                        {page.pledges.into_iter().map(|p| view! {
                            <li>
                                <a href=format!("/compendium/{}", p.public_ref)><bdi>{p.title.clone()}</bdi></a>
                                " · " <bdi>{p.organisation_name.clone()}</bdi>
                                " · " <span class="tag">{locale.t(p.pledge_type.label())}</span>
                                {p.usd_cents.map(|c| view! { " · " {usd_text(locale, c)} })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p>
                <a href=compendium>{locale.t(Key::EventInCompendium)}</a> " · "
                <a href=exports>{locale.t(Key::EventExport)}</a>
            </p>
        </section>
        <section aria-labelledby="programme">
            <h2 id="programme">{locale.t(Key::ProgrammeTitle)}</h2>
            {if page.sessions.is_empty() {
                view! { <p class="empty">{locale.t(Key::ProgrammeEmpty)}</p> }.into_any()
            } else {
                page.sessions.into_iter().map(|session| view! { <SessionBlock session /> }).collect_view().into_any()
            }}
        </section>
        <crate::ui::pages::marketplace::ReportForm kind="event" subject=e.slug.clone() />
        {(!page.videos.is_empty()).then(|| view! {
            <section aria-labelledby="videos">
                <h2 id="videos">{locale.t(Key::VideoStatements)}</h2>
                {page.videos.into_iter().map(|v| view! {
                    <article class="video">
                        <h3><bdi>{v.pledge_title.clone().unwrap_or_else(|| v.organisation.clone())}</bdi></h3>
                        <p>
                            <a href=v.url.clone() rel="noopener noreferrer external">
                                {locale.fmt(Key::WatchOn, &[("host", Arg::Text(&v.host))])}
                            </a>
                            " (" {clock_length(v.seconds)} ") · " <bdi>{v.organisation.clone()}</bdi>
                        </p>
                        <details>
                            <summary>{locale.t(Key::Transcript)}</summary>
                            <p class="transcript" dir="auto">{v.transcript.clone()}</p>
                        </details>
                    </article>
                }).collect_view()}
            </section>
        })}
    }
}
