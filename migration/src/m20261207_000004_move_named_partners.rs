//! Partners belong to a revision. A partner the lead names without an account is pledge content,
//! reviewed with the revision it is part of; the registered partners the public sees are the ones
//! confirmed when a revision was approved. Names given before this change move into the pledge's
//! current and published revisions and its working copy, so nothing public changes by migrating.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::entity::prelude::Json;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLE: &str = "
CREATE TABLE revision_partners (
    revision_id INTEGER NOT NULL REFERENCES pledge_revisions (id) ON DELETE RESTRICT,
    kind VARCHAR(16) NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    organisation_id INTEGER NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    PRIMARY KEY (revision_id, kind, position)
)";

/// Registered partners confirmed today are public today: they become the published revision's.
const REGISTERED: &str = "
INSERT INTO revision_partners (revision_id, kind, position, name, organisation_id)
SELECT p.published_revision_id, 'registered', pp.id, o.name, pp.organisation_id
FROM pledge_participants pp
JOIN pledges p ON p.id = pp.pledge_id
JOIN organisations o ON o.id = pp.organisation_id
WHERE pp.role = 'partner' AND pp.status = 'confirmed' AND p.published_revision_id IS NOT NULL";

/// Named partners go into the current revision and, when it differs, the published one.
const NAMED: &str = "
INSERT INTO revision_partners (revision_id, kind, position, name, organisation_id)
SELECT r.id, 'named', pp.id, pp.name, NULL
FROM pledge_participants pp
JOIN pledges p ON p.id = pp.pledge_id
JOIN pledge_revisions r ON r.id = p.current_revision_id
    OR (r.id = p.published_revision_id AND p.published_revision_id <> p.current_revision_id)
WHERE pp.status = 'named' AND pp.name IS NOT NULL";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(TABLE).await?;
        db.execute_unprepared(REGISTERED).await?;
        db.execute_unprepared(NAMED).await?;
        move_into_working_copies(db, manager.get_database_backend()).await?;
        db.execute_unprepared("DELETE FROM pledge_participants WHERE status = 'named'")
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP TABLE IF EXISTS revision_partners")
            .await?;
        Ok(())
    }
}

/// A working copy is the form as typed (JSON): its `named_partners` field takes one name a line.
async fn move_into_working_copies<C: ConnectionTrait>(
    db: &C,
    backend: DbBackend,
) -> Result<(), DbErr> {
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT d.pledge_id, d.input, pp.name FROM pledge_drafts d \
             JOIN pledge_participants pp ON pp.pledge_id = d.pledge_id \
             WHERE pp.status = 'named' AND pp.name IS NOT NULL ORDER BY d.pledge_id, pp.id",
        ))
        .await?;
    let mut drafts: Vec<(i32, String, Vec<String>)> = Vec::new();
    for row in rows {
        let pledge_id: i32 = row.try_get("", "pledge_id")?;
        let input: String = row.try_get("", "input")?;
        let name: String = row.try_get("", "name")?;
        match drafts.last_mut() {
            Some((id, _, names)) if *id == pledge_id => names.push(name),
            _ => drafts.push((pledge_id, input, vec![name])),
        }
    }
    for (pledge_id, input, names) in drafts {
        let Ok(mut form) = input.parse::<Json>() else {
            continue;
        };
        let Some(fields) = form.as_object_mut() else {
            continue;
        };
        let typed = fields
            .get("named_partners")
            .and_then(Json::as_str)
            .unwrap_or_default()
            .to_owned();
        let lines: Vec<&str> = typed
            .lines()
            .chain(names.iter().map(String::as_str))
            .filter(|l| !l.trim().is_empty())
            .collect();
        fields.insert("named_partners".into(), Json::String(lines.join("\n")));
        db.execute_raw(Statement::from_sql_and_values(
            backend,
            match backend {
                DbBackend::Postgres => "UPDATE pledge_drafts SET input = $1 WHERE pledge_id = $2",
                _ => "UPDATE pledge_drafts SET input = ? WHERE pledge_id = ?",
            },
            [form.to_string().into(), pledge_id.into()],
        ))
        .await?;
    }
    Ok(())
}
