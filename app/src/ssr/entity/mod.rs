//! Database tables as sea-orm entities; their shape follows `migration/`. Behaviour lives in the services.
pub mod form_stash;
pub mod organisation;
pub mod pledge;
pub mod pledge_event;
pub mod pledge_focus_area;
pub mod session;
pub mod user;
