//! How each ITU reviewer hears of pledges waiting for review: a mail per pledge (no row, the
//! default) or one digest a day. A digest-choosing reviewer's waiting pledges are queued in
//! `digest_entries` in the transaction that put the pledge in the queue, and the digest job takes
//! them out in the transaction that writes the digest to the outbox: none is listed twice, none
//! is missed, whichever server runs the job.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &str = "
CREATE TABLE notice_preferences (
    user_id INTEGER NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    pledge_mail VARCHAR(8) NOT NULL CHECK (pledge_mail IN ('each', 'digest')),
    digest_sent_on DATE_COLUMN NULL,
    updated_at TIMESTAMP_TZ NOT NULL
);
CREATE TABLE digest_entries (
    id BIGINTEGER_PK,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    pledge_id INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
    queued_at TIMESTAMP_TZ NOT NULL
);
CREATE INDEX ix_digest_entries_user ON digest_entries (user_id, id);
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // The type names sea-query gives such columns on SQLite, so sqlx reads them alike.
        let (timestamp, date, pk) = match manager.get_database_backend() {
            DbBackend::Postgres => ("TIMESTAMP WITH TIME ZONE", "DATE", "BIGSERIAL PRIMARY KEY"),
            _ => (
                "timestamp_with_timezone_text",
                "date_text",
                "INTEGER PRIMARY KEY AUTOINCREMENT",
            ),
        };
        for statement in TABLES.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            db.execute_unprepared(
                &statement
                    .replace("TIMESTAMP_TZ", timestamp)
                    .replace("DATE_COLUMN", date)
                    .replace("BIGINTEGER_PK", pk),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared("DROP TABLE digest_entries").await?;
        db.execute_unprepared("DROP TABLE notice_preferences")
            .await?;
        Ok(())
    }
}
