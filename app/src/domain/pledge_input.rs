//! The pledge form as the browser sends it, and the rules it must meet before it is submitted.
//! A draft is kept exactly as typed, rules or not; the rules apply when it is submitted.
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

use super::text_rules::{chars_between, email, known_focus_areas, one_line};
use crate::reference::{BenefitLevel, CountryTable, ItuRegion, KapPriority, PledgeType, currency};

pub const TITLE_MIN: usize = 5;
pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MIN: usize = 20;
pub const SUMMARY_MAX: usize = 600;
pub const DESCRIPTION_MIN: usize = 20;
pub const DESCRIPTION_MAX: usize = 10_000;
pub const STATEMENT_MIN: usize = 10;
pub const STATEMENT_MAX: usize = 500;
pub const INDICATOR_MAX: usize = 200;
pub const UNIT_MAX: usize = 40;
pub const CONTACT_NAME_MAX: usize = 120;
pub const TARGETS_MAX: usize = 20;
/// Partners the lead names without an account, one a line of the form.
pub const NAMED_PARTNERS_MAX: usize = 20;
pub const PARTNER_NAME_MIN: usize = 2;
pub const PARTNER_NAME_MAX: usize = 200;
/// More than a trillion in any currency is a typing slip, not a pledge.
pub const AMOUNT_MAX_MAJOR: i64 = 1_000_000_000_000;
/// The earliest and latest dates a pledge may name.
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2100;

/// The pledge form, field by field, exactly as typed or chosen. A browser leaves out unticked
/// boxes and radio groups with nothing chosen, so a missing field reads as an empty one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct PledgeInput {
    #[validate(custom(function = "title_rule"))]
    pub title: String,
    #[validate(custom(function = "summary_rule"))]
    pub summary: String,
    #[validate(custom(function = "description_rule"))]
    pub description: String,
    #[validate(custom(function = "known_pledge_type", code = "pledge_type"))]
    pub pledge_type: String,
    #[validate(custom(function = "known_focus_areas", code = "focus_areas"))]
    pub focus_areas: Vec<String>,
    /// `yes` when the pledge is global.
    pub scope_global: String,
    #[validate(custom(function = "known_regions"))]
    pub scope_regions: Vec<String>,
    #[validate(custom(function = "known_countries"))]
    pub scope_countries: Vec<String>,
    pub amount: String,
    pub currency: String,
    #[validate(nested)]
    pub ldc: BenefitInput,
    #[validate(nested)]
    pub lldc: BenefitInput,
    #[validate(nested)]
    pub sids: BenefitInput,
    #[validate(nested)]
    pub targets: Vec<TargetInput>,
    #[validate(custom(function = "pledge_date"))]
    pub start_date: String,
    #[validate(custom(function = "pledge_date"))]
    pub end_date: String,
    #[validate(custom(function = "known_sdgs"))]
    pub sdgs: Vec<String>,
    #[validate(custom(function = "known_kap"))]
    pub kap: Vec<String>,
    /// Partners without an account on the platform, one name a line. They are part of the
    /// revision and reviewed with it.
    #[validate(custom(function = "named_partners_rule"))]
    pub named_partners: String,
    #[validate(custom(function = "contact_name"))]
    pub contact_name: String,
    #[validate(custom(function = "email"))]
    pub contact_email: String,
    /// The opportunities (their slugs) the pledge answers; the server checks they exist.
    #[validate(custom(function = "answers_rule"))]
    pub answers: Vec<String>,
    /// `yes`: other organisations may sign on once the pledge is public.
    pub open_sign_on: String,
    /// `yes` once the organisation agrees that ITU publishes the pledge after due diligence.
    #[validate(custom(function = "consented"))]
    pub consent: String,
}

/// Whether, and how far, the pledge benefits one country group.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct BenefitInput {
    #[validate(custom(function = "known_benefit"))]
    pub level: String,
    /// The share of the pledge's resources, in whole per cent; optional.
    #[validate(custom(function = "optional_percent"))]
    pub share: String,
    #[validate(custom(function = "statement_length"))]
    pub statement: String,
}

/// One measurable target: "schools connected, from 0 to 500, by 2027-12-31".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct TargetInput {
    #[validate(custom(function = "indicator_rule"))]
    pub indicator: String,
    #[validate(custom(function = "optional_quantity"))]
    pub baseline: String,
    #[validate(custom(function = "quantity"))]
    pub target: String,
    #[validate(custom(function = "unit_rule"))]
    pub unit: String,
    #[validate(custom(function = "pledge_date"))]
    pub due: String,
}

impl TargetInput {
    /// A row the person left empty: the form offers spare rows, which are not targets.
    pub fn is_blank(&self) -> bool {
        [
            &self.indicator,
            &self.baseline,
            &self.target,
            &self.unit,
            &self.due,
        ]
        .iter()
        .all(|v| v.trim().is_empty())
    }
}

impl PledgeInput {
    /// The targets the person filled in, spare rows left out.
    pub fn filled_targets(&self) -> impl Iterator<Item = (usize, &TargetInput)> {
        self.targets
            .iter()
            .enumerate()
            .filter(|(_, t)| !t.is_blank())
    }

    pub fn is_global(&self) -> bool {
        self.scope_global == "yes"
    }

    pub fn benefit(&self, group: crate::reference::CountryGroup) -> &BenefitInput {
        use crate::reference::CountryGroup as G;
        match group {
            G::Ldc => &self.ldc,
            G::Lldc => &self.lldc,
            G::Sids => &self.sids,
        }
    }
}

fn invalid(code: &'static str) -> ValidationError {
    ValidationError::new(code)
}

pub(crate) fn one_line_between(
    v: &str,
    min: usize,
    max: usize,
    code: &'static str,
) -> Result<(), ValidationError> {
    chars_between(v, min, max, code)?;
    if one_line(v) {
        Ok(())
    } else {
        Err(invalid("one_line"))
    }
}

fn title_rule(v: &str) -> Result<(), ValidationError> {
    one_line_between(v, TITLE_MIN, TITLE_MAX, "title_length")
}

fn summary_rule(v: &str) -> Result<(), ValidationError> {
    chars_between(v, SUMMARY_MIN, SUMMARY_MAX, "summary_length")
}

fn description_rule(v: &str) -> Result<(), ValidationError> {
    chars_between(v, DESCRIPTION_MIN, DESCRIPTION_MAX, "description_length")
}

fn known_pledge_type(v: &str) -> Result<(), ValidationError> {
    PledgeType::parse(v)
        .map(|_| ())
        .ok_or_else(|| invalid("pledge_type"))
}

fn known_regions(values: &[String]) -> Result<(), ValidationError> {
    if values.iter().all(|v| ItuRegion::parse(v).is_some()) {
        Ok(())
    } else {
        Err(invalid("choice"))
    }
}

pub(crate) fn known_countries(values: &[String]) -> Result<(), ValidationError> {
    let table = CountryTable::shared().ok_or_else(|| invalid("choice"))?;
    if values.len() <= 300
        && values
            .iter()
            .all(|v| v.len() == 2 && table.get(v).is_some())
    {
        Ok(())
    } else {
        Err(invalid("choice"))
    }
}

fn known_benefit(v: &str) -> Result<(), ValidationError> {
    BenefitLevel::parse(v)
        .map(|_| ())
        .ok_or_else(|| invalid("benefit"))
}

/// A share of resources: empty, or a whole number from 0 to 100.
pub fn parse_percent(v: &str) -> Result<Option<u8>, ValidationError> {
    let v = v.trim().trim_end_matches('%').trim();
    if v.is_empty() {
        return Ok(None);
    }
    match v.parse::<u8>() {
        Ok(n) if n <= 100 && v.bytes().all(|b| b.is_ascii_digit()) => Ok(Some(n)),
        _ => Err(invalid("percent")),
    }
}

fn optional_percent(v: &str) -> Result<(), ValidationError> {
    parse_percent(v).map(|_| ())
}

fn statement_length(v: &str) -> Result<(), ValidationError> {
    if v.trim().is_empty() {
        return Ok(()); // whether one is needed depends on the level: see `cross_field_issues`
    }
    chars_between(v, STATEMENT_MIN, STATEMENT_MAX, "statement_length")
}

fn indicator_rule(v: &str) -> Result<(), ValidationError> {
    one_line_between(v, 3, INDICATOR_MAX, "indicator")
}

fn unit_rule(v: &str) -> Result<(), ValidationError> {
    one_line_between(v, 1, UNIT_MAX, "unit")
}

/// A target or baseline: a non-negative number, exact as typed.
pub fn parse_quantity(v: &str) -> Result<String, ValidationError> {
    super::DecimalText::parse(v)
        .map(|d| d.canonical())
        .ok_or_else(|| invalid("quantity"))
}

fn quantity(v: &str) -> Result<(), ValidationError> {
    parse_quantity(v).map(|_| ())
}

fn optional_quantity(v: &str) -> Result<(), ValidationError> {
    if v.trim().is_empty() {
        Ok(())
    } else {
        quantity(v)
    }
}

/// A date as an HTML date field sends it (`YYYY-MM-DD`), between 2000 and 2100.
pub fn parse_pledge_date(v: &str) -> Result<chrono::NaiveDate, ValidationError> {
    use chrono::Datelike;
    chrono::NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (FIRST_YEAR..=LAST_YEAR).contains(&d.year()))
        .ok_or_else(|| invalid("pledge_date"))
}

fn pledge_date(v: &str) -> Result<(), ValidationError> {
    parse_pledge_date(v).map(|_| ())
}

fn known_sdgs(values: &[String]) -> Result<(), ValidationError> {
    let ok = values.iter().all(|v| {
        v.parse::<u8>()
            .ok()
            .and_then(crate::reference::Sdg::new)
            .is_some()
    });
    if ok { Ok(()) } else { Err(invalid("choice")) }
}

/// Opportunities a pledge may answer at most.
pub const ANSWERS_MAX: usize = 10;

fn answers_rule(values: &[String]) -> Result<(), ValidationError> {
    if values.len() <= ANSWERS_MAX
        && values
            .iter()
            .all(|v| crate::domain::events::slug_is_valid(v.trim()))
    {
        Ok(())
    } else {
        Err(invalid("answers"))
    }
}

fn known_kap(values: &[String]) -> Result<(), ValidationError> {
    if values.iter().all(|v| KapPriority::parse(v).is_some()) {
        Ok(())
    } else {
        Err(invalid("choice"))
    }
}

fn contact_name(v: &str) -> Result<(), ValidationError> {
    one_line_between(v, 1, CONTACT_NAME_MAX, "name")
}

/// The names typed, one a line, blank lines left out.
pub fn named_partner_lines(v: &str) -> impl Iterator<Item = &str> {
    v.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn named_partners_rule(v: &str) -> Result<(), ValidationError> {
    if named_partner_lines(v).count() > NAMED_PARTNERS_MAX {
        return Err(invalid("named_partners_too_many"));
    }
    for name in named_partner_lines(v) {
        one_line_between(name, PARTNER_NAME_MIN, PARTNER_NAME_MAX, "named_partner")?;
    }
    Ok(())
}

fn consented(v: &str) -> Result<(), ValidationError> {
    if v == "yes" {
        Ok(())
    } else {
        Err(invalid("consent"))
    }
}

/// Whether `code` names a currency the app knows (ISO 4217, legal tender).
pub fn known_currency(code: &str) -> bool {
    currency(code.trim()).is_some()
}
