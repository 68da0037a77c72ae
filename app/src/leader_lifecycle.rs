//! Focus Area Leaders: an organisation applies, ITU nominates (from an application or directly),
//! declines or revokes. At most [`MAX_LEADERS_PER_AREA`] per focus area; the service enforces the
//! limit inside the nomination's transaction.
//!
//! ```text
//! (none | declined | revoked) --apply--> applied --nominate--> nominated --revoke--> revoked
//! (none | declined | revoked) ----------nominate-------------^   \--decline--> declined (from applied)
//! ```
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::pledge_lifecycle::Role;
use crate::reference::code_enum_for_lifecycle as code_enum;

/// ITU's rule: "at most five per focus area".
pub const MAX_LEADERS_PER_AREA: i32 = 5;

code_enum! {
    LeaderStatus {
        Applied => "applied",
        Nominated => "nominated",
        Declined => "declined",
        Revoked => "revoked",
    }
}

code_enum! {
    LeaderAction {
        Apply => "apply",
        Nominate => "nominate",
        Decline => "decline",
        Revoke => "revoke",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum LeaderError {
    #[error("{action} is not possible now")]
    NotAllowedInState { action: LeaderAction },
    #[error("this account may not {action}")]
    NotPermitted { action: LeaderAction },
    #[error("a reason is required")]
    ReasonRequired,
    #[error("this focus area already has five Leaders")]
    SeatsFull,
}

impl LeaderStatus {
    pub fn label(self) -> Key {
        match self {
            LeaderStatus::Applied => Key::LeaderApplied,
            LeaderStatus::Nominated => Key::LeaderNominated,
            LeaderStatus::Declined => Key::LeaderDeclined,
            LeaderStatus::Revoked => Key::LeaderRevoked,
        }
    }
}

/// Whether the role may take this action at all; asked before anything is looked up.
pub fn may_attempt(role: Role, action: LeaderAction) -> Result<(), LeaderError> {
    let allowed = match action {
        LeaderAction::Apply => role.acts_for_organisation(),
        LeaderAction::Nominate | LeaderAction::Decline | LeaderAction::Revoke => {
            role == Role::Admin
        }
    };
    if allowed {
        Ok(())
    } else {
        Err(LeaderError::NotPermitted { action })
    }
}

/// The state an organisation's standing in one focus area moves to (`from` is `None` when it has
/// none yet). Seat counting is not here: it needs the database's view of every other organisation.
pub fn next_leader_status(
    from: Option<LeaderStatus>,
    action: LeaderAction,
    role: Role,
    reason: Option<&str>,
) -> Result<LeaderStatus, LeaderError> {
    use LeaderAction as A;
    use LeaderStatus as S;
    let target = match (from, action) {
        (None | Some(S::Declined | S::Revoked), A::Apply) => S::Applied,
        (None | Some(S::Applied | S::Declined | S::Revoked), A::Nominate) => S::Nominated,
        (Some(S::Applied), A::Decline) => S::Declined,
        (Some(S::Nominated), A::Revoke) => S::Revoked,
        (Some(S::Applied | S::Nominated), A::Apply)
        | (Some(S::Nominated), A::Nominate)
        | (None | Some(S::Nominated | S::Declined | S::Revoked), A::Decline)
        | (None | Some(S::Applied | S::Declined | S::Revoked), A::Revoke) => {
            return Err(LeaderError::NotAllowedInState { action });
        }
    };
    may_attempt(role, action)?;
    if matches!(action, A::Decline | A::Revoke) && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(LeaderError::ReasonRequired);
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_application_is_nominated_or_declined_by_an_itu_admin() {
        let applied = next_leader_status(None, LeaderAction::Apply, Role::OrgAdmin, None);
        assert_eq!(applied, Ok(LeaderStatus::Applied));
        assert_eq!(
            next_leader_status(
                Some(LeaderStatus::Applied),
                LeaderAction::Nominate,
                Role::Admin,
                None
            ),
            Ok(LeaderStatus::Nominated)
        );
        assert_eq!(
            next_leader_status(
                Some(LeaderStatus::Applied),
                LeaderAction::Decline,
                Role::Admin,
                None
            ),
            Err(LeaderError::ReasonRequired)
        );
        assert_eq!(
            next_leader_status(
                Some(LeaderStatus::Nominated),
                LeaderAction::Revoke,
                Role::Admin,
                Some("left")
            ),
            Ok(LeaderStatus::Revoked)
        );
    }

    #[test]
    fn itu_may_nominate_directly_but_nobody_else_nominates() {
        assert_eq!(
            next_leader_status(None, LeaderAction::Nominate, Role::Admin, None),
            Ok(LeaderStatus::Nominated)
        );
        for role in [
            Role::Stakeholder,
            Role::OrgAdmin,
            Role::Reviewer,
            Role::Organiser,
        ] {
            assert!(next_leader_status(None, LeaderAction::Nominate, role, None).is_err());
        }
        assert!(next_leader_status(None, LeaderAction::Apply, Role::Reviewer, None).is_err());
    }

    #[test]
    fn a_leader_cannot_apply_again_or_be_nominated_twice() {
        for action in [LeaderAction::Apply, LeaderAction::Nominate] {
            assert_eq!(
                next_leader_status(
                    Some(LeaderStatus::Nominated),
                    action,
                    Role::Admin,
                    Some("x")
                ),
                Err(LeaderError::NotAllowedInState { action })
            );
        }
    }
}
