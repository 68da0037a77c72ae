//! `/organiser/events/{slug}/run`: the run of show, in time order, made to print (A4, a page per
//! session, no navigation) and to download as Word and Excel. "Changes since" marks what moved
//! after a chosen time, so the desk reprints only that.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::programme::{SessionBlock, hours};
use crate::api::load_run_of_show;
use crate::domain::events::RunOfShow;
use crate::event_lifecycle::clock_length;
use crate::i18n::{Key, use_locale};
use crate::pledge_text::{benefit_levels_text, value_text};
use crate::ui::components::ErrorNotice;
use crate::ui::page_title::page_title;

#[component]
pub fn RunOfShowPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let since = Memo::new(move |_| query.read().get("since").unwrap_or_default());
    let run = Resource::new(
        move || (slug.get(), since.get()),
        |(slug, since)| load_run_of_show(slug, since),
    );
    view! {
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match run.await {
                    Ok(run) => view! { <Run run since=since.get_untracked() /> }.into_any(),
                    Err(error) => view! { <Title text=locale.t(error.message_key()) /><ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Run(run: RunOfShow, since: String) -> impl IntoView {
    let locale = use_locale();
    let e = run.event.clone();
    let files = |ext: &str| {
        let base = format!("/organiser/events/{}/run.{ext}", e.slug);
        if since.trim().is_empty() {
            base
        } else {
            format!("{base}?since={}", crate::domain::urlencode(since.trim()))
        }
    };
    view! {
        <Title text=page_title(&format!("{} · {}", locale.t(Key::RunOfShowTitle), e.name)) />
        <h1>{locale.t(Key::RunOfShowTitle)} " · " <bdi>{e.name.clone()}</bdi></h1>
        <p class="lead"><bdi>{e.place.clone()}</bdi> " · " {e.time_zone.clone()}</p>
        <div class="no-print">
            <p class="actions">
                <a href=format!("/organiser/events/{}", e.slug)>{locale.t(Key::BackToDesk)}</a>
                <a href=files("docx") download>{locale.t(Key::DownloadDocx)}</a>
                <a href=files("xlsx") download>{locale.t(Key::DownloadXlsx)}</a>
            </p>
            <form method="get" class="inline">
                <div class="field">
                    <label for="since">{locale.t(Key::RunChangesSince)}</label>
                    <p id="since-hint" class="hint">{locale.t(Key::HintRunSince)}</p>
                    <input id="since" name="since" type="datetime-local" value=since.clone() aria-describedby="since-hint" />
                </div>
                <button type="submit">{locale.t(Key::ShowChanges)}</button>
            </form>
        </div>
        {run.since.map(|t| view! { <p class="notice">{locale.t(Key::RunChangesSince)} ": " {locale.date_time(t)}</p> })}
        {run.sessions.into_iter().map(|s| {
            let items = s.announcements;
            view! {
                <div class="run-session">
                    <SessionBlock session=s.session>
                        {(!items.is_empty()).then(|| view! {
                            <table class="run-table">
                                <caption class="visually-hidden">{locale.t(Key::AnnouncementsTitle)}</caption>
                                <thead><tr>
                                    <th scope="col">{locale.t(Key::FieldPosition)}</th>
                                    <th scope="col">{locale.t(Key::ColStarts)}</th>
                                    <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                                    <th scope="col">{locale.t(Key::SpeakerLabel)}</th>
                                    <th scope="col">{locale.t(Key::ColTitle)}</th>
                                    <th scope="col">{locale.t(Key::FieldType)}</th>
                                    <th scope="col">{locale.t(Key::ColUsd)}</th>
                                    <th scope="col">{locale.t(Key::Benefits)}</th>
                                    <th scope="col">{locale.t(Key::VideoLabel)}</th>
                                </tr></thead>
                                <tbody>
                                    {items.into_iter().map(|a| {
                                        let value = value_text(locale, a.amount.as_ref(), a.usd_cents).unwrap_or_else(|| "–".to_owned());
                                        let benefits = benefit_levels_text(locale, [a.ldc, a.lldc, a.sids]);
                                        view! {
                                            <tr class:changed=a.changed>
                                                <td>{a.changed.then(|| view! { <span class="tag changed-mark">{locale.t(Key::RunChanged)}</span> " " })}{a.position}</td>
                                                <td>{hours(a.slot)} " (" {a.minutes} " min)"</td>
                                                <td><bdi>{a.organisation.clone()}</bdi></td>
                                                <td><bdi>{format!("{}, {}", a.speaker_name, a.speaker_title)}</bdi></td>
                                                <td><bdi>{a.pledge_title.clone()}</bdi></td>
                                                <td>{a.pledge_type.map(|t| locale.t(t.label()))}</td>
                                                <td>{value}</td>
                                                <td>{benefits}</td>
                                                <td>{a.video.map(|v| view! { <a href=v.url.clone() rel="noopener noreferrer external">{v.host.clone()}</a> " (" {clock_length(v.seconds)} ")" })}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        })}
                    </SessionBlock>
                </div>
            }
        }).collect_view()}
        {(!run.removed.is_empty()).then(|| view! {
            <section class="run-session">
                <h2>{locale.t(Key::RunRemoved)}</h2>
                <ul>
                    {run.removed.into_iter().map(|r| view! {
                        <li><bdi>{r.organisation}</bdi> " · " <bdi>{r.pledge_title}</bdi> " · " {locale.date_time(r.at)}</li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!run.videos.is_empty()).then(|| view! {
            <section class="run-session">
                <h2>{locale.t(Key::VideoLoopTitle)}</h2>
                <ol>
                    {run.videos.into_iter().map(|v| view! {
                        <li><bdi>{v.organisation.clone()}</bdi> " · " {clock_length(v.seconds)} " · " <a href=v.url.clone() rel="noopener noreferrer external">{v.host.clone()}</a></li>
                    }).collect_view()}
                </ol>
            </section>
        })}
    }
}
