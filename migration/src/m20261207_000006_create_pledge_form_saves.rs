//! Each open pledge form (one browser tab) saves under a random key with a rising number: an
//! autosave that reaches the server after a later save of the same form is ignored instead of
//! overwriting it, and the first save of a new pledge, sent twice (an autosave and "Save draft"),
//! makes one pledge. The key row is written before the pledge, so on PostgreSQL a second writer
//! waits on the key and then finds the pledge.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let timestamp = match manager.get_database_backend() {
            DbBackend::Postgres => "TIMESTAMP WITH TIME ZONE",
            _ => "timestamp_with_timezone_text",
        };
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "CREATE TABLE pledge_form_saves (
                    form_key VARCHAR(64) NOT NULL PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
                    pledge_id INTEGER NULL REFERENCES pledges (id) ON DELETE CASCADE,
                    last_seq BIGINT NOT NULL,
                    saved_at {timestamp} NOT NULL
                )"
            ))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE pledge_form_saves")
            .await?;
        Ok(())
    }
}
