//! Filed reports as their readers see them, newest first. The public reads reports that ITU has
//! not taken down, with only the evidence files the organisation made public and no comments;
//! the pledge's organisations and ITU read everything.
use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::domain::Money;
use crate::domain::progress::{
    CommentView, EvidenceFile, ProgressSummary, PublicProgress, ReportView, TargetReached,
};
use crate::error::AppError;
use crate::progress_lifecycle::{ProgressStatus, ReportState, TrafficLight, is_inactive};
use crate::ssr::entity::progress::{
    comment, cycle, evidence, report, report_country, report_target,
};
use crate::ssr::entity::{organisation, pledge, user};
use crate::ssr::errors::internal;
use crate::ssr::progress::{access::is_reportable, cycles};

/// The reports of a pledge, newest first; `taken_down` keeps ITU's taken-down ones too.
pub async fn reports_of<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
) -> Result<Vec<report::Model>, AppError> {
    Ok(report::Entity::find()
        .filter(report::Column::PledgeId.eq(pledge_id))
        .order_by_desc(report::Column::FiledAt)
        .order_by_desc(report::Column::Id)
        .all(conn)
        .await?)
}

pub fn evidence_view(e: &evidence::Model) -> EvidenceFile {
    EvidenceFile {
        id: e.id,
        name: e.name.clone(),
        media_type: e.media_type.clone(),
        bytes: e.bytes,
        public: e.public,
    }
}

/// The views of `reports` (in their order). `whole`: the reader sees private evidence, comments
/// and taken-down reports.
pub async fn views<C: ConnectionTrait>(
    conn: &C,
    reports: &[report::Model],
    whole: bool,
) -> Result<Vec<ReportView>, AppError> {
    let shown: Vec<&report::Model> = reports
        .iter()
        .filter(|r| whole || ReportState::parse(&r.state).is_some_and(ReportState::is_public))
        .collect();
    let ids: Vec<i32> = shown.iter().map(|r| r.id).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut targets: HashMap<i32, Vec<report_target::Model>> = HashMap::new();
    for t in report_target::Entity::find()
        .filter(report_target::Column::ReportId.is_in(ids.clone()))
        .order_by_asc(report_target::Column::Position)
        .all(conn)
        .await?
    {
        targets.entry(t.report_id).or_default().push(t);
    }
    let mut countries: HashMap<i32, Vec<String>> = HashMap::new();
    for c in report_country::Entity::find()
        .filter(report_country::Column::ReportId.is_in(ids.clone()))
        .order_by_asc(report_country::Column::Country)
        .all(conn)
        .await?
    {
        countries.entry(c.report_id).or_default().push(c.country);
    }
    let mut files: HashMap<i32, Vec<EvidenceFile>> = HashMap::new();
    for e in evidence::Entity::find()
        .filter(evidence::Column::ReportId.is_in(ids.clone()))
        .order_by_asc(evidence::Column::Id)
        .all(conn)
        .await?
        .iter()
        .filter(|e| whole || e.public)
    {
        if let Some(report_id) = e.report_id {
            files.entry(report_id).or_default().push(evidence_view(e));
        }
    }
    let mut comments: HashMap<i32, Vec<comment::Model>> = HashMap::new();
    if whole {
        for c in comment::Entity::find()
            .filter(comment::Column::ReportId.is_in(ids.clone()))
            .order_by_asc(comment::Column::Id)
            .all(conn)
            .await?
        {
            comments.entry(c.report_id).or_default().push(c);
        }
    }
    let org_ids = shown
        .iter()
        .map(|r| r.filed_by_organisation_id)
        .chain(comments.values().flatten().map(|c| c.organisation_id));
    let org_names = crate::ssr::pledges::records::organisation_names(conn, org_ids).await?;
    let authors: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(comments.values().flatten().map(|c| c.author_user_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let cycle_labels: HashMap<i32, String> = cycle::Entity::find()
        .filter(cycle::Column::Id.is_in(shown.iter().filter_map(|r| r.cycle_id)))
        .all(conn)
        .await?
        .into_iter()
        .map(|c| (c.id, c.label))
        .collect();
    shown
        .iter()
        .map(|r| {
            let bad = |what: &str| internal("stored progress report", what.to_owned());
            Ok(ReportView {
                id: r.id,
                version: r.version,
                cycle: r.cycle_id.and_then(|id| cycle_labels.get(&id).cloned()),
                filed_at: r.filed_at,
                filed_by_organisation: org_names
                    .get(&r.filed_by_organisation_id)
                    .cloned()
                    .unwrap_or_default(),
                state: ReportState::parse(&r.state).ok_or_else(|| bad("state"))?,
                status: ProgressStatus::parse(&r.status).ok_or_else(|| bad("status"))?,
                status_reason: r.status_reason.clone(),
                percent: u8::try_from(r.percent).map_err(|_| bad("percent"))?,
                light: TrafficLight::parse(&r.light).ok_or_else(|| bad("light"))?,
                targets: targets
                    .get(&r.id)
                    .map(|ts| {
                        ts.iter()
                            .map(|t| TargetReached {
                                indicator: t.indicator.clone(),
                                target: t.target_value.clone(),
                                unit: t.unit.clone(),
                                due: t.due,
                                value: t.value_reached.clone(),
                                reached_on: t.reached_on,
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
                disbursed: money_of(r),
                disbursed_on: r.disbursed_on,
                disbursed_usd_cents: r.disbursed_usd_cents,
                countries: countries.get(&r.id).cloned().unwrap_or_default(),
                beneficiaries: r.beneficiaries.clone(),
                beneficiaries_unit: r.beneficiaries_unit.clone(),
                narrative: r.narrative.clone(),
                links: r.links.lines().map(str::to_owned).collect(),
                files: files.remove(&r.id).unwrap_or_default(),
                comments: comments
                    .get(&r.id)
                    .map(|cs| {
                        cs.iter()
                            .map(|c| CommentView {
                                author: authors.get(&c.author_user_id).cloned().unwrap_or_default(),
                                organisation: org_names
                                    .get(&c.organisation_id)
                                    .cloned()
                                    .unwrap_or_default(),
                                body: c.body.clone(),
                                at: c.created_at,
                            })
                            .collect()
                    })
                    .unwrap_or_default(),
            })
        })
        .collect()
}

pub fn money_of(r: &report::Model) -> Option<Money> {
    match (
        r.disbursed_minor,
        &r.disbursed_currency,
        r.disbursed_exponent,
    ) {
        (Some(minor), Some(currency), Some(exponent)) => Some(Money {
            minor,
            currency: currency.clone(),
            exponent: u8::try_from(exponent).ok()?,
        }),
        _ => None,
    }
}

/// The light of the newest public report, if any.
pub fn latest_light(reports: &[report::Model]) -> Option<TrafficLight> {
    reports
        .iter()
        .filter(|r| ReportState::parse(&r.state).is_some_and(ReportState::is_public))
        .max_by_key(|r| (r.filed_at, r.id))
        .and_then(|r| TrafficLight::parse(&r.light))
}

/// Whether the pledge went two cycles in a row without a report, as of `today`.
pub fn inactive_on(
    all_cycles: &[cycle::Model],
    p: &pledge::Model,
    reports: &[report::Model],
    today: chrono::NaiveDate,
) -> bool {
    summary(all_cycles, p, reports).is_inactive_on(today)
}

/// The day from which the pledge is inactive for good unless a report comes: the first day after
/// a due date from which the rule of `progress_lifecycle::is_inactive` holds on every later one.
/// Reports answer the oldest cycle without one, so once it holds it keeps holding.
fn inactive_from(owed: &[cycles::Owed]) -> Option<chrono::NaiveDate> {
    let rule = cycles::as_rule_input(owed);
    let mut days: Vec<chrono::NaiveDate> = owed
        .iter()
        .map(|o| o.cycle.due_on + chrono::Duration::days(1))
        .collect();
    days.sort();
    let mut from = None;
    for day in days.iter().rev() {
        if is_inactive(&rule, *day) {
            from = Some(*day);
        } else {
            break;
        }
    }
    from
}

/// What the compendium keeps of a pledge's progress (see [`ProgressSummary`]).
pub fn summary(
    all_cycles: &[cycle::Model],
    p: &pledge::Model,
    reports: &[report::Model],
) -> ProgressSummary {
    let mut public: Vec<&report::Model> = reports
        .iter()
        .filter(|r| ReportState::parse(&r.state).is_some_and(ReportState::is_public))
        .collect();
    public.sort_by_key(|r| std::cmp::Reverse((r.filed_at, r.id)));
    let latest = public.first();
    let with_money = public.iter().find(|r| r.disbursed_minor.is_some());
    let owed = p
        .published_at
        .map(|t| cycles::owed(all_cycles, t.date_naive(), reports))
        .unwrap_or_default();
    ProgressSummary {
        reports: u32::try_from(public.len()).unwrap_or(u32::MAX),
        status: latest.and_then(|r| ProgressStatus::parse(&r.status)),
        light: latest.and_then(|r| TrafficLight::parse(&r.light)),
        percent: latest.and_then(|r| u8::try_from(r.percent).ok()),
        reported_on: latest.map(|r| r.as_of),
        delivered: with_money.and_then(|r| money_of(r)),
        delivered_usd_cents: with_money.and_then(|r| r.disbursed_usd_cents),
        inactive_from: if cycles::is_closed(reports) {
            None
        } else {
            inactive_from(&owed)
        },
    }
}

/// What the public reads beside a pledge's permalink.
pub async fn public<C: ConnectionTrait>(
    conn: &C,
    public_ref: &str,
    today: chrono::NaiveDate,
) -> Result<PublicProgress, AppError> {
    use crate::ssr::entity::compendium_entry;
    let entry = compendium_entry::Entity::find()
        .filter(compendium_entry::Column::PublicRef.eq(public_ref))
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let p = pledge::Entity::find_by_id(entry.pledge_id)
        .one(conn)
        .await?
        .filter(is_reportable)
        .ok_or(AppError::NotFound)?;
    let reports = reports_of(conn, p.id).await?;
    let all_cycles = cycles::all(conn).await?;
    Ok(PublicProgress {
        light: latest_light(&reports),
        inactive: inactive_on(&all_cycles, &p, &reports, today),
        timeline: views(conn, &reports, false).await?,
    })
}

/// Organisation names by id, for callers outside this module.
pub async fn organisation_name<C: ConnectionTrait>(conn: &C, id: i32) -> Result<String, AppError> {
    Ok(organisation::Entity::find_by_id(id)
        .one(conn)
        .await?
        .map(|o| o.name)
        .unwrap_or_default())
}
