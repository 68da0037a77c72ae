//! Database tables as sea-orm entities; their shape follows `migration/`. Behaviour lives in the services.
pub mod account_token;
pub mod coalition_event;
pub mod focus_area_leader;
pub mod focus_area_seat;
pub mod form_stash;
pub mod letter;
pub mod letter_focus_area;
pub mod organisation;
pub mod outbox_message;
pub mod pledge;
pub mod pledge_event;
pub mod pledge_focus_area;
pub mod session;
pub mod user;
