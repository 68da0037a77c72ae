//! `/my/events`: the organisation asks to announce a pledge at an open event (naming its speaker,
//! with a video statement if it has one), follows its requests, and confirms who signs for it at
//! signing ceremonies.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::desk_forms::CodeSelect;
use super::programme::local_time;
use crate::api::{
    AnnounceInput, ConfirmSignatory, DecideAnnouncement, RequestAnnouncement, load_my_events,
    stashed_announcement,
};
use crate::domain::events::MyEvents;
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, TextArea, TextField, issues_of, stash_of, stashed};

#[component]
pub fn MyEventsPage() -> impl IntoView {
    let locale = use_locale();
    let ask = ServerAction::<RequestAnnouncement>::new();
    let withdraw = ServerAction::<DecideAnnouncement>::new();
    let sign = ServerAction::<ConfirmSignatory>::new();
    let query = use_query_map();
    let start = stashed(stash_of(ask), stashed_announcement);
    let done = RwSignal::new(0u32);
    Effect::new(move |_| {
        let ok = matches!(ask.value().get(), Some(Ok(())))
            | matches!(withdraw.value().get(), Some(Ok(())))
            | matches!(sign.value().get(), Some(Ok(())));
        if ok {
            done.update(|n| *n += 1);
        }
    });
    let mine = Resource::new(move || done.get(), |_| load_my_events());
    let flag = move |name: &'static str| move || query.read().get(name).is_some();
    view! {
        <Title text=locale.t(Key::MyEventsTitle) />
        <h1>{locale.t(Key::MyEventsTitle)}</h1>
        <Show when=flag("asked")><p class="notice notice-success" role="status">{locale.t(Key::AnnouncementAsked)}</p></Show>
        <Show when=flag("signed")><p class="notice notice-success" role="status">{locale.t(Key::SignatoryConfirmed)}</p></Show>
        {move || withdraw.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        {move || sign.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let start = start.await.unwrap_or_default();
                match mine.await {
                    Ok(mine) => view! { <Mine mine ask withdraw sign start /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Mine(
    mine: MyEvents,
    ask: ServerAction<RequestAnnouncement>,
    withdraw: ServerAction<DecideAnnouncement>,
    sign: ServerAction<ConfirmSignatory>,
    start: AnnounceInput,
) -> impl IntoView {
    let locale = use_locale();
    let issues = issues_of(ask);
    let general = move || {
        ask.value()
            .get()
            .and_then(Result::err)
            .filter(|e| e.field_issues().is_empty())
            .map(|error| view! { <ErrorNotice error /> })
    };
    let events: Vec<(String, String)> = mine
        .open_events
        .iter()
        .map(|e| (e.id.to_string(), e.name.clone()))
        .collect();
    let pledges: Vec<(String, String)> = mine
        .pledges
        .iter()
        .map(|(id, title)| (id.to_string(), title.clone()))
        .collect();
    let can_ask = !events.is_empty() && !pledges.is_empty();
    view! {
        <section aria-labelledby="ask-title">
            <h2 id="ask-title">{locale.t(Key::AskToAnnounce)}</h2>
            <p>{locale.t(Key::AskToAnnounceIntro)}</p>
            {if can_ask {
                view! {
                    {general}
                    <ActionForm action=ask attr:class="stack">
                        <CodeSelect field="event_id" name="input[event_id]" label=Key::FieldEvent options=events chosen=start.event_id.clone() issues />
                        <CodeSelect field="pledge_id" name="input[pledge_id]" label=Key::FieldPledge options=pledges chosen=start.pledge_id.clone() issues />
                        <TextField field="speaker_name" name="input[speaker_name]" label=Key::FieldSpeakerName hint=Key::HintSpeaker issues value=start.speaker.speaker_name.clone() maxlength=200 />
                        <TextField field="speaker_title" name="input[speaker_title]" label=Key::FieldSpeakerTitle issues value=start.speaker.speaker_title.clone() maxlength=200 />
                        <fieldset>
                            <legend>{locale.t(Key::VideoStatementOptional)}</legend>
                            <TextField field="video_url" name="input[video_url]" label=Key::FieldVideoUrl hint=Key::HintVideoUrl issues kind="url" value=start.video.video_url.clone() maxlength=500 required=false />
                            <TextField field="video_length" name="input[video_length]" label=Key::FieldVideoLength hint=Key::HintVideoLength issues value=start.video.video_length.clone() maxlength=8 required=false />
                            <TextArea field="video_transcript" name="input[video_transcript]" label=Key::FieldTranscript issues value=start.video.video_transcript.clone() maxlength=20000 required=false />
                        </fieldset>
                        <button type="submit" class="primary">{locale.t(Key::AskToAnnounce)}</button>
                    </ActionForm>
                }.into_any()
            } else {
                view! { <p class="empty">{locale.t(Key::NothingToAnnounce)}</p> }.into_any()
            }}
        </section>
        <section aria-labelledby="requests-title">
            <h2 id="requests-title">{locale.t(Key::OurAnnouncements)}</h2>
            {if mine.requests.is_empty() {
                view! { <p class="empty">{locale.t(Key::AnnouncementsEmpty)}</p> }.into_any()
            } else {
                view! {
                    <table>
                        <caption class="visually-hidden">{locale.t(Key::OurAnnouncements)}</caption>
                        <thead><tr>
                            <th scope="col">{locale.t(Key::FieldEvent)}</th>
                            <th scope="col">{locale.t(Key::ColTitle)}</th>
                            <th scope="col">{locale.t(Key::ColStatus)}</th>
                            <th scope="col">{locale.t(Key::ColSlot)}</th>
                            <th scope="col">{locale.t(Key::ColActions)}</th>
                        </tr></thead>
                        <tbody>
                            {mine.requests.into_iter().map(|r| view! {
                                <tr>
                                    <td><a href=format!("/events/{}", r.event_slug)><bdi>{r.event_name.clone()}</bdi></a></td>
                                    <td><bdi>{r.pledge_title.clone()}</bdi></td>
                                    <td><span class="status">{locale.t(r.state.label())}</span></td>
                                    <td>{r.slot.map(|t| view! { {local_time(locale, t)} " · " <bdi>{r.session_title.clone().unwrap_or_default()}</bdi> })}</td>
                                    <td>{r.state.is_live().then(|| view! {
                                        <ActionForm action=withdraw attr:class="inline">
                                            <input type="hidden" name="announcement_id" value=r.id.to_string() />
                                            <input type="hidden" name="version" value=r.version.to_string() />
                                            <button type="submit" name="action" value="withdraw">{locale.t(Key::WithdrawAnnouncement)}</button>
                                        </ActionForm>
                                    })}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
        <section id="ceremonies" aria-labelledby="ceremonies-title">
            <h2 id="ceremonies-title">{locale.t(Key::SigningCeremony)}</h2>
            {if mine.signatures.is_empty() {
                view! { <p class="empty">{locale.t(Key::SignaturesEmpty)}</p> }.into_any()
            } else {
                mine.signatures.into_iter().map(|s| {
                    let (name_id, title_id) = (format!("signatory-name-{}", s.event_id), format!("signatory-title-{}", s.event_id));
                    view! {
                        <article class="signature">
                            <h3><bdi>{s.event_name.clone()}</bdi></h3>
                            <p class="status">{locale.t(if s.confirmed { Key::SignatoryConfirmed } else { Key::SignatoryUnconfirmed })}</p>
                            <ActionForm action=sign attr:class="stack">
                                <input type="hidden" name="event_id" value=s.event_id.to_string() />
                                <div class="field">
                                    <label for=name_id.clone()>{locale.t(Key::FieldSignatoryName)}</label>
                                    <input id=name_id name="signatory_name" required maxlength="200" value=s.signatory_name.clone().unwrap_or_default() />
                                </div>
                                <div class="field">
                                    <label for=title_id.clone()>{locale.t(Key::FieldSignatoryTitle)}</label>
                                    <input id=title_id name="signatory_title" required maxlength="200" value=s.signatory_title.clone().unwrap_or_default() />
                                </div>
                                <button type="submit">{locale.t(Key::ConfirmSignatory)}</button>
                            </ActionForm>
                        </article>
                    }
                }).collect_view().into_any()
            }}
        </section>
    }
}
