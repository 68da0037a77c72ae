//! Progress after WTDC: the reporting cycles ITU sets, the reports organisations file on their
//! published pledges (targets reached, money disbursed with its USD value at the dated rate,
//! countries, beneficiaries, evidence), one working draft per pledge, partners' comments, the
//! reminders sent (one row per reminder, so two servers never send the same one), who of an
//! organisation receives them, and the compendium's columns of progress.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The default cycles: each calendar year, its report due on 31 March of the next.
const FIRST_YEAR: i32 = 2022;
const LAST_YEAR: i32 = 2030;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let (pk, ts, date, boolean) = match manager.get_database_backend() {
            DbBackend::Postgres => (
                "SERIAL PRIMARY KEY",
                "TIMESTAMP WITH TIME ZONE",
                "DATE",
                "BOOLEAN",
            ),
            _ => (
                "INTEGER PRIMARY KEY AUTOINCREMENT",
                "timestamp_with_timezone_text",
                "date_text",
                "boolean",
            ),
        };
        let statements = [
            format!(
                "CREATE TABLE reporting_cycles (
                    id {pk},
                    label VARCHAR(80) NOT NULL,
                    period_start {date} NOT NULL,
                    period_end {date} NOT NULL,
                    due_on {date} NOT NULL,
                    created_at {ts} NOT NULL,
                    CHECK (period_start <= period_end),
                    CHECK (period_end < due_on),
                    UNIQUE (period_start, period_end)
                )"
            ),
            format!(
                "CREATE TABLE progress_reports (
                    id {pk},
                    pledge_id INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
                    cycle_id INTEGER NULL REFERENCES reporting_cycles (id) ON DELETE SET NULL,
                    state VARCHAR(20) NOT NULL
                        CHECK (state IN ('filed', 'accepted', 'more_requested', 'taken_down')),
                    status VARCHAR(20) NOT NULL
                        CHECK (status IN ('not_started', 'on_track', 'delayed', 'completed', 'cancelled')),
                    status_reason TEXT NOT NULL,
                    percent SMALLINT NOT NULL CHECK (percent BETWEEN 0 AND 100),
                    light VARCHAR(12) NOT NULL CHECK (light IN ('on_track', 'at_risk', 'off_track')),
                    as_of {date} NOT NULL,
                    disbursed_minor BIGINT NULL CHECK (disbursed_minor IS NULL OR disbursed_minor >= 0),
                    disbursed_currency VARCHAR(3) NULL,
                    disbursed_exponent SMALLINT NULL,
                    disbursed_on {date} NULL,
                    disbursed_usd_cents BIGINT NULL,
                    disbursed_usd_rate VARCHAR(40) NULL,
                    disbursed_rate_date {date} NULL,
                    beneficiaries VARCHAR(40) NULL,
                    beneficiaries_unit VARCHAR(40) NOT NULL,
                    narrative TEXT NOT NULL,
                    links TEXT NOT NULL,
                    filed_by INTEGER NOT NULL REFERENCES users (id),
                    filed_by_organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                    filed_at {ts} NOT NULL,
                    version INTEGER NOT NULL DEFAULT 0
                )"
            ),
            "CREATE INDEX progress_reports_pledge ON progress_reports (pledge_id, filed_at)".to_owned(),
            "CREATE INDEX progress_reports_state ON progress_reports (state, filed_at)".to_owned(),
            format!(
                "CREATE TABLE progress_report_targets (
                    id {pk},
                    report_id INTEGER NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    indicator VARCHAR(200) NOT NULL,
                    baseline VARCHAR(40) NULL,
                    target_value VARCHAR(40) NOT NULL,
                    unit VARCHAR(40) NOT NULL,
                    due {date} NOT NULL,
                    value_reached VARCHAR(40) NULL,
                    reached_on {date} NULL
                )"
            ),
            "CREATE INDEX progress_report_targets_report ON progress_report_targets (report_id)".to_owned(),
            "CREATE TABLE progress_report_countries (
                report_id INTEGER NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
                country VARCHAR(2) NOT NULL,
                PRIMARY KEY (report_id, country)
            )"
            .to_owned(),
            format!(
                "CREATE TABLE progress_drafts (
                    pledge_id INTEGER NOT NULL PRIMARY KEY REFERENCES pledges (id) ON DELETE CASCADE,
                    input TEXT NOT NULL,
                    saved_by INTEGER NOT NULL REFERENCES users (id),
                    saved_at {ts} NOT NULL
                )"
            ),
            format!(
                "CREATE TABLE progress_evidence (
                    id {pk},
                    pledge_id INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
                    report_id INTEGER NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
                    name VARCHAR(200) NOT NULL,
                    stored_name VARCHAR(64) NOT NULL UNIQUE,
                    media_type VARCHAR(40) NOT NULL,
                    bytes BIGINT NOT NULL,
                    public {boolean} NOT NULL,
                    added_by INTEGER NOT NULL REFERENCES users (id),
                    added_at {ts} NOT NULL
                )"
            ),
            "CREATE INDEX progress_evidence_pledge ON progress_evidence (pledge_id, report_id)".to_owned(),
            format!(
                "CREATE TABLE progress_comments (
                    id {pk},
                    report_id INTEGER NOT NULL REFERENCES progress_reports (id) ON DELETE CASCADE,
                    author_user_id INTEGER NOT NULL REFERENCES users (id),
                    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                    body TEXT NOT NULL,
                    created_at {ts} NOT NULL
                )"
            ),
            format!(
                "CREATE TABLE progress_reminders (
                    pledge_id INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
                    cycle_id INTEGER NOT NULL REFERENCES reporting_cycles (id) ON DELETE CASCADE,
                    kind VARCHAR(12) NOT NULL,
                    sent_at {ts} NOT NULL,
                    PRIMARY KEY (pledge_id, cycle_id, kind)
                )"
            ),
            "CREATE TABLE progress_recipients (
                organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
                user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                PRIMARY KEY (organisation_id, user_id)
            )"
            .to_owned(),
        ];
        let conn = manager.get_connection();
        for sql in statements {
            conn.execute_unprepared(&sql).await?;
        }
        // The compendium's read model keeps each pledge's progress to filter and sum by.
        for column in [
            "progress_status VARCHAR(20) NULL".to_owned(),
            "progress_light VARCHAR(12) NULL".to_owned(),
            format!("inactive_from {date} NULL"),
            "delivered_usd_cents BIGINT NULL".to_owned(),
        ] {
            conn.execute_unprepared(&format!(
                "ALTER TABLE compendium_entries ADD COLUMN {column}"
            ))
            .await?;
        }
        let created = match manager.get_database_backend() {
            DbBackend::Postgres => "now()",
            _ => "strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')",
        };
        for year in FIRST_YEAR..=LAST_YEAR {
            conn.execute_unprepared(&format!(
                "INSERT INTO reporting_cycles (label, period_start, period_end, due_on, created_at)
                 VALUES ('{year}', '{year}-01-01', '{year}-12-31', '{next}-03-31', {created})",
                next = year + 1
            ))
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for column in [
            "progress_status",
            "progress_light",
            "inactive_from",
            "delivered_usd_cents",
        ] {
            manager
                .get_connection()
                .execute_unprepared(&format!(
                    "ALTER TABLE compendium_entries DROP COLUMN {column}"
                ))
                .await?;
        }
        for table in [
            "progress_recipients",
            "progress_reminders",
            "progress_comments",
            "progress_evidence",
            "progress_drafts",
            "progress_report_countries",
            "progress_report_targets",
            "progress_reports",
            "reporting_cycles",
        ] {
            manager
                .get_connection()
                .execute_unprepared(&format!("DROP TABLE {table}"))
                .await?;
        }
        Ok(())
    }
}
