use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_organisations_and_users::Users;

/// What a browser without JavaScript typed into a refused form, kept for a short while so the form
/// comes back filled in without the input travelling in the URL.
#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FormStashes::Table)
                    .if_not_exists()
                    .col(string_len(FormStashes::Id, 32).primary_key())
                    .col(string_len(FormStashes::Form, 32))
                    .col(integer_null(FormStashes::UserId))
                    .col(text(FormStashes::Payload))
                    .col(timestamp_with_time_zone(FormStashes::ExpiresAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_form_stashes_user")
                            .from(FormStashes::Table, FormStashes::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // The sweeper deletes by expiry, for stashes and sessions alike.
        manager
            .create_index(
                Index::create()
                    .name("idx_form_stashes_expires_at")
                    .table(FormStashes::Table)
                    .col(FormStashes::ExpiresAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sessions_expires_at")
                    .table(Sessions::Table)
                    .col(Sessions::ExpiresAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_sessions_expires_at")
                    .table(Sessions::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(FormStashes::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum FormStashes {
    Table,
    Id,
    Form,
    UserId,
    Payload,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Sessions {
    Table,
    ExpiresAt,
}
