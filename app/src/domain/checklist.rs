//! ITU's due-diligence checklist: seven questions a reviewer answers before a decision. The
//! answers are kept with the decision in the audit log, so the reasons for every publication stay
//! on record.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::FieldIssue;
use crate::i18n::Key;
use crate::reference::code_enum_for_lifecycle as code_enum;

code_enum! {
    CheckItem {
        EntityVerified => "entity_verified",
        FocusAreaAlignment => "focus_area_alignment",
        TypeCorrect => "type_correct",
        RealisticMeasurable => "realistic_measurable",
        GroupClaimConsistent => "group_claim_consistent",
        ValuePlausible => "value_plausible",
        NotDuplicate => "not_duplicate",
    }
}

code_enum! {
    CheckAnswer {
        Pass => "pass",
        Fail => "fail",
        NotApplicable => "na",
    }
}

/// Longest note on one item, in characters.
pub const CHECK_NOTE_MAX: usize = 1000;

impl CheckItem {
    pub fn label(self) -> Key {
        match self {
            CheckItem::EntityVerified => Key::CheckEntityVerified,
            CheckItem::FocusAreaAlignment => Key::CheckFocusAreaAlignment,
            CheckItem::TypeCorrect => Key::CheckTypeCorrect,
            CheckItem::RealisticMeasurable => Key::CheckRealisticMeasurable,
            CheckItem::GroupClaimConsistent => Key::CheckGroupClaimConsistent,
            CheckItem::ValuePlausible => Key::CheckValuePlausible,
            CheckItem::NotDuplicate => Key::CheckNotDuplicate,
        }
    }
}

impl CheckAnswer {
    pub fn label(self) -> Key {
        match self {
            CheckAnswer::Pass => Key::CheckPass,
            CheckAnswer::Fail => Key::CheckFail,
            CheckAnswer::NotApplicable => Key::CheckNotApplicable,
        }
    }
}

/// The checklist as the form sends it: item code → answer code, item code → note.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistInput {
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckEntry {
    pub item: CheckItem,
    pub answer: Option<CheckAnswer>,
    pub note: String,
}

/// A parsed checklist: one entry per item, in ITU's order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    pub entries: Vec<CheckEntry>,
}

impl Checklist {
    /// Reads the form's answers. Unknown answers, over-long notes and a failed item without a
    /// note (the organisation and the next reviewer need to know what failed) are refused.
    pub fn parse(input: &ChecklistInput) -> Result<Checklist, Vec<FieldIssue>> {
        let mut issues = Vec::new();
        let mut entries = Vec::with_capacity(CheckItem::ALL.len());
        for item in CheckItem::ALL {
            let field = format!("check_{}", item.code());
            let answer = match input.answers.get(item.code()).map(|a| a.trim()) {
                None | Some("") => None,
                Some(code) => match CheckAnswer::parse(code) {
                    Some(a) => Some(a),
                    None => {
                        issues.push(FieldIssue::new(&field, "choice"));
                        None
                    }
                },
            };
            let note = input
                .notes
                .get(item.code())
                .map(|n| n.trim().to_owned())
                .unwrap_or_default();
            if note.chars().count() > CHECK_NOTE_MAX {
                issues.push(FieldIssue::new(&field, "check_note_length"));
            } else if answer == Some(CheckAnswer::Fail) && note.is_empty() {
                issues.push(FieldIssue::new(&field, "check_fail_note"));
            }
            entries.push(CheckEntry {
                item: *item,
                answer,
                note,
            });
        }
        if issues.is_empty() {
            Ok(Checklist { entries })
        } else {
            Err(issues)
        }
    }

    /// An approval needs every item answered and none failed.
    pub fn approval_issues(&self) -> Vec<FieldIssue> {
        self.entries
            .iter()
            .filter_map(|e| {
                let field = format!("check_{}", e.item.code());
                match e.answer {
                    None => Some(FieldIssue::new(&field, "check_missing")),
                    Some(CheckAnswer::Fail) => Some(FieldIssue::new(&field, "check_failed")),
                    Some(CheckAnswer::Pass | CheckAnswer::NotApplicable) => None,
                }
            })
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.entries
            .iter()
            .all(|e| e.answer.is_none() && e.note.is_empty())
    }

    /// The form's shape again, to fill the form with a checklist given earlier.
    pub fn to_input(&self) -> ChecklistInput {
        let mut input = ChecklistInput::default();
        for e in &self.entries {
            if let Some(a) = e.answer {
                input
                    .answers
                    .insert(e.item.code().to_owned(), a.code().to_owned());
            }
            if !e.note.is_empty() {
                input.notes.insert(e.item.code().to_owned(), e.note.clone());
            }
        }
        input
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(answer: &str) -> ChecklistInput {
        let mut input = ChecklistInput::default();
        for item in CheckItem::ALL {
            input
                .answers
                .insert(item.code().to_owned(), answer.to_owned());
        }
        input
    }

    #[test]
    fn a_complete_passing_checklist_allows_approval() {
        let mut input = all("pass");
        input
            .answers
            .insert("value_plausible".to_owned(), "na".to_owned());
        let list = Checklist::parse(&input).expect("valid");
        assert_eq!(list.entries.len(), 7);
        assert!(list.approval_issues().is_empty());
        assert_eq!(Checklist::parse(&list.to_input()), Ok(list));
    }

    #[test]
    fn a_missing_or_failed_item_blocks_approval() {
        let mut input = all("pass");
        input.answers.remove("not_duplicate");
        input
            .answers
            .insert("type_correct".to_owned(), "fail".to_owned());
        input
            .notes
            .insert("type_correct".to_owned(), "It is a project".to_owned());
        let issues = Checklist::parse(&input).expect("valid").approval_issues();
        assert_eq!(
            issues,
            vec![
                FieldIssue::new("check_type_correct", "check_failed"),
                FieldIssue::new("check_not_duplicate", "check_missing"),
            ]
        );
    }

    #[test]
    fn a_failed_item_needs_a_note_and_answers_must_be_known() {
        let mut input = all("pass");
        input
            .answers
            .insert("entity_verified".to_owned(), "fail".to_owned());
        input
            .answers
            .insert("type_correct".to_owned(), "maybe".to_owned());
        input
            .notes
            .insert("value_plausible".to_owned(), "x".repeat(CHECK_NOTE_MAX + 1));
        assert_eq!(
            Checklist::parse(&input),
            Err(vec![
                FieldIssue::new("check_entity_verified", "check_fail_note"),
                FieldIssue::new("check_type_correct", "choice"),
                FieldIssue::new("check_value_plausible", "check_note_length"),
            ])
        );
    }

    #[test]
    fn an_empty_form_is_an_empty_checklist() {
        let list = Checklist::parse(&ChecklistInput::default()).expect("valid");
        assert!(list.is_empty());
        assert_eq!(list.approval_issues().len(), 7);
    }
}
