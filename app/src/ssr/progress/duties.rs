//! "Our pledges": what each published pledge of the organisation owes, and what it filed.
use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::domain::SessionUser;
use crate::domain::progress::{Duty, DutyRow};
use crate::error::AppError;
use crate::pledge_lifecycle::Relation;
use crate::ssr::entity::progress::{draft, report};
use crate::ssr::entity::{compendium_entry, pledge, pledge_participant as participant};
use crate::ssr::pledges::participants::relation_of;
use crate::ssr::pledges::records::{CONFIRMED, title_of};
use crate::ssr::progress::access::is_reportable;
use crate::ssr::progress::{cycles, timeline};

pub async fn of_organisation(
    db: &DatabaseConnection,
    actor: &SessionUser,
    today: NaiveDate,
) -> Result<Vec<DutyRow>, AppError> {
    if !actor.role.acts_for_organisation() {
        return Ok(Vec::new());
    }
    let partner_of: Vec<i32> = participant::Entity::find()
        .filter(participant::Column::OrganisationId.eq(actor.organisation_id))
        .filter(participant::Column::Status.eq(CONFIRMED))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.pledge_id)
        .collect();
    let pledges: Vec<pledge::Model> = pledge::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(pledge::Column::OrganisationId.eq(actor.organisation_id))
                .add(pledge::Column::Id.is_in(partner_of)),
        )
        .filter(pledge::Column::PublishedRevisionId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter(is_reportable)
        .collect();
    let ids: Vec<i32> = pledges.iter().map(|p| p.id).collect();
    let mut reports: HashMap<i32, Vec<report::Model>> = HashMap::new();
    for r in report::Entity::find()
        .filter(report::Column::PledgeId.is_in(ids.clone()))
        .all(db)
        .await?
    {
        reports.entry(r.pledge_id).or_default().push(r);
    }
    let drafts: Vec<i32> = draft::Entity::find()
        .filter(draft::Column::PledgeId.is_in(ids.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.pledge_id)
        .collect();
    let refs: HashMap<i32, String> = compendium_entry::Entity::find()
        .filter(compendium_entry::Column::PledgeId.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.pledge_id, e.public_ref))
        .collect();
    let all_cycles = cycles::all(db).await?;
    let mut rows = Vec::with_capacity(pledges.len());
    for p in &pledges {
        let mine = reports.remove(&p.id).unwrap_or_default();
        let published_on = p.published_at.map_or(today, |t| t.date_naive());
        let owed = cycles::owed(&all_cycles, published_on, &mine);
        let open = cycles::open_cycle(&owed, today);
        let duty = match open {
            _ if cycles::is_closed(&mine) => Duty::Closed,
            Some(c) if c.due_on < today => Duty::Overdue,
            Some(_) => Duty::Due,
            None => Duty::UpToDate,
        };
        let relation = relation_of(db, p, actor.organisation_id).await?;
        rows.push(DutyRow {
            pledge_id: p.id,
            title: title_of(db, p).await?,
            public_ref: refs.get(&p.id).cloned(),
            duty,
            cycle: open.map(cycles::view),
            last_filed: mine.iter().map(|r| r.filed_at).max(),
            light: timeline::latest_light(&mine),
            inactive: timeline::inactive_on(&all_cycles, p, &mine, today),
            has_draft: drafts.contains(&p.id),
            may_file: matches!(
                relation,
                Relation::Lead | Relation::Partner { may_edit: true }
            ),
        });
    }
    // Overdue first, then due, each by due date; then the rest by title.
    rows.sort_by(|a, b| {
        let rank = |r: &DutyRow| match r.duty {
            Duty::Overdue => 0,
            Duty::Due => 1,
            Duty::UpToDate => 2,
            Duty::Closed => 3,
        };
        rank(a)
            .cmp(&rank(b))
            .then_with(|| {
                a.cycle
                    .as_ref()
                    .map(|c| c.due_on)
                    .cmp(&b.cycle.as_ref().map(|c| c.due_on))
            })
            .then_with(|| a.title.cmp(&b.title))
    });
    Ok(rows)
}
