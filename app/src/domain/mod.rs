//! Input shared by browser and server: the same `validator` rules run as the user types and again
//! on the server, which is the authority. Validated input is parsed once into typed values.
mod account_input;
mod checklist;
mod coalition_input;
mod compendium;
mod consistency;
pub mod events;
mod field_issue;
mod form_stamp;
mod login_input;
pub mod marketplace;
pub mod money_input;
mod number_text;
mod pledge_content;
mod pledge_input;
#[cfg(test)]
mod pledge_rules_tests;
pub mod progress;
mod review_notices;
mod review_views;
pub mod similarity;
pub mod text_diff;
pub mod text_rules;
mod views;

pub use account_input::{
    ChangeEmailInput, ChangePasswordInput, EmailInput, OrganisationInput, RegistrationInput,
    ResetPasswordInput, VerifyEmailInput, flat_issues,
};
pub use checklist::{
    CHECK_NOTE_MAX, CheckAnswer, CheckEntry, CheckItem, Checklist, ChecklistInput,
};
pub use coalition_input::{
    LETTER_PDF_MAX_BYTES, LeaderApplicationInput, LetterInput, ReasonInput, parse_signed_on,
};
pub use compendium::{
    COMPENDIUM_PAGE_SIZE, CompendiumFilter, CompendiumPage, CompendiumStats, FILTER_PARAMETERS,
    LightWanted, ProgressWanted, PublicPledge, SEARCH_MAX_CHARS, SEARCH_MAX_TERMS,
    SEARCH_TERM_MAX_CHARS, SEARCH_TERM_MIN_CHARS, Split, pledge_id_of_ref, public_ref, terms_of,
};
pub use consistency::{ConsistencyFlag, ScopeClaim, consistency_flags};
pub use field_issue::{FieldIssue, issues_from};
pub use form_stamp::FormStamp;
pub use login_input::LoginInput;
pub use number_text::{DecimalText, minor_units_text};
pub use pledge_content::{Benefit, Money, PledgeContent, Scope, Target};
pub use pledge_input::*;
pub use review_notices::PledgeMail;
pub use review_views::*;
pub use views::{
    CoalitionArea, CoalitionDesk, DraftSaved, EditStart, EventView, LeaderRow, LetterRow,
    MyOrganisation, OrganisationSummary, ParticipantView, PersonRow, PledgeDetail, PledgeRow,
    RevisionSummary, RevisionView, SessionUser,
};
