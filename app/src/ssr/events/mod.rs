//! Roundtables and events: organisers keep events and their programme, organisations ask to
//! announce pledges there, organisers accept and place them in plenary, the public reads the
//! event page, and the desk prints the run of show. State changes of announcements are decided by
//! `event_lifecycle`; every change is audited.
pub mod access;
pub mod announced;
pub mod announcements;
pub mod catalogue;
pub mod demo_seed;
pub mod desk;
pub mod my_events;
pub mod reminders;
pub mod run_files;
pub mod run_of_show;
pub mod sessions;
pub mod signatories;
pub mod videos;
pub mod zones;
