//! The whole audit log as ITU admins read it: pledge state changes (`pledge_events`) and coalition
//! events (`coalition_events`: organisation verification, Leaders, letters of intent, accounts and
//! their roles, pledge partners) in one list, filtered by who, when, what and which pledge, paged,
//! and as CSV. Both logs are append-only in the database (see the due-diligence migration).
use std::collections::HashMap;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use sea_orm::sea_query::{
    Alias, Asterisk, Expr, ExprTrait, Func, LikeExpr, Order, Query, SelectStatement, UnionType,
};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, FromQueryResult, QueryFilter,
    QueryOrder, StatementBuilder,
};

use crate::domain::{AuditFilter, AuditPage, AuditRow, CheckEntry, Checklist, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::Role;
use crate::ssr::entity::{
    coalition_event, focus_area_leader, letter, organisation, pledge_event, user,
};

pub const AUDIT_PAGE_SIZE: u64 = 50;
/// The most rows one CSV download carries; a wider filter is narrowed by date.
pub const AUDIT_CSV_MAX: u64 = 100_000;

/// What an entry is about: a pledge, or a coalition subject as `audit::record` writes it.
pub const SUBJECTS: [&str; 14] = [
    "pledge",
    "organisation",
    "leader",
    "letter",
    "account",
    "pledge_partner",
    "progress_report",
    "reporting_cycle",
    "event",
    "announcement",
    "event_session",
    "opportunity",
    "sign_on",
    "report",
];

fn admin_only(actor: &SessionUser) -> Result<(), AppError> {
    if actor.role == Role::Admin {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

fn day(v: &Option<String>) -> Option<NaiveDate> {
    v.as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
}

/// One entry of either log, in the shape both are read in.
#[derive(Debug, FromQueryResult)]
struct LogRow {
    id: i64,
    at: DateTime<Utc>,
    actor_user_id: Option<i32>,
    subject: String,
    subject_id: i32,
    revision_id: Option<i32>,
    action: String,
    from_state: String,
    to_state: String,
    reason: Option<String>,
    checklist: Option<String>,
}

/// The ids of the people whose name or e-mail contains `who` (escaped, so `%` and `_` are
/// matched as written).
fn people_named(who: &str) -> SelectStatement {
    let pattern = format!(
        "%{}%",
        who.to_lowercase()
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_")
    );
    let like = |column: user::Column| {
        Expr::expr(Func::lower(Expr::col(column))).like(LikeExpr::new(pattern.clone()).escape('\\'))
    };
    Query::select()
        .column(user::Column::Id)
        .from(user::Entity)
        .cond_where(
            Condition::any()
                .add(like(user::Column::DisplayName))
                .add(like(user::Column::Email)),
        )
        .to_owned()
}

/// Both logs under the filter, as one `UNION ALL` of the same columns.
fn both_logs(f: &AuditFilter) -> SelectStatement {
    let who = f.who.as_deref().map(str::trim).filter(|w| !w.is_empty());
    let from = day(&f.from).map(|d| Utc.from_utc_datetime(&d.into()));
    let until = day(&f.until).map(|d| Utc.from_utc_datetime(&d.into()) + Duration::days(1));
    let action = f
        .action
        .as_deref()
        .map(str::trim)
        .filter(|a| !a.is_empty() && a.len() <= 24);
    let pledge = f
        .pledge
        .as_deref()
        .and_then(|p| p.trim().trim_start_matches('#').parse::<i32>().ok());
    let subject = f
        .subject
        .as_deref()
        .and_then(|s| SUBJECTS.iter().find(|known| **known == s.trim()).copied());

    use pledge_event::Column as P;
    let mut pledges = Query::select()
        .expr_as(Expr::col(P::Id), Alias::new("id"))
        .expr_as(Expr::col(P::At), Alias::new("at"))
        .expr_as(Expr::col(P::ActorUserId), Alias::new("actor_user_id"))
        .expr_as(Expr::cust("'pledge'"), Alias::new("subject"))
        .expr_as(Expr::col(P::PledgeId), Alias::new("subject_id"))
        .expr_as(Expr::col(P::RevisionId), Alias::new("revision_id"))
        .expr_as(Expr::col(P::Action), Alias::new("action"))
        .expr_as(Expr::col(P::FromStatus), Alias::new("from_state"))
        .expr_as(Expr::col(P::ToStatus), Alias::new("to_state"))
        .expr_as(Expr::col(P::Reason), Alias::new("reason"))
        .expr_as(Expr::col(P::Checklist), Alias::new("checklist"))
        .from(pledge_event::Entity)
        .to_owned();
    use coalition_event::Column as C;
    let mut coalition = Query::select()
        .expr_as(Expr::col(C::Id), Alias::new("id"))
        .expr_as(Expr::col(C::At), Alias::new("at"))
        .expr_as(Expr::col(C::ActorUserId), Alias::new("actor_user_id"))
        .expr_as(Expr::col(C::Subject), Alias::new("subject"))
        .expr_as(Expr::col(C::SubjectId), Alias::new("subject_id"))
        .expr_as(Expr::cust("NULL"), Alias::new("revision_id"))
        .expr_as(Expr::col(C::Action), Alias::new("action"))
        .expr_as(Expr::col(C::FromState), Alias::new("from_state"))
        .expr_as(Expr::col(C::ToState), Alias::new("to_state"))
        .expr_as(Expr::col(C::Reason), Alias::new("reason"))
        .expr_as(Expr::cust("NULL"), Alias::new("checklist"))
        .from(coalition_event::Entity)
        .to_owned();

    if let Some(who) = who {
        pledges.and_where(P::ActorUserId.in_subquery(people_named(who)));
        // Who acted, or whose account it is (a role granted to them, their password changed).
        coalition.cond_where(
            Condition::any()
                .add(C::ActorUserId.in_subquery(people_named(who)))
                .add(
                    Condition::all()
                        .add(C::Subject.eq("account"))
                        .add(C::SubjectId.in_subquery(people_named(who))),
                ),
        );
    }
    if let Some(from) = from {
        pledges.and_where(P::At.gte(from));
        coalition.and_where(C::At.gte(from));
    }
    if let Some(until) = until {
        pledges.and_where(P::At.lt(until));
        coalition.and_where(C::At.lt(until));
    }
    if let Some(action) = action {
        pledges.and_where(P::Action.eq(action));
        coalition.and_where(C::Action.eq(action));
    }
    if let Some(id) = pledge {
        pledges.and_where(P::PledgeId.eq(id));
        coalition.and_where(C::Subject.eq("pledge_partner"));
        coalition.and_where(C::SubjectId.eq(id));
    }
    match subject {
        Some("pledge") => {
            coalition.and_where(Expr::cust("1 = 0"));
        }
        Some(other) => {
            pledges.and_where(Expr::cust("1 = 0"));
            coalition.and_where(C::Subject.eq(other));
        }
        None => {}
    }
    pledges.union(UnionType::All, coalition);
    Query::select()
        .column(Asterisk)
        .from_subquery(pledges, Alias::new("log"))
        .to_owned()
}

fn newest_first(q: &mut SelectStatement) -> &mut SelectStatement {
    q.order_by(Alias::new("at"), Order::Desc)
        .order_by(Alias::new("subject"), Order::Asc)
        .order_by(Alias::new("id"), Order::Desc)
}

async fn log_rows(
    db: &DatabaseConnection,
    f: &AuditFilter,
    offset: u64,
    limit: u64,
) -> Result<Vec<LogRow>, AppError> {
    let mut q = both_logs(f);
    newest_first(&mut q).offset(offset).limit(limit);
    Ok(
        LogRow::find_by_statement(StatementBuilder::build(&q, &db.get_database_backend()))
            .all(db)
            .await?,
    )
}

async fn log_count(db: &DatabaseConnection, f: &AuditFilter) -> Result<u64, AppError> {
    #[derive(FromQueryResult)]
    struct Count {
        n: i64,
    }
    let q = Query::select()
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
        .from_subquery(both_logs(f), Alias::new("counted"))
        .to_owned();
    let n = Count::find_by_statement(StatementBuilder::build(&q, &db.get_database_backend()))
        .one(db)
        .await?
        .map_or(0, |c| c.n);
    Ok(u64::try_from(n).unwrap_or(0))
}

/// What a coalition entry is about, in words: the organisation, the Leader's organisation and
/// focus area, the letter's organisation, the person.
async fn subject_names(
    db: &DatabaseConnection,
    events: &[LogRow],
) -> Result<HashMap<(String, i32), String>, AppError> {
    let ids = |kind: &str| -> Vec<i32> {
        let mut v: Vec<i32> = events
            .iter()
            .filter(|e| e.subject == kind)
            .map(|e| e.subject_id)
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let mut names = HashMap::new();
    let leaders = focus_area_leader::Entity::find()
        .filter(focus_area_leader::Column::Id.is_in(ids("leader")))
        .all(db)
        .await?;
    let letters = letter::Entity::find()
        .filter(letter::Column::Id.is_in(ids("letter")))
        .all(db)
        .await?;
    let mut org_ids = ids("organisation");
    org_ids.extend(leaders.iter().map(|l| l.organisation_id));
    org_ids.extend(letters.iter().map(|l| l.organisation_id));
    let orgs: HashMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let org = |id: i32| orgs.get(&id).cloned().unwrap_or_default();
    for id in ids("organisation") {
        names.insert(("organisation".to_owned(), id), org(id));
    }
    for l in leaders {
        names.insert(
            ("leader".to_owned(), l.id),
            format!("{} ({})", org(l.organisation_id), l.focus_area),
        );
    }
    for l in letters {
        names.insert(("letter".to_owned(), l.id), org(l.organisation_id));
    }
    for u in user::Entity::find()
        .filter(user::Column::Id.is_in(ids("account")))
        .all(db)
        .await?
    {
        names.insert(
            ("account".to_owned(), u.id),
            format!("{} <{}>", u.display_name, u.email),
        );
    }
    names.extend(
        crate::ssr::marketplace::audit_names(
            db,
            &ids("opportunity"),
            &ids("sign_on"),
            &ids("report"),
        )
        .await?,
    );
    for r in crate::ssr::entity::progress::report::Entity::find()
        .filter(crate::ssr::entity::progress::report::Column::Id.is_in(ids("progress_report")))
        .all(db)
        .await?
    {
        let title = crate::ssr::entity::pledge_revision::Entity::find()
            .filter(crate::ssr::entity::pledge_revision::Column::PledgeId.eq(r.pledge_id))
            .order_by_desc(crate::ssr::entity::pledge_revision::Column::Number)
            .one(db)
            .await?
            .map(|rev| rev.title)
            .unwrap_or_default();
        names.insert(
            ("progress_report".to_owned(), r.id),
            format!("{title} ({})", r.as_of),
        );
    }
    for c in crate::ssr::entity::progress::cycle::Entity::find()
        .filter(crate::ssr::entity::progress::cycle::Column::Id.is_in(ids("reporting_cycle")))
        .all(db)
        .await?
    {
        names.insert(("reporting_cycle".to_owned(), c.id), c.label);
    }
    Ok(names)
}

async fn rows(db: &DatabaseConnection, events: Vec<LogRow>) -> Result<Vec<AuditRow>, AppError> {
    let mut ids: Vec<i32> = events.iter().filter_map(|e| e.actor_user_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut people = HashMap::new();
    for chunk in ids.chunks(1000) {
        for u in user::Entity::find()
            .filter(user::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            people.insert(u.id, (u.display_name, u.email));
        }
    }
    let names = subject_names(db, &events).await?;
    Ok(events
        .into_iter()
        .map(|e| {
            let (actor, actor_email) = e
                .actor_user_id
                .and_then(|id| people.get(&id).cloned())
                .unwrap_or_default();
            let pledge_id =
                matches!(e.subject.as_str(), "pledge" | "pledge_partner").then_some(e.subject_id);
            let subject_name = match pledge_id {
                Some(id) => format!("#{id}"),
                None => names
                    .get(&(e.subject.clone(), e.subject_id))
                    .cloned()
                    .unwrap_or_else(|| format!("#{}", e.subject_id)),
            };
            AuditRow {
                id: e.id,
                at: e.at,
                actor,
                actor_email,
                pledge_id,
                subject: e.subject,
                subject_id: e.subject_id,
                subject_name,
                revision_id: e.revision_id,
                action: e.action,
                from: e.from_state,
                to: e.to_state,
                reason: e.reason,
                checklist: e.checklist.as_deref().map(checklist_text),
            }
        })
        .collect())
}

/// `item=answer (note)`, one per line: readable in a table cell and in a spreadsheet.
fn checklist_text(json: &str) -> String {
    match serde_json::from_str::<Checklist>(json) {
        Ok(c) => c
            .entries
            .iter()
            .map(|CheckEntry { item, answer, note }| {
                let answer = answer.map(|a| a.code()).unwrap_or("-");
                if note.is_empty() {
                    format!("{}={answer}", item.code())
                } else {
                    format!("{}={answer} ({note})", item.code())
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        Err(_) => json.to_owned(),
    }
}

pub async fn page(
    db: &DatabaseConnection,
    actor: &SessionUser,
    f: &AuditFilter,
) -> Result<AuditPage, AppError> {
    admin_only(actor)?;
    let total = log_count(db, f).await?;
    let crate::ssr::paging::Paging {
        page,
        pages,
        offset,
    } = crate::ssr::paging::paging(total, AUDIT_PAGE_SIZE, f.page.as_deref());
    let events = log_rows(db, f, offset, AUDIT_PAGE_SIZE).await?;
    Ok(AuditPage {
        rows: rows(db, events).await?,
        total,
        page,
        pages,
    })
}

/// A cell as a spreadsheet must not run it: text starting with `= + - @` or their full-width forms
/// `＝ ＋ － ＠` (which spreadsheets in East Asian locales read as the same signs), also after
/// leading spaces or tabs (which spreadsheets skip), or starting with a tab or carriage return,
/// gets a leading apostrophe.
pub fn neutralised(cell: impl Into<String>) -> String {
    let cell = cell.into();
    if is_formula_like(&cell) {
        format!("'{cell}")
    } else {
        cell
    }
}

/// Whether a spreadsheet would take the cell for a formula (or a control character that could
/// start one).
fn is_formula_like(cell: &str) -> bool {
    if cell.starts_with(['\t', '\r']) {
        return true;
    }
    matches!(
        cell.trim_start().chars().next(),
        Some('=' | '+' | '-' | '@' | '＝' | '＋' | '－' | '＠')
    )
}

/// The filtered log as CSV (UTF-8 with a byte-order mark, so Excel reads the names right).
pub async fn csv(
    db: &DatabaseConnection,
    actor: &SessionUser,
    f: &AuditFilter,
) -> Result<Vec<u8>, AppError> {
    admin_only(actor)?;
    let events = log_rows(db, f, 0, AUDIT_CSV_MAX).await?;
    let rows = rows(db, events).await?;
    let mut out = Vec::with_capacity(64 * (rows.len() + 1));
    out.extend_from_slice("\u{feff}".as_bytes());
    let mut w = csv::Writer::from_writer(out);
    let internal = |e: csv::Error| crate::ssr::errors::internal("audit csv", e);
    w.write_record([
        "id",
        "at_utc",
        "actor",
        "actor_email",
        "pledge_id",
        "revision_id",
        "action",
        "from_state",
        "to_state",
        "reason",
        "checklist",
        "subject",
        "subject_id",
        "subject_name",
    ])
    .map_err(internal)?;
    for r in rows {
        w.write_record([
            r.id.to_string(),
            r.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            neutralised(&r.actor),
            neutralised(&r.actor_email),
            r.pledge_id.map(|id| id.to_string()).unwrap_or_default(),
            r.revision_id.map(|id| id.to_string()).unwrap_or_default(),
            r.action,
            r.from,
            r.to,
            neutralised(r.reason.as_deref().unwrap_or_default()),
            neutralised(r.checklist.as_deref().unwrap_or_default()),
            r.subject,
            r.subject_id.to_string(),
            neutralised(r.subject_name),
        ])
        .map_err(internal)?;
    }
    w.into_inner()
        .map_err(|e| crate::ssr::errors::internal("audit csv", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::neutralised;

    #[test]
    fn formulas_are_neutralised_and_plain_text_is_kept() {
        assert_eq!(neutralised("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(neutralised("+1"), "'+1");
        assert_eq!(neutralised("-2"), "'-2");
        assert_eq!(neutralised("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralised("Amina"), "Amina");
        assert_eq!(neutralised(""), "");
    }

    #[test]
    fn full_width_signs_are_neutralised() {
        assert_eq!(neutralised("＝1+1"), "'＝1+1");
        assert_eq!(neutralised("＋1"), "'＋1");
        assert_eq!(neutralised("－2"), "'－2");
        assert_eq!(neutralised("＠SUM(A1)"), "'＠SUM(A1)");
        // Full-width letters and digits are text.
        assert_eq!(neutralised("ＩＴＵ ２０２６"), "ＩＴＵ ２０２６");
    }

    #[test]
    fn signs_after_leading_spaces_or_tabs_are_neutralised() {
        assert_eq!(neutralised(" =1+1"), "' =1+1");
        assert_eq!(neutralised("   @SUM(A1)"), "'   @SUM(A1)");
        assert_eq!(neutralised("\t=1+1"), "'\t=1+1");
        assert_eq!(neutralised(" \t -2"), "' \t -2");
        assert_eq!(neutralised("\u{3000}＝1"), "'\u{3000}＝1");
        // A tab or carriage return first is neutralised whatever follows; spaces before text are kept.
        assert_eq!(neutralised("\tAmina"), "'\tAmina");
        assert_eq!(neutralised("  Amina"), "  Amina");
        assert_eq!(neutralised("Amina = lead"), "Amina = lead");
    }
}
