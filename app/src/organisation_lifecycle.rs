//! Who belongs to the coalition: ITU's verification of an organisation, and an organisation
//! admin's answer to a person asking to join it. Every change is decided here; the services
//! apply it with its audit row and its e-mail in one transaction.
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::pledge_lifecycle::Role;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    /// ITU's due diligence on an organisation. Its pledges are published only once it is verified.
    Verification {
        Pending => "pending",
        Verified => "verified",
        Rejected => "rejected",
    }
}

code_enum! {
    VerificationAction {
        Verify => "verify",
        Reject => "reject",
    }
}

code_enum! {
    /// A person's place in their organisation: `pending` until its admin approves the request to join.
    Membership {
        Pending => "pending",
        Active => "active",
        Declined => "declined",
    }
}

code_enum! {
    MembershipAction {
        Approve => "approve",
        Decline => "decline",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum OrganisationError {
    #[error("not possible in this state")]
    NotAllowedInState,
    #[error("this account may not do that")]
    NotPermitted,
}

impl Verification {
    pub fn label(self) -> Key {
        match self {
            Verification::Pending => Key::VerificationPending,
            Verification::Verified => Key::VerificationVerified,
            Verification::Rejected => Key::VerificationRejected,
        }
    }
}

impl Membership {
    pub fn label(self) -> Key {
        match self {
            Membership::Pending => Key::MembershipPending,
            Membership::Active => Key::MembershipActive,
            Membership::Declined => Key::MembershipDeclined,
        }
    }
}

/// ITU admins verify or reject; a rejected organisation may be verified later (it sent what was missing).
pub fn next_verification(
    from: Verification,
    action: VerificationAction,
    role: Role,
) -> Result<Verification, OrganisationError> {
    use Verification as S;
    use VerificationAction as A;
    if role != Role::Admin {
        return Err(OrganisationError::NotPermitted);
    }
    match (from, action) {
        (S::Pending | S::Rejected, A::Verify) => Ok(S::Verified),
        (S::Pending, A::Reject) => Ok(S::Rejected),
        (S::Verified, A::Verify | A::Reject) | (S::Rejected, A::Reject) => {
            Err(OrganisationError::NotAllowedInState)
        }
    }
}

/// The organisation's own admin answers a request to join it; ITU does not decide who works where.
pub fn next_membership(
    from: Membership,
    action: MembershipAction,
    role: Role,
    same_organisation: bool,
) -> Result<Membership, OrganisationError> {
    use Membership as S;
    use MembershipAction as A;
    if role != Role::OrgAdmin || !same_organisation {
        return Err(OrganisationError::NotPermitted);
    }
    match (from, action) {
        (S::Pending, A::Approve) => Ok(S::Active),
        (S::Pending, A::Decline) => Ok(S::Declined),
        (S::Active | S::Declined, A::Approve | A::Decline) => {
            Err(OrganisationError::NotAllowedInState)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_itu_admins_verify_and_a_verified_organisation_stays_verified() {
        assert_eq!(
            next_verification(
                Verification::Pending,
                VerificationAction::Verify,
                Role::Admin
            ),
            Ok(Verification::Verified)
        );
        assert_eq!(
            next_verification(
                Verification::Rejected,
                VerificationAction::Verify,
                Role::Admin
            ),
            Ok(Verification::Verified)
        );
        for role in [
            Role::Stakeholder,
            Role::OrgAdmin,
            Role::Reviewer,
            Role::Organiser,
        ] {
            assert_eq!(
                next_verification(Verification::Pending, VerificationAction::Verify, role),
                Err(OrganisationError::NotPermitted)
            );
        }
        assert_eq!(
            next_verification(
                Verification::Verified,
                VerificationAction::Reject,
                Role::Admin
            ),
            Err(OrganisationError::NotAllowedInState)
        );
    }

    #[test]
    fn only_the_organisations_own_admin_answers_a_join_request_once() {
        let approve = |role, same| {
            next_membership(Membership::Pending, MembershipAction::Approve, role, same)
        };
        assert_eq!(approve(Role::OrgAdmin, true), Ok(Membership::Active));
        assert_eq!(
            approve(Role::OrgAdmin, false),
            Err(OrganisationError::NotPermitted)
        );
        assert_eq!(
            approve(Role::Stakeholder, true),
            Err(OrganisationError::NotPermitted)
        );
        assert_eq!(
            approve(Role::Admin, false),
            Err(OrganisationError::NotPermitted)
        );
        assert_eq!(
            next_membership(
                Membership::Active,
                MembershipAction::Decline,
                Role::OrgAdmin,
                true
            ),
            Err(OrganisationError::NotAllowedInState)
        );
    }
}
