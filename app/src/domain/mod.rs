//! Input shared by browser and server: the same `validator` rules run as the user types and again
//! on the server, which is the authority. Validated input is parsed once into typed values.
mod field_issue;
mod login_input;
mod pledge_input;
mod views;

pub use field_issue::{FieldIssue, issues_from};
pub use login_input::LoginInput;
pub use pledge_input::{
    DESCRIPTION_MAX, DESCRIPTION_MIN, NewPledge, PledgeInput, TITLE_MAX, TITLE_MIN,
};
pub use views::{PledgeRow, PublicPledge, SessionUser};
