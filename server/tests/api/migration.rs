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

/// Partners named before they became revision content move into the pledge's revisions and its
/// working copy, and the confirmed registered partners of a published pledge stay its public ones.
async fn named_partners_move_into_revisions_and_working_copies(backend: Backend) {
    use crate::full_pledge::{approve, id_of, submit};
    use crate::helpers::{MINISTRY, PACIFIC, REVIEWER, TestApp, pledge_form};
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let published = submit(&ministry, &pledge_form("Joint schools pledge", &["access"])).await;
    let pacific_id = app
        .one_string("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Pacific Connect Ltd'")
        .await;
    ministry
        .call(
            "invite_partner",
            &[
                ("pledge", published.as_str()),
                ("organisation", &pacific_id),
            ],
        )
        .await
        .unwrap();
    pacific
        .call(
            "answer_invitation",
            &[("pledge", published.as_str()), ("answer", "confirm")],
        )
        .await
        .unwrap();
    approve(&app, &reviewer, &published).await;
    let draft = id_of(
        &ministry
            .call(
                "autosave_pledge",
                &[("input[title]", "A draft with a partner")],
            )
            .await
            .unwrap(),
    );

    // Back to the schema before the move, with partners named the old way.
    let db = Database::connect(app.database_url.as_str())
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    // The move and every migration after it are undone.
    let migrations = Migrator::migrations();
    let position = migrations
        .iter()
        .position(|m| m.name() == "m20261207_000004_move_named_partners")
        .unwrap_or_else(|| panic!("the move of named partners is a migration"));
    let undo = u32::try_from(migrations.len() - position).unwrap_or_else(|e| panic!("{e}"));
    Migrator::down(&db, Some(undo))
        .await
        .unwrap_or_else(|e| panic!("down: {e}"));
    for (pledge, name) in [
        (&published, "Legacy partner one"),
        (&draft, "Legacy partner two"),
    ] {
        db.execute_unprepared(&format!(
            "INSERT INTO pledge_participants (pledge_id, name, role, status, created_at) \
             VALUES ({pledge}, '{name}', 'partner', 'named', CURRENT_TIMESTAMP)"
        ))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    }
    Migrator::up(&db, None)
        .await
        .unwrap_or_else(|e| panic!("up: {e}"));

    let rows = |sql: String| {
        let db = &db;
        async move {
            db.query_all_raw(sea_orm::Statement::from_string(
                db.get_database_backend(),
                sql,
            ))
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .map(|r| {
                (
                    r.try_get_by_index::<String>(0).unwrap(),
                    r.try_get_by_index::<String>(1).unwrap(),
                )
            })
            .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        rows(format!(
            "SELECT rp.kind, rp.name FROM revision_partners rp JOIN pledges p \
             ON p.published_revision_id = rp.revision_id WHERE p.id = {published} \
             ORDER BY rp.kind DESC, rp.position"
        ))
        .await,
        vec![
            ("registered".to_owned(), "Pacific Connect Ltd".to_owned()),
            ("named".to_owned(), "Legacy partner one".to_owned()),
        ]
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM pledge_participants WHERE status = 'named'")
            .await,
        0
    );
    // The draft's form now holds the name, as if the lead had typed it there.
    let form = ministry
        .call("pledge_form_start", &[("pledge", &draft)])
        .await
        .unwrap();
    assert!(form.contains("Legacy partner two"), "{form}");
    let edit = ministry
        .call("pledge_form_start", &[("pledge", &published)])
        .await
        .unwrap();
    assert!(edit.contains("Legacy partner one"), "{edit}");
}

crate::on_both_databases!(
    skeleton_pledges_become_first_revisions,
    named_partners_move_into_revisions_and_working_copies,
);
