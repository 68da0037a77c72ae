//! The marketplace: project opportunities ITU posts and the reviewers allowed to post them, the
//! opportunities each revision answers (and, in the read model, each public pledge), open pledges
//! and the sign-ons of other organisations, and the public's reports of a problem.
//!
//! The compendium's public documents gain fields (answers, co-signers, profile links): the read
//! model is emptied here, and the server writes it again from the pledges when it starts.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// One transaction, on one connection, on SQLite too (where sea-orm runs migrations on the
    /// pool by default): run that way, these statements on tables of earlier migrations failed
    /// now and then with "no such table: compendium_entries" (about 1 fresh start in 12, with 12
    /// servers starting at once; none in 144 starts in one transaction). It also makes the
    /// migration apply all or nothing.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let (pk, ts, date, big) = match manager.get_database_backend() {
            DbBackend::Postgres => (
                "SERIAL PRIMARY KEY",
                "TIMESTAMP WITH TIME ZONE",
                "DATE",
                "BIGINT",
            ),
            _ => (
                "INTEGER PRIMARY KEY AUTOINCREMENT",
                "timestamp_with_timezone_text",
                "date_text",
                "BIGINT",
            ),
        };
        let statements = [
            format!(
                "CREATE TABLE opportunities (
                    id {pk},
                    slug VARCHAR(80) NOT NULL UNIQUE,
                    kind VARCHAR(24) NOT NULL CHECK (kind IN ('project', 'regional_initiative',
                        'flagship_initiative', 'campaign')),
                    title VARCHAR(200) NOT NULL,
                    summary VARCHAR(600) NOT NULL,
                    description TEXT NOT NULL,
                    focus_areas VARCHAR(100) NOT NULL,
                    regions VARCHAR(100) NOT NULL,
                    countries TEXT NOT NULL,
                    country_groups VARCHAR(20) NOT NULL,
                    needed_minor {big} NULL,
                    currency VARCHAR(3) NULL,
                    exponent SMALLINT NULL,
                    needed_usd_cents {big} NULL,
                    usd_rate VARCHAR(40) NULL,
                    usd_rate_date {date} NULL,
                    in_kind VARCHAR(100) NOT NULL,
                    in_kind_note VARCHAR(600) NOT NULL,
                    starts_on {date} NULL,
                    ends_on {date} NULL,
                    contact_name VARCHAR(120) NOT NULL,
                    contact_email VARCHAR(254) NOT NULL,
                    status VARCHAR(10) NOT NULL CHECK (status IN ('open', 'funded', 'closed')),
                    hidden BOOLEAN NOT NULL DEFAULT FALSE,
                    created_by INTEGER NULL REFERENCES users (id),
                    created_at {ts} NOT NULL,
                    updated_at {ts} NOT NULL,
                    version INTEGER NOT NULL DEFAULT 0
                )"
            ),
            format!(
                "CREATE TABLE opportunity_posters (
                    user_id INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
                    granted_by INTEGER NULL REFERENCES users (id),
                    created_at {ts} NOT NULL
                )"
            ),
            "CREATE TABLE revision_opportunities (
                revision_id INTEGER NOT NULL REFERENCES pledge_revisions (id) ON DELETE CASCADE,
                opportunity_id INTEGER NOT NULL REFERENCES opportunities (id),
                PRIMARY KEY (revision_id, opportunity_id)
            )"
            .to_owned(),
            "CREATE TABLE compendium_answers (
                pledge_id INTEGER NOT NULL REFERENCES compendium_entries (pledge_id) ON DELETE CASCADE,
                opportunity_id INTEGER NOT NULL REFERENCES opportunities (id),
                PRIMARY KEY (pledge_id, opportunity_id)
            )"
            .to_owned(),
            "CREATE INDEX ix_compendium_answers_opportunity ON compendium_answers (opportunity_id, pledge_id)"
                .to_owned(),
            "ALTER TABLE pledge_revisions ADD COLUMN open_sign_on BOOLEAN NOT NULL DEFAULT FALSE"
                .to_owned(),
            format!("ALTER TABLE pledges ADD COLUMN sign_on_closed_at {ts} NULL"),
            format!("ALTER TABLE compendium_entries ADD COLUMN cosigner_usd_cents {big} NULL"),
            "ALTER TABLE events ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT FALSE".to_owned(),
            format!(
                "CREATE TABLE sign_ons (
                    id {pk},
                    pledge_id INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
                    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                    state VARCHAR(10) NOT NULL CHECK (state IN ('submitted', 'approved', 'rejected',
                        'withdrawn')),
                    amount_minor {big} NULL,
                    currency VARCHAR(3) NULL,
                    exponent SMALLINT NULL,
                    usd_cents {big} NULL,
                    usd_rate VARCHAR(40) NULL,
                    usd_rate_date {date} NULL,
                    in_kind VARCHAR(100) NOT NULL,
                    role TEXT NOT NULL,
                    created_by INTEGER NOT NULL REFERENCES users (id),
                    created_at {ts} NOT NULL,
                    decided_by INTEGER NULL REFERENCES users (id),
                    decided_at {ts} NULL,
                    decision_reason TEXT NULL,
                    version INTEGER NOT NULL DEFAULT 0
                )"
            ),
            "CREATE UNIQUE INDEX ux_sign_ons_live ON sign_ons (pledge_id, organisation_id)
                WHERE state IN ('submitted', 'approved')"
                .to_owned(),
            "CREATE INDEX ix_sign_ons_state ON sign_ons (state, created_at)".to_owned(),
            format!(
                "CREATE TABLE problem_reports (
                    id {pk},
                    subject_kind VARCHAR(12) NOT NULL CHECK (subject_kind IN ('pledge', 'opportunity',
                        'event')),
                    subject_id INTEGER NOT NULL,
                    reason VARCHAR(16) NOT NULL CHECK (reason IN ('inaccurate', 'duplicate',
                        'not_happening', 'inappropriate', 'other')),
                    message TEXT NOT NULL,
                    reporter_email VARCHAR(254) NULL,
                    reporter_user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
                    state VARCHAR(12) NOT NULL CHECK (state IN ('open', 'dismissed', 'asked',
                        'unpublished')),
                    decided_by INTEGER NULL REFERENCES users (id),
                    decided_at {ts} NULL,
                    decision_note TEXT NULL,
                    created_at {ts} NOT NULL
                )"
            ),
            "CREATE INDEX ix_problem_reports_open ON problem_reports (state, subject_kind, subject_id)"
                .to_owned(),
            // Derived data: written again from the pledges at start-up (see the module comment).
            "DELETE FROM compendium_events".to_owned(),
            "DELETE FROM compendium_places".to_owned(),
            "DELETE FROM compendium_organisations".to_owned(),
            "DELETE FROM compendium_entries".to_owned(),
        ];
        let db = manager.get_connection();
        for sql in statements {
            db.execute_unprepared(&sql)
                .await
                .map_err(|e| DbErr::Migration(format!("{e}, in: {sql}")))?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for table in [
            "problem_reports",
            "sign_ons",
            "compendium_answers",
            "revision_opportunities",
            "opportunity_posters",
            "opportunities",
        ] {
            db.execute_unprepared(&format!("DROP TABLE {table}"))
                .await?;
        }
        for (table, column) in [
            ("events", "hidden"),
            ("compendium_entries", "cosigner_usd_cents"),
            ("pledges", "sign_on_closed_at"),
            ("pledge_revisions", "open_sign_on"),
        ] {
            db.execute_unprepared(&format!("ALTER TABLE {table} DROP COLUMN {column}"))
                .await?;
        }
        Ok(())
    }
}
