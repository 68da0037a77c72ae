//! The full pledge. Content moves into revisions (every one kept); the pledge keeps identity and
//! state, and points at the revision being worked on and the one the public sees. Participants
//! (the lead organisation and its partners), exact money with dated exchange rates, targets,
//! scope, frameworks and the working copy of a draft get tables of their own.
use sea_orm_migration::sea_orm::DbBackend;
use sea_orm_migration::{prelude::*, schema::*};

use crate::m20261123_000001_create_organisations_and_users::{Organisations, Users};

#[derive(DeriveMigrationName)]
pub struct Migration;

const PLEDGE_TYPES: [&str; 4] = ["financial", "project", "policy", "advocacy"];
const LEVELS: [&str; 3] = ["none", "partial", "primary"];
const FOCUS_AREAS: [&str; 4] = ["access", "adoption", "value_creation", "accelerate"];
const STATUSES: [&str; 7] = [
    "draft",
    "submitted",
    "in_review",
    "changes_requested",
    "published",
    "rejected",
    "withdrawn",
];
const KAP: [&str; 5] = [
    "affordable_connectivity",
    "digital_transformation",
    "enabling_environment",
    "resource_mobilization",
    "inclusive_secure_ict",
];

fn one_of<T: Iden + 'static>(column: T, values: &[&str]) -> SimpleExpr {
    Expr::col(column).is_in(values.iter().map(|v| (*v).to_owned()))
}

fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let benefit = |level: Revisions, share: Revisions, statement: Revisions| {
            [
                string_len(level.clone(), 16)
                    .check(one_of(level, &LEVELS))
                    .to_owned(),
                small_integer_null(share.clone())
                    .check(
                        Expr::col(share.clone())
                            .is_null()
                            .or(Expr::col(share).between(0, 100)),
                    )
                    .to_owned(),
                text(statement).default("").to_owned(),
            ]
        };
        let mut revisions = Table::create();
        revisions
            .table(Revisions::Table)
            .if_not_exists()
            .col(pk_auto(Revisions::Id))
            .col(integer(Revisions::PledgeId))
            .col(integer(Revisions::Number))
            .col(integer(Revisions::CreatedBy))
            .col(timestamp_with_time_zone(Revisions::CreatedAt))
            .col(string_len(Revisions::Title, 200))
            .col(text(Revisions::Summary))
            .col(text(Revisions::Description))
            .col(
                string_len(Revisions::PledgeType, 20)
                    .check(one_of(Revisions::PledgeType, &PLEDGE_TYPES)),
            )
            .col(boolean(Revisions::ScopeGlobal).default(false))
            // Exact money: integer minor units of the currency, and the USD equivalent in cents with
            // the rate and its date, so every total can be computed again from what is stored.
            .col(
                big_integer_null(Revisions::AmountMinor).check(
                    Expr::col(Revisions::AmountMinor)
                        .is_null()
                        .or(Expr::col(Revisions::AmountMinor).gt(0)),
                ),
            )
            .col(string_len_null(Revisions::Currency, 3))
            .col(small_integer_null(Revisions::AmountExponent))
            .col(big_integer_null(Revisions::UsdCents))
            .col(string_len_null(Revisions::UsdRate, 40))
            .col(date_null(Revisions::UsdRateDate))
            .col(date(Revisions::StartDate))
            .col(date(Revisions::EndDate))
            .col(string_len(Revisions::ContactName, 120))
            .col(string_len(Revisions::ContactEmail, 254))
            // The day the benefit claim is judged against: country groups change over time.
            .col(date(Revisions::GroupsOn));
        for col in benefit(
            Revisions::LdcLevel,
            Revisions::LdcShare,
            Revisions::LdcStatement,
        )
        .into_iter()
        .chain(benefit(
            Revisions::LldcLevel,
            Revisions::LldcShare,
            Revisions::LldcStatement,
        ))
        .chain(benefit(
            Revisions::SidsLevel,
            Revisions::SidsShare,
            Revisions::SidsStatement,
        )) {
            let mut col = col;
            revisions.col(&mut col);
        }
        revisions
            .foreign_key(&mut fk(
                "fk_revisions_pledge",
                (Revisions::Table, Revisions::PledgeId),
                (Pledges::Table, Pledges::Id),
            ))
            .foreign_key(&mut fk(
                "fk_revisions_created_by",
                (Revisions::Table, Revisions::CreatedBy),
                (Users::Table, Users::Id),
            ));
        manager.create_table(revisions.to_owned()).await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_revisions_pledge_number")
                    .table(Revisions::Table)
                    .col(Revisions::PledgeId)
                    .col(Revisions::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RevisionFocusAreas::Table)
                    .if_not_exists()
                    .col(integer(RevisionFocusAreas::RevisionId))
                    .col(
                        string_len(RevisionFocusAreas::FocusArea, 20)
                            .check(one_of(RevisionFocusAreas::FocusArea, &FOCUS_AREAS)),
                    )
                    .primary_key(
                        Index::create()
                            .col(RevisionFocusAreas::RevisionId)
                            .col(RevisionFocusAreas::FocusArea),
                    )
                    .foreign_key(&mut fk(
                        "fk_revision_focus_areas_revision",
                        (RevisionFocusAreas::Table, RevisionFocusAreas::RevisionId),
                        (Revisions::Table, Revisions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RevisionScope::Table)
                    .if_not_exists()
                    .col(integer(RevisionScope::RevisionId))
                    .col(
                        string_len(RevisionScope::Kind, 8)
                            .check(one_of(RevisionScope::Kind, &["region", "country"])),
                    )
                    .col(string_len(RevisionScope::Code, 20))
                    .primary_key(
                        Index::create()
                            .col(RevisionScope::RevisionId)
                            .col(RevisionScope::Kind)
                            .col(RevisionScope::Code),
                    )
                    .foreign_key(&mut fk(
                        "fk_revision_scope_revision",
                        (RevisionScope::Table, RevisionScope::RevisionId),
                        (Revisions::Table, Revisions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RevisionTargets::Table)
                    .if_not_exists()
                    .col(pk_auto(RevisionTargets::Id))
                    .col(integer(RevisionTargets::RevisionId))
                    .col(integer(RevisionTargets::Position))
                    .col(string_len(RevisionTargets::Indicator, 200))
                    .col(string_len_null(RevisionTargets::Baseline, 40))
                    .col(string_len(RevisionTargets::TargetValue, 40))
                    .col(string_len(RevisionTargets::Unit, 40))
                    .col(date(RevisionTargets::Due))
                    .foreign_key(&mut fk(
                        "fk_revision_targets_revision",
                        (RevisionTargets::Table, RevisionTargets::RevisionId),
                        (Revisions::Table, Revisions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RevisionSdgs::Table)
                    .if_not_exists()
                    .col(integer(RevisionSdgs::RevisionId))
                    .col(
                        small_integer(RevisionSdgs::Sdg)
                            .check(Expr::col(RevisionSdgs::Sdg).between(1, 17)),
                    )
                    .primary_key(
                        Index::create()
                            .col(RevisionSdgs::RevisionId)
                            .col(RevisionSdgs::Sdg),
                    )
                    .foreign_key(&mut fk(
                        "fk_revision_sdgs_revision",
                        (RevisionSdgs::Table, RevisionSdgs::RevisionId),
                        (Revisions::Table, Revisions::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RevisionKap::Table)
                    .if_not_exists()
                    .col(integer(RevisionKap::RevisionId))
                    .col(
                        string_len(RevisionKap::Priority, 32)
                            .check(one_of(RevisionKap::Priority, &KAP)),
                    )
                    .primary_key(
                        Index::create()
                            .col(RevisionKap::RevisionId)
                            .col(RevisionKap::Priority),
                    )
                    .foreign_key(&mut fk(
                        "fk_revision_kap_revision",
                        (RevisionKap::Table, RevisionKap::RevisionId),
                        (Revisions::Table, Revisions::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        // What the organisation is typing: kept exactly as typed (JSON of the form), rules or not.
        manager
            .create_table(
                Table::create()
                    .table(PledgeDrafts::Table)
                    .if_not_exists()
                    .col(integer(PledgeDrafts::PledgeId).primary_key())
                    .col(text(PledgeDrafts::Input))
                    .col(integer(PledgeDrafts::SavedBy))
                    .col(timestamp_with_time_zone(PledgeDrafts::SavedAt))
                    .foreign_key(&mut fk(
                        "fk_pledge_drafts_pledge",
                        (PledgeDrafts::Table, PledgeDrafts::PledgeId),
                        (Pledges::Table, Pledges::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_pledge_drafts_saved_by",
                        (PledgeDrafts::Table, PledgeDrafts::SavedBy),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;

        // Every organisation on a pledge, the lead included: conflict-of-interest rules and "my
        // pledges" read this table, never one owner column. A partner that is not registered has a
        // name and no organisation.
        manager
            .create_table(
                Table::create()
                    .table(Participants::Table)
                    .if_not_exists()
                    .col(pk_auto(Participants::Id))
                    .col(integer(Participants::PledgeId))
                    .col(integer_null(Participants::OrganisationId))
                    .col(string_len_null(Participants::Name, 200))
                    .col(
                        string_len(Participants::Role, 12)
                            .check(one_of(Participants::Role, &["lead", "partner"])),
                    )
                    .col(string_len(Participants::Status, 12).check(one_of(
                        Participants::Status,
                        &["confirmed", "invited", "declined", "named"],
                    )))
                    .col(timestamp_with_time_zone(Participants::CreatedAt))
                    .col(timestamp_with_time_zone_null(Participants::DecidedAt))
                    .check(
                        Expr::col(Participants::OrganisationId)
                            .is_not_null()
                            .or(Expr::col(Participants::Name).is_not_null()),
                    )
                    .foreign_key(&mut fk(
                        "fk_participants_pledge",
                        (Participants::Table, Participants::PledgeId),
                        (Pledges::Table, Pledges::Id),
                    ))
                    .foreign_key(&mut fk(
                        "fk_participants_organisation",
                        (Participants::Table, Participants::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_participants_pledge_organisation")
                    .table(Participants::Table)
                    .col(Participants::PledgeId)
                    .col(Participants::OrganisationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_participants_organisation")
                    .table(Participants::Table)
                    .col(Participants::OrganisationId)
                    .col(Participants::Status)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ExchangeRates::Table)
                    .if_not_exists()
                    .col(pk_auto(ExchangeRates::Id))
                    .col(string_len(ExchangeRates::Currency, 3))
                    .col(date(ExchangeRates::RateDate))
                    // US dollars for one unit of the currency, as exact decimal text.
                    .col(string_len(ExchangeRates::UsdPerUnit, 40))
                    .col(integer(ExchangeRates::CreatedBy))
                    .col(timestamp_with_time_zone(ExchangeRates::CreatedAt))
                    .foreign_key(&mut fk(
                        "fk_exchange_rates_created_by",
                        (ExchangeRates::Table, ExchangeRates::CreatedBy),
                        (Users::Table, Users::Id),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_exchange_rates_currency_date")
                    .table(ExchangeRates::Table)
                    .col(ExchangeRates::Currency)
                    .col(ExchangeRates::RateDate)
                    .unique()
                    .to_owned(),
            )
            .await?;

        for mut column in [
            integer_null(Pledges::CurrentRevisionId).to_owned(),
            integer_null(Pledges::PublishedRevisionId).to_owned(),
            boolean(Pledges::PartnersMayEdit).default(false).to_owned(),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Pledges::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(PledgeEvents::Table)
                    .add_column(integer_null(PledgeEvents::RevisionId).to_owned())
                    .to_owned(),
            )
            .await?;

        self.move_content_into_revisions(manager).await?;

        for column in [
            Pledges::Title,
            Pledges::Description,
            Pledges::PledgeType,
            Pledges::BenefitLdc,
            Pledges::BenefitLldc,
            Pledges::BenefitSids,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Pledges::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(PledgeFocusAreas::Table).to_owned())
            .await?;

        self.guard_vocabularies(manager).await?;

        for (name, table, cols) in [
            (
                "idx_pledges_status_submitted",
                Pledges::Table.into_iden(),
                vec![
                    Pledges::Status.into_iden(),
                    Pledges::SubmittedAt.into_iden(),
                ],
            ),
            (
                "idx_pledges_status_published",
                Pledges::Table.into_iden(),
                vec![
                    Pledges::Status.into_iden(),
                    Pledges::PublishedAt.into_iden(),
                ],
            ),
            (
                "idx_pledges_organisation",
                Pledges::Table.into_iden(),
                vec![Pledges::OrganisationId.into_iden()],
            ),
            (
                "idx_revision_focus_areas_area",
                RevisionFocusAreas::Table.into_iden(),
                vec![
                    RevisionFocusAreas::FocusArea.into_iden(),
                    RevisionFocusAreas::RevisionId.into_iden(),
                ],
            ),
            (
                "idx_revision_scope_code",
                RevisionScope::Table.into_iden(),
                vec![
                    RevisionScope::Kind.into_iden(),
                    RevisionScope::Code.into_iden(),
                ],
            ),
            (
                "idx_revision_targets_revision",
                RevisionTargets::Table.into_iden(),
                vec![RevisionTargets::RevisionId.into_iden()],
            ),
            (
                "idx_pledge_events_pledge",
                PledgeEvents::Table.into_iden(),
                vec![
                    PledgeEvents::PledgeId.into_iden(),
                    PledgeEvents::At.into_iden(),
                ],
            ),
        ] {
            let mut index = Index::create();
            index.name(name).table(table);
            for col in cols {
                index.col(col);
            }
            manager.create_index(index.to_owned()).await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Content has moved into revisions; going back would lose every revision but the first.
        Err(DbErr::Migration(
            "the full-pledge migration is not reversible: restore a backup instead".into(),
        ))
    }
}

impl Migration {
    /// Each skeleton pledge becomes revision 1 of itself; its lead organisation becomes a participant.
    async fn move_content_into_revisions(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let backend = manager.get_database_backend();
        let (day, later) = match backend {
            DbBackend::Postgres => (
                "CAST(p.created_at AS DATE)",
                "CAST(p.created_at AS DATE) + 365",
            ),
            _ => (
                "substr(p.created_at, 1, 10)",
                "date(substr(p.created_at, 1, 10), '+1 year')",
            ),
        };
        let level = |column: &str| {
            format!(
                "CASE {column} WHEN 'mainly' THEN 'primary' WHEN 'partly' THEN 'partial' ELSE 'none' END"
            )
        };
        db.execute_unprepared(&format!(
            "INSERT INTO pledge_revisions (pledge_id, number, created_by, created_at, title, summary, \
             description, pledge_type, scope_global, start_date, end_date, contact_name, contact_email, \
             groups_on, ldc_level, ldc_statement, lldc_level, lldc_statement, sids_level, sids_statement) \
             SELECT p.id, 1, p.created_by, p.created_at, p.title, substr(p.description, 1, 600), \
             p.description, p.pledge_type, TRUE, {day}, {later}, u.display_name, u.email, {day}, \
             {ldc}, '', {lldc}, '', {sids}, '' FROM pledges p JOIN users u ON u.id = p.created_by",
            ldc = level("p.benefit_ldc"),
            lldc = level("p.benefit_lldc"),
            sids = level("p.benefit_sids"),
        ))
        .await?;
        db.execute_unprepared(
            "INSERT INTO revision_focus_areas (revision_id, focus_area) \
             SELECT r.id, f.focus_area FROM pledge_focus_areas f \
             JOIN pledge_revisions r ON r.pledge_id = f.pledge_id",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE pledges SET current_revision_id = \
             (SELECT r.id FROM pledge_revisions r WHERE r.pledge_id = pledges.id)",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE pledges SET published_revision_id = current_revision_id WHERE status = 'published'",
        )
        .await?;
        db.execute_unprepared(
            "INSERT INTO pledge_participants (pledge_id, organisation_id, role, status, created_at) \
             SELECT id, organisation_id, 'lead', 'confirmed', created_at FROM pledges",
        )
        .await?;
        Ok(())
    }

    /// CHECK constraints on the pledge's own vocabulary columns, and 64-bit event ids. PostgreSQL
    /// alters the table; SQLite cannot add a CHECK to an existing table, so triggers refuse the same
    /// values (and its INTEGER PRIMARY KEY is already 64-bit).
    async fn guard_vocabularies(&self, manager: &SchemaManager<'_>) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let statuses = STATUSES.map(|s| format!("'{s}'")).join(", ");
        match manager.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared(&format!(
                    "ALTER TABLE pledges ADD CONSTRAINT ck_pledges_status CHECK (status IN ({statuses}))"
                ))
                .await?;
                for table in ["pledge_events", "coalition_events"] {
                    db.execute_unprepared(&format!(
                        "ALTER TABLE {table} ALTER COLUMN id TYPE BIGINT; \
                         ALTER SEQUENCE {table}_id_seq AS BIGINT"
                    ))
                    .await?;
                }
            }
            _ => {
                for when in ["INSERT", "UPDATE OF status"] {
                    let name = if when == "INSERT" { "insert" } else { "update" };
                    db.execute_unprepared(&format!(
                        "CREATE TRIGGER ck_pledges_status_{name} BEFORE {when} ON pledges \
                         WHEN NEW.status NOT IN ({statuses}) \
                         BEGIN SELECT RAISE(ABORT, 'CHECK constraint failed: pledges.status'); END"
                    ))
                    .await?;
                }
            }
        }
        Ok(())
    }
}

#[derive(DeriveIden)]
enum Pledges {
    Table,
    Id,
    OrganisationId,
    Title,
    Description,
    PledgeType,
    BenefitLdc,
    BenefitLldc,
    BenefitSids,
    Status,
    SubmittedAt,
    PublishedAt,
    CurrentRevisionId,
    PublishedRevisionId,
    PartnersMayEdit,
}

#[derive(DeriveIden)]
enum PledgeFocusAreas {
    Table,
}

#[derive(DeriveIden)]
enum PledgeEvents {
    Table,
    PledgeId,
    RevisionId,
    At,
}

#[derive(DeriveIden, Clone)]
enum Revisions {
    #[sea_orm(iden = "pledge_revisions")]
    Table,
    Id,
    PledgeId,
    Number,
    CreatedBy,
    CreatedAt,
    Title,
    Summary,
    Description,
    PledgeType,
    ScopeGlobal,
    AmountMinor,
    Currency,
    AmountExponent,
    UsdCents,
    UsdRate,
    UsdRateDate,
    StartDate,
    EndDate,
    ContactName,
    ContactEmail,
    GroupsOn,
    LdcLevel,
    LdcShare,
    LdcStatement,
    LldcLevel,
    LldcShare,
    LldcStatement,
    SidsLevel,
    SidsShare,
    SidsStatement,
}

#[derive(DeriveIden)]
enum RevisionFocusAreas {
    Table,
    RevisionId,
    FocusArea,
}

#[derive(DeriveIden)]
enum RevisionScope {
    Table,
    RevisionId,
    Kind,
    Code,
}

#[derive(DeriveIden)]
enum RevisionTargets {
    Table,
    Id,
    RevisionId,
    Position,
    Indicator,
    Baseline,
    TargetValue,
    Unit,
    Due,
}

#[derive(DeriveIden)]
enum RevisionSdgs {
    Table,
    RevisionId,
    Sdg,
}

#[derive(DeriveIden)]
enum RevisionKap {
    Table,
    RevisionId,
    Priority,
}

#[derive(DeriveIden)]
enum PledgeDrafts {
    Table,
    PledgeId,
    Input,
    SavedBy,
    SavedAt,
}

#[derive(DeriveIden)]
enum Participants {
    #[sea_orm(iden = "pledge_participants")]
    Table,
    Id,
    PledgeId,
    OrganisationId,
    Name,
    Role,
    Status,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum ExchangeRates {
    Table,
    Id,
    Currency,
    RateDate,
    UsdPerUnit,
    CreatedBy,
    CreatedAt,
}
