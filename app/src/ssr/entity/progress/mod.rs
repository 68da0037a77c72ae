//! The tables of progress after WTDC (migration `m20261208_000007`).
pub mod comment;
pub mod cycle;
pub mod draft;
pub mod evidence;
pub mod recipient;
pub mod reminder;
pub mod report;
pub mod report_country;
pub mod report_target;
