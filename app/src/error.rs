//! The application's one error type: what server functions return and pages show.
//!
//! Internal causes are logged once where they happen (see `ssr::errors`); users only ever see the
//! translated message chosen in [`AppError::message_key`].
use leptos::server_fn::{
    codec::JsonEncoding,
    error::{FromServerFnError, ServerFnErrorErr},
};
use serde::{Deserialize, Serialize};

use crate::domain::FieldIssue;
use crate::event_lifecycle::AnnouncementError;
use crate::i18n::Key;
use crate::leader_lifecycle::LeaderError;
use crate::letter_lifecycle::LetterError;
use crate::marketplace_lifecycle::MarketError;
use crate::organisation_lifecycle::OrganisationError;
use crate::pledge_lifecycle::TransitionError;
use crate::progress_lifecycle::ReportError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("wrong e-mail address or password")]
    InvalidCredentials,
    #[error("not signed in")]
    NotSignedIn,
    #[error("forbidden")]
    Forbidden,
    #[error("not found")]
    NotFound,
    #[error("changed by someone else")]
    Conflict,
    #[error("invalid input: {0:?}")]
    Validation(Vec<FieldIssue>),
    /// A refused form. A browser without JavaScript is redirected back with this error in
    /// the URL; what was typed waits on the server under `stash`, and the form is filled in from it.
    #[error("invalid form: {issues:?}")]
    InvalidForm {
        issues: Vec<FieldIssue>,
        stash: Option<String>,
    },
    /// Right password, but the address has not been confirmed by its link yet.
    #[error("e-mail address not verified")]
    EmailNotVerified,
    /// Right password, but the organisation's admin has not accepted the person yet.
    #[error("membership pending")]
    MembershipPending,
    /// A link from an e-mail that expired, was used already or never existed.
    #[error("link invalid")]
    LinkInvalid,
    #[error("letter: {0}")]
    Letter(crate::letter_lifecycle::LetterError),
    #[error("leader: {0}")]
    Leader(crate::leader_lifecycle::LeaderError),
    #[error("organisation: {0}")]
    Organisation(crate::organisation_lifecycle::OrganisationError),
    #[error("progress report: {0}")]
    Report(crate::progress_lifecycle::ReportError),
    #[error("announcement: {0}")]
    Announcement(crate::event_lifecycle::AnnouncementError),
    #[error("marketplace: {0}")]
    Market(crate::marketplace_lifecycle::MarketError),
    /// Too many attempts in a short time (sign-in, anonymous forms).
    #[error("too many requests")]
    TooManyRequests,
    /// A state-changing request that came from another site (cross-site request forgery).
    #[error("cross-site request")]
    CrossSite,
    #[error("request too large")]
    TooLarge,
    #[error("transition refused: {0}")]
    Transition(TransitionError),
    /// Something failed on the server; the details are in the server log, never in the response.
    #[error("internal error")]
    Internal,
    /// The request did not reach the server or its answer could not be read.
    #[error("transport: {0}")]
    Transport(String),
    /// As many files as may be made at once are being made; try again shortly.
    #[error("busy")]
    Busy,
}

impl AppError {
    pub fn message_key(&self) -> Key {
        match self {
            AppError::InvalidCredentials => Key::ErrInvalidCredentials,
            AppError::NotSignedIn => Key::ErrNotSignedIn,
            AppError::Forbidden => Key::ErrForbidden,
            AppError::NotFound => Key::ErrNotFound,
            AppError::Conflict => Key::ErrConflict,
            // A rule about the whole form (not one field) says itself above the form.
            AppError::Validation(issues) | AppError::InvalidForm { issues, .. } => issues
                .iter()
                .find(|i| i.field == "form")
                .map_or(Key::ErrValidation, FieldIssue::message_key),
            AppError::Transition(TransitionError::OwnOrganisation) => Key::ErrOwnOrganisation,
            AppError::Transition(TransitionError::NotPermitted { .. }) => Key::ErrForbidden,
            AppError::Transition(TransitionError::NotAllowedInState { .. }) => {
                Key::ErrInvalidTransition
            }
            AppError::Transition(TransitionError::OrganisationNotVerified) => {
                Key::ErrOrganisationNotVerified
            }
            AppError::Transition(TransitionError::ClaimedByColleague) => Key::ErrClaimedByColleague,
            AppError::Transition(TransitionError::SameReviewerTwice) => Key::ErrSameReviewerTwice,
            AppError::TooManyRequests => Key::ErrTooManyRequests,
            AppError::EmailNotVerified => Key::ErrEmailNotVerified,
            AppError::MembershipPending => Key::ErrMembershipPending,
            AppError::LinkInvalid => Key::VLinkInvalid,
            AppError::Letter(LetterError::NotPermitted)
            | AppError::Leader(LeaderError::NotPermitted { .. })
            | AppError::Organisation(OrganisationError::NotPermitted) => Key::ErrForbidden,
            AppError::Letter(LetterError::NotAllowedInState { .. })
            | AppError::Leader(LeaderError::NotAllowedInState { .. })
            | AppError::Organisation(OrganisationError::NotAllowedInState) => {
                Key::ErrInvalidTransition
            }
            AppError::Letter(LetterError::ReasonRequired)
            | AppError::Leader(LeaderError::ReasonRequired) => Key::VReason,
            AppError::Leader(LeaderError::SeatsFull) => Key::ErrLeaderSeatsFull,
            AppError::Report(ReportError::NotPermitted) => Key::ErrForbidden,
            AppError::Report(ReportError::NotAllowedInState { .. }) => Key::ErrInvalidTransition,
            AppError::Report(ReportError::MessageRequired) => Key::VReason,
            AppError::Announcement(AnnouncementError::NotPermitted(_)) => Key::ErrForbidden,
            AppError::Announcement(AnnouncementError::NotAllowedInState { .. }) => {
                Key::ErrInvalidTransition
            }
            AppError::Market(MarketError::NotNow) => Key::ErrInvalidTransition,
            AppError::Market(MarketError::NotYours) => Key::ErrForbidden,
            AppError::Market(MarketError::OwnOrganisation) => Key::ErrOwnOrganisation,
            AppError::CrossSite => Key::ErrCrossSite,
            AppError::TooLarge => Key::ErrTooLarge,
            AppError::Internal => Key::ErrInternal,
            AppError::Transport(_) => Key::ErrUnavailable,
            AppError::Busy => Key::ErrBusy,
        }
    }

    /// The HTTP status a page showing this error is served with.
    pub fn status(&self) -> http::StatusCode {
        use http::StatusCode as S;
        match self {
            AppError::InvalidCredentials | AppError::NotSignedIn => S::UNAUTHORIZED,
            AppError::Forbidden | AppError::Transition(TransitionError::OwnOrganisation) => {
                S::FORBIDDEN
            }
            AppError::Transition(TransitionError::NotPermitted { .. }) => S::FORBIDDEN,
            AppError::NotFound => S::NOT_FOUND,
            AppError::Conflict
            | AppError::Transition(TransitionError::NotAllowedInState { .. })
            | AppError::Transition(TransitionError::OrganisationNotVerified)
            | AppError::Transition(TransitionError::ClaimedByColleague) => S::CONFLICT,
            AppError::Transition(TransitionError::SameReviewerTwice) => S::FORBIDDEN,
            AppError::Validation(_) | AppError::InvalidForm { .. } => S::BAD_REQUEST,
            AppError::TooManyRequests => S::TOO_MANY_REQUESTS,
            AppError::EmailNotVerified | AppError::MembershipPending => S::FORBIDDEN,
            AppError::LinkInvalid => S::BAD_REQUEST,
            AppError::Letter(LetterError::NotPermitted)
            | AppError::Leader(LeaderError::NotPermitted { .. })
            | AppError::Organisation(OrganisationError::NotPermitted) => S::FORBIDDEN,
            AppError::Letter(LetterError::NotAllowedInState { .. })
            | AppError::Leader(LeaderError::NotAllowedInState { .. } | LeaderError::SeatsFull)
            | AppError::Organisation(OrganisationError::NotAllowedInState) => S::CONFLICT,
            AppError::Letter(LetterError::ReasonRequired)
            | AppError::Leader(LeaderError::ReasonRequired) => S::BAD_REQUEST,
            AppError::Report(ReportError::NotPermitted) => S::FORBIDDEN,
            AppError::Report(ReportError::NotAllowedInState { .. }) => S::CONFLICT,
            AppError::Report(ReportError::MessageRequired) => S::BAD_REQUEST,
            AppError::Announcement(AnnouncementError::NotPermitted(_)) => S::FORBIDDEN,
            AppError::Announcement(AnnouncementError::NotAllowedInState { .. }) => S::CONFLICT,
            AppError::Market(MarketError::NotNow) => S::CONFLICT,
            AppError::Market(MarketError::NotYours | MarketError::OwnOrganisation) => S::FORBIDDEN,
            AppError::CrossSite => S::FORBIDDEN,
            AppError::TooLarge => S::PAYLOAD_TOO_LARGE,
            AppError::Internal => S::INTERNAL_SERVER_ERROR,
            AppError::Transport(_) => S::BAD_GATEWAY,
            AppError::Busy => S::SERVICE_UNAVAILABLE,
        }
    }

    /// Where the server keeps a refused form's input for a browser without JavaScript.
    pub fn stash_id(&self) -> Option<&str> {
        match self {
            AppError::InvalidForm { stash, .. } => stash.as_deref(),
            _ => None,
        }
    }

    /// Field issues to show next to the fields, if this is a validation error.
    pub fn field_issues(&self) -> &[FieldIssue] {
        match self {
            AppError::Validation(issues) | AppError::InvalidForm { issues, .. } => issues,
            _ => &[],
        }
    }
}

impl From<LetterError> for AppError {
    fn from(e: LetterError) -> Self {
        AppError::Letter(e)
    }
}

impl From<LeaderError> for AppError {
    fn from(e: LeaderError) -> Self {
        AppError::Leader(e)
    }
}

impl From<OrganisationError> for AppError {
    fn from(e: OrganisationError) -> Self {
        AppError::Organisation(e)
    }
}

impl From<AnnouncementError> for AppError {
    fn from(e: AnnouncementError) -> Self {
        AppError::Announcement(e)
    }
}

impl From<MarketError> for AppError {
    fn from(e: MarketError) -> Self {
        AppError::Market(e)
    }
}

impl From<ReportError> for AppError {
    fn from(e: ReportError) -> Self {
        AppError::Report(e)
    }
}

impl From<TransitionError> for AppError {
    fn from(e: TransitionError) -> Self {
        AppError::Transition(e)
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // A malformed form body is bad input, not a server fault.
            ServerFnErrorErr::Args(_)
            | ServerFnErrorErr::MissingArg(_)
            | ServerFnErrorErr::Deserialization(_) => AppError::Validation(Vec::new()),
            ServerFnErrorErr::Request(e) | ServerFnErrorErr::Response(e) => AppError::Transport(e),
            _ => AppError::Internal,
        }
    }
}
