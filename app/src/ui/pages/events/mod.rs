//! Roundtables and events: the public list and event pages, the organiser's desk, run of show and
//! ceremony sheet, the organisation's requests and signatures, and the admins' video hosts.
mod ceremony;
mod desk;
mod desk_forms;
mod my_events;
mod organiser_list;
mod programme;
mod public_event;
mod public_list;
mod run_of_show;
mod video_hosts;

pub use ceremony::CeremonyPage;
pub use desk::EventDeskPage;
pub(crate) use desk_forms::CodeSelect;
pub use my_events::MyEventsPage;
pub use organiser_list::OrganiserEventsPage;
pub use public_event::EventPage;
pub use public_list::EventsPage;
pub use run_of_show::RunOfShowPage;
pub use video_hosts::VideoHostsPage;
