//! Progress after WTDC, the server's part: evidence files served after the reader is checked,
//! and the reminder worker.
pub mod evidence_file;
pub mod reminder_worker;
