//! The marketplace: the only place that decides what a sign-on to an open pledge and a report of
//! a problem may become, and who may move them.
//!
//! ```text
//! (organisation signs on) --> submitted --approve (reviewer)--> approved
//!                                |   \----reject (reviewer)---> rejected
//!                                \-------withdraw (signer)----> withdrawn   (also from approved)
//!
//! (anyone reports) --> open --dismiss--> dismissed
//!                       | \--unpublish--> unpublished
//!                       \--ask--> asked --dismiss | unpublish--> ...
//! ```
//! A sign-on is public only once approved, and only while its pledge is public.
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    OpportunityKind {
        Project => "project",
        RegionalInitiative => "regional_initiative",
        FlagshipInitiative => "flagship_initiative",
        Campaign => "campaign",
    }
}

code_enum! {
    /// Partners answer open opportunities; funded and closed ones stay listed with their pledges.
    OpportunityStatus {
        Open => "open",
        Funded => "funded",
        Closed => "closed",
    }
}

code_enum! {
    /// What an opportunity needs, or a co-signer gives, besides money.
    InKind {
        Equipment => "equipment",
        Expertise => "expertise",
        Training => "training",
        Connectivity => "connectivity",
    }
}

code_enum! {
    SignOnState {
        Submitted => "submitted",
        Approved => "approved",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
}

code_enum! {
    SignOnAction {
        Approve => "approve",
        Reject => "reject",
        Withdraw => "withdraw",
    }
}

code_enum! {
    ReportReason {
        Inaccurate => "inaccurate",
        Duplicate => "duplicate",
        NotHappening => "not_happening",
        Inappropriate => "inappropriate",
        Other => "other",
    }
}

code_enum! {
    ReportState {
        Open => "open",
        Dismissed => "dismissed",
        Asked => "asked",
        Unpublished => "unpublished",
    }
}

code_enum! {
    ReportAction {
        Dismiss => "dismiss",
        Ask => "ask",
        Unpublish => "unpublish",
    }
}

code_enum! {
    /// What a report is about: a public page of the platform.
    ReportSubject {
        Pledge => "pledge",
        Opportunity => "opportunity",
        Event => "event",
    }
}

/// Who moves a sign-on: ITU's reviewers decide it, the organisation that signed may withdraw it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SignOnMover {
    Reviewer,
    Signer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum MarketError {
    /// The action does not apply in this state.
    #[error("not possible in this state")]
    NotNow,
    /// This person may not take it.
    #[error("not permitted")]
    NotYours,
    /// A reviewer may not decide for their own organisation.
    #[error("own organisation")]
    OwnOrganisation,
}

/// The state a sign-on moves to, or why it may not.
pub fn next_sign_on_state(
    from: SignOnState,
    action: SignOnAction,
    mover: SignOnMover,
) -> Result<SignOnState, MarketError> {
    use SignOnAction as A;
    use SignOnState as S;
    match (from, action, mover) {
        (S::Submitted, A::Approve, SignOnMover::Reviewer) => Ok(S::Approved),
        (S::Submitted, A::Reject, SignOnMover::Reviewer) => Ok(S::Rejected),
        (S::Submitted | S::Approved, A::Withdraw, SignOnMover::Signer) => Ok(S::Withdrawn),
        (S::Submitted, A::Approve | A::Reject, SignOnMover::Signer)
        | (S::Submitted | S::Approved, A::Withdraw, SignOnMover::Reviewer) => {
            Err(MarketError::NotYours)
        }
        (S::Approved, A::Approve | A::Reject, _)
        | (S::Rejected | S::Withdrawn, A::Approve | A::Reject | A::Withdraw, _) => {
            Err(MarketError::NotNow)
        }
    }
}

/// The state a report moves to. Asking the organisation leaves the report on the desk until the
/// reviewer dismisses it or unpublishes the page.
pub fn next_report_state(
    from: ReportState,
    action: ReportAction,
) -> Result<ReportState, MarketError> {
    use ReportAction as A;
    use ReportState as S;
    match (from, action) {
        (S::Open | S::Asked, A::Dismiss) => Ok(S::Dismissed),
        (S::Open | S::Asked, A::Unpublish) => Ok(S::Unpublished),
        (S::Open, A::Ask) => Ok(S::Asked),
        (S::Asked, A::Ask) | (S::Dismissed | S::Unpublished, _) => Err(MarketError::NotNow),
    }
}

/// Other organisations may sign on while the public revision says the pledge is open, the pledge
/// is public and the lead has not closed sign-on.
pub fn takes_sign_ons(open_revision: bool, public: bool, closed: bool) -> bool {
    open_revision && public && !closed
}

impl OpportunityKind {
    pub fn label(self) -> Key {
        match self {
            OpportunityKind::Project => Key::OppKindProject,
            OpportunityKind::RegionalInitiative => Key::OppKindRegional,
            OpportunityKind::FlagshipInitiative => Key::OppKindFlagship,
            OpportunityKind::Campaign => Key::OppKindCampaign,
        }
    }
}

impl OpportunityStatus {
    pub fn label(self) -> Key {
        match self {
            OpportunityStatus::Open => Key::OppStatusOpen,
            OpportunityStatus::Funded => Key::OppStatusFunded,
            OpportunityStatus::Closed => Key::OppStatusClosed,
        }
    }
}

impl InKind {
    pub fn label(self) -> Key {
        match self {
            InKind::Equipment => Key::InKindEquipment,
            InKind::Expertise => Key::InKindExpertise,
            InKind::Training => Key::InKindTraining,
            InKind::Connectivity => Key::InKindConnectivity,
        }
    }
}

impl SignOnState {
    pub fn label(self) -> Key {
        match self {
            SignOnState::Submitted => Key::SignOnSubmitted,
            SignOnState::Approved => Key::SignOnApproved,
            SignOnState::Rejected => Key::SignOnRejected,
            SignOnState::Withdrawn => Key::SignOnWithdrawn,
        }
    }
}

impl ReportReason {
    pub fn label(self) -> Key {
        match self {
            ReportReason::Inaccurate => Key::ReportInaccurate,
            ReportReason::Duplicate => Key::ReportDuplicate,
            ReportReason::NotHappening => Key::ReportNotHappening,
            ReportReason::Inappropriate => Key::ReportInappropriate,
            ReportReason::Other => Key::ReportOther,
        }
    }
}

impl ReportState {
    pub fn label(self) -> Key {
        match self {
            ReportState::Open => Key::ReportStateOpen,
            ReportState::Dismissed => Key::ReportStateDismissed,
            ReportState::Asked => Key::ReportStateAsked,
            ReportState::Unpublished => Key::ReportStateUnpublished,
        }
    }
}

impl ReportAction {
    pub fn label(self) -> Key {
        match self {
            ReportAction::Dismiss => Key::ReportDismiss,
            ReportAction::Ask => Key::ReportAsk,
            ReportAction::Unpublish => Key::ReportUnpublish,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_ons_are_decided_by_reviewers_and_withdrawn_by_signers() {
        use SignOnAction as A;
        use SignOnMover::{Reviewer, Signer};
        use SignOnState as S;
        let table = [
            (S::Submitted, A::Approve, Reviewer, Ok(S::Approved)),
            (S::Submitted, A::Reject, Reviewer, Ok(S::Rejected)),
            (S::Submitted, A::Approve, Signer, Err(MarketError::NotYours)),
            (S::Submitted, A::Withdraw, Signer, Ok(S::Withdrawn)),
            (S::Approved, A::Withdraw, Signer, Ok(S::Withdrawn)),
            (
                S::Approved,
                A::Withdraw,
                Reviewer,
                Err(MarketError::NotYours),
            ),
            (S::Approved, A::Approve, Reviewer, Err(MarketError::NotNow)),
            (S::Rejected, A::Approve, Reviewer, Err(MarketError::NotNow)),
            (S::Withdrawn, A::Withdraw, Signer, Err(MarketError::NotNow)),
        ];
        for (from, action, mover, want) in table {
            assert_eq!(
                next_sign_on_state(from, action, mover),
                want,
                "{from} {action} {mover:?}"
            );
        }
    }

    #[test]
    fn a_report_may_be_asked_about_once_and_decided_once() {
        use ReportAction as A;
        use ReportState as S;
        assert_eq!(next_report_state(S::Open, A::Ask), Ok(S::Asked));
        assert_eq!(
            next_report_state(S::Asked, A::Ask),
            Err(MarketError::NotNow)
        );
        assert_eq!(next_report_state(S::Asked, A::Dismiss), Ok(S::Dismissed));
        assert_eq!(next_report_state(S::Open, A::Unpublish), Ok(S::Unpublished));
        for done in [S::Dismissed, S::Unpublished] {
            for a in ReportAction::ALL {
                assert_eq!(next_report_state(done, *a), Err(MarketError::NotNow));
            }
        }
    }

    #[test]
    fn sign_on_needs_an_open_public_pledge() {
        assert!(takes_sign_ons(true, true, false));
        assert!(!takes_sign_ons(false, true, false));
        assert!(!takes_sign_ons(true, false, false));
        assert!(!takes_sign_ons(true, true, true));
    }
}
