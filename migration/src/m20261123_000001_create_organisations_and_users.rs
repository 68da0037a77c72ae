use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Organisations::Table)
                    .if_not_exists()
                    .col(pk_auto(Organisations::Id))
                    .col(string_len_uniq(Organisations::Name, 200))
                    .col(string_len(Organisations::StakeholderType, 40))
                    .col(string_len(Organisations::CountryCode, 2))
                    .col(boolean(Organisations::Verified).default(false))
                    .col(timestamp_with_time_zone(Organisations::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Users::Table)
                    .if_not_exists()
                    .col(pk_auto(Users::Id))
                    .col(integer(Users::OrganisationId))
                    .col(string_len_uniq(Users::Email, 254))
                    .col(string_len(Users::DisplayName, 120))
                    .col(string(Users::PasswordHash))
                    .col(string_len(Users::Role, 20))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_users_organisation")
                            .from(Users::Table, Users::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Users::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Organisations::Table).to_owned())
            .await
    }
}

#[derive(DeriveIden)]
pub enum Organisations {
    Table,
    Id,
    Name,
    StakeholderType,
    CountryCode,
    Verified,
    CreatedAt,
    // Added by m20261124_000005.
    Website,
    Description,
    Verification,
    VerificationReason,
}

#[derive(DeriveIden)]
pub enum Users {
    Table,
    Id,
    OrganisationId,
    Email,
    DisplayName,
    PasswordHash,
    Role,
    CreatedAt,
    // Added by m20261124_000005.
    EmailVerifiedAt,
    PreferredLanguage,
    Membership,
}
