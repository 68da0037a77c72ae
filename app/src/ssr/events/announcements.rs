//! Announcements: an organisation asks to announce a published pledge (or one under review) at an
//! open event, naming who will speak; the organiser accepts it and places it in a plenary session
//! in order, with a time slot. The public sees accepted announcements of public pledges; a pledge
//! that is withdrawn, unpublished or rejected leaves the programme in the same transaction.
use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::access::{locked, require_runner};
use super::{videos, zones};
use crate::domain::events::{AnnouncementRow, SpeakerInput, VideoInput};
use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::event_lifecycle::{
    AnnouncementAction, AnnouncementState, EventStatus, Mover, SessionKind,
    next_announcement_state, slot_starts, slots_fit,
};
use crate::pledge_lifecycle::{PledgeStatus, Role};
use crate::ssr::accounts::locale_of;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::events::{announcement, event, session};
use crate::ssr::entity::{organisation, pledge, user};
use crate::ssr::errors::internal;
use crate::ssr::mail::{EventNotice, Mail, enqueue};
use crate::ssr::pledges::records::title_of;
use crate::ssr::write_txn;

pub(crate) const SUBJECT: &str = "announcement";

/// Longest slot an organiser may give, in minutes.
pub const MAX_MINUTES: i32 = 60;

pub fn state_of(a: &announcement::Model) -> Result<AnnouncementState, AppError> {
    AnnouncementState::parse(&a.state).ok_or_else(|| internal("announcement state", &a.state))
}

/// Pledges that may be announced: published, or on their way through review.
pub fn announceable(status: PledgeStatus) -> bool {
    match status {
        PledgeStatus::Published
        | PledgeStatus::Submitted
        | PledgeStatus::InReview
        | PledgeStatus::SecondApproval
        | PledgeStatus::ChangesRequested => true,
        PledgeStatus::Draft
        | PledgeStatus::Rejected
        | PledgeStatus::Withdrawn
        | PledgeStatus::Unpublished => false,
    }
}

/// The organisation asks to announce its pledge at an event.
pub async fn request(
    ctx: &ServerContext,
    actor: &SessionUser,
    event_id: i32,
    pledge_id: i32,
    speaker: &SpeakerInput,
    video: &VideoInput,
) -> Result<i32, AppError> {
    if !actor.role.acts_for_organisation() {
        return Err(AppError::Forbidden);
    }
    let mut issues = Vec::new();
    let speaker = speaker.parse().map_err(|mut i| issues.append(&mut i)).ok();
    let video = video
        .parse()
        .map_err(|mut i| issues.append(&mut i))
        .ok()
        .flatten();
    let txn = write_txn(&ctx.db).await?;
    let Some(event) = event::Entity::find_by_id(event_id).one(&txn).await? else {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "event_id", "choice",
        )]));
    };
    let open = EventStatus::parse(&event.status).is_some_and(EventStatus::takes_requests);
    if !open {
        issues.push(FieldIssue::new("event_id", "event_closed"));
    }
    let access = crate::ssr::progress::access::access(&txn, actor, pledge_id).await?;
    if !access.may_file() {
        return Err(AppError::Forbidden);
    }
    let status = PledgeStatus::parse(&access.pledge.status)
        .ok_or_else(|| internal("pledge status", &access.pledge.status))?;
    if !announceable(status) {
        issues.push(FieldIssue::new("pledge_id", "announce_status"));
    }
    let live = announcement::Entity::find()
        .filter(announcement::Column::EventId.eq(event_id))
        .filter(announcement::Column::PledgeId.eq(pledge_id))
        .filter(announcement::Column::State.is_in(AnnouncementState::LIVE.map(|s| s.code())))
        .one(&txn)
        .await?;
    if live.is_some() {
        issues.push(FieldIssue::new("pledge_id", "announce_twice"));
    }
    if let Some(v) = &video
        && !videos::host_allowed(&txn, &v.host).await?
    {
        issues.push(FieldIssue::new("video_url", "video_host"));
    }
    let (Some((speaker_name, speaker_title)), true) = (speaker, issues.is_empty()) else {
        return Err(AppError::Validation(issues));
    };
    let now = Utc::now();
    let saved = announcement::ActiveModel {
        event_id: Set(event_id),
        pledge_id: Set(pledge_id),
        organisation_id: Set(actor.organisation_id),
        speaker_name: Set(speaker_name),
        speaker_title: Set(speaker_title),
        state: Set(AnnouncementState::Requested.code().to_owned()),
        minutes: Set(3),
        requested_by: Set(actor.user_id),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(0),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    if let Some(v) = video {
        videos::insert(
            &txn,
            event_id,
            Some(saved.id),
            actor.organisation_id,
            &v,
            actor.user_id,
        )
        .await?;
    }
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: saved.id,
            actor: Some(actor.user_id),
            action: "request",
            from: "",
            to: AnnouncementState::Requested.code(),
            reason: Some(format!("{} · pledge {pledge_id}", event.name)),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// Where the organiser places an announcement.
#[derive(Clone, Copy, Debug)]
pub struct Placement {
    pub session_id: i32,
    /// 1 for the first slot; a position past the end puts it last.
    pub position: i32,
    pub minutes: i32,
}

/// The organiser accepts, declines, schedules or unschedules; the organisation withdraws its own.
pub async fn act(
    ctx: &ServerContext,
    actor: &SessionUser,
    announcement_id: i32,
    seen_version: i32,
    action: AnnouncementAction,
    placement: Option<Placement>,
    reason: Option<&str>,
) -> Result<String, AppError> {
    let txn = write_txn(&ctx.db).await?;
    let a = announcement::Entity::find_by_id(announcement_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    // Organisations may see and withdraw only their own pledge's requests.
    if actor.role.acts_for_organisation() {
        let access = crate::ssr::progress::access::access(&txn, actor, a.pledge_id).await?;
        if !access.may_file() {
            return Err(AppError::Forbidden);
        }
    } else {
        require_runner(actor)?;
    }
    let event = locked(&txn, a.event_id).await?;
    if a.version != seen_version {
        return Err(AppError::Conflict);
    }
    let from = state_of(&a)?;
    let to = next_announcement_state(from, action, Mover::Person(actor.role))?;
    let now = Utc::now();
    let mut update = announcement::Entity::update_many()
        .col_expr(announcement::Column::State, Expr::value(to.code()))
        .col_expr(announcement::Column::Version, Expr::value(a.version + 1))
        .col_expr(announcement::Column::UpdatedAt, Expr::value(now));
    let mut placed_at: Option<(String, DateTime<Utc>)> = None;
    match action {
        AnnouncementAction::Schedule => {
            let p = placement.ok_or_else(|| {
                AppError::Validation(vec![FieldIssue::new("session_id", "choice")])
            })?;
            let (slot, session_title) = place(&txn, &event, &a, p, now).await?;
            update = update
                // `place` numbered the session's slots, this one's position included.
                .col_expr(announcement::Column::SessionId, Expr::value(p.session_id))
                .col_expr(announcement::Column::Minutes, Expr::value(p.minutes))
                // A new slot gets its own reminders.
                .col_expr(
                    announcement::Column::RemindedWeekAt,
                    Expr::value(Option::<DateTime<Utc>>::None),
                )
                .col_expr(
                    announcement::Column::RemindedDayAt,
                    Expr::value(Option::<DateTime<Utc>>::None),
                );
            placed_at = Some((session_title, slot));
        }
        AnnouncementAction::Unschedule
        | AnnouncementAction::Decline
        | AnnouncementAction::Withdraw
        | AnnouncementAction::Drop => {
            update = update
                .col_expr(
                    announcement::Column::SessionId,
                    Expr::value(Option::<i32>::None),
                )
                .col_expr(
                    announcement::Column::Position,
                    Expr::value(Option::<i32>::None),
                );
            if let Some(r) = reason.map(str::trim).filter(|r| !r.is_empty()) {
                update = update.col_expr(
                    announcement::Column::Reason,
                    Expr::value(r.chars().take(2000).collect::<String>()),
                );
            }
        }
        AnnouncementAction::Accept => {}
    }
    let done = update
        .filter(announcement::Column::Id.eq(a.id))
        .filter(announcement::Column::Version.eq(a.version))
        .exec(&txn)
        .await?;
    if done.rows_affected != 1 {
        return Err(AppError::Conflict);
    }
    if let Some(old_session) = a.session_id
        && Some(old_session) != placement.map(|p| p.session_id)
    {
        renumber(&txn, old_session, None).await?;
    }
    if from.is_public() != to.is_public() {
        crate::ssr::compendium::projection::refresh(&txn, a.pledge_id).await?;
    }
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: a.id,
            actor: Some(actor.user_id),
            action: action.code(),
            from: from.code(),
            to: to.code(),
            reason: placed_at
                .as_ref()
                .map(|(title, at)| format!("{title}, {at}"))
                .or_else(|| reason.map(str::to_owned)),
        },
    )
    .await?;
    if matches!(
        action,
        AnnouncementAction::Accept | AnnouncementAction::Schedule
    ) {
        tell_organisation(&txn, &ctx.public_url, &event, &a, placed_at.as_ref()).await?;
    }
    txn.commit().await?;
    Ok(event.slug)
}

/// Puts the announcement at its position in the session and numbers the session's slots again;
/// refused when the session is not a plenary of announcements of this event, or the slots would
/// run past its end. Returns the slot's start and the session's title.
async fn place<C: ConnectionTrait>(
    conn: &C,
    event: &event::Model,
    a: &announcement::Model,
    p: Placement,
    now: DateTime<Utc>,
) -> Result<(DateTime<Utc>, String), AppError> {
    if !(1..=MAX_MINUTES).contains(&p.minutes) {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "minutes",
            "slot_minutes",
        )]));
    }
    let s = session::Entity::find_by_id(p.session_id)
        .one(conn)
        .await?
        .filter(|s| s.event_id == event.id)
        .ok_or_else(|| AppError::Validation(vec![FieldIssue::new("session_id", "choice")]))?;
    if !SessionKind::parse(&s.kind).is_some_and(SessionKind::holds_announcements) {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "session_id",
            "session_not_plenary",
        )]));
    }
    let order = renumber(conn, s.id, Some((a.id, p.position.max(1), p.minutes))).await?;
    let minutes: Vec<i32> = order.iter().map(|(_, m)| *m).collect();
    if !slots_fit((s.starts_at, s.ends_at), &minutes) {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "minutes",
            "slots_overflow",
        )]));
    }
    let starts = slot_starts(s.starts_at, &minutes);
    let at = order
        .iter()
        .position(|(id, _)| *id == a.id)
        .and_then(|i| starts.get(i).copied())
        .unwrap_or(s.starts_at);
    // The session's programme changed: the run of show marks it.
    session::Entity::update_many()
        .col_expr(session::Column::UpdatedAt, Expr::value(now))
        .filter(session::Column::Id.eq(s.id))
        .exec(conn)
        .await?;
    Ok((at, s.title))
}

/// Numbers the session's scheduled announcements 1, 2, 3… in their order, with `insert` (id,
/// position, minutes) placed at its position; returns (id, minutes) in order.
async fn renumber<C: ConnectionTrait>(
    conn: &C,
    session_id: i32,
    insert: Option<(i32, i32, i32)>,
) -> Result<Vec<(i32, i32)>, AppError> {
    let mut order: Vec<(i32, i32)> = announcement::Entity::find()
        .filter(announcement::Column::SessionId.eq(session_id))
        .filter(announcement::Column::State.eq(AnnouncementState::Scheduled.code()))
        .order_by_asc(announcement::Column::Position)
        .order_by_asc(announcement::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .filter(|a| insert.is_none_or(|(id, _, _)| a.id != id))
        .map(|a| (a.id, a.minutes))
        .collect();
    if let Some((id, position, minutes)) = insert {
        let at = usize::try_from(position - 1).unwrap_or(0).min(order.len());
        order.insert(at, (id, minutes));
    }
    for (position, (id, _)) in (1..).zip(&order) {
        announcement::Entity::update_many()
            .col_expr(announcement::Column::Position, Expr::value(position))
            .filter(announcement::Column::Id.eq(*id))
            .exec(conn)
            .await?;
    }
    Ok(order)
}

/// Each scheduled announcement's slot start, by announcement id.
pub async fn slots<C: ConnectionTrait>(
    conn: &C,
    sessions: &[session::Model],
) -> Result<HashMap<i32, DateTime<Utc>>, AppError> {
    let mut out = HashMap::new();
    for s in sessions {
        let placed = announcement::Entity::find()
            .filter(announcement::Column::SessionId.eq(s.id))
            .filter(announcement::Column::State.eq(AnnouncementState::Scheduled.code()))
            .order_by_asc(announcement::Column::Position)
            .order_by_asc(announcement::Column::Id)
            .all(conn)
            .await?;
        let minutes: Vec<i32> = placed.iter().map(|a| a.minutes).collect();
        for (a, at) in placed.iter().zip(slot_starts(s.starts_at, &minutes)) {
            out.insert(a.id, at);
        }
    }
    Ok(out)
}

/// The organiser's list of an event's announcements: requests first, then the programme.
pub async fn rows<C: ConnectionTrait>(
    conn: &C,
    event: &event::Model,
) -> Result<Vec<AnnouncementRow>, AppError> {
    let tz = zones::of(&event.time_zone);
    let sessions = super::sessions::of_event(conn, event.id).await?;
    let slots = slots(conn, &sessions).await?;
    let all = announcement::Entity::find()
        .filter(announcement::Column::EventId.eq(event.id))
        .order_by_asc(announcement::Column::CreatedAt)
        .all(conn)
        .await?;
    let mut out = Vec::with_capacity(all.len());
    for a in all {
        let p = pledge::Entity::find_by_id(a.pledge_id)
            .one(conn)
            .await?
            .ok_or_else(|| internal("announced pledge", a.pledge_id))?;
        let organisation = organisation::Entity::find_by_id(a.organisation_id)
            .one(conn)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        out.push(AnnouncementRow {
            id: a.id,
            version: a.version,
            state: state_of(&a)?,
            pledge_id: a.pledge_id,
            pledge_title: title_of(conn, &p).await?,
            pledge_status: PledgeStatus::parse(&p.status)
                .ok_or_else(|| internal("pledge status", &p.status))?,
            organisation,
            speaker_name: a.speaker_name.clone(),
            speaker_title: a.speaker_title.clone(),
            session_id: a.session_id,
            position: a.position,
            minutes: a.minutes,
            slot: slots.get(&a.id).map(|t| zones::to_local(*t, tz)),
            requested_at: a.created_at,
        });
    }
    out.sort_by_key(|r| (r.state != AnnouncementState::Requested, !r.state.is_live()));
    Ok(out)
}

/// The pledge was withdrawn, unpublished or rejected: its live announcements leave every
/// programme now, and the organisers of events where it was accepted hear of it.
pub async fn pledge_left<C: ConnectionTrait>(
    conn: &C,
    p: &pledge::Model,
    public_url: Option<&str>,
) -> Result<(), AppError> {
    let live = announcement::Entity::find()
        .filter(announcement::Column::PledgeId.eq(p.id))
        .filter(announcement::Column::State.is_in(AnnouncementState::LIVE.map(|s| s.code())))
        .all(conn)
        .await?;
    if live.is_empty() {
        return Ok(());
    }
    let now = Utc::now();
    let title = title_of(conn, p).await?;
    for a in live {
        let from = state_of(&a)?;
        let to = next_announcement_state(from, AnnouncementAction::Drop, Mover::Platform)?;
        announcement::Entity::update_many()
            .col_expr(announcement::Column::State, Expr::value(to.code()))
            .col_expr(announcement::Column::Version, Expr::value(a.version + 1))
            .col_expr(announcement::Column::UpdatedAt, Expr::value(now))
            .col_expr(
                announcement::Column::SessionId,
                Expr::value(Option::<i32>::None),
            )
            .col_expr(
                announcement::Column::Position,
                Expr::value(Option::<i32>::None),
            )
            .filter(announcement::Column::Id.eq(a.id))
            .exec(conn)
            .await?;
        if let Some(s) = a.session_id {
            renumber(conn, s, None).await?;
            session::Entity::update_many()
                .col_expr(session::Column::UpdatedAt, Expr::value(now))
                .filter(session::Column::Id.eq(s))
                .exec(conn)
                .await?;
        }
        audit::record(
            conn,
            Event {
                subject: SUBJECT,
                subject_id: a.id,
                actor: None,
                action: AnnouncementAction::Drop.code(),
                from: from.code(),
                to: to.code(),
                reason: Some(p.status.clone()),
            },
        )
        .await?;
        if from.is_public()
            && let Some(url) = public_url
            && let Some(event) = event::Entity::find_by_id(a.event_id).one(conn).await?
        {
            for person in organisers(conn).await? {
                enqueue(
                    conn,
                    url,
                    &person.email,
                    locale_of(&person),
                    &Mail::Event(EventNotice::Left {
                        name: person.display_name.clone(),
                        title: title.clone(),
                        event: event.name.clone(),
                        withdrawn: p.status == PledgeStatus::Withdrawn.code(),
                        path: format!("/organiser/events/{}", event.slug),
                    }),
                )
                .await?;
            }
        }
    }
    Ok(())
}

/// The people who run events: organisers, active.
pub async fn organisers<C: ConnectionTrait>(conn: &C) -> Result<Vec<user::Model>, AppError> {
    Ok(user::Entity::find()
        .filter(user::Column::Role.eq(Role::Organiser.code()))
        .filter(
            user::Column::Membership.eq(crate::organisation_lifecycle::Membership::Active.code()),
        )
        .all(conn)
        .await?)
}

async fn tell_organisation<C: ConnectionTrait>(
    conn: &C,
    public_url: &str,
    event: &event::Model,
    a: &announcement::Model,
    placed: Option<&(String, DateTime<Utc>)>,
) -> Result<(), AppError> {
    let p = pledge::Entity::find_by_id(a.pledge_id)
        .one(conn)
        .await?
        .ok_or_else(|| internal("announced pledge", a.pledge_id))?;
    let title = title_of(conn, &p).await?;
    let tz = zones::of(&event.time_zone);
    for person in crate::ssr::review::decisions::pledge_people(conn, &p).await? {
        let locale = locale_of(&person);
        enqueue(
            conn,
            public_url,
            &person.email,
            locale,
            &Mail::Event(match placed {
                None => EventNotice::Accepted {
                    name: person.display_name.clone(),
                    title: title.clone(),
                    event: event.name.clone(),
                    path: "/my/events".to_owned(),
                },
                Some((session, at)) => EventNotice::Scheduled {
                    name: person.display_name.clone(),
                    title: title.clone(),
                    event: event.name.clone(),
                    session: session.clone(),
                    at: zones::to_local(*at, tz),
                    zone: event.time_zone.clone(),
                    path: "/my/events".to_owned(),
                },
            }),
        )
        .await?;
    }
    Ok(())
}
