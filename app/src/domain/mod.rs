//! Input shared by browser and server: the same `validator` rules run as the user types and again
//! on the server, which is the authority. Validated input is parsed once into typed values.
mod account_input;
mod coalition_input;
mod field_issue;
mod login_input;
mod pledge_input;
pub mod text_rules;
mod views;

pub use account_input::{
    ChangeEmailInput, ChangePasswordInput, EmailInput, OrganisationInput, RegistrationInput,
    ResetPasswordInput, flat_issues,
};
pub use coalition_input::{
    LETTER_PDF_MAX_BYTES, LeaderApplicationInput, LetterInput, ReasonInput, parse_signed_on,
};
pub use field_issue::{FieldIssue, issues_from};
pub use login_input::LoginInput;
pub use pledge_input::{
    DESCRIPTION_MAX, DESCRIPTION_MIN, NewPledge, PledgeInput, TITLE_MAX, TITLE_MIN,
};
pub use views::{
    CoalitionArea, CoalitionDesk, LeaderRow, LetterRow, MyOrganisation, OrganisationSummary,
    PersonRow, PledgeRow, PublicPledge, SessionUser,
};
