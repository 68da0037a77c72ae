//! The opportunities' downloads under the list's filters: one row per opportunity with its
//! funding (CSV, and the first sheet of the workbook), and the published pledges that answer them
//! (their own CSV, and the workbook's second sheet). Opportunities are few (ITU lists about fifty),
//! so the files are made whole, from the same reads as the public list and pages.
use chrono::{DateTime, Utc};
use rust_xlsxwriter::Workbook;
use sea_orm::ConnectionTrait;

use super::columns::text;
use super::xlsx::{failed, table_sheet};
use super::{Cell, Column};
use crate::domain::marketplace::{AnsweringPledge, OpportunityFilter, OpportunitySummary};
use crate::error::AppError;
use crate::i18n::{Key, Locale};
use crate::pledge_text::labels;
use crate::reference::country_name;
use crate::ssr::marketplace::{funding, opportunities};

/// One exported opportunity: what the list shows, its contact, and the pledges answering it.
pub struct Listed {
    pub summary: OpportunitySummary,
    pub contact_name: String,
    pub contact_email: String,
    pub answers: Vec<AnsweringPledge>,
}

/// A published pledge that answers an opportunity, beside the opportunity's slug.
pub struct Answer {
    pub slug: String,
    pub pledge: AnsweringPledge,
}

/// The public opportunities the filters find, in the list's order.
pub async fn read<C: ConnectionTrait>(
    conn: &C,
    filter: &OpportunityFilter,
) -> Result<Vec<Listed>, AppError> {
    let listed = opportunities::list(conn, filter).await?;
    let mut models: std::collections::HashMap<String, _> = opportunities::public_models(conn)
        .await?
        .into_iter()
        .map(|o| (o.slug.clone(), o))
        .collect();
    let mut out = Vec::with_capacity(listed.len());
    for summary in listed {
        // Taken down between the two reads: it is no longer public.
        let Some(o) = models.remove(&summary.slug) else {
            continue;
        };
        out.push(Listed {
            answers: funding::answers_of(conn, o.id).await?,
            contact_name: o.contact_name,
            contact_email: o.contact_email,
            summary,
        });
    }
    Ok(out)
}

/// The answering pledges of `rows`, opportunity by opportunity.
pub fn answers(rows: &[Listed]) -> Vec<Answer> {
    rows.iter()
        .flat_map(|r| {
            r.answers.iter().map(|a| Answer {
                slug: r.summary.slug.clone(),
                pledge: a.clone(),
            })
        })
        .collect()
}

fn usd(header: Key, value: fn(&Listed, Locale) -> Cell) -> Column<Listed> {
    Column {
        header,
        unit: " (USD)",
        width: 18.0,
        value,
    }
}

/// The columns of the opportunities' table.
pub fn columns() -> Vec<Column<Listed>> {
    vec![
        Column {
            header: Key::FieldOpportunitySlug,
            unit: "",
            width: 24.0,
            value: |r, _| text(r.summary.slug.clone()),
        },
        Column {
            header: Key::FieldOpportunityKind,
            unit: "",
            width: 18.0,
            value: |r, l| text(l.t(r.summary.kind.label())),
        },
        Column {
            header: Key::FieldTitle,
            unit: "",
            width: 48.0,
            value: |r, _| text(r.summary.title.clone()),
        },
        Column {
            header: Key::FieldOpportunityStatus,
            unit: "",
            width: 12.0,
            value: |r, l| text(l.t(r.summary.status.label())),
        },
        Column {
            header: Key::FieldFocusAreas,
            unit: "",
            width: 28.0,
            value: |r, l| text(labels(l, r.summary.focus_areas.iter().map(|a| a.label()))),
        },
        Column {
            header: Key::FieldScopeRegions,
            unit: "",
            width: 24.0,
            value: |r, l| text(labels(l, r.summary.regions.iter().map(|a| a.label()))),
        },
        Column {
            header: Key::FieldTargetCountries,
            unit: "",
            width: 32.0,
            value: |r, l| {
                text(
                    r.summary
                        .countries
                        .iter()
                        .map(|c| country_name(c, l))
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            },
        },
        Column {
            header: Key::FieldGroups,
            unit: "",
            width: 16.0,
            value: |r, l| text(labels(l, r.summary.groups.iter().map(|g| g.short_label()))),
        },
        Column {
            header: Key::MoneyNeeded,
            unit: "",
            width: 18.0,
            value: |r, _| {
                text(
                    r.summary
                        .needed
                        .as_ref()
                        .map(|m| m.amount_text())
                        .unwrap_or_default(),
                )
            },
        },
        Column {
            header: Key::FieldCurrency,
            unit: "",
            width: 10.0,
            value: |r, _| {
                text(
                    r.summary
                        .needed
                        .as_ref()
                        .map(|m| m.currency.clone())
                        .unwrap_or_default(),
                )
            },
        },
        usd(Key::MoneyNeeded, |r, _| {
            Cell::Usd(r.summary.funding.needed_usd_cents)
        }),
        usd(Key::AnsweringPledges, |r, _| {
            Cell::Usd(Some(r.summary.funding.pledged_usd_cents))
        }),
        usd(Key::CoSignersTitle, |r, _| {
            Cell::Usd(Some(r.summary.funding.cosigned_usd_cents))
        }),
        Column {
            header: Key::ColDelivered,
            unit: "",
            width: 18.0,
            value: |r, _| Cell::Usd(Some(r.summary.funding.delivered_usd_cents)),
        },
        Column {
            header: Key::AnsweringPledges,
            unit: "",
            width: 14.0,
            value: |r, _| Cell::Count(r.summary.funding.pledges),
        },
        Column {
            header: Key::InKindNeeded,
            unit: "",
            width: 24.0,
            value: |r, l| text(labels(l, r.summary.in_kind.iter().map(|k| k.label()))),
        },
        Column {
            header: Key::OpportunityContact,
            unit: "",
            width: 24.0,
            value: |r, _| text(r.contact_name.clone()),
        },
        Column {
            header: Key::Email,
            unit: "",
            width: 28.0,
            value: |r, _| text(r.contact_email.clone()),
        },
    ]
}

/// The columns of the answering pledges' table.
pub fn answer_columns() -> Vec<Column<Answer>> {
    vec![
        Column {
            header: Key::FieldOpportunitySlug,
            unit: "",
            width: 24.0,
            value: |r, _| text(r.slug.clone()),
        },
        Column {
            header: Key::PublicRef,
            unit: "",
            width: 16.0,
            value: |r, _| text(r.pledge.public_ref.clone()),
        },
        Column {
            header: Key::FieldTitle,
            unit: "",
            width: 48.0,
            value: |r, _| text(r.pledge.title.clone()),
        },
        Column {
            header: Key::ColLeadOrganisation,
            unit: "",
            width: 32.0,
            value: |r, _| text(r.pledge.organisation.name.clone()),
        },
        Column {
            header: Key::ColUsd,
            unit: "",
            width: 18.0,
            value: |r, _| Cell::Usd(r.pledge.usd_cents),
        },
    ]
}

/// The opportunities as CSV (byte-order mark, neutralised formulas, the as-at moment last).
pub fn csv(rows: &[Listed], locale: Locale, as_at: DateTime<Utc>) -> Result<Vec<u8>, AppError> {
    super::csv::table(&columns(), rows, locale, as_at)
}

/// The answering pledges as CSV.
pub fn answers_csv(
    rows: &[Listed],
    locale: Locale,
    as_at: DateTime<Utc>,
) -> Result<Vec<u8>, AppError> {
    super::csv::table(&answer_columns(), &answers(rows), locale, as_at)
}

/// The workbook: the opportunities on the first sheet, the pledges answering them on the second.
pub fn xlsx(rows: &[Listed], locale: Locale) -> Result<Vec<u8>, AppError> {
    let mut book = Workbook::new();
    table_sheet(
        &mut book,
        locale,
        locale.t(Key::NavOpportunities),
        &columns(),
        rows,
    )?;
    table_sheet(
        &mut book,
        locale,
        locale.t(Key::StatPledges),
        &answer_columns(),
        &answers(rows),
    )?;
    book.save_to_buffer().map_err(failed)
}

/// `p2c-opportunities-20261201-1405.csv`: the file name of a download made at `as_at`.
pub fn file_name(stem: &str, as_at: DateTime<Utc>, extension: &str) -> String {
    format!("p2c-{stem}-{}.{extension}", as_at.format("%Y%m%d-%H%M"))
}
