//! The public compendium as a read model. Every publication event (approve, withdraw, unpublish,
//! a partner joining) rewrites one pledge's rows here in the same transaction, so the public pages,
//! exports, open API and totals read one flat table instead of joining revisions: filters are
//! column tests, totals are aggregates, and `doc` holds the pledge's public fields as JSON.
//! Full-text search: FTS5 with the trigram tokenizer on SQLite, a pg_trgm index on PostgreSQL;
//! both answer "every term appears in the text" (substring, any script, Chinese included).
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &str = "
CREATE TABLE compendium_entries (
    pledge_id INTEGER NOT NULL PRIMARY KEY REFERENCES pledges (id) ON DELETE RESTRICT,
    public_ref VARCHAR(24) NOT NULL UNIQUE,
    revision_id INTEGER NOT NULL REFERENCES pledge_revisions (id) ON DELETE RESTRICT,
    published_at TIMESTAMP_TZ NOT NULL,
    published_year INTEGER NOT NULL,
    pledge_type VARCHAR(20) NOT NULL,
    fa_access BOOLEAN NOT NULL,
    fa_adoption BOOLEAN NOT NULL,
    fa_value_creation BOOLEAN NOT NULL,
    fa_accelerate BOOLEAN NOT NULL,
    organisation_id INTEGER NOT NULL,
    stakeholder_type VARCHAR(40) NOT NULL,
    ldc_level VARCHAR(16) NOT NULL,
    lldc_level VARCHAR(16) NOT NULL,
    sids_level VARCHAR(16) NOT NULL,
    scope_global BOOLEAN NOT NULL,
    usd_cents BIGINT NULL,
    usd_sort BIGINT NOT NULL,
    title VARCHAR(200) NOT NULL,
    organisation_name TEXT NOT NULL,
    partners TEXT NOT NULL,
    search_text TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX ix_compendium_newest ON compendium_entries (published_at DESC, pledge_id DESC);
CREATE INDEX ix_compendium_value ON compendium_entries (usd_sort DESC, pledge_id DESC);
CREATE INDEX ix_compendium_type ON compendium_entries (pledge_type);
CREATE INDEX ix_compendium_stakeholder ON compendium_entries (stakeholder_type);
CREATE INDEX ix_compendium_year ON compendium_entries (published_year);
CREATE TABLE compendium_places (
    pledge_id INTEGER NOT NULL REFERENCES compendium_entries (pledge_id) ON DELETE CASCADE,
    code VARCHAR(24) NOT NULL,
    named BOOLEAN NOT NULL,
    PRIMARY KEY (pledge_id, code)
);
CREATE INDEX ix_compendium_places_code ON compendium_places (code, pledge_id);
CREATE TABLE compendium_organisations (
    pledge_id INTEGER NOT NULL REFERENCES compendium_entries (pledge_id) ON DELETE CASCADE,
    name_key VARCHAR(400) NOT NULL,
    name TEXT NOT NULL,
    stakeholder_type VARCHAR(40) NULL,
    PRIMARY KEY (pledge_id, name_key)
);
CREATE INDEX ix_compendium_organisations_key ON compendium_organisations (name_key, pledge_id);
CREATE TABLE compendium_version (
    id INTEGER NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO compendium_version (id, version) VALUES (1, 1);
";

const SQLITE_SEARCH: &str = "
CREATE VIRTUAL TABLE compendium_fts USING fts5(
    search_text, content='compendium_entries', content_rowid='pledge_id', tokenize='trigram'
);
CREATE TRIGGER compendium_fts_insert AFTER INSERT ON compendium_entries BEGIN
    INSERT INTO compendium_fts (rowid, search_text) VALUES (NEW.pledge_id, NEW.search_text);
END;
CREATE TRIGGER compendium_fts_delete AFTER DELETE ON compendium_entries BEGIN
    INSERT INTO compendium_fts (compendium_fts, rowid, search_text)
    VALUES ('delete', OLD.pledge_id, OLD.search_text);
END;
CREATE TRIGGER compendium_fts_update AFTER UPDATE ON compendium_entries BEGIN
    INSERT INTO compendium_fts (compendium_fts, rowid, search_text)
    VALUES ('delete', OLD.pledge_id, OLD.search_text);
    INSERT INTO compendium_fts (rowid, search_text) VALUES (NEW.pledge_id, NEW.search_text);
END;
";

/// pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it. Where a host
/// forbids it, search still answers the same (a sequential LIKE), only slower.
const POSTGRES_SEARCH: &str = "
DO $$ BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available: compendium search runs without its index';
END $$;
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX ix_compendium_search ON compendium_entries USING gin (search_text gin_trgm_ops);
    END IF;
END $$;
";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        let postgres = manager.get_database_backend() == DbBackend::Postgres;
        let timestamp = if postgres {
            "TIMESTAMP WITH TIME ZONE"
        } else {
            // The type name sea-query gives such columns on SQLite, so sqlx reads them alike.
            "timestamp_with_timezone_text"
        };
        for statement in TABLES.split(';').map(str::trim).filter(|s| !s.is_empty()) {
            db.execute_unprepared(&statement.replace("TIMESTAMP_TZ", timestamp))
                .await?;
        }
        if postgres {
            db.execute_unprepared(POSTGRES_SEARCH).await?;
        } else {
            // Triggers contain semicolons: the script goes as one batch.
            db.execute_unprepared(SQLITE_SEARCH).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if manager.get_database_backend() != DbBackend::Postgres {
            db.execute_unprepared("DROP TABLE IF EXISTS compendium_fts")
                .await?;
        }
        db.execute_unprepared(
            "DROP TABLE IF EXISTS compendium_version; DROP TABLE IF EXISTS compendium_organisations; \
             DROP TABLE IF EXISTS compendium_places; DROP TABLE IF EXISTS compendium_entries",
        )
        .await?;
        Ok(())
    }
}
