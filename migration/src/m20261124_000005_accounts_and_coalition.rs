//! Accounts that register themselves, organisation verification, Focus Area Leaders and Members,
//! the coalition's audit log and the mail outbox.
use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_organisations_and_users::{Organisations, Users};

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The four focus areas; each has one seat-count row (see `FocusAreaSeats`).
const FOCUS_AREAS: [&str; 4] = ["access", "adoption", "value_creation", "accelerate"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite alters one column per statement.
        for column in [
            ColumnDef::new(Users::EmailVerifiedAt)
                .timestamp_with_time_zone()
                .null()
                .to_owned(),
            ColumnDef::new(Users::PreferredLanguage)
                .string_len(5)
                .not_null()
                .default("en")
                .to_owned(),
            // active | pending (asked to join, waiting for the organisation's admin) | declined
            ColumnDef::new(Users::Membership)
                .string_len(16)
                .not_null()
                .default("active")
                .to_owned(),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Users::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        // Accounts made before verification existed were made by hand or by the seed.
        manager
            .get_connection()
            .execute_unprepared("UPDATE users SET email_verified_at = created_at")
            .await?;

        for column in [
            ColumnDef::new(Organisations::Website)
                .string_len(300)
                .not_null()
                .default("")
                .to_owned(),
            ColumnDef::new(Organisations::Description)
                .text()
                .not_null()
                .default("")
                .to_owned(),
            // pending | verified | rejected
            ColumnDef::new(Organisations::Verification)
                .string_len(16)
                .not_null()
                .default("pending")
                .to_owned(),
            ColumnDef::new(Organisations::VerificationReason)
                .text()
                .null()
                .to_owned(),
        ] {
            let mut column = column;
            manager
                .alter_table(
                    Table::alter()
                        .table(Organisations::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .get_connection()
            .execute_unprepared("UPDATE organisations SET verification = 'verified' WHERE verified")
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .drop_column(Organisations::Verified)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AccountTokens::Table)
                    .if_not_exists()
                    .col(pk_auto(AccountTokens::Id))
                    .col(integer(AccountTokens::UserId))
                    // verify_email | reset_password | change_email
                    .col(string_len(AccountTokens::Purpose, 20))
                    // Only the SHA-256 of the token: a copy of the database opens no account.
                    .col(string_len_uniq(AccountTokens::TokenHash, 64))
                    .col(string_len_null(AccountTokens::NewEmail, 254))
                    .col(timestamp_with_time_zone(AccountTokens::ExpiresAt))
                    .col(timestamp_with_time_zone_null(AccountTokens::UsedAt))
                    .col(timestamp_with_time_zone(AccountTokens::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_account_tokens_user")
                            .from(AccountTokens::Table, AccountTokens::UserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(FocusAreaSeats::Table)
                    .if_not_exists()
                    .col(string_len(FocusAreaSeats::FocusArea, 20).primary_key())
                    // Nominated Leaders now. Nominations move it with a conditional UPDATE
                    // (`... WHERE leaders < 5`), which both databases apply one at a time per row.
                    .col(integer(FocusAreaSeats::Leaders).default(0))
                    .to_owned(),
            )
            .await?;
        for area in FOCUS_AREAS {
            manager
                .exec_stmt(
                    Query::insert()
                        .into_table(FocusAreaSeats::Table)
                        .columns([FocusAreaSeats::FocusArea, FocusAreaSeats::Leaders])
                        .values_panic([area.into(), 0.into()])
                        .to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(FocusAreaLeaders::Table)
                    .if_not_exists()
                    .col(pk_auto(FocusAreaLeaders::Id))
                    .col(integer(FocusAreaLeaders::OrganisationId))
                    .col(string_len(FocusAreaLeaders::FocusArea, 20))
                    // applied | nominated | declined | revoked
                    .col(string_len(FocusAreaLeaders::Status, 16))
                    .col(string_len_null(FocusAreaLeaders::Constituency, 40))
                    .col(text_null(FocusAreaLeaders::Commitment))
                    .col(boolean(FocusAreaLeaders::LeaderWillAttend).default(false))
                    .col(text_null(FocusAreaLeaders::Reason))
                    .col(integer(FocusAreaLeaders::Version).default(0))
                    .col(timestamp_with_time_zone(FocusAreaLeaders::CreatedAt))
                    .col(timestamp_with_time_zone(FocusAreaLeaders::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_focus_area_leaders_organisation")
                            .from(FocusAreaLeaders::Table, FocusAreaLeaders::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("uq_focus_area_leaders_org_area")
                    .table(FocusAreaLeaders::Table)
                    .col(FocusAreaLeaders::OrganisationId)
                    .col(FocusAreaLeaders::FocusArea)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(LettersOfIntent::Table)
                    .if_not_exists()
                    .col(pk_auto(LettersOfIntent::Id))
                    .col(integer(LettersOfIntent::OrganisationId))
                    .col(integer(LettersOfIntent::SubmittedBy))
                    // submitted | accepted | declined
                    .col(string_len(LettersOfIntent::Status, 16))
                    .col(text(LettersOfIntent::Statement))
                    .col(string_len(LettersOfIntent::SignatoryName, 120))
                    .col(string_len(LettersOfIntent::SignatoryTitle, 120))
                    .col(date(LettersOfIntent::SignedOn))
                    // The stored file's name under the server's private letters directory.
                    .col(string_len_null(LettersOfIntent::PdfFile, 64))
                    .col(integer_null(LettersOfIntent::PdfBytes))
                    .col(text_null(LettersOfIntent::Reason))
                    .col(integer(LettersOfIntent::Version).default(0))
                    .col(timestamp_with_time_zone(LettersOfIntent::CreatedAt))
                    .col(timestamp_with_time_zone(LettersOfIntent::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_letters_organisation")
                            .from(LettersOfIntent::Table, LettersOfIntent::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_letters_submitted_by")
                            .from(LettersOfIntent::Table, LettersOfIntent::SubmittedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LetterFocusAreas::Table)
                    .if_not_exists()
                    .col(integer(LetterFocusAreas::LetterId))
                    .col(string_len(LetterFocusAreas::FocusArea, 20))
                    .primary_key(
                        Index::create()
                            .col(LetterFocusAreas::LetterId)
                            .col(LetterFocusAreas::FocusArea),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_letter_focus_areas_letter")
                            .from(LetterFocusAreas::Table, LetterFocusAreas::LetterId)
                            .to(LettersOfIntent::Table, LettersOfIntent::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CoalitionEvents::Table)
                    .if_not_exists()
                    .col(pk_auto(CoalitionEvents::Id))
                    // organisation | letter | leader | account
                    .col(string_len(CoalitionEvents::Subject, 16))
                    .col(integer(CoalitionEvents::SubjectId))
                    .col(integer_null(CoalitionEvents::ActorUserId))
                    .col(string_len(CoalitionEvents::Action, 24))
                    .col(string_len(CoalitionEvents::FromState, 24))
                    .col(string_len(CoalitionEvents::ToState, 24))
                    .col(text_null(CoalitionEvents::Reason))
                    .col(timestamp_with_time_zone(CoalitionEvents::At))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_coalition_events_subject")
                    .table(CoalitionEvents::Table)
                    .col(CoalitionEvents::Subject)
                    .col(CoalitionEvents::SubjectId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Outbox::Table)
                    .if_not_exists()
                    .col(pk_auto(Outbox::Id))
                    .col(string_len(Outbox::Recipient, 254))
                    .col(string_len(Outbox::Language, 5))
                    .col(string_len(Outbox::Kind, 32))
                    .col(string_len(Outbox::Subject, 300))
                    .col(text(Outbox::BodyText))
                    .col(text(Outbox::BodyHtml))
                    // pending | sent | failed (refused for good by the receiving server)
                    .col(string_len(Outbox::Status, 12))
                    .col(integer(Outbox::Attempts).default(0))
                    .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                    // A worker owns a message until this time; another may take it over after.
                    .col(timestamp_with_time_zone_null(Outbox::ClaimedUntil))
                    .col(string_len_null(Outbox::ClaimedBy, 36))
                    .col(text_null(Outbox::LastError))
                    .col(timestamp_with_time_zone(Outbox::CreatedAt))
                    .col(timestamp_with_time_zone_null(Outbox::SentAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_due")
                    .table(Outbox::Table)
                    .col(Outbox::Status)
                    .col(Outbox::NextAttemptAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Outbox::Table.into_iden(),
            CoalitionEvents::Table.into_iden(),
            LetterFocusAreas::Table.into_iden(),
            LettersOfIntent::Table.into_iden(),
            FocusAreaLeaders::Table.into_iden(),
            FocusAreaSeats::Table.into_iden(),
            AccountTokens::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum AccountTokens {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    NewEmail,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum FocusAreaSeats {
    Table,
    FocusArea,
    Leaders,
}

#[derive(DeriveIden)]
enum FocusAreaLeaders {
    Table,
    Id,
    OrganisationId,
    FocusArea,
    Status,
    Constituency,
    Commitment,
    LeaderWillAttend,
    Reason,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LettersOfIntent {
    Table,
    Id,
    OrganisationId,
    SubmittedBy,
    Status,
    Statement,
    SignatoryName,
    SignatoryTitle,
    SignedOn,
    PdfFile,
    PdfBytes,
    Reason,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LetterFocusAreas {
    Table,
    LetterId,
    FocusArea,
}

#[derive(DeriveIden)]
enum CoalitionEvents {
    Table,
    Id,
    Subject,
    SubjectId,
    ActorUserId,
    Action,
    FromState,
    ToState,
    Reason,
    At,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    Recipient,
    Language,
    Kind,
    Subject,
    BodyText,
    BodyHtml,
    Status,
    Attempts,
    NextAttemptAt,
    ClaimedUntil,
    ClaimedBy,
    LastError,
    CreatedAt,
    SentAt,
}
