//! `/organiser/events/{slug}`: the organiser's desk of one event: its details, the programme, the
//! requests to announce (accept, decline, place in a plenary with a slot), video statements and
//! the signing ceremony's list.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::desk_forms::{EventForm, LeaderVideoForm, SessionForm};
use super::programme::{SessionBlock, hours, local_time};
use crate::api::{
    AddLeaderVideo, DecideAnnouncement, OpenSignatories, RemoveSession, SaveEvent, SaveSession,
    load_event_desk, stashed_event, stashed_session,
};
use crate::domain::events::{AnnouncementRow, EventDesk, EventInput, SessionView};
use crate::event_lifecycle::{AnnouncementState, clock_length};
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, stash_of, stashed};
use crate::ui::page_title::page_title;

/// Counts an action's successes: the desk is read again after each, and not after a refusal, so
/// a refused form keeps what was typed.
fn successes<A>(action: ServerAction<A>, count: RwSignal<u32>)
where
    A: leptos::server_fn::ServerFn<Error = crate::error::AppError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    Effect::new(move |_| {
        if matches!(action.value().get(), Some(Ok(_))) {
            count.update(|n| *n += 1);
        }
    });
}

#[derive(Clone, Copy)]
struct Actions {
    save_event: ServerAction<SaveEvent>,
    save_session: ServerAction<SaveSession>,
    remove_session: ServerAction<RemoveSession>,
    decide: ServerAction<DecideAnnouncement>,
    add_video: ServerAction<AddLeaderVideo>,
    open_signatories: ServerAction<OpenSignatories>,
}

#[component]
pub fn EventDeskPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let a = Actions {
        save_event: ServerAction::new(),
        save_session: ServerAction::new(),
        remove_session: ServerAction::new(),
        decide: ServerAction::new(),
        add_video: ServerAction::new(),
        open_signatories: ServerAction::new(),
    };
    let done = RwSignal::new(0u32);
    successes(a.save_event, done);
    successes(a.save_session, done);
    successes(a.remove_session, done);
    successes(a.decide, done);
    successes(a.add_video, done);
    successes(a.open_signatories, done);
    let event_start = stashed(stash_of(a.save_event), stashed_event);
    let session_start = stashed(stash_of(a.save_session), stashed_session);
    let desk = Resource::new(
        move || (slug.get(), done.get()),
        |(slug, _)| load_event_desk(slug),
    );
    let flag = move |name: &'static str| move || query.read().get(name).is_some();
    view! {
        <Show when=flag("saved")><p class="notice notice-success" role="status">{locale.t(Key::EventSaved)}</p></Show>
        <Show when=flag("session")><p class="notice notice-success" role="status">{locale.t(Key::SessionSaved)}</p></Show>
        <Show when=flag("decided")><p class="notice notice-success" role="status">{locale.t(Key::AnnouncementDecided)}</p></Show>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let event_start = event_start.await;
                let session_start = session_start.await.unwrap_or_default();
                match desk.await {
                    Ok(desk) => view! { <Desk desk a event_start session_start /> }.into_any(),
                    Err(error) => view! { <Title text=locale.t(error.message_key()) /><ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Desk(
    desk: EventDesk,
    a: Actions,
    event_start: Option<EventInput>,
    session_start: crate::domain::events::SessionInput,
) -> impl IntoView {
    let locale = use_locale();
    let e = desk.event.clone();
    let start = event_start.unwrap_or_else(|| EventInput {
        name: e.name.clone(),
        slug: e.slug.clone(),
        place: e.place.clone(),
        time_zone: e.time_zone.clone(),
        starts_on: e.starts_on.to_string(),
        ends_on: e.ends_on.to_string(),
        status: e.status.code().to_owned(),
    });
    let plenaries: Vec<SessionView> = desk
        .sessions
        .iter()
        .filter(|s| s.kind.holds_announcements())
        .cloned()
        .collect();
    let decide_error = move || {
        a.decide
            .value()
            .get()
            .and_then(Result::err)
            .map(|error| view! { <ErrorNotice error /> })
    };
    view! {
        <Title text=page_title(&e.name) />
        <h1><bdi>{e.name.clone()}</bdi></h1>
        <p class="actions">
            <a href=format!("/events/{}", e.slug)>{locale.t(Key::PublicEventPage)}</a>
            <a href=format!("/organiser/events/{}/run", e.slug)>{locale.t(Key::RunOfShowTitle)}</a>
            <a href=format!("/organiser/events/{}/ceremony", e.slug)>{locale.t(Key::CeremonySheet)}</a>
        </p>
        <details class="event-details">
            <summary>{locale.t(Key::EditEvent)}</summary>
            <EventForm action=a.save_event start event_id=e.id version=e.version />
        </details>

        <section id="programme" aria-labelledby="programme-title">
            <h2 id="programme-title">{locale.t(Key::ProgrammeTitle)}</h2>
            {if desk.sessions.is_empty() {
                view! { <p class="empty">{locale.t(Key::ProgrammeEmpty)}</p> }.into_any()
            } else {
                desk.sessions.clone().into_iter().map(|session| {
                    let id = session.id.to_string();
                    view! {
                        <SessionBlock session>
                            <ActionForm action=a.remove_session attr:class="inline">
                                <input type="hidden" name="session_id" value=id />
                                <button type="submit">{locale.t(Key::RemoveSession)}</button>
                            </ActionForm>
                        </SessionBlock>
                    }
                }).collect_view().into_any()
            }}
            <h3>{locale.t(Key::AddSession)}</h3>
            <SessionForm action=a.save_session event_id=e.id start=session_start />
        </section>

        <section id="announcements" aria-labelledby="announcements-title">
            <h2 id="announcements-title">{locale.t(Key::AnnouncementsTitle)}</h2>
            {decide_error}
            {if desk.announcements.is_empty() {
                view! { <p class="empty">{locale.t(Key::AnnouncementsEmpty)}</p> }.into_any()
            } else {
                desk.announcements.into_iter().map(|row| view! { <AnnouncementItem row decide=a.decide plenaries=plenaries.clone() /> }).collect_view().into_any()
            }}
        </section>

        <section id="videos" aria-labelledby="videos-title">
            <h2 id="videos-title">{locale.t(Key::VideoLoopTitle)}</h2>
            {if desk.videos.is_empty() {
                view! { <p class="empty">{locale.t(Key::VideosEmpty)}</p> }.into_any()
            } else {
                view! {
                    <table>
                        <thead><tr>
                            <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                            <th scope="col">{locale.t(Key::ColTitle)}</th>
                            <th scope="col">{locale.t(Key::FieldVideoLength)}</th>
                            <th scope="col">{locale.t(Key::VideoLabel)}</th>
                        </tr></thead>
                        <tbody>
                            {desk.videos.into_iter().map(|v| view! {
                                <tr>
                                    <td><bdi>{v.organisation.clone()}</bdi></td>
                                    <td><bdi>{v.pledge_title.clone().unwrap_or_default()}</bdi></td>
                                    <td>{clock_length(v.seconds)}</td>
                                    <td><a href=v.url.clone() rel="noopener noreferrer external">{v.host.clone()}</a></td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            {(!desk.leaders.is_empty()).then(|| view! {
                <h3>{locale.t(Key::AddLeaderVideo)}</h3>
                <LeaderVideoForm action=a.add_video event_id=e.id leaders=desk.leaders.clone() />
            })}
        </section>

        <section id="ceremony" aria-labelledby="ceremony-title">
            <h2 id="ceremony-title">{locale.t(Key::SigningCeremony)}</h2>
            <ActionForm action=a.open_signatories>
                <input type="hidden" name="event_id" value=e.id.to_string() />
                <button type="submit">{locale.t(Key::OpenSignatories)}</button>
            </ActionForm>
            <p>{locale.fmt(Key::SignatoriesCount, &[
                ("confirmed", crate::i18n::Arg::Int(i64::try_from(desk.signatories.iter().filter(|s| s.confirmed_at.is_some()).count()).unwrap_or_default())),
                ("all", crate::i18n::Arg::Int(i64::try_from(desk.signatories.len()).unwrap_or_default())),
            ])}</p>
        </section>
    }
}

#[component]
fn AnnouncementItem(
    row: AnnouncementRow,
    decide: ServerAction<DecideAnnouncement>,
    plenaries: Vec<SessionView>,
) -> impl IntoView {
    let locale = use_locale();
    let r = row;
    let heading = format!("announcement-{}", r.id);
    let button = move |action: &'static str, key: Key| {
        view! { <button type="submit" name="action" value=action>{locale.t(key)}</button> }
    };
    let schedulable = matches!(
        r.state,
        AnnouncementState::Accepted | AnnouncementState::Scheduled
    );
    let (session_id, position_id, minutes_id) = (
        format!("session-{}", r.id),
        format!("position-{}", r.id),
        format!("minutes-{}", r.id),
    );
    view! {
        <article class="announcement" aria-labelledby=heading.clone()>
            <h3 id=heading.clone()><bdi>{r.pledge_title.clone()}</bdi></h3>
            <p class="meta">
                <bdi>{r.organisation.clone()}</bdi> " · "
                {locale.t(Key::SpeakerLabel)} ": " <bdi>{format!("{}, {}", r.speaker_name, r.speaker_title)}</bdi> " · "
                <span class="status">{locale.t(r.state.label())}</span> " · "
                {locale.t(r.pledge_status.label())}
                {r.slot.map(|t| view! { " · " {local_time(locale, t)} " (" {r.minutes} " min)" })}
            </p>
            {(r.state == AnnouncementState::Requested).then(|| view! {
                <ActionForm action=decide attr:class="inline">
                    <input type="hidden" name="announcement_id" value=r.id.to_string() />
                    <input type="hidden" name="version" value=r.version.to_string() />
                    {button("accept", Key::AcceptAnnouncement)}
                    {button("decline", Key::DeclineAnnouncement)}
                </ActionForm>
            })}
            {schedulable.then(|| view! {
                <ActionForm action=decide attr:class="stack schedule-form">
                    <input type="hidden" name="announcement_id" value=r.id.to_string() />
                    <input type="hidden" name="version" value=r.version.to_string() />
                    <div class="field">
                        <label for=session_id.clone()>{locale.t(Key::FieldPlenary)}</label>
                        <select id=session_id.clone() name="session_id" required>
                            {plenaries.iter().map(|s| {
                                let selected = r.session_id == Some(s.id);
                                view! { <option value=s.id.to_string() selected=selected>{format!("{} {}–{} · {}", local_time(locale, s.starts_at), hours(s.starts_at), hours(s.ends_at), s.title)}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for=position_id.clone()>{locale.t(Key::FieldPosition)}</label>
                        <input id=position_id name="position" type="number" min="1" max="999" value=r.position.map(|p| p.to_string()).unwrap_or_default() />
                    </div>
                    <div class="field">
                        <label for=minutes_id.clone()>{locale.t(Key::FieldMinutes)}</label>
                        <input id=minutes_id name="minutes" type="number" min="1" max="60" value=r.minutes.to_string() required />
                    </div>
                    <div class="actions">
                        {button("schedule", Key::ScheduleAnnouncement)}
                        {(r.state == AnnouncementState::Scheduled).then(|| button("unschedule", Key::UnscheduleAnnouncement))}
                        {(r.state == AnnouncementState::Accepted).then(|| button("decline", Key::DeclineAnnouncement))}
                    </div>
                </ActionForm>
            })}
        </article>
    }
}
