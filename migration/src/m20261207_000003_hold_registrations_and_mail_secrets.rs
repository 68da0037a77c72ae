//! Registrations wait in a table of their own until their address is confirmed: an unconfirmed
//! one holds no account, no organisation and so no organisation name, and is swept after a week.
//! The outbox keeps the one-time key of a mailed link apart from the message, so it can be
//! forgotten once the message is delivered.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Registrations::Table)
                    .if_not_exists()
                    .col(pk_auto(Registrations::Id))
                    // Not unique: a stranger's registration of an address must not block its owner's.
                    .col(string_len(Registrations::Email, 254))
                    .col(string(Registrations::PasswordHash))
                    // The form as typed, without its password (JSON).
                    .col(text(Registrations::Form))
                    .col(string_len(Registrations::Language, 5))
                    .col(string_len_uniq(Registrations::TokenHash, 64))
                    .col(timestamp_with_time_zone(Registrations::TokenExpiresAt))
                    .col(timestamp_with_time_zone(Registrations::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_registrations_email")
                    .table(Registrations::Table)
                    .col(Registrations::Email)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_registrations_created")
                    .table(Registrations::Table)
                    .col(Registrations::CreatedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .add_column(text_null(Outbox::Secret))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Outbox::Table)
                    .drop_column(Outbox::Secret)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(Registrations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
enum Registrations {
    Table,
    Id,
    Email,
    PasswordHash,
    Form,
    Language,
    TokenHash,
    TokenExpiresAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Secret,
}
