//! The marketplace: opportunities and their funding bars, "Opportunities for you", sign-ons to
//! open pledges, reports of a problem, and organisation profiles.
pub mod access;
pub mod demo_seed;
pub mod funding;
pub mod opportunities;
pub mod profiles;
pub(crate) mod public_parts;
pub mod reports;
pub mod sign_ons;
pub mod suggestions;

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::error::AppError;
use crate::ssr::entity::marketplace::{opportunity, problem_report, sign_on};
use crate::ssr::entity::organisation;

/// What the audit log's marketplace entries are about, in words: the opportunity's title, the
/// organisation that signed on, the kind of page reported.
pub async fn audit_names<C: ConnectionTrait>(
    conn: &C,
    opportunities: &[i32],
    sign_ons: &[i32],
    reports: &[i32],
) -> Result<HashMap<(String, i32), String>, AppError> {
    let mut names = HashMap::new();
    for o in opportunity::Entity::find()
        .filter(opportunity::Column::Id.is_in(opportunities.to_vec()))
        .all(conn)
        .await?
    {
        names.insert((opportunities::SUBJECT.to_owned(), o.id), o.title);
    }
    for s in sign_on::Entity::find()
        .filter(sign_on::Column::Id.is_in(sign_ons.to_vec()))
        .all(conn)
        .await?
    {
        let org = organisation::Entity::find_by_id(s.organisation_id)
            .one(conn)
            .await?
            .map(|o| o.name)
            .unwrap_or_default();
        names.insert((sign_ons::SUBJECT.to_owned(), s.id), org);
    }
    for r in problem_report::Entity::find()
        .filter(problem_report::Column::Id.is_in(reports.to_vec()))
        .all(conn)
        .await?
    {
        names.insert(
            (reports::SUBJECT.to_owned(), r.id),
            format!("{} #{}", r.subject_kind, r.subject_id),
        );
    }
    Ok(names)
}
