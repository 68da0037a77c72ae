//! Letters of intent: how an organisation becomes a Focus Area Member. The only place that decides
//! which change a letter may take and who may make it.
//!
//! ```text
//! (organisation submits) --> submitted --accept--> accepted --revoke--> declined
//!                                      \--decline--> declined
//! ```
//! An organisation whose letter was declined may submit a new one. The services apply a decision in
//! one transaction with its audit row (`coalition_events`) and the e-mail it causes.
use serde::{Deserialize, Serialize};

use crate::i18n::Key;
use crate::pledge_lifecycle::Role;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    LetterStatus {
        Submitted => "submitted",
        Accepted => "accepted",
        Declined => "declined",
    }
}

code_enum! {
    LetterAction {
        Accept => "accept",
        Decline => "decline",
        Revoke => "revoke",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum LetterError {
    #[error("{action} is not possible from {from}")]
    NotAllowedInState {
        from: LetterStatus,
        action: LetterAction,
    },
    #[error("only ITU admins decide on letters of intent")]
    NotPermitted,
    #[error("a reason is required")]
    ReasonRequired,
}

impl LetterStatus {
    pub fn label(self) -> Key {
        match self {
            LetterStatus::Submitted => Key::LetterSubmitted,
            LetterStatus::Accepted => Key::LetterAccepted,
            LetterStatus::Declined => Key::LetterDeclined,
        }
    }

    /// A letter in this state makes its organisation a Focus Area Member.
    pub fn makes_member(self) -> bool {
        matches!(self, LetterStatus::Accepted)
    }

    /// While a letter is in this state the organisation cannot submit another.
    pub fn is_open(self) -> bool {
        matches!(self, LetterStatus::Submitted | LetterStatus::Accepted)
    }
}

/// Whether the role may decide on letters at all; asked before a letter is looked up.
pub fn may_decide(role: Role) -> Result<(), LetterError> {
    match role {
        Role::Admin => Ok(()),
        Role::Stakeholder | Role::OrgAdmin | Role::Reviewer | Role::Organiser => {
            Err(LetterError::NotPermitted)
        }
    }
}

/// The state a letter moves to. A decline or a revocation must say why: the organisation reads it.
pub fn next_letter_status(
    from: LetterStatus,
    action: LetterAction,
    role: Role,
    reason: Option<&str>,
) -> Result<LetterStatus, LetterError> {
    use LetterAction as A;
    use LetterStatus as S;
    let target = match (from, action) {
        (S::Submitted, A::Accept) => S::Accepted,
        (S::Submitted, A::Decline) | (S::Accepted, A::Revoke) => S::Declined,
        (S::Submitted, A::Revoke)
        | (S::Accepted, A::Accept | A::Decline)
        | (S::Declined, A::Accept | A::Decline | A::Revoke) => {
            return Err(LetterError::NotAllowedInState { from, action });
        }
    };
    may_decide(role)?;
    let needs_reason = matches!(action, A::Decline | A::Revoke);
    if needs_reason && reason.is_none_or(|r| r.trim().is_empty()) {
        return Err(LetterError::ReasonRequired);
    }
    Ok(target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_itu_admin_accepts_or_declines_with_a_reason() {
        assert_eq!(
            next_letter_status(
                LetterStatus::Submitted,
                LetterAction::Accept,
                Role::Admin,
                None
            ),
            Ok(LetterStatus::Accepted)
        );
        assert_eq!(
            next_letter_status(
                LetterStatus::Submitted,
                LetterAction::Decline,
                Role::Admin,
                None
            ),
            Err(LetterError::ReasonRequired)
        );
        assert_eq!(
            next_letter_status(
                LetterStatus::Submitted,
                LetterAction::Decline,
                Role::Admin,
                Some("No signatory")
            ),
            Ok(LetterStatus::Declined)
        );
    }

    #[test]
    fn nobody_but_an_itu_admin_decides() {
        for role in [
            Role::Stakeholder,
            Role::OrgAdmin,
            Role::Reviewer,
            Role::Organiser,
        ] {
            assert_eq!(
                next_letter_status(LetterStatus::Submitted, LetterAction::Accept, role, None),
                Err(LetterError::NotPermitted)
            );
        }
    }

    #[test]
    fn exactly_three_moves_exist_and_declined_is_final() {
        let mut moves = 0;
        for from in LetterStatus::ALL {
            for action in LetterAction::ALL {
                moves += usize::from(
                    next_letter_status(*from, *action, Role::Admin, Some("why")).is_ok(),
                );
                if *from == LetterStatus::Declined {
                    assert!(next_letter_status(*from, *action, Role::Admin, Some("x")).is_err());
                }
            }
        }
        assert_eq!(moves, 3);
    }
}
