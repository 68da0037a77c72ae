//! The marketplace: project opportunities and their forms, the "Opportunities for you" score,
//! sign-ons to open pledges, reports of a problem, and organisation profiles.
mod filter;
mod forms;
pub mod matching;
mod opportunity_input;
mod views;

pub use filter::*;
pub use forms::*;
pub use opportunity_input::*;
pub use views::*;
