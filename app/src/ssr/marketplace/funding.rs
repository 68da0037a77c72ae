//! The funding bars: sums over the compendium's read model of the published pledges that answer
//! each opportunity. A pledge counts once per opportunity (the answers' key), whatever its number
//! of partners or co-signers; co-signers' money is its own sum; a pledge that leaves the public
//! side leaves the read model in the same transaction, and so the bar.
use std::collections::HashMap;

use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder, Statement,
};

use crate::domain::PublicPledge;
use crate::domain::marketplace::{AnsweringPledge, Funding, OrgMention};
use crate::error::AppError;
use crate::ssr::entity::{compendium_answer as answer, compendium_entry as entry};
use crate::ssr::errors::internal;

#[derive(FromQueryResult)]
struct Sums {
    opportunity_id: i32,
    pledges: i64,
    pledged: i64,
    cosigned: i64,
    delivered: i64,
}

/// Every opportunity's bar (the needed amount is the opportunity's own, added by the caller).
pub async fn of_all<C: ConnectionTrait>(conn: &C) -> Result<HashMap<i32, Funding>, AppError> {
    let rows = Sums::find_by_statement(Statement::from_string(
        conn.get_database_backend(),
        "SELECT a.opportunity_id AS opportunity_id, COUNT(*) AS pledges,
                CAST(COALESCE(SUM(e.usd_cents), 0) AS BIGINT) AS pledged,
                CAST(COALESCE(SUM(e.cosigner_usd_cents), 0) AS BIGINT) AS cosigned,
                CAST(COALESCE(SUM(e.delivered_usd_cents), 0) AS BIGINT) AS delivered
         FROM compendium_answers a JOIN compendium_entries e ON e.pledge_id = a.pledge_id
         GROUP BY a.opportunity_id",
    ))
    .all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.opportunity_id,
                Funding {
                    needed_usd_cents: None,
                    pledged_usd_cents: r.pledged,
                    cosigned_usd_cents: r.cosigned,
                    delivered_usd_cents: r.delivered,
                    pledges: u64::try_from(r.pledges).unwrap_or_default(),
                },
            )
        })
        .collect())
}

/// The published pledges that answer one opportunity, newest first.
pub async fn answers_of<C: ConnectionTrait>(
    conn: &C,
    opportunity_id: i32,
) -> Result<Vec<AnsweringPledge>, AppError> {
    let rows = entry::Entity::find()
        .filter(
            entry::Column::PledgeId.in_subquery(
                Query::select()
                    .column(answer::Column::PledgeId)
                    .from(answer::Entity)
                    .and_where(answer::Column::OpportunityId.eq(opportunity_id))
                    .to_owned(),
            ),
        )
        .order_by_desc(entry::Column::PublishedAt)
        .all(conn)
        .await?;
    rows.into_iter()
        .map(|e| {
            let doc: PublicPledge =
                serde_json::from_str(&e.doc).map_err(|err| internal("compendium doc", err))?;
            Ok(AnsweringPledge {
                public_ref: e.public_ref,
                title: e.title,
                organisation: OrgMention {
                    name: e.organisation_name,
                    profile: doc.organisation_profile,
                },
                usd_cents: e.usd_cents,
                cosigner_usd_cents: e.cosigner_usd_cents,
                delivered_usd_cents: e.delivered_usd_cents,
            })
        })
        .collect()
}
