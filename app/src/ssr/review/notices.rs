//! The mails a pledge's state change causes besides ITU's decisions (those are in
//! `decisions`): the organisation's receipt, the reviewers' "a pledge is waiting" (or an
//! entry in their daily digest), the assignee's notice and the call to the second-approval pool.
//! Written to the outbox in the transition's own transaction, in each reader's language.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::domain::{PledgeMail, SessionUser};
use crate::error::AppError;
use crate::organisation_lifecycle::Membership;
use crate::pledge_lifecycle::{PledgeAction, PledgeStatus, Relation, Role};
use crate::ssr::accounts::locale_of;
use crate::ssr::entity::{digest_entry, notice_preference, organisation, pledge, user};
use crate::ssr::mail::{Mail, PledgeNotice, enqueue};
use crate::ssr::pledges::participants::relation_of;
use crate::ssr::pledges::records::title_of;
use crate::ssr::review::decisions::pledge_people;

/// Whom a transition tells by e-mail. The demo seeds act for show and tell nobody.
#[derive(Clone, Copy, Debug, Default)]
pub enum Notify<'a> {
    #[default]
    Nobody,
    /// Mail the people the change concerns; links start with the site's public address.
    People { public_url: &'a str },
}

impl crate::ssr::ServerContext {
    /// Mail the people a change concerns, with links to this site.
    pub fn notify(&self) -> Notify<'_> {
        Notify::People {
            public_url: &self.public_url,
        }
    }
}

/// What happened, as the notices need it: the pledge after the change, the action and who acted.
pub(crate) struct Change<'a> {
    pub after: &'a pledge::Model,
    pub action: PledgeAction,
    pub to: PledgeStatus,
    pub actor: &'a SessionUser,
    pub reason: Option<&'a str>,
}

pub(crate) async fn tell<C: ConnectionTrait>(
    conn: &C,
    notify: Notify<'_>,
    change: Change<'_>,
) -> Result<(), AppError> {
    let Notify::People { public_url } = notify else {
        return Ok(());
    };
    let p = change.after;
    match change.action {
        PledgeAction::Submit | PledgeAction::Resubmit | PledgeAction::Revise => {
            let title = title_of(conn, p).await?;
            for person in pledge_people(conn, p).await? {
                let mail = PledgeNotice::Received {
                    name: person.display_name.clone(),
                    title: title.clone(),
                    path: format!("/my/pledges/{}", p.id),
                };
                send(conn, public_url, &person, mail).await?;
            }
            announce(conn, public_url, p, &title).await
        }
        PledgeAction::Withdraw => {
            let title = title_of(conn, p).await?;
            for person in pledge_people(conn, p).await? {
                let mail = PledgeNotice::Withdrawn {
                    name: person.display_name.clone(),
                    title: title.clone(),
                    reason: change.reason.unwrap_or_default().to_owned(),
                    path: format!("/my/pledges/{}", p.id),
                };
                send(conn, public_url, &person, mail).await?;
            }
            Ok(())
        }
        PledgeAction::Assign => {
            let Some(assignee) = p.assignee_user_id.filter(|id| *id != change.actor.user_id) else {
                return Ok(());
            };
            let Some(person) = user::Entity::find_by_id(assignee).one(conn).await? else {
                return Ok(());
            };
            let mail = PledgeNotice::Assigned {
                name: person.display_name.clone(),
                title: title_of(conn, p).await?,
                by: change.actor.display_name.clone(),
                path: format!("/review/{}", p.id),
            };
            send(conn, public_url, &person, mail).await
        }
        PledgeAction::Approve if change.to == PledgeStatus::SecondApproval => {
            let title = title_of(conn, p).await?;
            for person in reviewers_for(conn, p).await? {
                if person.id == change.actor.user_id {
                    continue;
                }
                let mail = PledgeNotice::SecondApproval {
                    name: person.display_name.clone(),
                    title: title.clone(),
                    first: change.actor.display_name.clone(),
                    path: format!("/review/{}", p.id),
                };
                send(conn, public_url, &person, mail).await?;
            }
            Ok(())
        }
        // Decisions are mailed by `decisions`; taking or releasing a pledge tells nobody.
        PledgeAction::Approve
        | PledgeAction::Reject
        | PledgeAction::RequestChanges
        | PledgeAction::Unpublish
        | PledgeAction::Claim
        | PledgeAction::Release => Ok(()),
    }
}

async fn send<C: ConnectionTrait>(
    conn: &C,
    public_url: &str,
    person: &user::Model,
    notice: PledgeNotice,
) -> Result<(), AppError> {
    enqueue(
        conn,
        public_url,
        &person.email,
        locale_of(person),
        &Mail::Notice(notice),
    )
    .await
}

/// A pledge joined the queue: each reviewer who may review it hears now, or in tomorrow's digest.
async fn announce<C: ConnectionTrait>(
    conn: &C,
    public_url: &str,
    p: &pledge::Model,
    title: &str,
) -> Result<(), AppError> {
    let reviewers = reviewers_for(conn, p).await?;
    if reviewers.is_empty() {
        return Ok(());
    }
    let digest: std::collections::HashSet<i32> = notice_preference::Entity::find()
        .filter(notice_preference::Column::UserId.is_in(reviewers.iter().map(|r| r.id)))
        .filter(notice_preference::Column::PledgeMail.eq(PledgeMail::Digest.code()))
        .all(conn)
        .await?
        .into_iter()
        .map(|row| row.user_id)
        .collect();
    let organisation = organisation::Entity::find_by_id(p.organisation_id)
        .one(conn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let now = Utc::now();
    for person in reviewers {
        if digest.contains(&person.id) {
            digest_entry::ActiveModel {
                user_id: Set(person.id),
                pledge_id: Set(p.id),
                queued_at: Set(now),
                ..Default::default()
            }
            .insert(conn)
            .await?;
        } else {
            let mail = PledgeNotice::Waiting {
                name: person.display_name.clone(),
                title: title.to_owned(),
                organisation: organisation.clone(),
                path: format!("/review/{}", p.id),
            };
            send(conn, public_url, &person, mail).await?;
        }
    }
    Ok(())
}

/// The ITU reviewers and admins (active accounts) who may review this pledge: nobody reviews a
/// pledge their organisation leads or partners in.
pub(crate) async fn reviewers_for<C: ConnectionTrait>(
    conn: &C,
    p: &pledge::Model,
) -> Result<Vec<user::Model>, AppError> {
    let staff = user::Entity::find()
        .filter(user::Column::Role.is_in([Role::Reviewer.code(), Role::Admin.code()]))
        .filter(user::Column::Membership.eq(Membership::Active.code()))
        .all(conn)
        .await?;
    let mut out = Vec::with_capacity(staff.len());
    for person in staff {
        if relation_of(conn, p, person.organisation_id).await? == Relation::Outsider {
            out.push(person);
        }
    }
    Ok(out)
}
