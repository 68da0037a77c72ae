//! What people type to register and to look after their account.
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

use super::text_rules::{chars_between, email, optional_website, password_length};
use super::{FieldIssue, LeaderApplicationInput, issues_from};
use crate::i18n::Locale;
use crate::reference::{CountryTable, StakeholderType};

pub const PERSON_NAME_MAX: usize = 120;
pub const ORG_NAME_MAX: usize = 200;
pub const ORG_DESCRIPTION_MIN: usize = 20;
pub const ORG_DESCRIPTION_MAX: usize = 2000;

/// Registration: the person, and either a new organisation or the one they ask to join.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct RegistrationInput {
    #[validate(custom(function = "person_name"))]
    pub name: String,
    #[validate(custom(function = "email"))]
    pub email: String,
    #[validate(custom(function = "password_length"))]
    pub password: String,
    #[validate(custom(function = "known_language"))]
    pub language: String,
    /// `new` or `join`.
    #[validate(custom(function = "org_choice"))]
    pub org_choice: String,
    /// Checked only when `org_choice` is `new`.
    #[validate(nested)]
    pub organisation: OrganisationInput,
    /// Checked only when `org_choice` is `join`: the id of an existing organisation.
    pub join_organisation: String,
    /// `yes` when a new organisation also applies to lead a focus area, in the same form.
    pub apply_to_lead: String,
    /// Checked only when `apply_to_lead` is `yes` (and the organisation is new).
    pub lead: LeaderApplicationInput,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct OrganisationInput {
    #[validate(custom(function = "org_name"))]
    pub name: String,
    #[validate(custom(function = "known_stakeholder_type"))]
    pub stakeholder_type: String,
    #[validate(custom(function = "known_country"))]
    pub country: String,
    #[validate(custom(function = "optional_website"))]
    pub website: String,
    #[validate(custom(function = "org_description"))]
    pub description: String,
}

fn person_name(v: &str) -> Result<(), ValidationError> {
    chars_between(v, 1, PERSON_NAME_MAX, "name")?;
    one_line_field(v)
}

fn org_name(v: &str) -> Result<(), ValidationError> {
    chars_between(v, 2, ORG_NAME_MAX, "org_name")?;
    one_line_field(v)
}

fn org_description(v: &str) -> Result<(), ValidationError> {
    chars_between(
        v,
        ORG_DESCRIPTION_MIN,
        ORG_DESCRIPTION_MAX,
        "org_description",
    )
}

fn one_line_field(v: &str) -> Result<(), ValidationError> {
    if super::text_rules::one_line(v) {
        Ok(())
    } else {
        Err(ValidationError::new("one_line"))
    }
}

fn known_language(v: &str) -> Result<(), ValidationError> {
    Locale::ALL
        .iter()
        .any(|l| l.code() == v)
        .then_some(())
        .ok_or_else(|| ValidationError::new("choice"))
}

fn org_choice(v: &str) -> Result<(), ValidationError> {
    matches!(v, "new" | "join")
        .then_some(())
        .ok_or_else(|| ValidationError::new("org_choice"))
}

fn known_stakeholder_type(v: &str) -> Result<(), ValidationError> {
    StakeholderType::parse(v)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("choice"))
}

fn known_country(v: &str) -> Result<(), ValidationError> {
    let known = CountryTable::bundled().is_ok_and(|t| t.get(v).is_some());
    known
        .then_some(())
        .ok_or_else(|| ValidationError::new("choice"))
}

impl RegistrationInput {
    /// Every problem, keyed by the form's field names (`organisation.name` for nested fields).
    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues: Vec<FieldIssue> = self
            .validate()
            .err()
            .map(|e| issues_from(&e))
            .unwrap_or_default()
            .into_iter()
            .filter(|i| i.field != "organisation" && i.field != "lead")
            .collect();
        match self.org_choice.as_str() {
            "new" => {
                if let Err(e) = self.organisation.validate() {
                    issues.extend(issues_from(&e).into_iter().map(|i| FieldIssue {
                        field: format!("organisation.{}", i.field),
                        code: i.code,
                    }));
                }
                if self.applies_to_lead()
                    && let Err(e) = self.lead.validate()
                {
                    issues.extend(issues_from(&e).into_iter().map(|i| FieldIssue {
                        field: format!("lead.{}", i.field),
                        code: i.code,
                    }));
                }
            }
            "join" if self.join_organisation.trim().parse::<i32>().is_err() => {
                issues.push(FieldIssue::new("join_organisation", "choice"));
            }
            _ => {}
        }
        issues
    }

    /// A new organisation that also applies to lead a focus area.
    pub fn applies_to_lead(&self) -> bool {
        self.org_choice == "new" && self.apply_to_lead == "yes"
    }

    /// What may be kept while the person corrects the form: everything but the password.
    pub fn without_password(&self) -> RegistrationInput {
        RegistrationInput {
            password: String::new(),
            ..self.clone()
        }
    }
}

/// An address, for the "send the link again" and "forgot password" forms.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct EmailInput {
    #[validate(custom(function = "email"))]
    pub email: String,
}

/// Confirming an address: the token from the link and the password chosen at registration, so the
/// person confirming proves they are the one who registered (a stranger who registered someone
/// else's address can never have it confirmed by its owner's click).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct VerifyEmailInput {
    pub token: String,
    #[validate(length(min = 1, code = "password_required"))]
    pub password: String,
}

/// A new password, with the single-use token from the reset link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct ResetPasswordInput {
    pub token: String,
    #[validate(custom(function = "password_length"))]
    pub password: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct ChangePasswordInput {
    #[validate(length(min = 1, code = "password_required"))]
    pub current_password: String,
    #[validate(custom(function = "password_length"))]
    pub new_password: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct ChangeEmailInput {
    #[validate(custom(function = "email"))]
    pub new_email: String,
    #[validate(length(min = 1, code = "password_required"))]
    pub current_password: String,
}

/// Shared by forms whose only fields live in one flat struct.
pub fn flat_issues(input: &impl Validate) -> Vec<FieldIssue> {
    input
        .validate()
        .err()
        .map(|e| issues_from(&e))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> RegistrationInput {
        RegistrationInput {
            name: "Aroha Ngata".into(),
            email: "aroha@moana.example".into(),
            password: "violet-harbour-kettle-93".into(),
            language: "en".into(),
            org_choice: "new".into(),
            organisation: OrganisationInput {
                name: "Moana Digital Trust".into(),
                stakeholder_type: "civil_society".into(),
                country: "FJ".into(),
                website: "https://moana.example".into(),
                description: "Community networks for outer islands across the Pacific.".into(),
            },
            join_organisation: String::new(),
            apply_to_lead: String::new(),
            lead: LeaderApplicationInput::default(),
        }
    }

    #[test]
    fn a_complete_registration_has_no_issues() {
        assert_eq!(good().issues(), vec![]);
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut r = good();
        r.name = " ".into();
        r.email = "aroha".into();
        r.password = "short".into();
        r.language = "de".into();
        r.organisation.country = "XX".into();
        r.organisation.website = "moana".into();
        r.organisation.description = "short".into();
        r.organisation.stakeholder_type = "cartel".into();
        r.organisation.name = "M".into();
        let fields: Vec<String> = r
            .issues()
            .into_iter()
            .map(|i| format!("{}:{}", i.field, i.code))
            .collect();
        for expected in [
            "name:name",
            "email:email",
            "password:password_length",
            "language:choice",
            "organisation.country:choice",
            "organisation.website:url",
            "organisation.description:org_description",
            "organisation.stakeholder_type:choice",
            "organisation.name:org_name",
        ] {
            assert!(
                fields.iter().any(|f| f == expected),
                "{expected} missing from {fields:?}"
            );
        }
    }

    #[test]
    fn an_application_to_lead_is_checked_only_when_asked_for() {
        let mut r = good();
        r.lead.commitment = "Soon.".into();
        assert_eq!(r.issues(), vec![]);
        r.apply_to_lead = "yes".into();
        let fields: Vec<String> = r.issues().into_iter().map(|i| i.field).collect();
        assert_eq!(
            fields,
            [
                "lead.commitment",
                "lead.constituency",
                "lead.focus_area",
                "lead.leader_will_attend"
            ]
        );
    }

    #[test]
    fn joining_needs_an_organisation_and_ignores_the_new_organisation_fields() {
        let mut r = good();
        r.org_choice = "join".into();
        r.organisation = OrganisationInput::default();
        assert_eq!(
            r.issues(),
            vec![FieldIssue::new("join_organisation", "choice")]
        );
        r.join_organisation = "3".into();
        assert_eq!(r.issues(), vec![]);
    }
}
