//! The pledge audit log as ITU admins read it: filtered by who, when and what, paged, and as CSV.
//! The log itself is append-only in the database (see the due-diligence migration).
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Func, Query};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Select,
};

use super::entity::{pledge_event, user};
use crate::domain::{AuditFilter, AuditPage, AuditRow, CheckEntry, Checklist, SessionUser};
use crate::error::AppError;
use crate::pledge_lifecycle::{PledgeAction, Role};

pub const AUDIT_PAGE_SIZE: u64 = 50;
/// The most rows one CSV download carries; a wider filter is narrowed by date.
pub const AUDIT_CSV_MAX: u64 = 100_000;

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

fn filtered(f: &AuditFilter) -> Select<pledge_event::Entity> {
    let mut q = pledge_event::Entity::find();
    if let Some(who) = f.who.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        // Escaped, so a name with % or _ is matched as written.
        let pattern = format!(
            "%{}%",
            who.to_lowercase()
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let like = |column: user::Column| {
            Expr::expr(Func::lower(Expr::col(column)))
                .like(sea_orm::sea_query::LikeExpr::new(pattern.clone()).escape('\\'))
        };
        q = q.filter(
            pledge_event::Column::ActorUserId.in_subquery(
                Query::select()
                    .column(user::Column::Id)
                    .from(user::Entity)
                    .cond_where(
                        Condition::any()
                            .add(like(user::Column::DisplayName))
                            .add(like(user::Column::Email)),
                    )
                    .to_owned(),
            ),
        );
    }
    if let Some(from) = day(&f.from) {
        q = q.filter(pledge_event::Column::At.gte(Utc.from_utc_datetime(&from.into())));
    }
    if let Some(until) = day(&f.until) {
        let next = Utc.from_utc_datetime(&until.into()) + Duration::days(1);
        q = q.filter(pledge_event::Column::At.lt(next));
    }
    if let Some(a) = f.action.as_deref().and_then(PledgeAction::parse) {
        q = q.filter(pledge_event::Column::Action.eq(a.code()));
    }
    if let Some(id) = f
        .pledge
        .as_deref()
        .and_then(|p| p.trim().trim_start_matches('#').parse::<i32>().ok())
    {
        q = q.filter(pledge_event::Column::PledgeId.eq(id));
    }
    q.order_by_desc(pledge_event::Column::At)
        .order_by_desc(pledge_event::Column::Id)
}

async fn rows(
    db: &DatabaseConnection,
    events: Vec<pledge_event::Model>,
) -> Result<Vec<AuditRow>, AppError> {
    let mut ids: Vec<i32> = events.iter().map(|e| e.actor_user_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut people = std::collections::HashMap::new();
    for chunk in ids.chunks(1000) {
        for u in user::Entity::find()
            .filter(user::Column::Id.is_in(chunk.iter().copied()))
            .all(db)
            .await?
        {
            people.insert(u.id, (u.display_name, u.email));
        }
    }
    Ok(events
        .into_iter()
        .map(|e| {
            let (actor, actor_email) = people.get(&e.actor_user_id).cloned().unwrap_or_default();
            AuditRow {
                id: e.id,
                at: e.at,
                actor,
                actor_email,
                pledge_id: e.pledge_id,
                revision_id: e.revision_id,
                action: e.action,
                from: e.from_status,
                to: e.to_status,
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
    let q = filtered(f);
    let total = q.clone().count(db).await?;
    let super::paging::Paging {
        page,
        pages,
        offset,
    } = super::paging::paging(total, AUDIT_PAGE_SIZE, f.page.as_deref());
    let events = q.offset(offset).limit(AUDIT_PAGE_SIZE).all(db).await?;
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
    let events = filtered(f).limit(AUDIT_CSV_MAX).all(db).await?;
    let rows = rows(db, events).await?;
    let mut out = Vec::with_capacity(64 * (rows.len() + 1));
    out.extend_from_slice("\u{feff}".as_bytes());
    let mut w = csv::Writer::from_writer(out);
    let internal = |e: csv::Error| super::errors::internal("audit csv", e);
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
    ])
    .map_err(internal)?;
    for r in rows {
        w.write_record([
            r.id.to_string(),
            r.at.format("%Y-%m-%d %H:%M:%S").to_string(),
            neutralised(&r.actor),
            neutralised(&r.actor_email),
            r.pledge_id.to_string(),
            r.revision_id.map(|id| id.to_string()).unwrap_or_default(),
            r.action,
            r.from,
            r.to,
            neutralised(r.reason.as_deref().unwrap_or_default()),
            neutralised(r.checklist.as_deref().unwrap_or_default()),
        ])
        .map_err(internal)?;
    }
    w.into_inner()
        .map_err(|e| super::errors::internal("audit csv", e.to_string()))
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
