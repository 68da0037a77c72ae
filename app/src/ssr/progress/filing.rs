//! Writing and filing a report. The lead organisation (or a partner it lets edit) keeps one draft
//! per pledge, exactly as typed, with the files attached so far; filing checks every rule, converts
//! the money disbursed at the rate of its date, computes the traffic light, and writes the report,
//! its audit row, the mail to the pledge's other people and the compendium's new version in one
//! transaction. A refused filing keeps what was typed as the draft (and the good files with it).
use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::progress::{ProgressContent, ProgressDesk, ProgressInput, TargetReachedInput};
use crate::domain::{FieldIssue, SessionUser, Target};
use crate::error::AppError;
use crate::progress_lifecycle::{LightInput, ReportState, TargetProgress, traffic_light};
use crate::ssr::accounts::locale_of;
use crate::ssr::audit::{self, Event};
use crate::ssr::context::ServerContext;
use crate::ssr::entity::progress::{draft, evidence, report, report_country, report_target};
use crate::ssr::entity::{pledge, pledge_revision, revision_target};
use crate::ssr::errors::internal;
use crate::ssr::mail::{Mail, ProgressNotice, enqueue};
use crate::ssr::pledges::exchange_rates::{rate_on, usd_cents};
use crate::ssr::progress::access::{PledgeAccess, access, is_reportable};
use crate::ssr::progress::evidence::{Checked, Upload, check_all, forget, store};
use crate::ssr::progress::{SUBJECT, cycles, timeline};
use crate::ssr::review::decisions::pledge_people;
use crate::ssr::write_txn;

/// What a post of the report form carries besides the typed fields.
pub struct Posted {
    pub input: ProgressInput,
    pub uploads: Vec<Upload>,
    /// Draft files the person ticked to remove.
    pub remove: Vec<i32>,
}

/// The published revision and its targets: what a report speaks of.
async fn published_of<C: ConnectionTrait>(
    conn: &C,
    p: &pledge::Model,
) -> Result<(pledge_revision::Model, Vec<revision_target::Model>), AppError> {
    let id = p.published_revision_id.ok_or(AppError::NotFound)?;
    let revision = pledge_revision::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let targets = revision_target::Entity::find()
        .filter(revision_target::Column::RevisionId.eq(id))
        .order_by_asc(revision_target::Column::Position)
        .all(conn)
        .await?;
    Ok((revision, targets))
}

fn target_of(t: &revision_target::Model) -> Target {
    Target {
        indicator: t.indicator.clone(),
        baseline: t.baseline.clone(),
        target: t.target_value.clone(),
        unit: t.unit.clone(),
        due: t.due,
    }
}

/// The form starts from the draft, else from the newest report (so the next report starts where
/// the last one ended; the narrative and links are new each time).
fn start_from(last: Option<&report::Model>, targets: &[report_target::Model]) -> ProgressInput {
    let Some(r) = last else {
        return ProgressInput::default();
    };
    ProgressInput {
        status: r.status.clone(),
        percent: r.percent.to_string(),
        targets: targets
            .iter()
            .map(|t| TargetReachedInput {
                value: t.value_reached.clone().unwrap_or_default(),
                reached_on: t.reached_on.map(|d| d.to_string()).unwrap_or_default(),
            })
            .collect(),
        disbursed_amount: timeline::money_of(r)
            .map(|m| m.amount_text())
            .unwrap_or_default(),
        disbursed_currency: r.disbursed_currency.clone().unwrap_or_default(),
        disbursed_on: r.disbursed_on.map(|d| d.to_string()).unwrap_or_default(),
        beneficiaries: r.beneficiaries.clone().unwrap_or_default(),
        beneficiaries_unit: r.beneficiaries_unit.clone(),
        ..ProgressInput::default()
    }
}

/// The report page of a pledge for its organisations (and ITU, who read it).
pub async fn desk(
    ctx: &ServerContext,
    actor: &SessionUser,
    pledge_id: i32,
    today: NaiveDate,
) -> Result<ProgressDesk, AppError> {
    let conn = &ctx.db;
    let standing = access(conn, actor, pledge_id).await?;
    if !standing.may_see_private() {
        return Err(AppError::NotFound);
    }
    let p = &standing.pledge;
    let reportable = is_reportable(p);
    let (revision, targets) = published_of(conn, p).await?;
    let reports = timeline::reports_of(conn, p.id).await?;
    let all_cycles = cycles::all(conn).await?;
    let published_on = p.published_at.map_or(today, |t| t.date_naive());
    let owed = cycles::owed(&all_cycles, published_on, &reports);
    let saved = draft::Entity::find_by_id(p.id).one(conn).await?;
    let start = match &saved {
        Some(d) => serde_json::from_str(&d.input).map_err(|e| internal("progress draft", e))?,
        None => {
            let last = reports
                .iter()
                .find(|r| ReportState::parse(&r.state).is_some_and(ReportState::is_public));
            let last_targets = match last {
                Some(r) => {
                    report_target::Entity::find()
                        .filter(report_target::Column::ReportId.eq(r.id))
                        .order_by_asc(report_target::Column::Position)
                        .all(conn)
                        .await?
                }
                None => Vec::new(),
            };
            start_from(last, &last_targets)
        }
    };
    let draft_files = evidence::Entity::find()
        .filter(evidence::Column::PledgeId.eq(p.id))
        .filter(evidence::Column::ReportId.is_null())
        .order_by_asc(evidence::Column::Id)
        .all(conn)
        .await?
        .iter()
        .map(timeline::evidence_view)
        .collect();
    let public_ref = crate::ssr::entity::compendium_entry::Entity::find_by_id(p.id)
        .one(conn)
        .await?
        .map(|e| e.public_ref);
    Ok(ProgressDesk {
        pledge_id: p.id,
        title: revision.title.clone(),
        public_ref,
        targets: targets.iter().map(target_of).collect(),
        currency: revision.currency.clone(),
        owed: cycles::open_cycle(&owed, today).map(cycles::view),
        may_file: standing.may_file() && reportable,
        may_comment: standing.may_comment(),
        start,
        draft_saved_at: saved.map(|d| d.saved_at),
        draft_files,
        timeline: timeline::views(conn, &reports, true).await?,
        today,
    })
}

/// Whether `actor` may write this pledge's report now.
async fn writer<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
) -> Result<PledgeAccess, AppError> {
    let standing = access(conn, actor, pledge_id).await?;
    if !standing.may_file() {
        return Err(AppError::Forbidden);
    }
    if !is_reportable(&standing.pledge) {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "form",
            "progress_unpublished",
        )]));
    }
    Ok(standing)
}

async fn draft_file_count<C: ConnectionTrait>(
    conn: &C,
    pledge_id: i32,
    removing: &[i32],
) -> Result<usize, AppError> {
    let files = evidence::Entity::find()
        .filter(evidence::Column::PledgeId.eq(pledge_id))
        .filter(evidence::Column::ReportId.is_null())
        .all(conn)
        .await?;
    Ok(files.iter().filter(|f| !removing.contains(&f.id)).count())
}

/// Stores checked files on disk; their names, in order.
async fn store_all(ctx: &ServerContext, files: &[Checked]) -> Result<Vec<String>, AppError> {
    let mut names = Vec::with_capacity(files.len());
    for file in files {
        match store(&ctx.evidence_dir, file).await {
            Ok(name) => names.push(name),
            Err(e) => {
                forget(&ctx.evidence_dir, &names).await;
                return Err(internal("store evidence", e));
            }
        }
    }
    Ok(names)
}

/// Writes the draft and its file changes in the caller's transaction.
async fn write_draft<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
    posted: &Posted,
    files: &[Checked],
    stored: &[String],
) -> Result<(), AppError> {
    let json = serde_json::to_string(&posted.input).map_err(|e| internal("progress draft", e))?;
    let now = Utc::now();
    draft::Entity::delete_by_id(pledge_id).exec(conn).await?;
    draft::ActiveModel {
        pledge_id: Set(pledge_id),
        input: Set(json),
        saved_by: Set(actor.user_id),
        saved_at: Set(now),
    }
    .insert(conn)
    .await?;
    attach(conn, actor, pledge_id, None, posted, files, stored).await
}

/// Removes the draft files ticked for removal and records the new ones (on `report_id`, or on
/// the draft when `None`).
async fn attach<C: ConnectionTrait>(
    conn: &C,
    actor: &SessionUser,
    pledge_id: i32,
    report_id: Option<i32>,
    posted: &Posted,
    files: &[Checked],
    stored: &[String],
) -> Result<(), AppError> {
    if !posted.remove.is_empty() {
        evidence::Entity::delete_many()
            .filter(evidence::Column::PledgeId.eq(pledge_id))
            .filter(evidence::Column::ReportId.is_null())
            .filter(evidence::Column::Id.is_in(posted.remove.clone()))
            .exec(conn)
            .await?;
    }
    let public = posted.input.files_public == "yes";
    for (file, name) in files.iter().zip(stored) {
        evidence::ActiveModel {
            pledge_id: Set(pledge_id),
            report_id: Set(report_id),
            name: Set(file.name.clone()),
            stored_name: Set(name.clone()),
            media_type: Set(file.kind.media_type().to_owned()),
            bytes: Set(i64::try_from(file.bytes.len()).map_err(|e| internal("file size", e))?),
            public: Set(public),
            added_by: Set(actor.user_id),
            added_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(conn)
        .await?;
    }
    Ok(())
}

/// Keeps what was typed (and the good files) as the pledge's draft.
pub async fn save_draft(
    ctx: &ServerContext,
    actor: &SessionUser,
    pledge_id: i32,
    posted: Posted,
) -> Result<(), AppError> {
    writer(&ctx.db, actor, pledge_id).await?;
    let already = draft_file_count(&ctx.db, pledge_id, &posted.remove).await?;
    let mut posted = posted;
    let uploads = std::mem::take(&mut posted.uploads);
    let (files, issues) = check_all(uploads, already).await;
    let stored = store_all(ctx, &files).await?;
    let txn = write_txn(&ctx.db).await?;
    let saved = write_draft(&txn, actor, pledge_id, &posted, &files, &stored).await;
    match saved {
        Ok(()) => txn.commit().await?,
        Err(e) => {
            forget(&ctx.evidence_dir, &stored).await;
            return Err(e);
        }
    }
    if issues.is_empty() {
        Ok(())
    } else {
        // The typed fields and the good files are kept; the refused file is named by its field.
        Err(AppError::Validation(issues))
    }
}

fn number(text: &str) -> Option<f64> {
    text.parse::<f64>().ok()
}

/// The light of a report from its content and the pledge's published revision.
fn light_of(
    content: &ProgressContent,
    revision: &pledge_revision::Model,
    targets: &[revision_target::Model],
    today: NaiveDate,
) -> crate::progress_lifecycle::TrafficLight {
    let progress = targets
        .iter()
        .zip(&content.targets)
        .filter_map(|(t, reached)| {
            Some(TargetProgress {
                baseline: t.baseline.as_deref().and_then(number).unwrap_or(0.0),
                target: number(&t.target_value)?,
                start: revision.start_date,
                due: t.due,
                reached: reached.as_ref().and_then(|(v, _)| number(v)),
            })
        })
        .collect();
    traffic_light(&LightInput {
        status: content.status,
        percent: Some(content.percent),
        pledge_start: revision.start_date,
        pledge_end: revision.end_date,
        targets: progress,
        as_of: today,
    })
}

/// Files the report. Returns its id.
#[tracing::instrument(skip(ctx, actor, posted), fields(user_id = actor.user_id))]
pub async fn file(
    ctx: &ServerContext,
    actor: &SessionUser,
    pledge_id: i32,
    posted: Posted,
    today: NaiveDate,
) -> Result<i32, AppError> {
    let standing = writer(&ctx.db, actor, pledge_id).await?;
    let (revision, targets) = published_of(&ctx.db, &standing.pledge).await?;
    let already = draft_file_count(&ctx.db, pledge_id, &posted.remove).await?;
    let mut posted = posted;
    let uploads = std::mem::take(&mut posted.uploads);
    let (files, mut issues) = check_all(uploads, already).await;
    let parsed = posted.input.parse(targets.len(), today);
    if let Err(more) = &parsed {
        issues.extend(more.iter().cloned());
    }
    let stored = store_all(ctx, &files).await?;
    let content = match parsed {
        Ok(content) if issues.is_empty() => content,
        _ => {
            // Nothing typed is lost: the form becomes the draft, with every file that passed.
            let txn = write_txn(&ctx.db).await?;
            match write_draft(&txn, actor, pledge_id, &posted, &files, &stored).await {
                Ok(()) => txn.commit().await?,
                Err(e) => {
                    forget(&ctx.evidence_dir, &stored).await;
                    return Err(e);
                }
            }
            issues.sort_by(|a, b| a.field.cmp(&b.field));
            issues.dedup_by(|a, b| a.field == b.field);
            return Err(AppError::Validation(issues));
        }
    };
    let result = record(
        &Recorder {
            db: &ctx.db,
            public_url: &ctx.public_url,
            tell: true,
        },
        actor,
        &standing,
        &revision,
        &targets,
        &content,
        &posted,
        &files,
        &stored,
        today,
    )
    .await;
    if result.is_err() {
        forget(&ctx.evidence_dir, &stored).await;
    }
    result
}

/// Where a report is written, and whether the pledge's people hear of it (seeds say nothing).
struct Recorder<'a> {
    db: &'a sea_orm::DatabaseConnection,
    public_url: &'a str,
    tell: bool,
}

#[allow(clippy::too_many_arguments)]
async fn record(
    ctx: &Recorder<'_>,
    actor: &SessionUser,
    standing: &PledgeAccess,
    revision: &pledge_revision::Model,
    targets: &[revision_target::Model],
    content: &ProgressContent,
    posted: &Posted,
    files: &[Checked],
    stored: &[String],
    today: NaiveDate,
) -> Result<i32, AppError> {
    let txn = write_txn(ctx.db).await?;
    let p = &standing.pledge;
    let reports = timeline::reports_of(&txn, p.id).await?;
    let all_cycles = cycles::all(&txn).await?;
    let published_on = p.published_at.map_or(today, |t| t.date_naive());
    let owed = cycles::owed(&all_cycles, published_on, &reports);
    let cycle_id = cycles::open_cycle(&owed, today).map(|c| c.id);
    let (usd, rate) = match (&content.disbursed, content.disbursed_on) {
        (Some(money), Some(on)) => match rate_on(&txn, &money.currency, on).await? {
            Some(rate) => (Some(usd_cents(money, &rate)?), Some(rate)),
            None => (None, None),
        },
        _ => (None, None),
    };
    let now = Utc::now();
    let saved = report::ActiveModel {
        pledge_id: Set(p.id),
        cycle_id: Set(cycle_id),
        state: Set(ReportState::Filed.code().to_owned()),
        status: Set(content.status.code().to_owned()),
        status_reason: Set(content.status_reason.clone()),
        percent: Set(i16::from(content.percent)),
        light: Set(light_of(content, revision, targets, today)
            .code()
            .to_owned()),
        as_of: Set(today),
        disbursed_minor: Set(content.disbursed.as_ref().map(|m| m.minor)),
        disbursed_currency: Set(content.disbursed.as_ref().map(|m| m.currency.clone())),
        disbursed_exponent: Set(content.disbursed.as_ref().map(|m| i16::from(m.exponent))),
        disbursed_on: Set(content.disbursed_on),
        disbursed_usd_cents: Set(usd),
        disbursed_usd_rate: Set(rate.as_ref().map(|r| r.usd_per_unit.clone())),
        disbursed_rate_date: Set(rate.as_ref().map(|r| r.on)),
        beneficiaries: Set(content.beneficiaries.clone()),
        beneficiaries_unit: Set(content.beneficiaries_unit.clone()),
        narrative: Set(content.narrative.clone()),
        links: Set(content.links.join("\n")),
        filed_by: Set(actor.user_id),
        filed_by_organisation_id: Set(actor.organisation_id),
        filed_at: Set(now),
        version: Set(0),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    for (position, (t, reached)) in targets.iter().zip(&content.targets).enumerate() {
        report_target::ActiveModel {
            report_id: Set(saved.id),
            position: Set(i32::try_from(position).map_err(|e| internal("target position", e))?),
            indicator: Set(t.indicator.clone()),
            baseline: Set(t.baseline.clone()),
            target_value: Set(t.target_value.clone()),
            unit: Set(t.unit.clone()),
            due: Set(t.due),
            value_reached: Set(reached.as_ref().map(|(v, _)| v.clone())),
            reached_on: Set(reached.as_ref().map(|(_, on)| *on)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
    }
    for country in &content.countries {
        report_country::ActiveModel {
            report_id: Set(saved.id),
            country: Set(country.clone()),
        }
        .insert(&txn)
        .await?;
    }
    attach(&txn, actor, p.id, Some(saved.id), posted, files, stored).await?;
    // The draft's files go with the report, public or not as the form says.
    evidence::Entity::update_many()
        .col_expr(evidence::Column::ReportId, Expr::value(saved.id))
        .col_expr(
            evidence::Column::Public,
            Expr::value(posted.input.files_public == "yes"),
        )
        .filter(evidence::Column::PledgeId.eq(p.id))
        .filter(evidence::Column::ReportId.is_null())
        .exec(&txn)
        .await?;
    draft::Entity::delete_by_id(p.id).exec(&txn).await?;
    audit::record(
        &txn,
        Event {
            subject: SUBJECT,
            subject_id: saved.id,
            actor: Some(actor.user_id),
            action: "file",
            from: "",
            to: ReportState::Filed.code(),
            reason: None,
        },
    )
    .await?;
    let people = if ctx.tell {
        pledge_people(&txn, p).await?
    } else {
        Vec::new()
    };
    for person in people.iter().filter(|u| u.id != actor.user_id) {
        enqueue(
            &txn,
            ctx.public_url,
            &person.email,
            locale_of(person),
            &Mail::Progress(ProgressNotice::Filed {
                name: person.display_name.clone(),
                title: revision.title.clone(),
                person: actor.display_name.clone(),
                path: format!("/my/pledges/{}/progress", p.id),
            }),
        )
        .await?;
    }
    crate::ssr::compendium::projection::refresh(&txn, p.id).await?;
    txn.commit().await?;
    Ok(saved.id)
}

/// Files a report for the demo and bulk seeds: the same rules and writes as a person's filing,
/// without files and without mail.
pub(crate) async fn seed_report(
    db: &sea_orm::DatabaseConnection,
    actor: &SessionUser,
    pledge_id: i32,
    input: ProgressInput,
    today: NaiveDate,
) -> Result<i32, AppError> {
    let standing = writer(db, actor, pledge_id).await?;
    let (revision, targets) = published_of(db, &standing.pledge).await?;
    let content = input
        .parse(targets.len(), today)
        .map_err(AppError::Validation)?;
    let posted = Posted {
        input,
        uploads: Vec::new(),
        remove: Vec::new(),
    };
    record(
        &Recorder {
            db,
            public_url: "",
            tell: false,
        },
        actor,
        &standing,
        &revision,
        &targets,
        &content,
        &posted,
        &[],
        &[],
        today,
    )
    .await
}
