pub mod config;
pub mod db;
mod routes;
pub mod startup;
pub mod telemetry;
