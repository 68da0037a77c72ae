//! The columns of the tabular exports (CSV and XLSX), defined once: header, and the cell of a row.
use super::{Audience, Row};
use crate::domain::marketplace::{CoSigner, OpportunityMention};
use crate::i18n::{Key, Locale};
use crate::pledge_text::{labels, scope_text, usd_text};
use crate::reference::CountryGroup;

/// A cell's value: text, or a number a spreadsheet can sum.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Text(String),
    /// US dollars with cents, exact in cents.
    Usd(Option<i64>),
    /// A whole number: how many.
    Count(u64),
}

/// A column of a table of `R` (by default the compendium's pledges).
pub struct Column<R = Row> {
    pub header: Key,
    /// After the header's words, untranslated: " (USD)" where the words do not name the currency.
    pub unit: &'static str,
    /// Characters, for the spreadsheet's column width.
    pub width: f64,
    pub value: fn(&R, Locale) -> Cell,
}

impl<R> Column<R> {
    /// The header in the reader's language.
    pub fn title(&self, locale: Locale) -> String {
        format!("{}{}", locale.t(self.header), self.unit)
    }
}

pub(super) fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn group(row: &Row, locale: Locale, group: CountryGroup) -> Cell {
    text(locale.t(row.doc.benefit(group).level.label()))
}

fn moment(at: Option<chrono::DateTime<chrono::Utc>>) -> Cell {
    text(
        at.map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default(),
    )
}

/// "Telemedicine for rural districts (telemedicine-call); …": each opportunity a pledge answers,
/// its title and the last part of its page's address.
pub(crate) fn answers_text(answers: &[OpportunityMention]) -> String {
    answers
        .iter()
        .map(|a| format!("{} ({})", a.title, a.slug))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "Pacific Connect Ltd (USD 250,000); …": the approved co-signers, each with its money in US
/// dollars when it has some.
pub(crate) fn cosigners_text(locale: Locale, cosigners: &[CoSigner]) -> String {
    cosigners
        .iter()
        .map(|c| match c.usd_cents {
            Some(cents) => format!("{} ({})", c.organisation.name, usd_text(locale, cents)),
            None => c.organisation.name.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The progress of a pledge, as its newest public report tells it.
fn progress_status(row: &Row, locale: Locale) -> Cell {
    text(
        locale.t(row
            .doc
            .progress
            .status
            .map_or(Key::LightNone, |s| s.label())),
    )
}

fn progress_light(row: &Row, locale: Locale) -> Cell {
    let p = &row.doc.progress;
    let key = if p.is_inactive_on(chrono::Utc::now().date_naive()) {
        Key::LightInactive
    } else {
        p.light.map_or(Key::LightNone, |l| l.label())
    };
    text(locale.t(key))
}

/// The progress columns: in every tabular export, and on the workbook's progress sheet.
pub fn progress_columns() -> Vec<Column> {
    vec![
        Column {
            header: Key::FieldProgressStatus,
            unit: "",
            width: 16.0,
            value: progress_status,
        },
        Column {
            header: Key::ProgressLightLabel,
            unit: "",
            width: 16.0,
            value: progress_light,
        },
        Column {
            header: Key::FieldPercent,
            unit: "",
            width: 10.0,
            value: |r, _| {
                text(
                    r.doc
                        .progress
                        .percent
                        .map(|p| p.to_string())
                        .unwrap_or_default(),
                )
            },
        },
        Column {
            header: Key::ColDelivered,
            unit: "",
            width: 18.0,
            value: |r, _| Cell::Usd(r.doc.progress.delivered_usd_cents),
        },
        Column {
            header: Key::ProgressDisbursedLabel,
            unit: "",
            width: 22.0,
            value: |r, _| {
                text(
                    r.doc
                        .progress
                        .delivered
                        .as_ref()
                        .map(|m| format!("{} {}", m.amount_text(), m.currency))
                        .unwrap_or_default(),
                )
            },
        },
        Column {
            header: Key::ColLastReport,
            unit: "",
            width: 12.0,
            value: |r, _| {
                text(
                    r.doc
                        .progress
                        .reported_on
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                )
            },
        },
    ]
}

/// The columns of the progress sheet: which pledge, what was pledged, and its progress.
pub fn progress_sheet_columns() -> Vec<Column> {
    let mut all: Vec<Column> = vec![
        Column {
            header: Key::PublicRef,
            unit: "",
            width: 16.0,
            value: |r, _| text(r.doc.public_ref.clone()),
        },
        Column {
            header: Key::FieldTitle,
            unit: "",
            width: 48.0,
            value: |r, _| text(r.doc.title.clone()),
        },
        Column {
            header: Key::ColLeadOrganisation,
            unit: "",
            width: 32.0,
            value: |r, _| text(r.doc.organisation_name.clone()),
        },
        Column {
            header: Key::ColUsd,
            unit: "",
            width: 18.0,
            value: |r, _| Cell::Usd(r.doc.usd_cents),
        },
    ];
    all.extend(progress_columns());
    all
}

/// The public columns, and for organisers four more.
pub fn columns(audience: Audience) -> Vec<Column> {
    let mut all: Vec<Column> = vec![
        Column {
            header: Key::PublicRef,
            unit: "",
            width: 16.0,
            value: |r, _| text(r.doc.public_ref.clone()),
        },
        Column {
            header: Key::FieldTitle,
            unit: "",
            width: 48.0,
            value: |r, _| text(r.doc.title.clone()),
        },
        Column {
            header: Key::ColLeadOrganisation,
            unit: "",
            width: 32.0,
            value: |r, _| text(r.doc.organisation_name.clone()),
        },
        Column {
            header: Key::FieldStakeholderType,
            unit: "",
            width: 22.0,
            value: |r, l| text(l.t(r.doc.stakeholder_type.label())),
        },
        Column {
            header: Key::ColPartners,
            unit: "",
            width: 32.0,
            value: |r, _| text(r.doc.partners.join("; ")),
        },
        Column {
            header: Key::FieldType,
            unit: "",
            width: 14.0,
            value: |r, l| text(l.t(r.doc.pledge_type.label())),
        },
        Column {
            header: Key::FieldFocusAreas,
            unit: "",
            width: 28.0,
            value: |r, l| text(labels(l, r.doc.focus_areas.iter().map(|a| a.label()))),
        },
        Column {
            header: Key::SectionScope,
            unit: "",
            width: 32.0,
            value: |r, l| {
                text(scope_text(
                    l,
                    r.doc.scope_global,
                    &r.doc.regions,
                    &r.doc.countries,
                ))
            },
        },
        Column {
            header: Key::ColUsd,
            unit: "",
            width: 18.0,
            value: |r, _| Cell::Usd(r.doc.usd_cents),
        },
        Column {
            header: Key::FieldAmount,
            unit: "",
            width: 22.0,
            value: |r, _| {
                text(
                    r.doc
                        .amount
                        .as_ref()
                        .map(|m| format!("{} {}", m.amount_text(), m.currency))
                        .unwrap_or_default(),
                )
            },
        },
        Column {
            header: Key::AnswersOpportunities,
            unit: "",
            width: 36.0,
            value: |r, _| text(answers_text(&r.doc.answers)),
        },
        Column {
            header: Key::CoSignersTitle,
            unit: "",
            width: 36.0,
            value: |r, l| text(cosigners_text(l, &r.doc.cosigners)),
        },
        Column {
            header: Key::GroupLdcShort,
            unit: "",
            width: 12.0,
            value: |r, l| group(r, l, CountryGroup::Ldc),
        },
        Column {
            header: Key::GroupLldcShort,
            unit: "",
            width: 12.0,
            value: |r, l| group(r, l, CountryGroup::Lldc),
        },
        Column {
            header: Key::GroupSidsShort,
            unit: "",
            width: 12.0,
            value: |r, l| group(r, l, CountryGroup::Sids),
        },
        Column {
            header: Key::FieldStartDate,
            unit: "",
            width: 12.0,
            value: |r, _| text(r.doc.start.to_string()),
        },
        Column {
            header: Key::FieldEndDate,
            unit: "",
            width: 12.0,
            value: |r, _| text(r.doc.end.to_string()),
        },
        Column {
            header: Key::PublishedLabel,
            unit: "",
            width: 12.0,
            value: |r, _| text(r.doc.published_on.to_string()),
        },
    ];
    all.extend(progress_columns());
    all.extend([
        Column::<Row> {
            header: Key::FieldSummary,
            unit: "",
            width: 60.0,
            value: |r, _| text(r.doc.summary.clone()),
        },
        Column {
            header: Key::FieldDescription,
            unit: "",
            width: 80.0,
            value: |r, _| text(r.doc.description.clone()),
        },
    ]);
    if audience == Audience::Organiser {
        all.extend([
            Column::<Row> {
                header: Key::SectionContact,
                unit: "",
                width: 24.0,
                value: |r, _| {
                    text(
                        r.extra
                            .as_ref()
                            .map(|e| e.contact_name.clone())
                            .unwrap_or_default(),
                    )
                },
            },
            Column {
                header: Key::Email,
                unit: "",
                width: 28.0,
                value: |r, _| {
                    text(
                        r.extra
                            .as_ref()
                            .map(|e| e.contact_email.clone())
                            .unwrap_or_default(),
                    )
                },
            },
            Column {
                header: Key::ColSubmitted,
                unit: "",
                width: 17.0,
                value: |r, _| moment(r.extra.as_ref().and_then(|e| e.submitted_at)),
            },
            Column {
                header: Key::ColApproved,
                unit: "",
                width: 17.0,
                value: |r, _| moment(r.extra.as_ref().and_then(|e| e.approved_at)),
            },
        ]);
    }
    all
}
