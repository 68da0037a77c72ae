//! The tables of roundtables and events (migration `m20261209_000008`).
pub mod announcement;
pub mod event;
pub mod session;
pub mod signatory;
pub mod speaker;
pub mod video;
pub mod video_host;
