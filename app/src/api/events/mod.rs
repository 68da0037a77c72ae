//! Roundtables and events: the public event pages, the organiser's desk (events, sessions,
//! announcements, videos, signatories, run of show), the organisation's requests and signatures,
//! and the admins' list of video hosts. Each function authenticates and calls a service in
//! `ssr::events`.
use leptos::prelude::*;

use crate::domain::events::{
    EventDesk, EventInput, EventSummary, MyEvents, PublicEvent, RunOfShow, SessionInput,
    SignatoryView, SpeakerInput, VideoInput,
};
use crate::error::AppError;

#[cfg(feature = "ssr")]
const EVENT_FORM: &str = "event";
#[cfg(feature = "ssr")]
const SESSION_FORM: &str = "event_session";
#[cfg(feature = "ssr")]
const ANNOUNCE_FORM: &str = "announcement";

/// A number typed in a form, or a message on its field.
#[cfg(feature = "ssr")]
fn number(field: &str, v: &str) -> Result<i32, AppError> {
    v.trim()
        .parse()
        .map_err(|_| AppError::Validation(vec![crate::domain::FieldIssue::new(field, "choice")]))
}

#[cfg(feature = "ssr")]
fn optional_number(field: &str, v: &str) -> Result<Option<i32>, AppError> {
    if v.trim().is_empty() {
        Ok(None)
    } else {
        number(field, v).map(Some)
    }
}

/// Every event, for the public list.
#[server(endpoint = "events_list")]
pub async fn events_list() -> Result<Vec<EventSummary>, AppError> {
    use crate::ssr::{context, events::catalogue};
    let ctx = context::server_context()?;
    catalogue::public_list(&ctx.db).await
}

/// Every event, for the people who run them.
#[server(endpoint = "organiser_events")]
pub async fn organiser_events() -> Result<Vec<EventSummary>, AppError> {
    use crate::ssr::{context, events::access, events::catalogue};
    let who = context::require_user().await?;
    access::require_runner(&who)?;
    let ctx = context::server_context()?;
    catalogue::list(&ctx.db).await
}

/// The public page of an event.
#[server(endpoint = "event_page")]
pub async fn event_page(slug: String) -> Result<PublicEvent, AppError> {
    use crate::ssr::{context, events::announced};
    let ctx = context::server_context()?;
    announced::public_page(&ctx.db, &slug).await
}

/// Organisers (and ITU admins) create an event, or edit one (`event_id`, `version`).
#[server(endpoint = "save_event")]
pub async fn save_event(
    #[server(default)] event_id: String,
    #[server(default)] version: String,
    input: EventInput,
) -> Result<(), AppError> {
    use crate::ssr::{context, events::catalogue};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let saved = async {
        let id = optional_number("event_id", &event_id)?;
        let seen = optional_number("version", &version)?;
        catalogue::save(&ctx, &who, id, seen, &input).await
    }
    .await;
    match saved {
        Ok(slug) => super::respond::redirect_local(&format!("/organiser/events/{slug}?saved=1")),
        Err(e) => Err(super::respond::refused(e, EVENT_FORM, Some(who.user_id), &input).await),
    }
}

#[server(endpoint = "stashed_event")]
pub async fn stashed_event(id: String) -> Result<Option<EventInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, EVENT_FORM, Some(who.user_id), &id).await
}

/// The organiser's desk of one event.
#[server(endpoint = "event_desk")]
pub async fn load_event_desk(slug: String) -> Result<EventDesk, AppError> {
    use crate::ssr::{context, events::desk};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    desk::of_event(&ctx.db, &who, &slug).await
}

/// Adds a session to the programme, or changes one (`session_id`).
#[server(endpoint = "save_session")]
pub async fn save_session(
    event_id: i32,
    #[server(default)] session_id: String,
    input: SessionInput,
) -> Result<(), AppError> {
    use crate::ssr::{context, events::access, events::sessions};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let saved = async {
        let id = optional_number("session_id", &session_id)?;
        sessions::save(&ctx, &who, event_id, id, &input).await?;
        access::by_id(&ctx.db, event_id).await
    }
    .await;
    match saved {
        Ok(e) => super::respond::redirect_local(&format!(
            "/organiser/events/{}?session=1#programme",
            e.slug
        )),
        Err(e) => Err(super::respond::refused(e, SESSION_FORM, Some(who.user_id), &input).await),
    }
}

#[server(endpoint = "stashed_session")]
pub async fn stashed_session(id: String) -> Result<Option<SessionInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, SESSION_FORM, Some(who.user_id), &id).await
}

/// Takes a session off the programme (its announcements wait to be placed again).
#[server(endpoint = "remove_session")]
pub async fn remove_session(session_id: i32) -> Result<(), AppError> {
    use crate::ssr::{context, events::sessions};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let slug = sessions::remove(&ctx, &who, session_id).await?;
    super::respond::redirect_local(&format!("/organiser/events/{slug}#programme"))
}

/// The organiser accepts, declines, schedules (`session_id`, `position`, `minutes`) or
/// unschedules an announcement; the organisation withdraws its own.
#[server(endpoint = "decide_announcement")]
pub async fn decide_announcement(
    announcement_id: i32,
    version: i32,
    action: String,
    #[server(default)] session_id: String,
    #[server(default)] position: String,
    #[server(default)] minutes: String,
    #[server(default)] reason: String,
) -> Result<(), AppError> {
    use crate::event_lifecycle::AnnouncementAction;
    use crate::ssr::context;
    use crate::ssr::events::announcements::{self, Placement};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let action = AnnouncementAction::parse(action.trim()).ok_or_else(|| {
        AppError::Validation(vec![crate::domain::FieldIssue::new("action", "choice")])
    })?;
    let placement = if action == AnnouncementAction::Schedule {
        Some(Placement {
            session_id: number("session_id", &session_id)?,
            position: optional_number("position", &position)?.unwrap_or(i32::MAX),
            minutes: optional_number("minutes", &minutes)?.unwrap_or(3),
        })
    } else {
        None
    };
    let slug = announcements::act(
        &ctx,
        &who,
        announcement_id,
        version,
        action,
        placement,
        Some(&reason),
    )
    .await?;
    if who.role.acts_for_organisation() {
        super::respond::redirect_local("/my/events?withdrawn=1")
    } else {
        super::respond::redirect_local(&format!(
            "/organiser/events/{slug}?decided={}#announcements",
            action.code()
        ))
    }
}

/// The organiser adds a Leader's video statement.
#[server(endpoint = "add_leader_video")]
pub async fn add_leader_video(
    event_id: i32,
    organisation_id: i32,
    video: VideoInput,
) -> Result<(), AppError> {
    use crate::ssr::{context, events::videos};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let slug = videos::add_leader_video(&ctx, &who, event_id, organisation_id, &video).await?;
    super::respond::redirect_local(&format!("/organiser/events/{slug}?video=1#videos"))
}

/// Opens (or brings up to date) the event's list of signatories.
#[server(endpoint = "open_signatories")]
pub async fn open_signatories(event_id: i32) -> Result<(), AppError> {
    use crate::ssr::{context, events::signatories};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let slug = signatories::open(&ctx, &who, event_id).await?;
    super::respond::redirect_local(&format!("/organiser/events/{slug}?signatories=1#ceremony"))
}

/// The ceremony sheet: the event and its signatories.
#[server(endpoint = "ceremony_sheet")]
pub async fn ceremony_sheet(slug: String) -> Result<(EventSummary, Vec<SignatoryView>), AppError> {
    use crate::ssr::{context, events::access, events::catalogue, events::signatories};
    let who = context::require_user().await?;
    access::require_runner(&who)?;
    let ctx = context::server_context()?;
    let e = access::by_slug(&ctx.db, &slug).await?;
    Ok((
        catalogue::summary(&e)?,
        signatories::views(&ctx.db, e.id).await?,
    ))
}

/// The run of show; `since` (a local time of the event, or an RFC 3339 instant) marks what changed.
#[server(endpoint = "run_of_show")]
pub async fn load_run_of_show(
    slug: String,
    #[server(default)] since: String,
) -> Result<RunOfShow, AppError> {
    use crate::ssr::{context, events::run_of_show};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    run_of_show::build(&ctx.db, &who, &slug, &since).await
}

/// The organisation's events page.
#[server(endpoint = "my_events")]
pub async fn load_my_events() -> Result<MyEvents, AppError> {
    use crate::ssr::{context, events::my_events};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    my_events::of_organisation(&ctx.db, &who).await
}

/// What the organisation asks: announce `pledge_id` at `event_id`, with its speaker and video.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct AnnounceInput {
    pub event_id: String,
    pub pledge_id: String,
    #[serde(flatten)]
    pub speaker: SpeakerInput,
    #[serde(flatten)]
    pub video: VideoInput,
}

/// An organisation asks to announce one of its pledges at an open event.
#[server(endpoint = "request_announcement")]
pub async fn request_announcement(input: AnnounceInput) -> Result<(), AppError> {
    use crate::ssr::{context, events::announcements};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let asked = async {
        let event_id = number("event_id", &input.event_id)?;
        let pledge_id = number("pledge_id", &input.pledge_id)?;
        announcements::request(
            &ctx,
            &who,
            event_id,
            pledge_id,
            &input.speaker,
            &input.video,
        )
        .await
    }
    .await;
    match asked {
        Ok(_) => super::respond::redirect_local("/my/events?asked=1"),
        Err(e) => Err(super::respond::refused(e, ANNOUNCE_FORM, Some(who.user_id), &input).await),
    }
}

#[server(endpoint = "stashed_announcement")]
pub async fn stashed_announcement(id: String) -> Result<Option<AnnounceInput>, AppError> {
    use crate::ssr::{context, form_stash};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    form_stash::get(&ctx.db, ANNOUNCE_FORM, Some(who.user_id), &id).await
}

/// The organisation names who signs for it at the event's ceremony.
#[server(endpoint = "confirm_signatory")]
pub async fn confirm_signatory(
    event_id: i32,
    signatory_name: String,
    signatory_title: String,
) -> Result<(), AppError> {
    use crate::ssr::{context, events::signatories};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    let input = SpeakerInput {
        speaker_name: signatory_name,
        speaker_title: signatory_title,
    };
    signatories::confirm(&ctx, &who, event_id, &input).await?;
    super::respond::redirect_local("/my/events?signed=1#ceremonies")
}

/// The hosts video statements may link to (organisers read it; ITU admins keep it).
#[server(endpoint = "video_hosts")]
pub async fn video_hosts() -> Result<Vec<String>, AppError> {
    use crate::ssr::{context, events::videos};
    let who = context::require_user().await?;
    if !crate::event_lifecycle::runs_events(who.role) {
        return Err(AppError::Forbidden);
    }
    let ctx = context::server_context()?;
    videos::hosts(&ctx.db).await
}

/// ITU admins allow a host (`allowed=yes`) or take it off the list.
#[server(endpoint = "set_video_host")]
pub async fn set_video_host(
    host: String,
    #[server(default)] allowed: String,
) -> Result<(), AppError> {
    use crate::ssr::{context, events::videos};
    let who = context::require_user().await?;
    let ctx = context::server_context()?;
    videos::set_host(&ctx, &who, &host, allowed == "yes").await?;
    super::respond::redirect_local("/admin/video-hosts?saved=1")
}
