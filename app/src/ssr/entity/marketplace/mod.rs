//! The tables of the marketplace (migration `m20261210_000009`).
pub mod opportunity;
pub mod opportunity_poster;
pub mod problem_report;
pub mod revision_opportunity;
pub mod sign_on;
