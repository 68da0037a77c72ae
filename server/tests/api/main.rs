//! Integration tests: each starts the real server binary on a random port against a fresh database,
//! on SQLite and (when `TEST_POSTGRES_URL` is set, as the test command and CI do) on PostgreSQL.
// Marked as test code for clippy, so `allow-unwrap-in-tests` (clippy.toml) covers the helpers too.
#![cfg(test)]

mod fixtures;
mod helpers;
mod smtp;

mod accounts;
mod audit_all;
mod authorization;
mod coalition;
mod compendium;
mod compendium_cache;
mod compendium_downloads;
mod compendium_exports;
mod compendium_search;
mod due_diligence;
mod events;
mod form_saves;
mod full_pledge;
mod health;
mod hostile_uploads;
mod i18n;
mod mail;
mod marketplace;
mod marketplace_exports;
mod migration;
mod named_partners;
mod notices;
mod progress;
mod registrations;
mod review;
mod security;
mod slice;
mod validation;
mod visibility;
