pub mod config;
pub mod db;
pub mod digest_worker;
pub mod mail_worker;
mod page_cache;
mod routes;
pub mod security;
pub mod startup;
pub mod telemetry;
