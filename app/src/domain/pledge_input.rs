use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

use super::text_rules::{chars_between, known_focus_areas};
use super::{FieldIssue, issues_from};
use crate::reference::{BenefitLevel, FocusArea, PledgeType};

pub const TITLE_MIN: usize = 5;
pub const TITLE_MAX: usize = 200;
pub const DESCRIPTION_MIN: usize = 20;
pub const DESCRIPTION_MAX: usize = 5000;

/// The pledge form as the browser sends it: strings, exactly as typed or chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
// A browser leaves out unticked boxes and radio groups with nothing chosen: a missing field is an
// empty one, and gets its own message, rather than failing the whole form.
#[serde(default)]
pub struct PledgeInput {
    #[validate(custom(function = "title_length", code = "title_length"))]
    pub title: String,
    #[validate(custom(function = "description_length", code = "description_length"))]
    pub description: String,
    #[validate(custom(function = "known_pledge_type", code = "pledge_type"))]
    pub pledge_type: String,
    #[validate(custom(function = "known_focus_areas", code = "focus_areas"))]
    pub focus_areas: Vec<String>,
    #[validate(custom(function = "known_benefit", code = "benefit"))]
    pub benefit_ldc: String,
    #[validate(custom(function = "known_benefit", code = "benefit"))]
    pub benefit_lldc: String,
    #[validate(custom(function = "known_benefit", code = "benefit"))]
    pub benefit_sids: String,
}

/// A pledge that passed validation, with every field in its domain type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewPledge {
    pub title: String,
    pub description: String,
    pub pledge_type: PledgeType,
    pub focus_areas: Vec<FocusArea>,
    pub benefit_ldc: BenefitLevel,
    pub benefit_lldc: BenefitLevel,
    pub benefit_sids: BenefitLevel,
}

fn title_length(value: &str) -> Result<(), ValidationError> {
    chars_between(value, TITLE_MIN, TITLE_MAX, "length")
}

fn description_length(value: &str) -> Result<(), ValidationError> {
    chars_between(value, DESCRIPTION_MIN, DESCRIPTION_MAX, "length")
}

fn known_pledge_type(value: &str) -> Result<(), ValidationError> {
    PledgeType::parse(value)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("pledge_type"))
}

fn known_benefit(value: &str) -> Result<(), ValidationError> {
    BenefitLevel::parse(value)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("benefit"))
}

impl PledgeInput {
    /// Issues for the fields, empty when the input is acceptable.
    pub fn issues(&self) -> Vec<FieldIssue> {
        self.validate()
            .err()
            .map(|e| issues_from(&e))
            .unwrap_or_default()
    }
}

impl TryFrom<PledgeInput> for NewPledge {
    type Error = Vec<FieldIssue>;

    fn try_from(input: PledgeInput) -> Result<Self, Self::Error> {
        let issues = input.issues();
        let invalid = || issues.clone();
        let benefit = |s: &str| BenefitLevel::parse(s).ok_or_else(invalid);
        let mut focus_areas = input
            .focus_areas
            .iter()
            .map(|f| FocusArea::parse(f).ok_or_else(invalid))
            .collect::<Result<Vec<_>, _>>()?;
        focus_areas.sort();
        focus_areas.dedup();
        let pledge = NewPledge {
            title: input.title.trim().to_owned(),
            description: input.description.trim().to_owned(),
            pledge_type: PledgeType::parse(&input.pledge_type).ok_or_else(invalid)?,
            focus_areas,
            benefit_ldc: benefit(&input.benefit_ldc)?,
            benefit_lldc: benefit(&input.benefit_lldc)?,
            benefit_sids: benefit(&input.benefit_sids)?,
        };
        if issues.is_empty() {
            Ok(pledge)
        } else {
            Err(issues)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> PledgeInput {
        PledgeInput {
            title: "Connect 500 rural schools in Rwanda".into(),
            description: "Fibre and satellite links for 500 schools in five provinces by 2027."
                .into(),
            pledge_type: "project".into(),
            focus_areas: vec!["access".into(), "adoption".into()],
            benefit_ldc: "mainly".into(),
            benefit_lldc: "mainly".into(),
            benefit_sids: "none".into(),
        }
    }

    fn codes(input: PledgeInput) -> Vec<(String, String)> {
        input
            .issues()
            .into_iter()
            .map(|i| (i.field, i.code))
            .collect()
    }

    #[test]
    fn a_complete_pledge_parses_into_domain_types() {
        let pledge = NewPledge::try_from(valid()).unwrap();
        assert_eq!(pledge.pledge_type, PledgeType::Project);
        assert_eq!(
            pledge.focus_areas,
            vec![FocusArea::Access, FocusArea::Adoption]
        );
        assert_eq!(pledge.benefit_sids, BenefitLevel::None);
    }

    #[test]
    fn each_rule_reports_its_own_field() {
        let short_title = PledgeInput {
            title: "Wifi".into(),
            ..valid()
        };
        assert_eq!(
            codes(short_title),
            vec![("title".into(), "title_length".into())]
        );

        let blank = PledgeInput {
            description: "   too short    ".into(),
            ..valid()
        };
        assert_eq!(
            codes(blank),
            vec![("description".into(), "description_length".into())]
        );

        let no_area = PledgeInput {
            focus_areas: vec![],
            ..valid()
        };
        assert_eq!(
            codes(no_area),
            vec![("focus_areas".into(), "focus_areas".into())]
        );

        let bad_area = PledgeInput {
            focus_areas: vec!["access".into(), "space".into()],
            ..valid()
        };
        assert_eq!(
            codes(bad_area),
            vec![("focus_areas".into(), "focus_areas".into())]
        );

        let no_type = PledgeInput {
            pledge_type: String::new(),
            ..valid()
        };
        assert_eq!(
            codes(no_type),
            vec![("pledge_type".into(), "pledge_type".into())]
        );

        let no_benefit = PledgeInput {
            benefit_lldc: String::new(),
            ..valid()
        };
        assert_eq!(
            codes(no_benefit),
            vec![("benefit_lldc".into(), "benefit".into())]
        );
    }

    #[test]
    fn lengths_count_characters_not_bytes() {
        let chinese = PledgeInput {
            title: "连接学校".into(),
            ..valid()
        };
        assert_eq!(
            codes(chinese),
            vec![("title".into(), "title_length".into())]
        );
        let chinese_ok = PledgeInput {
            title: "连接农村学校".into(),
            ..valid()
        };
        assert!(codes(chinese_ok).is_empty());
    }

    #[test]
    fn duplicate_focus_areas_are_stored_once() {
        let twice = PledgeInput {
            focus_areas: vec!["access".into(), "access".into()],
            ..valid()
        };
        let pledge = NewPledge::try_from(twice).unwrap();
        assert_eq!(pledge.focus_areas, vec![FocusArea::Access]);
    }

    #[test]
    fn the_form_encoding_with_unticked_boxes_still_parses() {
        let json = r#"{"title":"t","description":"d","pledge_type":"","benefit_ldc":""}"#;
        let input: PledgeInput = serde_json::from_str(json).unwrap();
        assert!(input.focus_areas.is_empty());
        let fields: Vec<_> = input.issues().into_iter().map(|i| i.field).collect();
        assert!(
            fields.contains(&"benefit_sids".to_owned())
                && fields.contains(&"focus_areas".to_owned())
        );
    }
}
