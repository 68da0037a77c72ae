//! The pledge state machine: the only place that decides which state change is allowed, and for whom.
//!
//! ```text
//! draft --submit--> submitted --claim--> in_review --approve--> published
//!                      ^  ^                 |  \--reject--> rejected (or back to published, see below)
//!                      |  |                 \--request_changes--> changes_requested
//!                      |  \------------resubmit-----------------------------/
//!                      \--revise-- published (a new revision; the published one stays public)
//! draft, submitted, in_review, changes_requested, published --withdraw--> withdrawn
//! ```
//! A pledge that was published once keeps its public revision while a newer one is reviewed: if
//! that one is rejected the pledge returns to `published`, and only withdrawal takes it down.
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
        Revise => "revise",
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

    pub fn awaits_review(self) -> bool {
        Self::AWAITING_REVIEW.contains(&self)
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

/// How the actor's organisation stands to the pledge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relation {
    /// The organisation that made the pledge.
    Lead,
    /// A confirmed partner; it may edit and submit when the lead allows it.
    Partner { may_edit: bool },
    /// No part in the pledge (an invited partner that has not confirmed is not part of it yet).
    Outsider,
}

impl Relation {
    /// Anyone whose organisation is on the pledge: never its reviewer.
    pub fn takes_part(self) -> bool {
        !matches!(self, Relation::Outsider)
    }

    /// Speaks for the pledge's content: saves, submits and resubmits it.
    pub fn edits(self) -> bool {
        matches!(self, Relation::Lead | Relation::Partner { may_edit: true })
    }
}

/// Who is acting, as far as the rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor {
    pub role: Role,
    pub relation: Relation,
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
    #[error("reviewers may not review a pledge their organisation takes part in")]
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
    /// An earlier revision is public, and stays so while a newer one is reviewed.
    pub has_published: bool,
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
        (S::InReview, A::Reject) if pledger.has_published => S::Published,
        (S::InReview, A::Reject) => S::Rejected,
        (S::InReview, A::RequestChanges) => S::ChangesRequested,
        (S::ChangesRequested, A::Resubmit) => S::Submitted,
        (S::Published, A::Revise) => S::Submitted,
        (
            S::Draft | S::Submitted | S::InReview | S::ChangesRequested | S::Published,
            A::Withdraw,
        ) => S::Withdrawn,
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
            | A::Revise
            | A::Withdraw,
        ) => return Err(TransitionError::NotAllowedInState { from, action }),
    };

    may_attempt(actor.role, action)?;
    match action {
        // The pledge's organisations speak for its content; only the lead takes it back.
        A::Submit | A::Resubmit | A::Revise => {
            if !actor.relation.edits() {
                return Err(TransitionError::NotPermitted { action });
            }
        }
        A::Withdraw => {
            if actor.relation != Relation::Lead {
                return Err(TransitionError::NotPermitted { action });
            }
        }
        // Due diligence is never on a pledge one's own organisation takes part in.
        A::Claim | A::Approve | A::Reject | A::RequestChanges => {
            if actor.relation.takes_part() {
                return Err(TransitionError::OwnOrganisation);
            }
        }
    }
    // Drafting and submitting may start before verification; publication may not.
    if action == A::Approve && !pledger.verified {
        return Err(TransitionError::OrganisationNotVerified);
    }
    Ok(target)
}

/// Whether the actor may change the pledge's working copy in this state: while it is a draft, after
/// changes were requested, and when published (the edit becomes a new revision under review). Not
/// while a reviewer is looking at it, and never once it is rejected or withdrawn.
pub fn may_edit(status: PledgeStatus, actor: Actor) -> bool {
    actor.role.acts_for_organisation()
        && actor.relation.edits()
        && match status {
            PledgeStatus::Draft | PledgeStatus::ChangesRequested | PledgeStatus::Published => true,
            PledgeStatus::Submitted
            | PledgeStatus::InReview
            | PledgeStatus::Rejected
            | PledgeStatus::Withdrawn => false,
        }
}

/// The action that sends the working copy to review from this state, if any.
pub fn submission_action(status: PledgeStatus) -> Option<PledgeAction> {
    match status {
        PledgeStatus::Draft => Some(PledgeAction::Submit),
        PledgeStatus::ChangesRequested => Some(PledgeAction::Resubmit),
        PledgeStatus::Published => Some(PledgeAction::Revise),
        PledgeStatus::Submitted
        | PledgeStatus::InReview
        | PledgeStatus::Rejected
        | PledgeStatus::Withdrawn => None,
    }
}

/// Whether the role may take this action on any pledge at all. Services ask this before they look a
/// pledge up, so a refused caller learns nothing about which pledges exist.
pub fn may_attempt(role: Role, action: PledgeAction) -> Result<(), TransitionError> {
    use PledgeAction as A;
    match action {
        A::Submit | A::Resubmit | A::Revise | A::Withdraw => {
            if role.acts_for_organisation() {
                Ok(())
            } else {
                Err(TransitionError::NotPermitted { action })
            }
        }
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
    use PledgeAction as A;
    use PledgeStatus as S;

    fn actor(role: Role, relation: Relation) -> Actor {
        Actor { role, relation }
    }
    const LEAD: Actor = Actor {
        role: Role::Stakeholder,
        relation: Relation::Lead,
    };
    const LEAD_ADMIN: Actor = Actor {
        role: Role::OrgAdmin,
        relation: Relation::Lead,
    };
    const EDITING_PARTNER: Actor = Actor {
        role: Role::Stakeholder,
        relation: Relation::Partner { may_edit: true },
    };
    const PARTNER: Actor = Actor {
        role: Role::Stakeholder,
        relation: Relation::Partner { may_edit: false },
    };
    const OUTSIDER: Actor = Actor {
        role: Role::Stakeholder,
        relation: Relation::Outsider,
    };
    const REVIEWER: Actor = Actor {
        role: Role::Reviewer,
        relation: Relation::Outsider,
    };
    const ITU_ADMIN: Actor = Actor {
        role: Role::Admin,
        relation: Relation::Outsider,
    };
    const ORGANISER: Actor = Actor {
        role: Role::Organiser,
        relation: Relation::Outsider,
    };
    const VERIFIED: Pledger = Pledger {
        verified: true,
        has_published: false,
    };

    fn all_actors() -> Vec<Actor> {
        let mut all = Vec::new();
        for role in Role::ALL {
            for relation in [
                Relation::Lead,
                Relation::Partner { may_edit: true },
                Relation::Partner { may_edit: false },
                Relation::Outsider,
            ] {
                all.push(actor(*role, relation));
            }
        }
        all
    }

    /// The rules written out once more, as a table: (from, action, who may, to, to when published before).
    fn expected(from: S, action: A, who: Actor, pledger: Pledger) -> Option<S> {
        let organisation = who.role.acts_for_organisation();
        let staff = who.role.is_itu_staff() && !who.relation.takes_part();
        let editor = organisation && who.relation.edits();
        let lead = organisation && who.relation == Relation::Lead;
        match (from, action) {
            (S::Draft, A::Submit) if editor => Some(S::Submitted),
            (S::ChangesRequested, A::Resubmit) if editor => Some(S::Submitted),
            (S::Published, A::Revise) if editor => Some(S::Submitted),
            (S::Submitted, A::Claim) if staff => Some(S::InReview),
            (S::InReview, A::Approve) if staff && pledger.verified => Some(S::Published),
            (S::InReview, A::RequestChanges) if staff => Some(S::ChangesRequested),
            (S::InReview, A::Reject) if staff => Some(if pledger.has_published {
                S::Published
            } else {
                S::Rejected
            }),
            (
                S::Draft | S::Submitted | S::InReview | S::ChangesRequested | S::Published,
                A::Withdraw,
            ) if lead => Some(S::Withdrawn),
            _ => None,
        }
    }

    #[test]
    fn every_state_action_and_actor_follows_the_table() {
        let mut allowed = 0;
        for from in S::ALL {
            for action in A::ALL {
                for who in all_actors() {
                    for verified in [true, false] {
                        for has_published in [true, false] {
                            let pledger = Pledger {
                                verified,
                                has_published,
                            };
                            let got = next_status(*from, *action, who, pledger).ok();
                            assert_eq!(
                                got,
                                expected(*from, *action, who, pledger),
                                "{from:?} {action:?} {who:?} {pledger:?}"
                            );
                            allowed += usize::from(got.is_some());
                        }
                    }
                }
            }
        }
        // A guard against a table that allows nothing (and so agrees with a broken machine).
        assert!(allowed > 100, "{allowed}");
    }

    #[test]
    fn the_happy_path_reaches_publication() {
        let s = next_status(S::Draft, A::Submit, LEAD, VERIFIED);
        let s = s.and_then(|s| next_status(s, A::Claim, REVIEWER, VERIFIED));
        let s = s.and_then(|s| next_status(s, A::Approve, REVIEWER, VERIFIED));
        assert_eq!(s, Ok(S::Published));
        assert_eq!(
            next_status(S::Published, A::Withdraw, LEAD_ADMIN, VERIFIED),
            Ok(S::Withdrawn)
        );
    }

    #[test]
    fn an_unverified_organisation_submits_but_is_never_published() {
        let unverified = Pledger {
            verified: false,
            has_published: false,
        };
        assert_eq!(
            next_status(S::Draft, A::Submit, LEAD, unverified),
            Ok(S::Submitted)
        );
        assert_eq!(
            next_status(S::Submitted, A::Claim, REVIEWER, unverified),
            Ok(S::InReview)
        );
        assert_eq!(
            next_status(S::InReview, A::Approve, REVIEWER, unverified),
            Err(TransitionError::OrganisationNotVerified)
        );
    }

    #[test]
    fn an_edit_of_a_published_pledge_is_reviewed_and_a_rejection_keeps_the_public_revision() {
        let published = Pledger {
            verified: true,
            has_published: true,
        };
        assert_eq!(
            next_status(S::Published, A::Revise, EDITING_PARTNER, published),
            Ok(S::Submitted)
        );
        assert_eq!(
            next_status(S::InReview, A::Reject, REVIEWER, published),
            Ok(S::Published)
        );
        assert_eq!(
            next_status(S::InReview, A::Reject, REVIEWER, VERIFIED),
            Ok(S::Rejected)
        );
    }

    #[test]
    fn partners_edit_only_when_allowed_and_never_withdraw_or_review() {
        assert_eq!(
            next_status(S::Draft, A::Submit, EDITING_PARTNER, VERIFIED),
            Ok(S::Submitted)
        );
        assert_eq!(
            next_status(S::Draft, A::Submit, PARTNER, VERIFIED),
            Err(TransitionError::NotPermitted { action: A::Submit })
        );
        assert!(next_status(S::Published, A::Withdraw, EDITING_PARTNER, VERIFIED).is_err());
        let partner_reviewer = actor(Role::Reviewer, Relation::Partner { may_edit: false });
        assert_eq!(
            next_status(S::InReview, A::Approve, partner_reviewer, VERIFIED),
            Err(TransitionError::OwnOrganisation)
        );
        assert!(may_edit(S::Draft, EDITING_PARTNER));
        assert!(!may_edit(S::Draft, PARTNER));
        assert!(!may_edit(S::InReview, LEAD));
        assert!(!may_edit(S::Draft, OUTSIDER));
        assert!(!may_edit(S::Draft, actor(Role::Reviewer, Relation::Lead)));
    }

    #[test]
    fn only_itu_staff_review_and_staff_do_not_pledge() {
        assert_eq!(
            next_status(S::InReview, A::Approve, LEAD, VERIFIED),
            Err(TransitionError::NotPermitted { action: A::Approve })
        );
        assert!(next_status(S::Submitted, A::Claim, ITU_ADMIN, VERIFIED).is_ok());
        assert!(next_status(S::Submitted, A::Claim, ORGANISER, VERIFIED).is_err());
        assert!(
            next_status(
                S::Draft,
                A::Submit,
                actor(Role::Reviewer, Relation::Lead),
                VERIFIED
            )
            .is_err()
        );
        assert!(may_attempt(Role::Organiser, A::Submit).is_err());
    }

    #[test]
    fn final_states_are_final_and_review_cannot_be_skipped() {
        for action in A::ALL {
            for who in all_actors() {
                assert!(next_status(S::Rejected, *action, who, VERIFIED).is_err());
                assert!(next_status(S::Withdrawn, *action, who, VERIFIED).is_err());
            }
        }
        assert_eq!(
            next_status(S::Submitted, A::Approve, REVIEWER, VERIFIED),
            Err(TransitionError::NotAllowedInState {
                from: S::Submitted,
                action: A::Approve
            })
        );
    }

    #[test]
    fn each_submitting_state_has_its_action() {
        assert_eq!(submission_action(S::Draft), Some(A::Submit));
        assert_eq!(submission_action(S::ChangesRequested), Some(A::Resubmit));
        assert_eq!(submission_action(S::Published), Some(A::Revise));
        assert_eq!(submission_action(S::InReview), None);
        let _ = OUTSIDER;
    }
}
