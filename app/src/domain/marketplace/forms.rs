//! The two small forms of the marketplace: an organisation signing on to an open pledge, and
//! anyone reporting a problem with a public page.
use serde::{Deserialize, Serialize};

use super::opportunity_input::codes_of;
use crate::domain::money_input::money_of;
use crate::domain::text_rules::{email, normalise_email};
use crate::domain::{FieldIssue, Money};
use crate::marketplace_lifecycle::{InKind, ReportReason, ReportSubject};

pub const ROLE_MIN: usize = 10;
pub const ROLE_MAX: usize = 2_000;
pub const REPORT_MESSAGE_MIN: usize = 10;
pub const REPORT_MESSAGE_MAX: usize = 2_000;

/// What an organisation adds to an open pledge: money, in-kind help, and the part it takes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SignOnInput {
    pub amount: String,
    pub currency: String,
    pub in_kind: Vec<String>,
    /// The part it takes, in its words; always given, so the public page can say it.
    pub role: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignOnFields {
    pub money: Option<Money>,
    pub in_kind: Vec<InKind>,
    pub role: String,
}

fn length_ok(v: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&v.trim().chars().count())
}

impl SignOnInput {
    pub fn issues(&self) -> Vec<FieldIssue> {
        self.parse().err().unwrap_or_default()
    }

    pub fn parse(&self) -> Result<SignOnFields, Vec<FieldIssue>> {
        let mut issues = Vec::new();
        let money = money_of(&self.amount, &self.currency, "amount", "currency");
        if let Err(i) = &money {
            issues.push(i.clone());
        }
        let in_kind = codes_of(&self.in_kind, InKind::parse);
        if in_kind.is_none() {
            issues.push(FieldIssue::new("in_kind", "choice"));
        }
        if !length_ok(&self.role, ROLE_MIN, ROLE_MAX) {
            issues.push(FieldIssue::new("role", "sign_on_role"));
        }
        match (money, in_kind) {
            (Ok(money), Some(in_kind)) if issues.is_empty() => Ok(SignOnFields {
                money,
                in_kind,
                role: self.role.trim().to_owned(),
            }),
            _ => Err(issues),
        }
    }
}

/// A report of a problem, as anyone types it. The e-mail address is optional: without it the
/// report holds nothing that names the person.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportInput {
    pub subject_kind: String,
    /// The pledge's public reference, the opportunity's or event's slug.
    pub subject: String,
    pub reason: String,
    pub message: String,
    pub email: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportFields {
    pub subject_kind: ReportSubject,
    pub subject: String,
    pub reason: ReportReason,
    pub message: String,
    pub email: Option<String>,
}

impl ReportInput {
    pub fn issues(&self) -> Vec<FieldIssue> {
        self.parse().err().unwrap_or_default()
    }

    pub fn parse(&self) -> Result<ReportFields, Vec<FieldIssue>> {
        let mut issues = Vec::new();
        let kind = ReportSubject::parse(self.subject_kind.trim());
        if kind.is_none() || self.subject.trim().is_empty() || self.subject.len() > 100 {
            issues.push(FieldIssue::new("subject", "choice"));
        }
        let reason = ReportReason::parse(self.reason.trim());
        if reason.is_none() {
            issues.push(FieldIssue::new("reason", "report_reason"));
        }
        if !length_ok(&self.message, REPORT_MESSAGE_MIN, REPORT_MESSAGE_MAX) {
            issues.push(FieldIssue::new("message", "report_message"));
        }
        let given = self.email.trim();
        if !given.is_empty() && email(given).is_err() {
            issues.push(FieldIssue::new("email", "email"));
        }
        match (kind, reason) {
            (Some(subject_kind), Some(reason)) if issues.is_empty() => Ok(ReportFields {
                subject_kind,
                subject: self.subject.trim().to_owned(),
                reason,
                message: self.message.trim().to_owned(),
                email: (!given.is_empty()).then(|| normalise_email(given)),
            }),
            _ => Err(issues),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sign_on_says_its_part_and_may_add_money() {
        let ok = SignOnInput {
            amount: "250 000".into(),
            currency: "EUR".into(),
            in_kind: vec!["training".into()],
            role: "Trains 800 teachers in the connected schools.".into(),
        };
        let f = ok.parse().expect("valid");
        assert_eq!(f.money.map(|m| m.minor), Some(25_000_000));
        let codes =
            |i: SignOnInput| -> Vec<String> { i.issues().into_iter().map(|i| i.field).collect() };
        assert_eq!(
            codes(SignOnInput {
                role: "short".into(),
                ..ok.clone()
            }),
            vec!["role"]
        );
        assert_eq!(
            codes(SignOnInput {
                currency: "".into(),
                ..ok.clone()
            }),
            vec!["currency"]
        );
        assert_eq!(
            codes(SignOnInput {
                in_kind: vec!["gold".into()],
                ..ok
            }),
            vec!["in_kind"]
        );
    }

    #[test]
    fn a_report_keeps_an_address_only_when_one_is_given() {
        let r = ReportInput {
            subject_kind: "pledge".into(),
            subject: "P2C-2026-00012".into(),
            reason: "duplicate".into(),
            message: "The same pledge is listed twice.".into(),
            email: "  ".into(),
        };
        assert_eq!(r.parse().expect("valid").email, None);
        let with = ReportInput {
            email: "Me@Example.org".into(),
            ..r.clone()
        };
        assert_eq!(
            with.parse().expect("valid").email.as_deref(),
            Some("me@example.org")
        );
        let bad = ReportInput {
            reason: "spam?".into(),
            message: "x".into(),
            email: "no".into(),
            ..r
        };
        let fields: Vec<String> = bad.issues().into_iter().map(|i| i.field).collect();
        assert_eq!(fields, vec!["reason", "message", "email"]);
    }
}
