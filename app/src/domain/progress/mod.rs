//! Progress reports after WTDC: the form as typed, its rules, and what pages show of it.
mod report_input;
mod views;

pub use report_input::*;
pub use views::*;
