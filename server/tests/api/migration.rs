//! A database made by the walking skeleton keeps its pledges through the full-pledge migration:
//! each becomes revision 1 of itself, its lead organisation a participant, and what was public stays public.
use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Database, EntityTrait};

use app::ssr::entity::{pledge, pledge_participant, pledge_revision, revision_focus_area};

use crate::helpers::{Backend, fresh_database};

async fn skeleton_pledges_become_first_revisions(backend: Backend) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let url = fresh_database(&backend, dir.path()).await;
    let db = Database::connect(url.as_str())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    Migrator::up(&db, Some(5))
        .await
        .unwrap_or_else(|e| panic!("up to 5: {e}"));
    let at = match backend {
        Backend::Sqlite => "'2026-01-15 10:00:00+00:00'",
        Backend::Postgres(_) => "TIMESTAMPTZ '2026-01-15 10:00:00+00'",
    };
    for sql in [
        format!("INSERT INTO organisations (id, name, stakeholder_type, country_code, created_at, verification) VALUES (1, 'Ministry', 'government', 'RW', {at}, 'verified')"),
        format!("INSERT INTO users (id, organisation_id, email, display_name, password_hash, role, created_at) VALUES (1, 1, 'amina@minict.example', 'Amina Uwase', 'x', 'stakeholder', {at})"),
        format!("INSERT INTO pledges (id, organisation_id, created_by, title, description, pledge_type, benefit_ldc, benefit_lldc, benefit_sids, status, version, created_at, updated_at, published_at) VALUES (1, 1, 1, 'Connect 1,500 schools', 'Broadband for 1,500 schools in five provinces by 2027.', 'project', 'mainly', 'partly', 'none', 'published', 2, {at}, {at}, {at})"),
        format!("INSERT INTO pledges (id, organisation_id, created_by, title, description, pledge_type, benefit_ldc, benefit_lldc, benefit_sids, status, version, created_at, updated_at) VALUES (2, 1, 1, 'Skills for women', 'Digital skills for 200,000 women and girls by 2026.', 'advocacy', 'none', 'none', 'none', 'submitted', 1, {at}, {at})"),
        "INSERT INTO pledge_focus_areas (pledge_id, focus_area) VALUES (1, 'access'), (1, 'adoption'), (2, 'adoption')".to_owned(),
    ] {
        db.execute_unprepared(&sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    Migrator::up(&db, None)
        .await
        .unwrap_or_else(|e| panic!("full pledge: {e}"));

    let pledges = pledge::Entity::find()
        .all(&db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let revisions = pledge_revision::Entity::find()
        .all(&db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(revisions.len(), 2);
    let first = revisions
        .iter()
        .find(|r| r.pledge_id == 1)
        .unwrap_or_else(|| panic!("revision of 1"));
    assert_eq!(first.title, "Connect 1,500 schools");
    assert_eq!(
        (
            first.number,
            first.ldc_level.as_str(),
            first.lldc_level.as_str()
        ),
        (1, "primary", "partial")
    );
    assert_eq!(first.start_date.to_string(), "2026-01-15");
    assert_eq!(first.contact_email, "amina@minict.example");
    let published = pledges
        .iter()
        .find(|p| p.id == 1)
        .unwrap_or_else(|| panic!("pledge 1"));
    assert_eq!(published.published_revision_id, Some(first.id));
    let submitted = pledges
        .iter()
        .find(|p| p.id == 2)
        .unwrap_or_else(|| panic!("pledge 2"));
    assert_eq!(submitted.published_revision_id, None);
    assert!(submitted.current_revision_id.is_some());
    let areas = revision_focus_area::Entity::find()
        .all(&db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(areas.len(), 3);
    let leads = pledge_participant::Entity::find()
        .all(&db)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(leads.len(), 2);
    assert!(
        leads
            .iter()
            .all(|p| p.role == "lead" && p.organisation_id == Some(1))
    );

    // The vocabulary is guarded by the database itself, on both backends.
    let bad_status = db
        .execute_unprepared("UPDATE pledges SET status = 'approved' WHERE id = 2")
        .await;
    assert!(bad_status.is_err(), "an unknown status was stored");
    let bad_level = db
        .execute_unprepared(&format!(
            "UPDATE pledge_revisions SET sids_level = 'some' WHERE id = {}",
            first.id
        ))
        .await;
    assert!(bad_level.is_err(), "an unknown benefit level was stored");
}

crate::on_both_databases!(skeleton_pledges_become_first_revisions);
