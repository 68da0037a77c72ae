//! What organisations send to join the coalition: a letter of intent (Members) and an application
//! to lead a focus area (Leaders).
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

use super::text_rules::{chars_between, known_focus_areas};
use super::{FieldIssue, issues_from};
use crate::reference::{Constituency, FocusArea};

pub const STATEMENT_MIN: usize = 50;
pub const STATEMENT_MAX: usize = 5000;
pub const COMMITMENT_MIN: usize = 20;
pub const COMMITMENT_MAX: usize = 2000;
pub const REASON_MAX: usize = 2000;
/// The signed letter, if attached: ITU's limit.
pub const LETTER_PDF_MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct LetterInput {
    #[validate(custom(function = "known_focus_areas"))]
    pub focus_areas: Vec<String>,
    /// The active role the organisation will play in preparing the Roundtable.
    #[validate(custom(function = "statement"))]
    pub statement: String,
    #[validate(custom(function = "signatory"))]
    pub signatory_name: String,
    #[validate(custom(function = "signatory"))]
    pub signatory_title: String,
    /// `YYYY-MM-DD`, as `<input type=date>` sends it.
    #[validate(custom(function = "signed_on"))]
    pub signed_on: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct LeaderApplicationInput {
    #[validate(custom(function = "known_focus_area"))]
    pub focus_area: String,
    #[validate(custom(function = "known_constituency"))]
    pub constituency: String,
    /// The impactful commitment the organisation intends to make at the Roundtable.
    #[validate(custom(function = "commitment"))]
    pub commitment: String,
    /// The box "our top leader will attend and speak for the coalition": `yes` when ticked.
    #[validate(custom(function = "confirmed"))]
    pub leader_will_attend: String,
}

/// An ITU decision that must be explained (decline, reject, revoke).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct ReasonInput {
    #[validate(custom(function = "reason"))]
    pub reason: String,
}

fn known_focus_area(v: &str) -> Result<(), ValidationError> {
    FocusArea::parse(v)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("choice"))
}

fn known_constituency(v: &str) -> Result<(), ValidationError> {
    Constituency::parse(v)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("choice"))
}

fn statement(v: &str) -> Result<(), ValidationError> {
    chars_between(v, STATEMENT_MIN, STATEMENT_MAX, "statement")
}

fn commitment(v: &str) -> Result<(), ValidationError> {
    chars_between(v, COMMITMENT_MIN, COMMITMENT_MAX, "commitment")
}

fn signatory(v: &str) -> Result<(), ValidationError> {
    chars_between(v, 2, 120, "signatory")?;
    if super::text_rules::one_line(v) {
        Ok(())
    } else {
        Err(ValidationError::new("one_line"))
    }
}

fn reason(v: &str) -> Result<(), ValidationError> {
    chars_between(v, 3, REASON_MAX, "reason")
}

fn confirmed(v: &str) -> Result<(), ValidationError> {
    (v == "yes")
        .then_some(())
        .ok_or_else(|| ValidationError::new("confirm"))
}

/// The coalition was launched in 2021; a letter is signed between then and today.
fn signed_on(v: &str) -> Result<(), ValidationError> {
    parse_signed_on(v)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("date"))
}

pub fn parse_signed_on(v: &str) -> Option<NaiveDate> {
    let date = NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d").ok()?;
    let earliest = NaiveDate::from_ymd_opt(2021, 1, 1)?;
    let today = chrono::Utc::now().date_naive();
    (earliest..=today).contains(&date).then_some(date)
}

impl LetterInput {
    pub fn issues(&self) -> Vec<FieldIssue> {
        self.validate()
            .err()
            .map(|e| issues_from(&e))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_needs_areas_a_statement_a_signatory_and_a_past_date() {
        let letter = LetterInput {
            focus_areas: vec!["access".into(), "adoption".into()],
            statement: "We will co-organise the Access session and bring three operators to it."
                .into(),
            signatory_name: "Dr Aroha Ngata".into(),
            signatory_title: "Chief Executive".into(),
            signed_on: "2026-11-02".into(),
        };
        assert_eq!(letter.issues(), vec![]);
        let bad = LetterInput {
            focus_areas: vec!["everything".into()],
            statement: "We like it.".into(),
            signatory_name: "X".into(),
            signatory_title: "CEO\u{0}".into(),
            signed_on: "2999-01-01".into(),
        };
        let fields: Vec<String> = bad.issues().into_iter().map(|i| i.field).collect();
        assert_eq!(
            fields,
            [
                "focus_areas",
                "signatory_name",
                "signatory_title",
                "signed_on",
                "statement"
            ]
        );
        assert!(parse_signed_on("02/11/2026").is_none());
    }
}
