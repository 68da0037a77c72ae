//! Comments on a filed report by the pledge's organisations: a partner who may not file the
//! report still says what it sees. Each comment is mailed to the pledge's other people.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, Set};

use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::ssr::accounts::locale_of;
use crate::ssr::context::ServerContext;
use crate::ssr::entity::progress::{comment, report};
use crate::ssr::mail::{Mail, ProgressNotice, enqueue};
use crate::ssr::pledges::records::title_of;
use crate::ssr::progress::access::access;
use crate::ssr::review::conversation::BODY_MAX;
use crate::ssr::review::decisions::pledge_people;
use crate::ssr::write_txn;

pub async fn post(
    ctx: &ServerContext,
    actor: &SessionUser,
    report_id: i32,
    body: &str,
) -> Result<i32, AppError> {
    let body = body.trim();
    let n = body.chars().count();
    if n == 0 || n > BODY_MAX {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "body",
            "message_length",
        )]));
    }
    let txn = write_txn(&ctx.db).await?;
    let found = report::Entity::find_by_id(report_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let standing = access(&txn, actor, found.pledge_id).await?;
    if !standing.may_comment() {
        return Err(if standing.may_see_private() {
            AppError::Forbidden
        } else {
            AppError::NotFound
        });
    }
    let saved = comment::ActiveModel {
        report_id: Set(found.id),
        author_user_id: Set(actor.user_id),
        organisation_id: Set(actor.organisation_id),
        body: Set(body.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let title = title_of(&txn, &standing.pledge).await?;
    for person in pledge_people(&txn, &standing.pledge)
        .await?
        .iter()
        .filter(|u| u.id != actor.user_id)
    {
        enqueue(
            &txn,
            &ctx.public_url,
            &person.email,
            locale_of(person),
            &Mail::Progress(ProgressNotice::Comment {
                name: person.display_name.clone(),
                title: title.clone(),
                person: actor.display_name.clone(),
                body: body.to_owned(),
                path: format!("/my/pledges/{}/progress", standing.pledge.id),
            }),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(saved.id)
}
