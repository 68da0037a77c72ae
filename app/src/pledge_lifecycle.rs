//! The pledge state machine: the only place that decides which state change is allowed, and for whom.
//!
//! ```text
//! draft --submit--> submitted --claim/assign--> in_review --approve--> published
//!                      ^  ^  ^--release----------/  |  |  \--approve (four eyes)--> second_approval
//!                      |  |                         |  \--reject--> rejected            |  --approve (another reviewer)--> published
//!                      |  |                         \--request_changes--> changes_requested   (reject / request_changes as from in_review)
//!                      |  \------------resubmit-------------------------------/
//!                      \--revise-- published (a new revision; the published one stays public)
//! draft, submitted, in_review, second_approval, changes_requested, published --withdraw--> withdrawn
//! published (or under review with a public revision) --unpublish (ITU admin)--> unpublished
//! ```
//! A pledge that was published once keeps its public revision while a newer one is reviewed: if
//! that one is rejected the pledge returns to `published`, and only withdrawal or an ITU admin's
//! unpublishing takes it down. Large financial pledges need two reviewers (four eyes): the first
//! approval moves them to `second_approval`, and only a different reviewer publishes them.
//! The database layer applies the returned state in one transaction with its audit-log entry.
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    PledgeStatus {
        Draft => "draft",
        Submitted => "submitted",
        InReview => "in_review",
        SecondApproval => "second_approval",
        ChangesRequested => "changes_requested",
        Published => "published",
        Rejected => "rejected",
        Withdrawn => "withdrawn",
        Unpublished => "unpublished",
    }
}

code_enum! {
    PledgeAction {
        Submit => "submit",
        Claim => "claim",
        Assign => "assign",
        Release => "release",
        Approve => "approve",
        Reject => "reject",
        RequestChanges => "request_changes",
        Resubmit => "resubmit",
        Revise => "revise",
        Withdraw => "withdraw",
        Unpublish => "unpublish",
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
            PledgeStatus::SecondApproval => Key::StatusSecondApproval,
            PledgeStatus::ChangesRequested => Key::StatusChangesRequested,
            PledgeStatus::Published => Key::StatusPublished,
            PledgeStatus::Rejected => Key::StatusRejected,
            PledgeStatus::Withdrawn => Key::StatusWithdrawn,
            PledgeStatus::Unpublished => Key::StatusUnpublished,
        }
    }

    /// Only published pledges are visible outside the pledging organisation and ITU.
    pub fn is_public(self) -> bool {
        matches!(self, PledgeStatus::Published)
    }

    pub fn awaits_review(self) -> bool {
        Self::AWAITING_REVIEW.contains(&self)
    }

    /// Whether a revision published earlier is still shown to the public in this state. Withdrawal
    /// and unpublishing take it down; every other state keeps it while a newer revision is worked on.
    pub fn keeps_public_revision(self) -> bool {
        match self {
            PledgeStatus::Withdrawn | PledgeStatus::Unpublished => false,
            PledgeStatus::Draft
            | PledgeStatus::Submitted
            | PledgeStatus::InReview
            | PledgeStatus::SecondApproval
            | PledgeStatus::ChangesRequested
            | PledgeStatus::Published
            | PledgeStatus::Rejected => true,
        }
    }

    /// States that wait in the reviewers' queue.
    pub const AWAITING_REVIEW: [PledgeStatus; 3] = [
        PledgeStatus::Submitted,
        PledgeStatus::InReview,
        PledgeStatus::SecondApproval,
    ];

    /// The reviewers' queue: waiting for a reviewer, or for the organisation's changes.
    pub const IN_QUEUE: [PledgeStatus; 4] = [
        PledgeStatus::Submitted,
        PledgeStatus::InReview,
        PledgeStatus::SecondApproval,
        PledgeStatus::ChangesRequested,
    ];

    /// States no action leaves.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            PledgeStatus::Rejected | PledgeStatus::Withdrawn | PledgeStatus::Unpublished
        )
    }
}

impl PledgeAction {
    pub fn label(self) -> Key {
        match self {
            PledgeAction::Submit => Key::ActionSubmit,
            PledgeAction::Claim => Key::ActionClaim,
            PledgeAction::Assign => Key::ActionAssign,
            PledgeAction::Release => Key::ActionRelease,
            PledgeAction::Approve => Key::ActionApprove,
            PledgeAction::Reject => Key::ActionReject,
            PledgeAction::RequestChanges => Key::ActionRequestChanges,
            PledgeAction::Resubmit => Key::ActionResubmit,
            PledgeAction::Revise => Key::ActionRevise,
            PledgeAction::Withdraw => Key::ActionWithdraw,
            PledgeAction::Unpublish => Key::ActionUnpublish,
        }
    }
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

/// Who holds the pledge on the reviewers' desk, seen from the actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    Nobody,
    /// The actor claimed it, or was assigned it.
    Actor,
    /// A colleague holds it: the actor may take it over only by assigning it.
    Colleague,
}

/// Who is acting, as far as the rules care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Actor {
    pub role: Role,
    pub relation: Relation,
    pub claim: Claim,
    /// The actor gave the first of the two approvals this revision needs.
    pub approved_first: bool,
}

impl Actor {
    /// An actor with no part in the review so far (organisations, and staff before they claim).
    pub fn new(role: Role, relation: Relation) -> Self {
        Actor {
            role,
            relation,
            claim: Claim::Nobody,
            approved_first: false,
        }
    }
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
    /// Another reviewer holds the pledge; it must be released or assigned first.
    #[error("another reviewer holds this pledge")]
    ClaimedByColleague,
    /// Four eyes: the second approval must come from a different reviewer.
    #[error("the second approval must come from a different reviewer")]
    SameReviewerTwice,
}

/// What the rules need to know about the pledge besides its state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pledger {
    /// ITU has verified the pledging organisation.
    pub verified: bool,
    /// An earlier revision is public, and stays so while a newer one is reviewed.
    pub has_published: bool,
    /// A financial pledge at or above the four-eyes threshold (or of unknown USD value).
    pub needs_second_approval: bool,
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
        (S::SecondApproval, A::Claim) => S::SecondApproval,
        (S::Submitted | S::InReview, A::Assign) => S::InReview,
        (S::SecondApproval, A::Assign) => S::SecondApproval,
        (S::InReview, A::Release) => S::Submitted,
        (S::SecondApproval, A::Release) => S::SecondApproval,
        (S::InReview, A::Approve) if pledger.needs_second_approval => S::SecondApproval,
        (S::InReview | S::SecondApproval, A::Approve) => S::Published,
        (S::InReview | S::SecondApproval, A::Reject) if pledger.has_published => S::Published,
        (S::InReview | S::SecondApproval, A::Reject) => S::Rejected,
        (S::InReview | S::SecondApproval, A::RequestChanges) => S::ChangesRequested,
        (S::ChangesRequested, A::Resubmit) => S::Submitted,
        (S::Published, A::Revise) => S::Submitted,
        (
            S::Draft
            | S::Submitted
            | S::InReview
            | S::SecondApproval
            | S::ChangesRequested
            | S::Published,
            A::Withdraw,
        ) => S::Withdrawn,
        (S::Published, A::Unpublish) => S::Unpublished,
        (S::Submitted | S::InReview | S::SecondApproval | S::ChangesRequested, A::Unpublish)
            if pledger.has_published =>
        {
            S::Unpublished
        }
        (
            S::Draft
            | S::Submitted
            | S::InReview
            | S::SecondApproval
            | S::ChangesRequested
            | S::Published
            | S::Rejected
            | S::Withdrawn
            | S::Unpublished,
            A::Submit
            | A::Claim
            | A::Assign
            | A::Release
            | A::Approve
            | A::Reject
            | A::RequestChanges
            | A::Resubmit
            | A::Revise
            | A::Withdraw
            | A::Unpublish,
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
        A::Claim | A::Assign | A::Release | A::Approve | A::Reject | A::RequestChanges => {
            if actor.relation.takes_part() {
                return Err(TransitionError::OwnOrganisation);
            }
            // Only the holder decides; a colleague takes the pledge over by assigning it openly.
            if matches!(
                action,
                A::Approve | A::Reject | A::RequestChanges | A::Claim | A::Release
            ) && actor.claim == Claim::Colleague
            {
                return Err(TransitionError::ClaimedByColleague);
            }
            // Releasing hands back one's own claim; there is nothing to release otherwise.
            if action == A::Release && actor.claim != Claim::Actor {
                return Err(TransitionError::NotPermitted { action });
            }
            // The first approver has had their say; the second stage belongs to someone else.
            if from == S::SecondApproval
                && actor.approved_first
                && matches!(
                    action,
                    A::Claim | A::Approve | A::Reject | A::RequestChanges
                )
            {
                return Err(TransitionError::SameReviewerTwice);
            }
        }
        A::Unpublish => {
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

/// Whether a colleague may be handed the pledge in this state: ITU staff with no part in the
/// pledge, and in the second stage not the reviewer who gave the first approval.
pub fn may_be_assigned(status: PledgeStatus, assignee: Actor) -> Result<(), TransitionError> {
    if !assignee.role.is_itu_staff() {
        return Err(TransitionError::NotPermitted {
            action: PledgeAction::Assign,
        });
    }
    if assignee.relation.takes_part() {
        return Err(TransitionError::OwnOrganisation);
    }
    if status == PledgeStatus::SecondApproval && assignee.approved_first {
        return Err(TransitionError::SameReviewerTwice);
    }
    Ok(())
}

/// Whether the actor may change the pledge's working copy in this state: while it is a draft, after
/// changes were requested, and when published (the edit becomes a new revision under review). Not
/// while a reviewer is looking at it, and never once it is rejected, withdrawn or unpublished.
pub fn may_edit(status: PledgeStatus, actor: Actor) -> bool {
    actor.role.acts_for_organisation()
        && actor.relation.edits()
        && match status {
            PledgeStatus::Draft | PledgeStatus::ChangesRequested | PledgeStatus::Published => true,
            PledgeStatus::Submitted
            | PledgeStatus::InReview
            | PledgeStatus::SecondApproval
            | PledgeStatus::Rejected
            | PledgeStatus::Withdrawn
            | PledgeStatus::Unpublished => false,
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
        | PledgeStatus::SecondApproval
        | PledgeStatus::Rejected
        | PledgeStatus::Withdrawn
        | PledgeStatus::Unpublished => None,
    }
}

/// Whether the role may take this action on any pledge at all. Services ask this before they look a
/// pledge up, so a refused caller learns nothing about which pledges exist.
pub fn may_attempt(role: Role, action: PledgeAction) -> Result<(), TransitionError> {
    use PledgeAction as A;
    let allowed = match action {
        A::Submit | A::Resubmit | A::Revise | A::Withdraw => role.acts_for_organisation(),
        // Due diligence is ITU's.
        A::Claim | A::Assign | A::Release | A::Approve | A::Reject | A::RequestChanges => {
            role.is_itu_staff()
        }
        // Taking a published pledge down is an ITU admin's call alone.
        A::Unpublish => role == Role::Admin,
    };
    if allowed {
        Ok(())
    } else {
        Err(TransitionError::NotPermitted { action })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PledgeAction as A;
    use PledgeStatus as S;

    fn actor(role: Role, relation: Relation) -> Actor {
        Actor::new(role, relation)
    }
    const LEAD: Actor = Actor {
        role: Role::Stakeholder,
        relation: Relation::Lead,
        claim: Claim::Nobody,
        approved_first: false,
    };
    const LEAD_ADMIN: Actor = Actor {
        role: Role::OrgAdmin,
        ..LEAD
    };
    const EDITING_PARTNER: Actor = Actor {
        relation: Relation::Partner { may_edit: true },
        ..LEAD
    };
    const PARTNER: Actor = Actor {
        relation: Relation::Partner { may_edit: false },
        ..LEAD
    };
    const OUTSIDER: Actor = Actor {
        relation: Relation::Outsider,
        ..LEAD
    };
    const REVIEWER: Actor = Actor {
        role: Role::Reviewer,
        relation: Relation::Outsider,
        claim: Claim::Nobody,
        approved_first: false,
    };
    const HOLDER: Actor = Actor {
        claim: Claim::Actor,
        ..REVIEWER
    };
    const COLLEAGUE: Actor = Actor {
        claim: Claim::Colleague,
        ..REVIEWER
    };
    const ITU_ADMIN: Actor = Actor {
        role: Role::Admin,
        ..REVIEWER
    };
    const ORGANISER: Actor = Actor {
        role: Role::Organiser,
        ..REVIEWER
    };
    const VERIFIED: Pledger = Pledger {
        verified: true,
        has_published: false,
        needs_second_approval: false,
    };
    const LARGE: Pledger = Pledger {
        needs_second_approval: true,
        ..VERIFIED
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
                for claim in [Claim::Nobody, Claim::Actor, Claim::Colleague] {
                    for approved_first in [false, true] {
                        all.push(Actor {
                            role: *role,
                            relation,
                            claim,
                            approved_first,
                        });
                    }
                }
            }
        }
        all
    }

    fn all_pledgers() -> Vec<Pledger> {
        let mut all = Vec::new();
        for verified in [true, false] {
            for has_published in [true, false] {
                for needs_second_approval in [true, false] {
                    all.push(Pledger {
                        verified,
                        has_published,
                        needs_second_approval,
                    });
                }
            }
        }
        all
    }

    /// The rules written out once more, as a table of who may do what from where, and the state
    /// that results.
    fn expected(from: S, action: A, who: Actor, p: Pledger) -> Option<S> {
        let organisation = who.role.acts_for_organisation();
        let staff = who.role.is_itu_staff() && !who.relation.takes_part();
        let admin = who.role == Role::Admin && !who.relation.takes_part();
        let editor = organisation && who.relation.edits();
        let lead = organisation && who.relation == Relation::Lead;
        let free = who.claim != Claim::Colleague;
        let second = from == S::SecondApproval;
        // In the second stage the first approver only lets go.
        let decider = staff && free && !(second && who.approved_first);
        let after_reject = if p.has_published {
            S::Published
        } else {
            S::Rejected
        };
        match (from, action) {
            (S::Draft, A::Submit) if editor => Some(S::Submitted),
            (S::ChangesRequested, A::Resubmit) if editor => Some(S::Submitted),
            (S::Published, A::Revise) if editor => Some(S::Submitted),
            (S::Submitted, A::Claim) if decider => Some(S::InReview),
            (S::SecondApproval, A::Claim) if decider => Some(S::SecondApproval),
            (S::Submitted | S::InReview, A::Assign) if staff => Some(S::InReview),
            (S::SecondApproval, A::Assign) if staff => Some(S::SecondApproval),
            (S::InReview, A::Release) if staff && who.claim == Claim::Actor => Some(S::Submitted),
            (S::SecondApproval, A::Release) if staff && who.claim == Claim::Actor => {
                Some(S::SecondApproval)
            }
            (S::InReview, A::Approve) if decider && p.verified => {
                Some(if p.needs_second_approval {
                    S::SecondApproval
                } else {
                    S::Published
                })
            }
            (S::SecondApproval, A::Approve) if decider && p.verified => Some(S::Published),
            (S::InReview | S::SecondApproval, A::RequestChanges) if decider => {
                Some(S::ChangesRequested)
            }
            (S::InReview | S::SecondApproval, A::Reject) if decider => Some(after_reject),
            (
                S::Draft
                | S::Submitted
                | S::InReview
                | S::SecondApproval
                | S::ChangesRequested
                | S::Published,
                A::Withdraw,
            ) if lead => Some(S::Withdrawn),
            (S::Published, A::Unpublish) if admin => Some(S::Unpublished),
            (
                S::Submitted | S::InReview | S::SecondApproval | S::ChangesRequested,
                A::Unpublish,
            ) if admin && p.has_published => Some(S::Unpublished),
            _ => None,
        }
    }

    #[test]
    fn every_state_action_and_actor_follows_the_table() {
        let mut allowed = 0;
        let mut refused = 0;
        for from in S::ALL {
            for action in A::ALL {
                for who in all_actors() {
                    for pledger in all_pledgers() {
                        let got = next_status(*from, *action, who, pledger).ok();
                        assert_eq!(
                            got,
                            expected(*from, *action, who, pledger),
                            "{from:?} {action:?} {who:?} {pledger:?}"
                        );
                        if got.is_some() {
                            allowed += 1;
                        } else {
                            refused += 1;
                        }
                    }
                }
            }
        }
        // A guard against a table that allows nothing (and so agrees with a broken machine).
        assert!(allowed > 1000, "{allowed}");
        assert!(refused > allowed, "{refused}");
    }

    #[test]
    fn every_action_is_possible_from_some_state() {
        for action in A::ALL {
            let possible = S::ALL.iter().any(|from| {
                all_actors().into_iter().any(|who| {
                    all_pledgers()
                        .into_iter()
                        .any(|p| next_status(*from, *action, who, p).is_ok())
                })
            });
            assert!(possible, "{action:?}");
        }
    }

    #[test]
    fn the_happy_path_reaches_publication() {
        let s = next_status(S::Draft, A::Submit, LEAD, VERIFIED);
        let s = s.and_then(|s| next_status(s, A::Claim, REVIEWER, VERIFIED));
        let s = s.and_then(|s| next_status(s, A::Approve, HOLDER, VERIFIED));
        assert_eq!(s, Ok(S::Published));
        assert_eq!(
            next_status(S::Published, A::Withdraw, LEAD_ADMIN, VERIFIED),
            Ok(S::Withdrawn)
        );
    }

    #[test]
    fn four_eyes_need_two_different_reviewers() {
        assert_eq!(
            next_status(S::InReview, A::Approve, HOLDER, LARGE),
            Ok(S::SecondApproval)
        );
        let first = Actor {
            approved_first: true,
            claim: Claim::Nobody,
            ..REVIEWER
        };
        assert_eq!(
            next_status(S::SecondApproval, A::Approve, first, LARGE),
            Err(TransitionError::SameReviewerTwice)
        );
        assert_eq!(
            next_status(S::SecondApproval, A::Claim, first, LARGE),
            Err(TransitionError::SameReviewerTwice)
        );
        assert_eq!(
            next_status(S::SecondApproval, A::Approve, REVIEWER, LARGE),
            Ok(S::Published)
        );
        assert_eq!(
            next_status(S::SecondApproval, A::Approve, COLLEAGUE, LARGE),
            Err(TransitionError::ClaimedByColleague)
        );
    }

    #[test]
    fn a_claimed_pledge_is_decided_by_its_holder_or_assigned_openly() {
        assert_eq!(
            next_status(S::InReview, A::Approve, COLLEAGUE, VERIFIED),
            Err(TransitionError::ClaimedByColleague)
        );
        assert_eq!(
            next_status(S::InReview, A::Assign, COLLEAGUE, VERIFIED),
            Ok(S::InReview)
        );
        assert_eq!(
            next_status(S::InReview, A::Release, HOLDER, VERIFIED),
            Ok(S::Submitted)
        );
        assert!(next_status(S::InReview, A::Release, COLLEAGUE, VERIFIED).is_err());
    }

    #[test]
    fn only_uninvolved_staff_are_handed_a_pledge() {
        assert!(may_be_assigned(S::InReview, REVIEWER).is_ok());
        assert!(may_be_assigned(S::InReview, LEAD).is_err());
        let partner_reviewer = Actor {
            relation: Relation::Partner { may_edit: false },
            ..REVIEWER
        };
        assert_eq!(
            may_be_assigned(S::InReview, partner_reviewer),
            Err(TransitionError::OwnOrganisation)
        );
        let first = Actor {
            approved_first: true,
            ..REVIEWER
        };
        assert_eq!(
            may_be_assigned(S::SecondApproval, first),
            Err(TransitionError::SameReviewerTwice)
        );
        assert!(may_be_assigned(S::InReview, first).is_ok());
    }

    #[test]
    fn an_unverified_organisation_submits_but_is_never_published() {
        let unverified = Pledger {
            verified: false,
            ..VERIFIED
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
            next_status(S::InReview, A::Approve, HOLDER, unverified),
            Err(TransitionError::OrganisationNotVerified)
        );
    }

    #[test]
    fn an_edit_of_a_published_pledge_is_reviewed_and_a_rejection_keeps_the_public_revision() {
        let published = Pledger {
            has_published: true,
            ..VERIFIED
        };
        assert_eq!(
            next_status(S::Published, A::Revise, EDITING_PARTNER, published),
            Ok(S::Submitted)
        );
        assert_eq!(
            next_status(S::InReview, A::Reject, HOLDER, published),
            Ok(S::Published)
        );
        assert_eq!(
            next_status(S::InReview, A::Reject, HOLDER, VERIFIED),
            Ok(S::Rejected)
        );
    }

    #[test]
    fn only_an_itu_admin_unpublishes_and_only_what_the_public_sees() {
        let published = Pledger {
            has_published: true,
            ..VERIFIED
        };
        assert_eq!(
            next_status(S::Published, A::Unpublish, ITU_ADMIN, published),
            Ok(S::Unpublished)
        );
        assert_eq!(
            next_status(S::InReview, A::Unpublish, ITU_ADMIN, published),
            Ok(S::Unpublished)
        );
        assert!(next_status(S::InReview, A::Unpublish, ITU_ADMIN, VERIFIED).is_err());
        assert_eq!(
            next_status(S::Published, A::Unpublish, REVIEWER, published),
            Err(TransitionError::NotPermitted {
                action: A::Unpublish
            })
        );
        assert!(!S::Unpublished.keeps_public_revision());
        assert!(S::Unpublished.is_final());
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
        let partner_reviewer = Actor {
            relation: Relation::Partner { may_edit: false },
            ..HOLDER
        };
        assert_eq!(
            next_status(S::InReview, A::Approve, partner_reviewer, VERIFIED),
            Err(TransitionError::OwnOrganisation)
        );
        assert!(may_edit(S::Draft, EDITING_PARTNER));
        assert!(!may_edit(S::Draft, PARTNER));
        assert!(!may_edit(S::InReview, LEAD));
        assert!(!may_edit(S::SecondApproval, LEAD));
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
        for from in S::ALL.iter().filter(|s| s.is_final()) {
            for action in A::ALL {
                for who in all_actors() {
                    for p in all_pledgers() {
                        assert!(next_status(*from, *action, who, p).is_err());
                    }
                }
            }
        }
        assert_eq!(
            next_status(S::Submitted, A::Approve, HOLDER, VERIFIED),
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
        assert_eq!(submission_action(S::SecondApproval), None);
    }
}
