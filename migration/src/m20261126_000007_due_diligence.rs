//! Due diligence: who holds a pledge on the reviewers' desk, the four-eyes second approval, the
//! checklist kept with each decision, the conversation between reviewers and organisations, ITU's
//! unpublishing, and an audit log that the database itself keeps append-only.
use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_organisations_and_users::Users;

#[derive(DeriveMigrationName)]
pub struct Migration;

const STATUSES: [&str; 9] = [
    "draft",
    "submitted",
    "in_review",
    "second_approval",
    "changes_requested",
    "published",
    "rejected",
    "withdrawn",
    "unpublished",
];

/// Tables whose rows are a record: written once, never changed, never removed.
const APPEND_ONLY: [&str; 3] = ["pledge_events", "coalition_events", "pledge_messages"];

fn fk_user(name: &str, from: (Pledges, Pledges)) -> TableForeignKey {
    TableForeignKey::new()
        .name(name)
        .from_tbl(from.0)
        .from_col(from.1)
        .to_tbl(Users::Table)
        .to_col(Users::Id)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let sqlite = manager.get_database_backend() == DbBackend::Sqlite;
        // SQLite adds one column per ALTER and cannot add a foreign key to an existing table; the
        // services check the user ids they write, and PostgreSQL enforces them as well.
        for (column, key) in [
            (Pledges::AssigneeUserId, "fk_pledges_assignee"),
            (Pledges::FirstApproverUserId, "fk_pledges_first_approver"),
        ] {
            let mut alter = Table::alter();
            alter
                .table(Pledges::Table)
                .add_column(integer_null(column.clone()));
            if !sqlite {
                alter.add_foreign_key(&fk_user(key, (Pledges::Table, column)));
            }
            manager.alter_table(alter.to_owned()).await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Pledges::Table)
                    .add_column(timestamp_with_time_zone_null(Pledges::ClaimedAt))
                    .to_owned(),
            )
            .await?;
        for column in [PledgeEvents::Checklist] {
            manager
                .alter_table(
                    Table::alter()
                        .table(PledgeEvents::Table)
                        .add_column(text_null(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(PledgeEvents::Table)
                    .add_column(integer_null(PledgeEvents::AssigneeUserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_pledges_assignee")
                    .table(Pledges::Table)
                    .col(Pledges::AssigneeUserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_pledge_events_actor_at")
                    .table(PledgeEvents::Table)
                    .col(PledgeEvents::ActorUserId)
                    .col(PledgeEvents::At)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_pledge_events_at")
                    .table(PledgeEvents::Table)
                    .col(PledgeEvents::At)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PledgeMessages::Table)
                    .if_not_exists()
                    .col(
                        big_integer(PledgeMessages::Id)
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(integer(PledgeMessages::PledgeId))
                    .col(integer_null(PledgeMessages::RevisionId))
                    .col(integer(PledgeMessages::AuthorUserId))
                    .col(boolean(PledgeMessages::Internal))
                    .col(text(PledgeMessages::Body))
                    .col(timestamp_with_time_zone(PledgeMessages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_pledge_messages_pledge")
                            .from(PledgeMessages::Table, PledgeMessages::PledgeId)
                            .to(Pledges::Table, Pledges::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_pledge_messages_author")
                            .from(PledgeMessages::Table, PledgeMessages::AuthorUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_pledge_messages_pledge")
                    .table(PledgeMessages::Table)
                    .col(PledgeMessages::PledgeId)
                    .col(PledgeMessages::Id)
                    .to_owned(),
            )
            .await?;

        self.widen_statuses(manager).await?;
        self.make_append_only(manager).await
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // The audit log may not be rewritten, and this migration is what guarantees it.
        Err(DbErr::Migration(
            "the due-diligence migration is not reversible: restore a backup instead".into(),
        ))
    }
}

impl Migration {
    async fn widen_statuses(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let statuses = STATUSES.map(|s| format!("'{s}'")).join(", ");
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(&format!(
                    "ALTER TABLE pledges DROP CONSTRAINT ck_pledges_status; \
                     ALTER TABLE pledges ADD CONSTRAINT ck_pledges_status CHECK (status IN ({statuses}))"
                ))
                .await?;
            }
            _ => {
                for (name, when) in [("insert", "INSERT"), ("update", "UPDATE OF status")] {
                    db.execute_unprepared(&format!(
                        "DROP TRIGGER IF EXISTS ck_pledges_status_{name}; \
                         CREATE TRIGGER ck_pledges_status_{name} BEFORE {when} ON pledges \
                         WHEN NEW.status NOT IN ({statuses}) \
                         BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: pledges.status'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }

    /// The audit log is kept by the database: an UPDATE, DELETE (or on PostgreSQL a TRUNCATE) of an
    /// entry fails whoever sends it, so no code path of the application can rewrite history.
    async fn make_append_only(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        let db = manager.get_connection();
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(
                    "CREATE OR REPLACE FUNCTION p2c_refuse_audit_change() RETURNS trigger \
                     LANGUAGE plpgsql AS $$ BEGIN \
                     RAISE EXCEPTION 'append-only: % on % is refused', TG_OP, TG_TABLE_NAME \
                     USING ERRCODE = 'insufficient_privilege'; END $$",
                )
                .await?;
                for table in APPEND_ONLY {
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} \
                         FOR EACH ROW EXECUTE FUNCTION p2c_refuse_audit_change(); \
                         CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} \
                         FOR EACH STATEMENT EXECUTE FUNCTION p2c_refuse_audit_change()"
                    ))
                    .await?;
                }
            }
            _ => {
                for table in APPEND_ONLY {
                    for op in ["UPDATE", "DELETE"] {
                        db.execute_unprepared(&format!(
                            "CREATE TRIGGER {table}_append_only_{lower} BEFORE {op} ON {table} \
                             BEGIN SELECT RAISE(ABORT, 'append-only: {op} on {table} is refused'); END",
                            lower = op.to_lowercase(),
                        ))
                        .await?;
                    }
                }
            }
        }
        Ok(())
    }
}

#[derive(DeriveIden, Clone)]
enum Pledges {
    Table,
    Id,
    AssigneeUserId,
    FirstApproverUserId,
    ClaimedAt,
}

#[derive(DeriveIden, Clone)]
enum PledgeEvents {
    Table,
    ActorUserId,
    At,
    Checklist,
    AssigneeUserId,
}

#[derive(DeriveIden)]
enum PledgeMessages {
    Table,
    Id,
    PledgeId,
    RevisionId,
    AuthorUserId,
    Internal,
    Body,
    CreatedAt,
}
