//! The marketplace's part of a public pledge, written into the compendium's read model with the
//! rest of it: the opportunities its public revision answers, its approved co-signers and their
//! money, whether it takes sign-ons, and the profile links of the organisations named.
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::marketplace::{CoSigner, OpportunityMention, OrgMention, profile_path};
use crate::error::AppError;
use crate::marketplace_lifecycle::{InKind, SignOnState};
use crate::organisation_lifecycle::Verification;
use crate::ssr::entity::marketplace::{opportunity, revision_opportunity, sign_on};
use crate::ssr::entity::{organisation, pledge, pledge_revision as revision};

pub(crate) struct PublicParts {
    pub answers: Vec<(i32, OpportunityMention)>,
    pub cosigners: Vec<CoSigner>,
    pub cosigner_usd_cents: Option<i64>,
    pub open_sign_on: bool,
}

/// The profile link of a registered organisation: only verified ones have a public profile.
pub(crate) fn mention(o: &organisation::Model) -> OrgMention {
    OrgMention {
        name: o.name.clone(),
        profile: (o.verification == Verification::Verified.code())
            .then(|| profile_path(o.id, &o.name)),
    }
}

pub(crate) async fn of<C: ConnectionTrait>(
    conn: &C,
    p: &pledge::Model,
    r: &revision::Model,
) -> Result<PublicParts, AppError> {
    let chosen: Vec<i32> = revision_opportunity::Entity::find()
        .filter(revision_opportunity::Column::RevisionId.eq(r.id))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.opportunity_id)
        .collect();
    let answers = opportunity::Entity::find()
        .filter(opportunity::Column::Id.is_in(chosen))
        .filter(opportunity::Column::Hidden.eq(false))
        .order_by_asc(opportunity::Column::Title)
        .all(conn)
        .await?
        .into_iter()
        .map(|o| {
            (
                o.id,
                OpportunityMention {
                    slug: o.slug,
                    title: o.title,
                },
            )
        })
        .collect();
    let signed = sign_on::Entity::find()
        .filter(sign_on::Column::PledgeId.eq(p.id))
        .filter(sign_on::Column::State.eq(SignOnState::Approved.code()))
        .order_by_asc(sign_on::Column::DecidedAt)
        .all(conn)
        .await?;
    let mut cosigners = Vec::with_capacity(signed.len());
    let mut usd: Option<i64> = None;
    for s in signed {
        let Some(o) = organisation::Entity::find_by_id(s.organisation_id)
            .one(conn)
            .await?
        else {
            continue;
        };
        if let Some(cents) = s.usd_cents {
            usd = Some(usd.unwrap_or_default().saturating_add(cents));
        }
        cosigners.push(CoSigner {
            organisation: mention(&o),
            amount: super::sign_ons::money_of(&s),
            usd_cents: s.usd_cents,
            in_kind: s
                .in_kind
                .split_whitespace()
                .filter_map(InKind::parse)
                .collect(),
            role: s.role,
        });
    }
    Ok(PublicParts {
        answers,
        cosigners,
        cosigner_usd_cents: usd,
        open_sign_on: r.open_sign_on && p.sign_on_closed_at.is_none(),
    })
}
