//! The pledge state machine: the only place that decides which state change is allowed, and for whom.
//!
//! ```text
//! draft --submit--> submitted --claim--> in_review --approve--> published --withdraw--> withdrawn
//!                      ^                    |  \--reject--> rejected
//!                      |                    \--request_changes--> changes_requested
//!                      \------------resubmit-----------------------------/
//! ```
//! The database layer applies the returned state in one transaction with its audit-log entry.
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    PledgeStatus {
        Draft => "draft",
        Submitted => "submitted",
        InReview => "in_review",
        ChangesRequested => "changes_requested",
        Published => "published",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
    }
}

code_enum! {
    PledgeAction {
        Submit => "submit",
        Claim => "claim",
        Approve => "approve",
        Reject => "reject",
        RequestChanges => "request_changes",
        Resubmit => "resubmit",
        Withdraw => "withdraw",
    }
}

code_enum! {
    /// What an account may do. Stakeholders act for their own organisation and its admin also
    /// manages who belongs to it; reviewers and admins are ITU staff; organisers run the Roundtable.
    Role {
        Stakeholder => "stakeholder",
        OrgAdmin => "org_admin",
        Reviewer => "reviewer",
        Admin => "admin",
        Organiser => "organiser",
    }
}

impl PledgeStatus {
    pub fn label(self) -> Key {
        match self {
            PledgeStatus::Draft => Key::StatusDraft,
            PledgeStatus::Submitted => Key::StatusSubmitted,
            PledgeStatus::InReview => Key::StatusInReview,
            PledgeStatus::ChangesRequested => Key::StatusChangesRequested,
            PledgeStatus::Published => Key::StatusPublished,
            PledgeStatus::Rejected => Key::StatusRejected,
            PledgeStatus::Withdrawn => Key::StatusWithdrawn,
        }
    }

    /// Only published pledges are visible outside the pledging organisation and ITU.
    pub fn is_public(self) -> bool {
        matches!(self, PledgeStatus::Published)
    }

    /// States that wait in the reviewers' queue.
    pub const AWAITING_REVIEW: [PledgeStatus; 2] =
        [PledgeStatus::Submitted, PledgeStatus::InReview];
}

impl Role {
    pub fn is_itu_staff(self) -> bool {
        matches!(self, Role::Reviewer | Role::Admin)
    }

    /// Acts for its organisation: drafts pledges, letters of intent and Leader applications.
    pub fn acts_for_organisation(self) -> bool {
        matches!(self, Role::Stakeholder | Role::OrgAdmin)
    }

    pub fn label(self) -> Key {
        match self {
            Role::Stakeholder => Key::RoleStakeholder,
            Role::OrgAdmin => Key::RoleOrgAdmin,
            Role::Reviewer => Key::RoleReviewer,
            Role::Admin => Key::RoleAdmin,
            Role::Organiser => Key::RoleOrganiser,
        }
    }
}

/// Who is acting, as far as the rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor {
    pub role: Role,
    /// The actor belongs to the organisation that made the pledge.
    pub same_organisation: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum TransitionError {
    #[error("{action} is not possible from {from}")]
    NotAllowedInState {
        from: PledgeStatus,
        action: PledgeAction,
    },
    #[error("this account may not {action}")]
    NotPermitted { action: PledgeAction },
    #[error("reviewers may not review their own organisation's pledges")]
    OwnOrganisation,
    /// ITU has not verified the pledging organisation yet: its pledges wait, unpublished.
    #[error("the pledging organisation is not verified")]
    OrganisationNotVerified,
}

/// What the rules need to know about the pledge besides its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pledger {
    /// ITU has verified the pledging organisation.
    pub verified: bool,
}

/// The state a pledge moves to when `actor` takes `action` in state `from`.
pub fn next_status(
    from: PledgeStatus,
    action: PledgeAction,
    actor: Actor,
    pledger: Pledger,
) -> Result<PledgeStatus, TransitionError> {
    use PledgeAction as A;
    use PledgeStatus as S;

    let target = match (from, action) {
        (S::Draft, A::Submit) => S::Submitted,
        (S::Submitted, A::Claim) => S::InReview,
        (S::InReview, A::Approve) => S::Published,
        (S::InReview, A::Reject) => S::Rejected,
        (S::InReview, A::RequestChanges) => S::ChangesRequested,
        (S::ChangesRequested, A::Resubmit) => S::Submitted,
        (S::Published, A::Withdraw) => S::Withdrawn,
        (
            S::Draft
            | S::Submitted
            | S::InReview
            | S::ChangesRequested
            | S::Published
            | S::Rejected
            | S::Withdrawn,
            A::Submit
            | A::Claim
            | A::Approve
            | A::Reject
            | A::RequestChanges
            | A::Resubmit
            | A::Withdraw,
        ) => return Err(TransitionError::NotAllowedInState { from, action }),
    };

    may_attempt(actor.role, action)?;
    match action {
        // The pledging organisation speaks for its pledge.
        A::Submit | A::Resubmit | A::Withdraw => {
            if !actor.same_organisation {
                return Err(TransitionError::NotPermitted { action });
            }
        }
        // Due diligence is never on one's own organisation.
        A::Claim | A::Approve | A::Reject | A::RequestChanges => {
            if actor.same_organisation {
                return Err(TransitionError::OwnOrganisation);
            }
        }
    }
    // Drafting and submitting may start before verification; publication may not.
    if target == S::Published && !pledger.verified {
        return Err(TransitionError::OrganisationNotVerified);
    }
    Ok(target)
}

/// Whether the role may take this action on any pledge at all. Services ask this before they look a
/// pledge up, so a refused caller learns nothing about which pledges exist.
pub fn may_attempt(role: Role, action: PledgeAction) -> Result<(), TransitionError> {
    use PledgeAction as A;
    match action {
        A::Submit | A::Resubmit | A::Withdraw => Ok(()),
        // Due diligence is ITU's.
        A::Claim | A::Approve | A::Reject | A::RequestChanges => {
            if role.is_itu_staff() {
                Ok(())
            } else {
                Err(TransitionError::NotPermitted { action })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLEDGER: Actor = Actor {
        role: Role::Stakeholder,
        same_organisation: true,
    };
    const OUTSIDER: Actor = Actor {
        role: Role::Stakeholder,
        same_organisation: false,
    };
    const REVIEWER: Actor = Actor {
        role: Role::Reviewer,
        same_organisation: false,
    };
    const ITU_OWN: Actor = Actor {
        role: Role::Reviewer,
        same_organisation: true,
    };

    /// The rules for a verified organisation's pledge.
    fn next_status_v(
        from: PledgeStatus,
        action: PledgeAction,
        actor: Actor,
    ) -> Result<PledgeStatus, TransitionError> {
        next_status(from, action, actor, Pledger { verified: true })
    }

    #[test]
    fn an_unverified_organisation_submits_but_is_never_published() {
        let unverified = Pledger { verified: false };
        assert_eq!(
            next_status(
                PledgeStatus::Draft,
                PledgeAction::Submit,
                PLEDGER,
                unverified
            ),
            Ok(PledgeStatus::Submitted)
        );
        assert_eq!(
            next_status(
                PledgeStatus::Submitted,
                PledgeAction::Claim,
                REVIEWER,
                unverified
            ),
            Ok(PledgeStatus::InReview)
        );
        assert_eq!(
            next_status(
                PledgeStatus::InReview,
                PledgeAction::Approve,
                REVIEWER,
                unverified
            ),
            Err(TransitionError::OrganisationNotVerified)
        );
    }

    #[test]
    fn the_happy_path_reaches_publication() {
        let s = next_status_v(PledgeStatus::Draft, PledgeAction::Submit, PLEDGER);
        let s = s.and_then(|s| next_status_v(s, PledgeAction::Claim, REVIEWER));
        let s = s.and_then(|s| next_status_v(s, PledgeAction::Approve, REVIEWER));
        assert_eq!(s, Ok(PledgeStatus::Published));
        assert_eq!(
            next_status_v(PledgeStatus::Published, PledgeAction::Withdraw, PLEDGER),
            Ok(PledgeStatus::Withdrawn)
        );
    }

    #[test]
    fn changes_requested_goes_back_to_the_queue() {
        assert_eq!(
            next_status_v(
                PledgeStatus::InReview,
                PledgeAction::RequestChanges,
                REVIEWER
            ),
            Ok(PledgeStatus::ChangesRequested)
        );
        assert_eq!(
            next_status_v(
                PledgeStatus::ChangesRequested,
                PledgeAction::Resubmit,
                PLEDGER
            ),
            Ok(PledgeStatus::Submitted)
        );
        assert_eq!(
            next_status_v(PledgeStatus::InReview, PledgeAction::Reject, REVIEWER),
            Ok(PledgeStatus::Rejected)
        );
    }

    #[test]
    fn exactly_seven_transitions_exist() {
        let mut allowed = 0;
        for from in PledgeStatus::ALL {
            for action in PledgeAction::ALL {
                let ok = [PLEDGER, REVIEWER]
                    .iter()
                    .any(|a| next_status_v(*from, *action, *a).is_ok());
                allowed += usize::from(ok);
            }
        }
        assert_eq!(allowed, 7);
    }

    #[test]
    fn nothing_leaves_a_final_state_except_published_by_withdrawal() {
        for action in PledgeAction::ALL {
            for actor in [PLEDGER, REVIEWER] {
                assert!(next_status_v(PledgeStatus::Rejected, *action, actor).is_err());
                assert!(next_status_v(PledgeStatus::Withdrawn, *action, actor).is_err());
            }
        }
    }

    #[test]
    fn only_itu_staff_review_and_never_their_own_organisation() {
        assert_eq!(
            next_status_v(PledgeStatus::InReview, PledgeAction::Approve, PLEDGER),
            Err(TransitionError::NotPermitted {
                action: PledgeAction::Approve
            })
        );
        assert_eq!(
            next_status_v(PledgeStatus::Submitted, PledgeAction::Claim, ITU_OWN),
            Err(TransitionError::OwnOrganisation)
        );
        assert_eq!(
            next_status_v(PledgeStatus::InReview, PledgeAction::Approve, ITU_OWN),
            Err(TransitionError::OwnOrganisation)
        );
    }

    #[test]
    fn only_the_pledging_organisation_submits_or_withdraws() {
        assert!(next_status_v(PledgeStatus::Draft, PledgeAction::Submit, OUTSIDER).is_err());
        assert!(next_status_v(PledgeStatus::Published, PledgeAction::Withdraw, REVIEWER).is_err());
    }

    #[test]
    fn skipping_review_is_impossible() {
        assert_eq!(
            next_status_v(PledgeStatus::Submitted, PledgeAction::Approve, REVIEWER),
            Err(TransitionError::NotAllowedInState {
                from: PledgeStatus::Submitted,
                action: PledgeAction::Approve
            })
        );
        assert!(next_status_v(PledgeStatus::Draft, PledgeAction::Approve, REVIEWER).is_err());
    }
}
