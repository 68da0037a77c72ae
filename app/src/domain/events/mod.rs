//! Roundtables and events: the forms as typed, their rules (shared by browser and server), and
//! what the event pages show.
mod event_input;
mod views;

pub use event_input::*;
pub use views::*;
