//! What every pledge read needs and nothing else: the codes of a participant's role and state,
//! a revision in domain types, titles, organisation names and the reviewer's last word. It
//! depends on no other pledge module, so the reads, the partners, the service and the compendium
//! projection all build on it without depending on each other.
use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::{Benefit, Money, PledgeContent, PledgeInput, RevisionView, Scope, Target};
use crate::error::AppError;
use crate::pledge_lifecycle::PledgeAction;
use crate::reference::{BenefitLevel, FocusArea, ItuRegion, KapPriority, PledgeType, Sdg};
use crate::ssr::entity::{
    organisation, pledge, pledge_draft, pledge_event, pledge_revision as revision,
    revision_focus_area, revision_kap, revision_partner, revision_scope, revision_sdg,
    revision_target,
};
use crate::ssr::errors::internal;

/// `pledge_participants.role` and `.status`.
pub const LEAD: &str = "lead";
pub const PARTNER: &str = "partner";
pub const CONFIRMED: &str = "confirmed";
pub const INVITED: &str = "invited";
pub const DECLINED: &str = "declined";

pub(crate) fn code<T>(parse: fn(&str) -> Option<T>, value: &str) -> Result<T, AppError> {
    parse(value).ok_or_else(|| internal("unknown code in database", value))
}

/// `revision_partners.kind` of a partner the lead named; `registered` ones are recorded at approval.
pub(crate) const NAMED_KIND: &str = "named";
pub(crate) const REGISTERED_KIND: &str = "registered";

/// The working copy's title while one is being typed, else the newest revision's: for the
/// pledge's own organisations, who see what they type.
pub async fn title_of<C: ConnectionTrait>(conn: &C, p: &pledge::Model) -> Result<String, AppError> {
    if let Some(draft) = pledge_draft::Entity::find_by_id(p.id).one(conn).await? {
        let input: PledgeInput =
            serde_json::from_str(&draft.input).map_err(|e| internal("stored working copy", e))?;
        if !input.title.trim().is_empty() {
            return Ok(input.title.trim().to_owned());
        }
    }
    submitted_title_of(conn, p).await
}

/// The newest submitted revision's title: what ITU and anyone outside the pledge may read.
pub async fn submitted_title_of<C: ConnectionTrait>(
    conn: &C,
    p: &pledge::Model,
) -> Result<String, AppError> {
    match p.current_revision_id {
        Some(id) => Ok(revision::Entity::find_by_id(id)
            .one(conn)
            .await?
            .map(|r| r.title)
            .unwrap_or_default()),
        None => Ok(String::new()),
    }
}

/// One revision with its rows, in domain types.
pub async fn revision_view<C: ConnectionTrait>(
    conn: &C,
    r: revision::Model,
) -> Result<RevisionView, AppError> {
    let focus_areas = revision_focus_area::Entity::find()
        .filter(revision_focus_area::Column::RevisionId.eq(r.id))
        .all(conn)
        .await?
        .iter()
        .map(|f| code(FocusArea::parse, &f.focus_area))
        .collect::<Result<Vec<_>, _>>()?;
    let mut regions = Vec::new();
    let mut countries = Vec::new();
    for s in revision_scope::Entity::find()
        .filter(revision_scope::Column::RevisionId.eq(r.id))
        .all(conn)
        .await?
    {
        if s.kind == "region" {
            regions.push(code(ItuRegion::parse, &s.code)?);
        } else {
            countries.push(s.code);
        }
    }
    regions.sort();
    countries.sort();
    let targets = revision_target::Entity::find()
        .filter(revision_target::Column::RevisionId.eq(r.id))
        .order_by_asc(revision_target::Column::Position)
        .all(conn)
        .await?
        .into_iter()
        .map(|t| Target {
            indicator: t.indicator,
            baseline: t.baseline,
            target: t.target_value,
            unit: t.unit,
            due: t.due,
        })
        .collect();
    let sdgs = revision_sdg::Entity::find()
        .filter(revision_sdg::Column::RevisionId.eq(r.id))
        .all(conn)
        .await?
        .iter()
        .filter_map(|s| u8::try_from(s.sdg).ok().and_then(Sdg::new))
        .collect();
    let kap = revision_kap::Entity::find()
        .filter(revision_kap::Column::RevisionId.eq(r.id))
        .all(conn)
        .await?
        .iter()
        .map(|k| code(KapPriority::parse, &k.priority))
        .collect::<Result<Vec<_>, _>>()?;
    let named_partners = revision_partner::Entity::find()
        .filter(revision_partner::Column::RevisionId.eq(r.id))
        .filter(revision_partner::Column::Kind.eq(NAMED_KIND))
        .order_by_asc(revision_partner::Column::Position)
        .all(conn)
        .await?
        .into_iter()
        .map(|p| p.name)
        .collect();
    let benefit = |level: &str, share: Option<i16>, statement: &str| -> Result<Benefit, AppError> {
        Ok(Benefit {
            level: code(BenefitLevel::parse, level)?,
            share_pct: share.and_then(|s| u8::try_from(s).ok()),
            statement: statement.to_owned(),
        })
    };
    let amount = match (r.amount_minor, &r.currency, r.amount_exponent) {
        (Some(minor), Some(currency), Some(exponent)) => Some(Money {
            minor,
            currency: currency.clone(),
            exponent: u8::try_from(exponent).map_err(|e| internal("stored exponent", e))?,
        }),
        _ => None,
    };
    let content = PledgeContent {
        pledge_type: code(PledgeType::parse, &r.pledge_type)?,
        ldc: benefit(&r.ldc_level, r.ldc_share, &r.ldc_statement)?,
        lldc: benefit(&r.lldc_level, r.lldc_share, &r.lldc_statement)?,
        sids: benefit(&r.sids_level, r.sids_share, &r.sids_statement)?,
        title: r.title,
        summary: r.summary,
        description: r.description,
        focus_areas,
        scope: Scope {
            global: r.scope_global,
            regions,
            countries,
        },
        amount,
        targets,
        start: r.start_date,
        end: r.end_date,
        sdgs,
        kap,
        named_partners,
        contact_name: r.contact_name,
        contact_email: r.contact_email,
        answers: answered_slugs(conn, r.id).await?,
        open_sign_on: r.open_sign_on,
    };
    let today = chrono::Utc::now().date_naive();
    let ldc_when_pledged = crate::reference::CountryTable::shared()
        .map(|table| {
            content
                .scope
                .countries
                .iter()
                .filter(|code| {
                    table.get(code).is_some_and(|c| {
                        c.is_in_on(crate::reference::CountryGroup::Ldc, r.groups_on)
                            && !c.is_in_on(crate::reference::CountryGroup::Ldc, today)
                    })
                })
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    Ok(RevisionView {
        ldc_when_pledged,
        id: r.id,
        number: r.number,
        created_at: r.created_at,
        flags: content.consistency_flags(r.groups_on),
        content,
        usd_cents: r.usd_cents,
        usd_rate: r.usd_rate,
        usd_rate_date: r.usd_rate_date,
        groups_on: r.groups_on,
    })
}

pub(crate) async fn organisation_names<C: ConnectionTrait>(
    conn: &C,
    ids: impl Iterator<Item = i32>,
) -> Result<HashMap<i32, String>, AppError> {
    let ids: Vec<i32> = ids.collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// The newest reason a reviewer gave (changes requested or rejected).
pub(crate) async fn reviewer_message<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
) -> Result<Option<String>, AppError> {
    Ok(pledge_event::Entity::find()
        .filter(pledge_event::Column::PledgeId.eq(pledge_id))
        .filter(pledge_event::Column::Action.is_in([
            PledgeAction::RequestChanges.code(),
            PledgeAction::Reject.code(),
            PledgeAction::Unpublish.code(),
        ]))
        .order_by_desc(pledge_event::Column::Id)
        .one(conn)
        .await?
        .and_then(|e| e.reason))
}

/// The slugs of the opportunities a revision answers, sorted.
async fn answered_slugs<C: ConnectionTrait>(
    conn: &C,
    revision_id: i32,
) -> Result<Vec<String>, AppError> {
    use crate::ssr::entity::marketplace::{opportunity, revision_opportunity};
    let ids: Vec<i32> = revision_opportunity::Entity::find()
        .filter(revision_opportunity::Column::RevisionId.eq(revision_id))
        .all(conn)
        .await?
        .into_iter()
        .map(|a| a.opportunity_id)
        .collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut slugs: Vec<String> = opportunity::Entity::find()
        .filter(opportunity::Column::Id.is_in(ids))
        .all(conn)
        .await?
        .into_iter()
        .map(|o| o.slug)
        .collect();
    slugs.sort();
    Ok(slugs)
}
