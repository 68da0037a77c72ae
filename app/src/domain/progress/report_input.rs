//! The progress report form as the browser sends it, the rules it must meet to be filed, and the
//! report in domain types once it does. A draft is kept exactly as typed; the rules apply on filing.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::{Validate, ValidationError};

use crate::domain::pledge_input::{
    AMOUNT_MAX_MAJOR, known_countries, one_line_between, parse_pledge_date, parse_quantity,
};
use crate::domain::text_rules::{chars_between, optional_website};
use crate::domain::{DecimalText, FieldIssue, Money, issues_from};
use crate::progress_lifecycle::ProgressStatus;
use crate::reference::currency;

pub const NARRATIVE_MIN: usize = 20;
pub const NARRATIVE_MAX: usize = 5000;
pub const REASON_MIN: usize = 10;
pub const REASON_MAX: usize = 1000;
pub const LINKS_MAX: usize = 10;
/// Files a report may carry; each is at most [`EVIDENCE_MAX_BYTES`].
pub const EVIDENCE_FILES_MAX: usize = 5;
pub const EVIDENCE_MAX_BYTES: usize = 10 * 1024 * 1024;
pub const BENEFICIARY_UNIT_MAX: usize = 40;

/// The report form, field by field, as typed. Target rows follow the order of the pledge's
/// published targets.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[serde(default)]
pub struct ProgressInput {
    #[validate(custom(function = "known_status"))]
    pub status: String,
    pub status_reason: String,
    #[validate(custom(function = "percent_rule"))]
    pub percent: String,
    pub targets: Vec<TargetReachedInput>,
    pub disbursed_amount: String,
    pub disbursed_currency: String,
    /// The day the amount disbursed was counted: its USD value uses the rate of that day.
    pub disbursed_on: String,
    #[validate(custom(function = "known_countries"))]
    pub countries: Vec<String>,
    pub beneficiaries: String,
    pub beneficiaries_unit: String,
    #[validate(custom(function = "narrative_rule"))]
    pub narrative: String,
    /// Web addresses of evidence, one a line.
    pub links: String,
    /// `yes` when the files attached with this post may be public.
    pub files_public: String,
}

/// What one target reached, and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TargetReachedInput {
    pub value: String,
    pub reached_on: String,
}

/// A report that met every rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgressContent {
    pub status: ProgressStatus,
    pub status_reason: String,
    pub percent: u8,
    /// Per target of the pledge, in its order: the value reached (exact decimal text) and its date.
    pub targets: Vec<Option<(String, NaiveDate)>>,
    pub disbursed: Option<Money>,
    pub disbursed_on: Option<NaiveDate>,
    pub countries: Vec<String>,
    pub beneficiaries: Option<String>,
    pub beneficiaries_unit: String,
    pub narrative: String,
    pub links: Vec<String>,
}

fn known_status(v: &str) -> Result<(), ValidationError> {
    ProgressStatus::parse(v)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("progress_status"))
}

/// Per cent complete: a whole number from 0 to 100.
pub fn parse_progress_percent(v: &str) -> Option<u8> {
    let v = v.trim().trim_end_matches('%').trim();
    v.parse::<u8>()
        .ok()
        .filter(|n| *n <= 100 && v.bytes().all(|b| b.is_ascii_digit()))
}

fn percent_rule(v: &str) -> Result<(), ValidationError> {
    parse_progress_percent(v)
        .map(|_| ())
        .ok_or_else(|| ValidationError::new("progress_percent"))
}

fn narrative_rule(v: &str) -> Result<(), ValidationError> {
    chars_between(v, NARRATIVE_MIN, NARRATIVE_MAX, "narrative_length")
}

/// The lines of the links field, blank lines left out.
pub fn link_lines(v: &str) -> impl Iterator<Item = &str> {
    v.lines().map(str::trim).filter(|l| !l.is_empty())
}

impl ProgressInput {
    /// A form filled in with the values of the last report, so the next one starts from there.
    pub fn status(&self) -> Option<ProgressStatus> {
        ProgressStatus::parse(&self.status)
    }

    /// Every broken rule, one per field, in a stable order; empty when the report may be filed.
    /// `targets` is how many targets the pledge has; `today` bounds every date typed.
    pub fn issues(&self, targets: usize, today: NaiveDate) -> Vec<FieldIssue> {
        let mut issues = match self.validate() {
            Ok(()) => Vec::new(),
            Err(errors) => issues_from(&errors),
        };
        for issue in self.cross_field_issues(targets, today) {
            if !issues.iter().any(|i| i.field == issue.field) {
                issues.push(issue);
            }
        }
        issues.sort_by(|a, b| a.field.cmp(&b.field));
        issues
    }

    fn cross_field_issues(&self, targets: usize, today: NaiveDate) -> Vec<FieldIssue> {
        let mut issues = Vec::new();
        let reason_chars = self.status_reason.trim().chars().count();
        let needs_reason = self.status().is_some_and(ProgressStatus::needs_reason);
        if reason_chars > REASON_MAX || (needs_reason && reason_chars < REASON_MIN) {
            issues.push(FieldIssue::new("status_reason", "progress_reason"));
        }
        if self.targets.len() > targets {
            issues.push(FieldIssue::new("targets", "choice"));
        }
        for (n, t) in self.targets.iter().enumerate().take(targets) {
            let value = t.value.trim();
            let date = t.reached_on.trim();
            if value.is_empty() && date.is_empty() {
                continue;
            }
            if parse_quantity(value).is_err() {
                issues.push(FieldIssue::new(&format!("targets.{n}.value"), "quantity"));
            }
            if !past_date(date, today) {
                issues.push(FieldIssue::new(
                    &format!("targets.{n}.reached_on"),
                    "past_date",
                ));
            }
        }
        if let Some(issue) = self.money_issue(today) {
            issues.push(issue);
        }
        let beneficiaries = self.beneficiaries.trim();
        if !beneficiaries.is_empty() {
            if parse_quantity(beneficiaries).is_err() {
                issues.push(FieldIssue::new("beneficiaries", "quantity"));
            } else if one_line_between(&self.beneficiaries_unit, 1, BENEFICIARY_UNIT_MAX, "unit")
                .is_err()
            {
                issues.push(FieldIssue::new("beneficiaries_unit", "unit"));
            }
        }
        let links: Vec<&str> = link_lines(&self.links).collect();
        if links.len() > LINKS_MAX {
            issues.push(FieldIssue::new("links", "links_too_many"));
        } else if links
            .iter()
            .any(|l| optional_website(l).is_err() || l.chars().count() > 300)
        {
            issues.push(FieldIssue::new("links", "url"));
        }
        issues
    }

    /// Money disbursed: both the amount and its currency, or neither; a date no later than today.
    fn money_issue(&self, today: NaiveDate) -> Option<FieldIssue> {
        let amount = self.disbursed_amount.trim();
        if amount.is_empty() {
            return None;
        }
        let Some(currency) = currency(self.disbursed_currency.trim()) else {
            return Some(FieldIssue::new("disbursed_currency", "currency"));
        };
        let Some(decimal) = DecimalText::parse(amount) else {
            return Some(FieldIssue::new("disbursed_amount", "amount"));
        };
        let too_large = decimal
            .whole
            .parse::<i64>()
            .map_or(!decimal.whole.is_empty(), |major| major >= AMOUNT_MAX_MAJOR);
        if too_large {
            return Some(FieldIssue::new("disbursed_amount", "amount_too_large"));
        }
        if decimal.in_minor_units(currency.exponent).is_none() {
            return Some(FieldIssue::new("disbursed_amount", "amount_decimals"));
        }
        if !past_date(&self.disbursed_on, today) {
            return Some(FieldIssue::new("disbursed_on", "past_date"));
        }
        None
    }

    /// The report in domain types, or every rule it breaks.
    pub fn parse(
        &self,
        targets: usize,
        today: NaiveDate,
    ) -> Result<ProgressContent, Vec<FieldIssue>> {
        let issues = self.issues(targets, today);
        if !issues.is_empty() {
            return Err(issues);
        }
        // Every value below was checked by `issues`; a failure here is a rule missing there.
        let broken = || vec![FieldIssue::new("form", "invalid")];
        let status = self.status().ok_or_else(broken)?;
        let mut reached = Vec::with_capacity(targets);
        for n in 0..targets {
            let row = self.targets.get(n).cloned().unwrap_or_default();
            if row.value.trim().is_empty() {
                reached.push(None);
                continue;
            }
            let value = parse_quantity(&row.value).map_err(|_| broken())?;
            let on = parse_pledge_date(&row.reached_on).map_err(|_| broken())?;
            reached.push(Some((value, on)));
        }
        let disbursed = if self.disbursed_amount.trim().is_empty() {
            None
        } else {
            let currency = currency(self.disbursed_currency.trim()).ok_or_else(broken)?;
            let minor = DecimalText::parse(&self.disbursed_amount)
                .and_then(|d| d.in_minor_units(currency.exponent))
                .ok_or_else(broken)?;
            Some(Money {
                minor,
                currency: currency.code.clone(),
                exponent: currency.exponent,
            })
        };
        let disbursed_on = match disbursed {
            Some(_) => Some(parse_pledge_date(&self.disbursed_on).map_err(|_| broken())?),
            None => None,
        };
        let beneficiaries = if self.beneficiaries.trim().is_empty() {
            None
        } else {
            Some(parse_quantity(&self.beneficiaries).map_err(|_| broken())?)
        };
        let mut countries: Vec<String> = self.countries.clone();
        countries.sort();
        countries.dedup();
        Ok(ProgressContent {
            status,
            status_reason: self.status_reason.trim().to_owned(),
            percent: parse_progress_percent(&self.percent).ok_or_else(broken)?,
            targets: reached,
            disbursed,
            disbursed_on,
            countries,
            beneficiaries,
            beneficiaries_unit: if self.beneficiaries.trim().is_empty() {
                String::new()
            } else {
                self.beneficiaries_unit.trim().to_owned()
            },
            narrative: self.narrative.trim().to_owned(),
            links: link_lines(&self.links).map(str::to_owned).collect(),
        })
    }
}

/// A date as a date field sends it, from 2000 up to `today`.
fn past_date(v: &str, today: NaiveDate) -> bool {
    parse_pledge_date(v).is_ok_and(|d| d <= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 3, 15).expect("date")
    }

    fn good() -> ProgressInput {
        ProgressInput {
            status: "on_track".into(),
            percent: "40".into(),
            targets: vec![TargetReachedInput {
                value: "1 200".into(),
                reached_on: "2027-02-28".into(),
            }],
            disbursed_amount: "2,500,000.50".into(),
            disbursed_currency: "EUR".into(),
            disbursed_on: "2027-03-01".into(),
            countries: vec!["RW".into(), "KE".into()],
            beneficiaries: "35000".into(),
            beneficiaries_unit: "pupils".into(),
            narrative: "Schools in four districts are connected and teachers trained.".into(),
            links: "https://example.org/report\n\n".into(),
            ..Default::default()
        }
    }

    fn codes(input: &ProgressInput) -> Vec<(String, String)> {
        input
            .issues(1, today())
            .into_iter()
            .map(|i| (i.field, i.code))
            .collect()
    }

    #[test]
    fn a_complete_report_parses_into_exact_values() {
        let content = good().parse(1, today()).expect("valid");
        assert_eq!(content.percent, 40);
        assert_eq!(
            content.targets,
            vec![Some((
                "1200".to_owned(),
                NaiveDate::from_ymd_opt(2027, 2, 28).expect("date")
            ))]
        );
        let money = content.disbursed.expect("money");
        assert_eq!((money.minor, money.currency.as_str()), (250_000_050, "EUR"));
        assert_eq!(content.countries, vec!["KE".to_owned(), "RW".to_owned()]);
        assert_eq!(content.links, vec!["https://example.org/report".to_owned()]);
    }

    #[test]
    fn each_broken_rule_names_its_field() {
        type Change = Box<dyn Fn(&mut ProgressInput)>;
        let rows: Vec<(&str, Change, (&str, &str))> = vec![
            (
                "unknown status",
                Box::new(|i| i.status = "done".into()),
                ("status", "progress_status"),
            ),
            (
                "per cent over 100",
                Box::new(|i| i.percent = "120".into()),
                ("percent", "progress_percent"),
            ),
            (
                "per cent missing",
                Box::new(|i| i.percent = String::new()),
                ("percent", "progress_percent"),
            ),
            (
                "cancelled without a reason",
                Box::new(|i| i.status = "cancelled".into()),
                ("status_reason", "progress_reason"),
            ),
            (
                "delayed with a too short reason",
                Box::new(|i| {
                    i.status = "delayed".into();
                    i.status_reason = "rain".into();
                }),
                ("status_reason", "progress_reason"),
            ),
            (
                "a value reached that is not a number",
                Box::new(|i| i.targets[0].value = "many".into()),
                ("targets.0.value", "quantity"),
            ),
            (
                "a value reached in the future",
                Box::new(|i| i.targets[0].reached_on = "2027-12-31".into()),
                ("targets.0.reached_on", "past_date"),
            ),
            (
                "money without a currency",
                Box::new(|i| i.disbursed_currency = String::new()),
                ("disbursed_currency", "currency"),
            ),
            (
                "yen with cents",
                Box::new(|i| {
                    i.disbursed_currency = "JPY".into();
                    i.disbursed_amount = "100.5".into();
                }),
                ("disbursed_amount", "amount_decimals"),
            ),
            (
                "money counted on no date",
                Box::new(|i| i.disbursed_on = String::new()),
                ("disbursed_on", "past_date"),
            ),
            (
                "beneficiaries without a unit",
                Box::new(|i| i.beneficiaries_unit = String::new()),
                ("beneficiaries_unit", "unit"),
            ),
            (
                "an unknown country",
                Box::new(|i| i.countries.push("XX".into())),
                ("countries", "choice"),
            ),
            (
                "a short narrative",
                Box::new(|i| i.narrative = "Done.".into()),
                ("narrative", "narrative_length"),
            ),
            (
                "a link to a file path",
                Box::new(|i| i.links = "file:///etc/passwd".into()),
                ("links", "url"),
            ),
            (
                "eleven links",
                Box::new(|i| i.links = "https://a.org/x\n".repeat(11)),
                ("links", "links_too_many"),
            ),
        ];
        for (case, change, (field, code)) in rows {
            let mut input = good();
            change(&mut input);
            let found = codes(&input);
            assert!(
                found.contains(&(field.to_owned(), code.to_owned())),
                "{case}: {found:?}"
            );
            assert!(input.parse(1, today()).is_err(), "{case}");
        }
        assert_eq!(codes(&good()), vec![]);
    }

    #[test]
    fn a_report_may_leave_targets_and_money_empty() {
        let input = ProgressInput {
            status: "not_started".into(),
            percent: "0".into(),
            narrative: "Procurement starts once the budget is approved.".into(),
            ..Default::default()
        };
        let content = input.parse(2, today()).expect("valid");
        assert_eq!(content.targets, vec![None, None]);
        assert!(content.disbursed.is_none());
    }
}
