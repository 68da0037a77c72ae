//! Every schema change is one migration here; they run at server start-up on SQLite and PostgreSQL alike.
pub use sea_orm_migration::prelude::*;

mod m20261123_000001_create_organisations_and_users;
mod m20261123_000002_create_sessions;
mod m20261123_000003_create_pledges;
mod m20261123_000004_create_form_stashes;
mod m20261124_000005_accounts_and_coalition;
mod m20261125_000006_full_pledge;
mod m20261126_000007_due_diligence;
mod m20261201_000008_compendium;
mod m20261207_000003_hold_registrations_and_mail_secrets;
mod m20261207_000004_move_named_partners;
mod m20261207_000005_create_review_notices;
mod m20261207_000006_create_pledge_form_saves;
mod m20261208_000007_create_progress_reports;
mod m20261209_000008_create_events;
mod m20261210_000009_create_marketplace;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_create_organisations_and_users::Migration),
            Box::new(m20261123_000002_create_sessions::Migration),
            Box::new(m20261123_000003_create_pledges::Migration),
            Box::new(m20261123_000004_create_form_stashes::Migration),
            Box::new(m20261124_000005_accounts_and_coalition::Migration),
            Box::new(m20261125_000006_full_pledge::Migration),
            Box::new(m20261126_000007_due_diligence::Migration),
            Box::new(m20261201_000008_compendium::Migration),
            Box::new(m20261207_000003_hold_registrations_and_mail_secrets::Migration),
            Box::new(m20261207_000004_move_named_partners::Migration),
            Box::new(m20261207_000005_create_review_notices::Migration),
            Box::new(m20261207_000006_create_pledge_form_saves::Migration),
            Box::new(m20261208_000007_create_progress_reports::Migration),
            Box::new(m20261209_000008_create_events::Migration),
            Box::new(m20261210_000009_create_marketplace::Migration),
        ]
    }
}
