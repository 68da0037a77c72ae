//! An opportunity as ITU types it, and its rules (checked in the browser and again on the server).
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::events::slug_is_valid;
use crate::domain::money_input::money_of;
use crate::domain::pledge_input::{known_countries, parse_pledge_date};
use crate::domain::text_rules::{email, normalise_email, one_line};
use crate::domain::{FieldIssue, Money};
use crate::marketplace_lifecycle::{InKind, OpportunityKind, OpportunityStatus};
use crate::reference::{CountryGroup, FocusArea, ItuRegion};

pub const OPPORTUNITY_TITLE_MAX: usize = 200;
pub const OPPORTUNITY_SUMMARY_MAX: usize = 600;
pub const OPPORTUNITY_DESCRIPTION_MAX: usize = 10_000;
pub const IN_KIND_NOTE_MAX: usize = 600;

/// The form, field by field, as typed; unticked boxes are missing, so every field has a default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OpportunityInput {
    pub kind: String,
    pub title: String,
    /// The public address ("malawi-schools"); chosen once.
    pub slug: String,
    pub summary: String,
    pub description: String,
    pub focus_areas: Vec<String>,
    pub regions: Vec<String>,
    pub countries: Vec<String>,
    pub groups: Vec<String>,
    pub amount: String,
    pub currency: String,
    pub in_kind: Vec<String>,
    pub in_kind_note: String,
    pub starts_on: String,
    pub ends_on: String,
    pub contact_name: String,
    pub contact_email: String,
    pub status: String,
}

/// An opportunity in domain types.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpportunityFields {
    pub kind: OpportunityKind,
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub description: String,
    pub focus_areas: Vec<FocusArea>,
    pub regions: Vec<ItuRegion>,
    pub countries: Vec<String>,
    pub groups: Vec<CountryGroup>,
    pub needed: Option<Money>,
    pub in_kind: Vec<InKind>,
    pub in_kind_note: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub contact_name: String,
    pub contact_email: String,
    pub status: OpportunityStatus,
}

fn text_ok(value: &str, min: usize, max: usize, single_line: bool) -> bool {
    let v = value.trim();
    let n = v.chars().count();
    (min..=max).contains(&n) && (!single_line || one_line(v))
}

/// Codes of one vocabulary, each once, in the vocabulary's order; `None` if one is unknown.
pub fn codes_of<T: Copy + Ord>(values: &[String], parse: fn(&str) -> Option<T>) -> Option<Vec<T>> {
    let mut out = values
        .iter()
        .map(|v| parse(v.trim()))
        .collect::<Option<Vec<T>>>()?;
    out.sort();
    out.dedup();
    Some(out)
}

fn optional_date(v: &str) -> Result<Option<NaiveDate>, ()> {
    if v.trim().is_empty() {
        Ok(None)
    } else {
        parse_pledge_date(v).map(Some).map_err(|_| ())
    }
}

impl OpportunityInput {
    /// Every broken rule, the first per field, in the form's order.
    pub fn issues(&self) -> Vec<FieldIssue> {
        match self.parse() {
            Ok(_) => Vec::new(),
            Err(issues) => issues,
        }
    }

    pub fn parse(&self) -> Result<OpportunityFields, Vec<FieldIssue>> {
        let mut issues = Vec::new();
        let mut fail = |field: &str, code: &str| issues.push(FieldIssue::new(field, code));
        let kind = OpportunityKind::parse(self.kind.trim());
        if kind.is_none() {
            fail("kind", "choice");
        }
        if !text_ok(&self.title, 5, OPPORTUNITY_TITLE_MAX, true) {
            fail("title", "title_length");
        }
        let slug = self.slug.trim().to_lowercase();
        if !slug_is_valid(&slug) {
            fail("slug", "event_slug");
        }
        if !text_ok(&self.summary, 20, OPPORTUNITY_SUMMARY_MAX, false) {
            fail("summary", "summary_length");
        }
        if !text_ok(&self.description, 20, OPPORTUNITY_DESCRIPTION_MAX, false) {
            fail("description", "description_length");
        }
        let focus_areas = codes_of(&self.focus_areas, FocusArea::parse).filter(|v| !v.is_empty());
        if focus_areas.is_none() {
            fail("focus_areas", "focus_areas");
        }
        let regions = codes_of(&self.regions, ItuRegion::parse);
        if regions.is_none() {
            fail("regions", "choice");
        }
        let countries: Vec<String> = {
            let mut c: Vec<String> = self
                .countries
                .iter()
                .map(|c| c.trim().to_ascii_uppercase())
                .collect();
            c.sort();
            c.dedup();
            c
        };
        if known_countries(&countries).is_err() {
            fail("countries", "choice");
        }
        let groups = codes_of(&self.groups, CountryGroup::parse);
        if groups.is_none() {
            fail("groups", "choice");
        }
        let needed = money_of(&self.amount, &self.currency, "amount", "currency");
        if let Err(issue) = &needed {
            fail(&issue.field, &issue.code);
        }
        let in_kind = codes_of(&self.in_kind, InKind::parse);
        if in_kind.is_none() {
            fail("in_kind", "choice");
        }
        if self.amount.trim().is_empty() && self.in_kind.is_empty() {
            fail("amount", "opportunity_needs");
        }
        if !text_ok(&self.in_kind_note, 0, IN_KIND_NOTE_MAX, false) {
            fail("in_kind_note", "statement_length");
        }
        let starts_on = optional_date(&self.starts_on);
        if starts_on.is_err() {
            fail("starts_on", "pledge_date");
        }
        let ends_on = optional_date(&self.ends_on);
        if ends_on.is_err() {
            fail("ends_on", "pledge_date");
        }
        if let (Ok(Some(s)), Ok(Some(e))) = (starts_on, ends_on)
            && e < s
        {
            fail("ends_on", "date_order");
        }
        if !text_ok(&self.contact_name, 2, 120, true) {
            fail("contact_name", "name");
        }
        if email(&self.contact_email).is_err() {
            fail("contact_email", "email");
        }
        let status = OpportunityStatus::parse(self.status.trim());
        if status.is_none() {
            fail("status", "choice");
        }
        if !issues.is_empty() {
            return Err(issues);
        }
        let broken = || vec![FieldIssue::new("form", "invalid")];
        Ok(OpportunityFields {
            kind: kind.ok_or_else(broken)?,
            title: self.title.trim().to_owned(),
            slug,
            summary: self.summary.trim().to_owned(),
            description: self.description.trim().to_owned(),
            focus_areas: focus_areas.ok_or_else(broken)?,
            regions: regions.ok_or_else(broken)?,
            countries,
            groups: groups.ok_or_else(broken)?,
            needed: needed.map_err(|_| broken())?,
            in_kind: in_kind.ok_or_else(broken)?,
            in_kind_note: self.in_kind_note.trim().to_owned(),
            starts_on: starts_on.map_err(|_| broken())?,
            ends_on: ends_on.map_err(|_| broken())?,
            contact_name: self.contact_name.trim().to_owned(),
            contact_email: normalise_email(&self.contact_email),
            status: status.ok_or_else(broken)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn malawi() -> OpportunityInput {
        OpportunityInput {
            kind: "project".into(),
            title: "Connect 400 schools in Malawi".into(),
            slug: "malawi-schools".into(),
            summary: "Connect 400 rural schools in Malawi to broadband by 2028.".into(),
            description: "Fibre and satellite links, solar power and teacher training.".into(),
            focus_areas: vec!["access".into(), "adoption".into()],
            regions: vec!["africa".into()],
            countries: vec!["mw".into()],
            groups: vec!["ldc".into(), "lldc".into()],
            amount: "8,000,000".into(),
            currency: "USD".into(),
            in_kind: vec!["equipment".into()],
            contact_name: "ITU Projects".into(),
            contact_email: "Projects@ITU.example".into(),
            status: "open".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_complete_opportunity_parses_into_exact_values() {
        let f = malawi().parse().expect("valid");
        assert_eq!(f.countries, vec!["MW"]);
        assert_eq!(f.needed.map(|m| m.minor), Some(800_000_000));
        assert_eq!(f.contact_email, "projects@itu.example");
        assert_eq!(f.focus_areas, vec![FocusArea::Access, FocusArea::Adoption]);
    }

    #[test]
    fn each_broken_rule_is_named_on_its_field() {
        let mut bad = malawi();
        bad.kind = "charity".into();
        bad.countries = vec!["ZZ".into()];
        bad.amount = "12abc".into();
        bad.starts_on = "2027-05-01".into();
        bad.ends_on = "2026-05-01".into();
        let fields: Vec<(String, String)> = bad
            .issues()
            .into_iter()
            .map(|i| (i.field, i.code))
            .collect();
        assert_eq!(
            fields,
            vec![
                ("kind".into(), "choice".into()),
                ("countries".into(), "choice".into()),
                ("amount".into(), "amount".into()),
                ("ends_on".into(), "date_order".into()),
            ]
        );
        let mut nothing = malawi();
        nothing.amount.clear();
        nothing.in_kind.clear();
        assert_eq!(nothing.issues()[0].code, "opportunity_needs");
    }
}
