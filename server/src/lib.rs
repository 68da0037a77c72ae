pub mod config;
pub mod db;
mod routes;
pub mod security;
pub mod startup;
pub mod telemetry;
