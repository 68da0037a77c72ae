use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_organisations_and_users::{Organisations, Users};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Pledges::Table)
                    .if_not_exists()
                    .col(pk_auto(Pledges::Id))
                    .col(integer(Pledges::OrganisationId))
                    .col(integer(Pledges::CreatedBy))
                    .col(string_len(Pledges::Title, 200))
                    .col(text(Pledges::Description))
                    .col(string_len(Pledges::PledgeType, 20))
                    .col(string_len(Pledges::BenefitLdc, 20))
                    .col(string_len(Pledges::BenefitLldc, 20))
                    .col(string_len(Pledges::BenefitSids, 20))
                    .col(string_len(Pledges::Status, 24))
                    // Bumped by every state change: the optimistic-concurrency check of two reviewers at once.
                    .col(integer(Pledges::Version).default(0))
                    .col(timestamp_with_time_zone(Pledges::CreatedAt))
                    .col(timestamp_with_time_zone(Pledges::UpdatedAt))
                    .col(timestamp_with_time_zone_null(Pledges::SubmittedAt))
                    .col(timestamp_with_time_zone_null(Pledges::PublishedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_pledges_organisation")
                            .from(Pledges::Table, Pledges::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_pledges_created_by")
                            .from(Pledges::Table, Pledges::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_pledges_status")
                    .table(Pledges::Table)
                    .col(Pledges::Status)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(PledgeFocusAreas::Table)
                    .if_not_exists()
                    .col(integer(PledgeFocusAreas::PledgeId))
                    .col(string_len(PledgeFocusAreas::FocusArea, 20))
                    .primary_key(
                        Index::create()
                            .col(PledgeFocusAreas::PledgeId)
                            .col(PledgeFocusAreas::FocusArea),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_pledge_focus_areas_pledge")
                            .from(PledgeFocusAreas::Table, PledgeFocusAreas::PledgeId)
                            .to(Pledges::Table, Pledges::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Append-only: rows are inserted by the state machine and never updated or deleted.
        manager
            .create_table(
                Table::create()
                    .table(PledgeEvents::Table)
                    .if_not_exists()
                    .col(pk_auto(PledgeEvents::Id))
                    .col(integer(PledgeEvents::PledgeId))
                    .col(integer(PledgeEvents::ActorUserId))
                    .col(string_len(PledgeEvents::Action, 24))
                    .col(string_len(PledgeEvents::FromStatus, 24))
                    .col(string_len(PledgeEvents::ToStatus, 24))
                    .col(text_null(PledgeEvents::Reason))
                    .col(timestamp_with_time_zone(PledgeEvents::At))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_pledge_events_pledge")
                            .from(PledgeEvents::Table, PledgeEvents::PledgeId)
                            .to(Pledges::Table, Pledges::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_pledge_events_actor")
                            .from(PledgeEvents::Table, PledgeEvents::ActorUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            PledgeEvents::Table.into_iden(),
            PledgeFocusAreas::Table.into_iden(),
            Pledges::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Pledges {
    Table,
    Id,
    OrganisationId,
    CreatedBy,
    Title,
    Description,
    PledgeType,
    BenefitLdc,
    BenefitLldc,
    BenefitSids,
    Status,
    Version,
    CreatedAt,
    UpdatedAt,
    SubmittedAt,
    PublishedAt,
}

#[derive(DeriveIden)]
enum PledgeFocusAreas {
    Table,
    PledgeId,
    FocusArea,
}

#[derive(DeriveIden)]
enum PledgeEvents {
    Table,
    Id,
    PledgeId,
    ActorUserId,
    Action,
    FromStatus,
    ToStatus,
    Reason,
    At,
}
