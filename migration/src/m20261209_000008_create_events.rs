//! Roundtables and events: events with their programme (sessions, speakers), the pledges
//! organisations ask to announce there and where the organiser placed them, video statements
//! (links to hosts ITU admins allow, with a transcript), the signing ceremony's signatories, and
//! the compendium's list of the events each public pledge was announced at.
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let (pk, ts, date) = match manager.get_database_backend() {
            DbBackend::Postgres => ("SERIAL PRIMARY KEY", "TIMESTAMP WITH TIME ZONE", "DATE"),
            _ => (
                "INTEGER PRIMARY KEY AUTOINCREMENT",
                "timestamp_with_timezone_text",
                "date_text",
            ),
        };
        let statements = [
            format!(
                "CREATE TABLE events (
                    id {pk},
                    slug VARCHAR(60) NOT NULL UNIQUE,
                    name VARCHAR(200) NOT NULL,
                    place VARCHAR(200) NOT NULL,
                    time_zone VARCHAR(64) NOT NULL,
                    starts_on {date} NOT NULL,
                    ends_on {date} NOT NULL,
                    status VARCHAR(12) NOT NULL CHECK (status IN ('planned', 'open', 'held', 'archived')),
                    created_by INTEGER NULL REFERENCES users (id),
                    created_at {ts} NOT NULL,
                    updated_at {ts} NOT NULL,
                    version INTEGER NOT NULL DEFAULT 0,
                    CHECK (starts_on <= ends_on)
                )"
            ),
            format!(
                "CREATE TABLE event_sessions (
                    id {pk},
                    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                    kind VARCHAR(24) NOT NULL CHECK (kind IN ('high_level', 'panel', 'group_discussion',
                        'plenary_announcements', 'signing_ceremony', 'other')),
                    title VARCHAR(200) NOT NULL,
                    starts_at {ts} NOT NULL,
                    ends_at {ts} NOT NULL,
                    room VARCHAR(100) NOT NULL,
                    moderator VARCHAR(200) NOT NULL,
                    focus_area VARCHAR(20) NULL,
                    created_at {ts} NOT NULL,
                    updated_at {ts} NOT NULL
                )"
            ),
            "CREATE INDEX event_sessions_event ON event_sessions (event_id, starts_at)".to_owned(),
            format!(
                "CREATE TABLE session_speakers (
                    id {pk},
                    session_id INTEGER NOT NULL REFERENCES event_sessions (id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name VARCHAR(200) NOT NULL,
                    title VARCHAR(200) NOT NULL,
                    organisation_id INTEGER NULL REFERENCES organisations (id),
                    organisation_name VARCHAR(200) NOT NULL
                )"
            ),
            "CREATE INDEX session_speakers_session ON session_speakers (session_id, position)".to_owned(),
            format!(
                "CREATE TABLE announcements (
                    id {pk},
                    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                    pledge_id INTEGER NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
                    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                    speaker_name VARCHAR(200) NOT NULL,
                    speaker_title VARCHAR(200) NOT NULL,
                    state VARCHAR(12) NOT NULL CHECK (state IN ('requested', 'accepted', 'scheduled',
                        'declined', 'withdrawn', 'dropped')),
                    session_id INTEGER NULL REFERENCES event_sessions (id) ON DELETE SET NULL,
                    position INTEGER NULL,
                    minutes INTEGER NOT NULL DEFAULT 3 CHECK (minutes BETWEEN 1 AND 60),
                    reason TEXT NULL,
                    requested_by INTEGER NOT NULL REFERENCES users (id),
                    created_at {ts} NOT NULL,
                    updated_at {ts} NOT NULL,
                    version INTEGER NOT NULL DEFAULT 0,
                    reminded_week_at {ts} NULL,
                    reminded_day_at {ts} NULL
                )"
            ),
            // One live request per pledge and event; a declined or withdrawn one may be asked again.
            "CREATE UNIQUE INDEX announcements_live ON announcements (event_id, pledge_id)
                WHERE state IN ('requested', 'accepted', 'scheduled')"
                .to_owned(),
            "CREATE INDEX announcements_pledge ON announcements (pledge_id)".to_owned(),
            "CREATE INDEX announcements_session ON announcements (session_id, position)".to_owned(),
            format!(
                "CREATE TABLE event_videos (
                    id {pk},
                    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                    announcement_id INTEGER NULL REFERENCES announcements (id) ON DELETE CASCADE,
                    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                    url VARCHAR(500) NOT NULL,
                    seconds INTEGER NOT NULL CHECK (seconds BETWEEN 1 AND 7200),
                    transcript TEXT NOT NULL,
                    added_by INTEGER NOT NULL REFERENCES users (id),
                    created_at {ts} NOT NULL,
                    updated_at {ts} NOT NULL
                )"
            ),
            "CREATE INDEX event_videos_event ON event_videos (event_id)".to_owned(),
            format!(
                "CREATE TABLE video_hosts (
                    host VARCHAR(253) NOT NULL PRIMARY KEY,
                    added_by INTEGER NULL REFERENCES users (id),
                    created_at {ts} NOT NULL
                )"
            ),
            format!(
                "CREATE TABLE event_signatories (
                    id {pk},
                    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
                    organisation_id INTEGER NOT NULL REFERENCES organisations (id),
                    capacity VARCHAR(120) NOT NULL,
                    signatory_name VARCHAR(200) NULL,
                    signatory_title VARCHAR(200) NULL,
                    confirmed_by INTEGER NULL REFERENCES users (id),
                    confirmed_at {ts} NULL,
                    updated_at {ts} NOT NULL,
                    UNIQUE (event_id, organisation_id)
                )"
            ),
            "CREATE TABLE compendium_events (
                pledge_id INTEGER NOT NULL REFERENCES compendium_entries (pledge_id) ON DELETE CASCADE,
                event_slug VARCHAR(60) NOT NULL,
                PRIMARY KEY (pledge_id, event_slug)
            )"
            .to_owned(),
            "CREATE INDEX compendium_events_slug ON compendium_events (event_slug, pledge_id)".to_owned(),
        ];
        let conn = manager.get_connection();
        for sql in statements {
            conn.execute_unprepared(&sql).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "compendium_events",
            "event_signatories",
            "video_hosts",
            "event_videos",
            "announcements",
            "session_speakers",
            "event_sessions",
            "events",
        ] {
            manager
                .get_connection()
                .execute_unprepared(&format!("DROP TABLE {table}"))
                .await?;
        }
        Ok(())
    }
}
