//! A pledge that met every rule, in domain types: what a revision stores.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use validator::Validate;

use super::pledge_input::{
    AMOUNT_MAX_MAJOR, PledgeInput, parse_percent, parse_pledge_date, parse_quantity,
};
use super::{DecimalText, FieldIssue};
use crate::reference::{
    BenefitLevel, CountryGroup, FocusArea, ItuRegion, KapPriority, PledgeType, Sdg, currency,
};

/// An exact amount: integer minor units of an ISO 4217 currency (cents, fils, yen).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Money {
    pub minor: i64,
    pub currency: String,
    pub exponent: u8,
}

impl Money {
    /// "2500000.50 EUR"-style text, with the currency's own number of decimals.
    pub fn amount_text(&self) -> String {
        super::minor_units_text(self.minor, self.exponent)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    pub global: bool,
    pub regions: Vec<ItuRegion>,
    /// ISO 3166-1 alpha-2 codes, upper case, sorted.
    pub countries: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Benefit {
    pub level: BenefitLevel,
    pub share_pct: Option<u8>,
    pub statement: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct Target {
    pub indicator: String,
    /// Exact decimal text ("0", "1500.5").
    pub baseline: Option<String>,
    pub target: String,
    pub unit: String,
    pub due: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeContent {
    pub title: String,
    pub summary: String,
    pub description: String,
    pub pledge_type: PledgeType,
    pub focus_areas: Vec<FocusArea>,
    pub scope: Scope,
    /// The amount of a financial pledge, or the estimated value of another type.
    pub amount: Option<Money>,
    pub ldc: Benefit,
    pub lldc: Benefit,
    pub sids: Benefit,
    pub targets: Vec<Target>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub sdgs: Vec<Sdg>,
    pub kap: Vec<KapPriority>,
    /// Partners the lead names without an account, in the order given, each once.
    #[serde(default)]
    pub named_partners: Vec<String>,
    pub contact_name: String,
    pub contact_email: String,
    /// Slugs of the opportunities it answers, sorted, each once.
    #[serde(default)]
    pub answers: Vec<String>,
    /// Other organisations may sign on once it is public.
    #[serde(default)]
    pub open_sign_on: bool,
}

impl PledgeContent {
    pub fn benefit(&self, group: CountryGroup) -> &Benefit {
        match group {
            CountryGroup::Ldc => &self.ldc,
            CountryGroup::Lldc => &self.lldc,
            CountryGroup::Sids => &self.sids,
        }
    }
}

impl PledgeInput {
    /// Every broken rule, one per field, in a stable order. Empty when the pledge may be submitted.
    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Vec::new();
        if let Err(errors) = self.validate() {
            flatten("", &errors, &mut issues);
        }
        // Spare target rows left empty are not targets: their "missing" values are no issue.
        issues.retain(|i| {
            !i.field
                .strip_prefix("targets.")
                .and_then(|rest| rest.split('.').next())
                .and_then(|n| n.parse::<usize>().ok())
                .is_some_and(|n| self.targets.get(n).is_some_and(|t| t.is_blank()))
        });
        for issue in self.cross_field_issues() {
            if !issues.iter().any(|i| i.field == issue.field) {
                issues.push(issue);
            }
        }
        issues.sort_by(|a, b| a.field.cmp(&b.field));
        issues
    }

    /// Rules that weigh one field against another.
    fn cross_field_issues(&self) -> Vec<FieldIssue> {
        let mut issues = Vec::new();
        let start = parse_pledge_date(&self.start_date).ok();
        let end = parse_pledge_date(&self.end_date).ok();
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            issues.push(FieldIssue::new("end_date", "date_order"));
        }
        if !self.is_global() && self.scope_regions.is_empty() && self.scope_countries.is_empty() {
            issues.push(FieldIssue::new("scope", "scope"));
        }
        if let Some(issue) = self.money_issue() {
            issues.push(issue);
        }
        for group in CountryGroup::ALL {
            let benefit = self.benefit(*group);
            let field = |part: &str| format!("{}.{part}", group.code());
            let claimed = matches!(
                BenefitLevel::parse(&benefit.level),
                Some(BenefitLevel::Partial | BenefitLevel::Primary)
            );
            let unclaimed = BenefitLevel::parse(&benefit.level) == Some(BenefitLevel::None);
            let share = parse_percent(&benefit.share).ok().flatten();
            if unclaimed && share.is_some_and(|s| s > 0) {
                issues.push(FieldIssue::new(&field("share"), "share_without_benefit"));
            }
            if claimed && benefit.statement.trim().is_empty() {
                issues.push(FieldIssue::new(&field("statement"), "benefit_statement"));
            }
        }
        let filled: Vec<_> = self.filled_targets().collect();
        if filled.is_empty() {
            issues.push(FieldIssue::new("targets", "target_required"));
        } else if filled.len() > super::pledge_input::TARGETS_MAX {
            issues.push(FieldIssue::new("targets", "too_many_targets"));
        }
        // Until the pledge's own dates are in order, a due date cannot be judged against them.
        let dates_in_order = !matches!((start, end), (Some(s), Some(e)) if e < s);
        for (n, target) in filled.into_iter().filter(|_| dates_in_order) {
            let Ok(due) = parse_pledge_date(&target.due) else {
                continue;
            };
            if start.is_some_and(|s| due < s) || end.is_some_and(|e| due > e) {
                issues.push(FieldIssue::new(&format!("targets.{n}.due"), "target_due"));
            }
        }
        issues
    }

    /// A financial pledge gives an amount and a currency; other types may give an estimate.
    fn money_issue(&self) -> Option<FieldIssue> {
        let financial = PledgeType::parse(&self.pledge_type) == Some(PledgeType::Financial);
        let amount = self.amount.trim();
        if amount.is_empty() {
            return financial.then(|| FieldIssue::new("amount", "amount_required"));
        }
        let Some(currency) = currency(self.currency.trim()) else {
            return Some(FieldIssue::new("currency", "currency"));
        };
        let Some(decimal) = DecimalText::parse(amount) else {
            return Some(FieldIssue::new("amount", "amount"));
        };
        if decimal.is_zero() {
            return Some(FieldIssue::new("amount", "amount_positive"));
        }
        let too_large = decimal
            .whole
            .parse::<i64>()
            .map_or(true, |major| major >= AMOUNT_MAX_MAJOR);
        if too_large {
            return Some(FieldIssue::new("amount", "amount_too_large"));
        }
        if decimal.in_minor_units(currency.exponent).is_none() {
            return Some(FieldIssue::new("amount", "amount_decimals"));
        }
        None
    }

    /// The pledge in domain types, or every rule it breaks.
    pub fn parse(&self) -> Result<PledgeContent, Vec<FieldIssue>> {
        let issues = self.issues();
        if !issues.is_empty() {
            return Err(issues);
        }
        // Every value below was checked by `issues`; a failure here is a rule missing there.
        let broken = || vec![FieldIssue::new("form", "invalid")];
        let date = |v: &str| parse_pledge_date(v).map_err(|_| broken());
        let benefit = |group: CountryGroup| -> Result<Benefit, Vec<FieldIssue>> {
            let b = self.benefit(group);
            Ok(Benefit {
                level: BenefitLevel::parse(&b.level).ok_or_else(broken)?,
                share_pct: parse_percent(&b.share).map_err(|_| broken())?,
                statement: b.statement.trim().to_owned(),
            })
        };
        let amount = if self.amount.trim().is_empty() {
            None
        } else {
            let currency = currency(self.currency.trim()).ok_or_else(broken)?;
            let minor = DecimalText::parse(&self.amount)
                .and_then(|d| d.in_minor_units(currency.exponent))
                .ok_or_else(broken)?;
            Some(Money {
                minor,
                currency: currency.code.clone(),
                exponent: currency.exponent,
            })
        };
        let targets = self
            .filled_targets()
            .map(|(_, t)| {
                Ok(Target {
                    indicator: t.indicator.trim().to_owned(),
                    baseline: if t.baseline.trim().is_empty() {
                        None
                    } else {
                        Some(parse_quantity(&t.baseline).map_err(|_| broken())?)
                    },
                    target: parse_quantity(&t.target).map_err(|_| broken())?,
                    unit: t.unit.trim().to_owned(),
                    due: date(&t.due)?,
                })
            })
            .collect::<Result<Vec<_>, Vec<FieldIssue>>>()?;
        Ok(PledgeContent {
            title: self.title.trim().to_owned(),
            summary: self.summary.trim().to_owned(),
            description: self.description.trim().to_owned(),
            pledge_type: PledgeType::parse(&self.pledge_type).ok_or_else(broken)?,
            focus_areas: sorted_codes(&self.focus_areas, FocusArea::parse),
            scope: Scope {
                global: self.is_global(),
                regions: sorted_codes(&self.scope_regions, ItuRegion::parse),
                countries: {
                    let mut c: Vec<String> = self
                        .scope_countries
                        .iter()
                        .map(|c| c.to_ascii_uppercase())
                        .collect();
                    c.sort();
                    c.dedup();
                    c
                },
            },
            amount,
            ldc: benefit(CountryGroup::Ldc)?,
            lldc: benefit(CountryGroup::Lldc)?,
            sids: benefit(CountryGroup::Sids)?,
            targets,
            start: date(&self.start_date)?,
            end: date(&self.end_date)?,
            sdgs: {
                let mut s: Vec<Sdg> = self
                    .sdgs
                    .iter()
                    .filter_map(|v| v.parse::<u8>().ok().and_then(Sdg::new))
                    .collect();
                s.sort();
                s.dedup();
                s
            },
            kap: sorted_codes(&self.kap, KapPriority::parse),
            named_partners: {
                let mut seen = std::collections::BTreeSet::new();
                super::pledge_input::named_partner_lines(&self.named_partners)
                    .filter(|name| seen.insert(name.to_lowercase()))
                    .map(str::to_owned)
                    .collect()
            },
            contact_name: self.contact_name.trim().to_owned(),
            contact_email: super::text_rules::normalise_email(&self.contact_email),
            answers: {
                let mut a: Vec<String> = self.answers.iter().map(|s| s.trim().to_owned()).collect();
                a.sort();
                a.dedup();
                a
            },
            open_sign_on: self.open_sign_on == "yes",
        })
    }
}

fn sorted_codes<T: Ord>(values: &[String], parse: fn(&str) -> Option<T>) -> Vec<T> {
    let mut out: Vec<T> = values.iter().filter_map(|v| parse(v)).collect();
    out.sort();
    out.dedup();
    out
}

/// `validator`'s nested errors as flat field names: `ldc.statement`, `targets.2.due`.
fn flatten(prefix: &str, errors: &validator::ValidationErrors, out: &mut Vec<FieldIssue>) {
    use validator::ValidationErrorsKind as Kind;
    for (field, kind) in errors.errors() {
        let name = if prefix.is_empty() {
            field.to_string()
        } else {
            format!("{prefix}.{field}")
        };
        match kind {
            Kind::Field(errs) => {
                if let Some(e) = errs.first() {
                    out.push(FieldIssue::new(&name, &e.code));
                }
            }
            Kind::Struct(inner) => flatten(&name, inner, out),
            Kind::List(rows) => {
                for (n, inner) in rows {
                    flatten(&format!("{name}.{n}"), inner, out);
                }
            }
        }
    }
}
