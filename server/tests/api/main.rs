//! Integration tests: each starts the real server binary on a random port against a fresh database,
//! on SQLite and (when `TEST_POSTGRES_URL` is set, as the test command and CI do) on PostgreSQL.
mod helpers;

mod health;
mod i18n;
mod review;
mod slice;
mod validation;
mod visibility;
