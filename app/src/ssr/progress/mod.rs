//! Progress after WTDC: organisations report on their published pledges once a cycle (and
//! whenever they like), ITU looks over the reports lightly, reminders go out through the outbox,
//! and the public reads a timeline with a traffic light computed by `progress_lifecycle`.
pub mod access;
pub mod comments;
pub mod cycles;
pub mod duties;
pub mod evidence;
pub mod filing;
pub mod recipients;
pub mod reminders;
pub mod review;
pub mod timeline;

/// The audit log's subject for a report.
pub(crate) const SUBJECT: &str = "progress_report";
