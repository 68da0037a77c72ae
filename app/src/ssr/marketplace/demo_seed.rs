//! The demo's marketplace, so its pages are never empty: five opportunities of ITU's kinds (a
//! regional initiative, a project, a flagship initiative, two campaigns), the Rwandan schools
//! pledge answering the African initiative and open for others to sign on, and the Pacific
//! cables pledge answering the islands project.
use chrono::Utc;
use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};

use crate::error::AppError;
use crate::marketplace_lifecycle::OpportunityStatus;
use crate::ssr::entity::marketplace::{opportunity, revision_opportunity};
use crate::ssr::entity::{pledge, pledge_revision};
use crate::ssr::write_txn;

struct Demo<'a> {
    slug: &'a str,
    kind: &'a str,
    title: &'a str,
    summary: &'a str,
    areas: &'a str,
    regions: &'a str,
    countries: &'a str,
    groups: &'a str,
    usd: Option<i64>,
    in_kind: &'a str,
}

const DEMOS: [Demo<'static>; 5] = [
    Demo {
        slug: "afr-broadband",
        kind: "regional_initiative",
        title: "Africa regional initiative: broadband infrastructure for schools and health centres",
        summary: "A WTDC regional initiative for Africa: connect schools and rural health centres in least developed countries, with national broadband plans and open-access backbones.",
        areas: "access accelerate",
        regions: "africa",
        countries: "",
        groups: "ldc lldc",
        usd: Some(100_000_000),
        in_kind: "equipment expertise",
    },
    Demo {
        slug: "pacific-resilience",
        kind: "project",
        title: "Resilient connectivity for Pacific small island states",
        summary: "Second submarine routes, satellite back-up and disaster-ready landing stations so that island states stay connected through cyclones.",
        areas: "access accelerate",
        regions: "asia_pacific",
        countries: "KI TV VU",
        groups: "sids",
        usd: Some(60_000_000),
        in_kind: "connectivity",
    },
    Demo {
        slug: "emergency-telecom-fund",
        kind: "campaign",
        title: "Emergency telecommunications fund",
        summary: "Satellite terminals, portable base stations and trained responders, ready to ship within 48 hours of a disaster anywhere.",
        areas: "access",
        regions: "",
        countries: "",
        groups: "ldc sids",
        usd: Some(5_000_000),
        in_kind: "equipment connectivity",
    },
    Demo {
        slug: "generation-connect-scholarships",
        kind: "campaign",
        title: "Generation Connect youth scholarships",
        summary: "Scholarships for young people from least developed countries to study telecommunications and digital skills, with mentoring by ITU members.",
        areas: "adoption value_creation",
        regions: "",
        countries: "",
        groups: "ldc",
        usd: Some(2_000_000),
        in_kind: "training",
    },
    Demo {
        slug: "six-language-training",
        kind: "flagship_initiative",
        title: "Digital skills training material in the six UN languages",
        summary: "An open platform of course material in Arabic, Chinese, English, French, Russian and Spanish that partners join by translating, hosting or teaching.",
        areas: "adoption",
        regions: "",
        countries: "",
        groups: "",
        usd: None,
        in_kind: "expertise training",
    },
];

/// `answering`: (pledge id, opportunity slug); `open`: the pledge that takes sign-ons.
pub async fn seed(
    db: &DatabaseConnection,
    posted_by: i32,
    answering: &[(i32, &str)],
    open: Option<i32>,
) -> Result<(), AppError> {
    let txn = write_txn(db).await?;
    let now = Utc::now();
    let mut ids = Vec::new();
    for d in &DEMOS {
        let o = opportunity::ActiveModel {
            slug: Set(d.slug.to_owned()),
            kind: Set(d.kind.to_owned()),
            title: Set(d.title.to_owned()),
            summary: Set(d.summary.to_owned()),
            description: Set(
                "Partners fund and deliver the work, alone or together; ITU's Telecommunication \
                 Development Bureau coordinates them and reports progress to TDAG every year."
                    .to_owned(),
            ),
            focus_areas: Set(d.areas.to_owned()),
            regions: Set(d.regions.to_owned()),
            countries: Set(d.countries.to_owned()),
            country_groups: Set(d.groups.to_owned()),
            needed_minor: Set(d.usd.map(|u| u * 100)),
            currency: Set(d.usd.map(|_| "USD".to_owned())),
            exponent: Set(d.usd.map(|_| 2)),
            needed_usd_cents: Set(d.usd.map(|u| u * 100)),
            usd_rate: Set(d.usd.map(|_| "1".to_owned())),
            usd_rate_date: Set(d.usd.map(|_| now.date_naive())),
            in_kind: Set(d.in_kind.to_owned()),
            in_kind_note: Set(String::new()),
            starts_on: Set(None),
            ends_on: Set(None),
            contact_name: Set("ITU Partnerships Division".to_owned()),
            contact_email: Set("partnerships@itu.example".to_owned()),
            status: Set(OpportunityStatus::Open.code().to_owned()),
            hidden: Set(false),
            created_by: Set(Some(posted_by)),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(0),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        ids.push((d.slug, o.id));
    }
    let mut touched = Vec::new();
    for (pledge_id, slug) in answering {
        let Some(p) = pledge::Entity::find_by_id(*pledge_id).one(&txn).await? else {
            continue;
        };
        let (Some(revision_id), Some((_, opportunity_id))) =
            (p.published_revision_id, ids.iter().find(|(s, _)| s == slug))
        else {
            continue;
        };
        revision_opportunity::ActiveModel {
            revision_id: Set(revision_id),
            opportunity_id: Set(*opportunity_id),
        }
        .insert(&txn)
        .await?;
        touched.push(p.id);
    }
    if let Some(open) = open
        && let Some(p) = pledge::Entity::find_by_id(open).one(&txn).await?
        && let Some(revision_id) = p.published_revision_id
        && let Some(r) = pledge_revision::Entity::find_by_id(revision_id)
            .one(&txn)
            .await?
    {
        let mut row: pledge_revision::ActiveModel = r.into();
        row.open_sign_on = Set(true);
        row.update(&txn).await?;
        touched.push(p.id);
    }
    for id in touched {
        crate::ssr::compendium::projection::refresh(&txn, id).await?;
    }
    txn.commit().await?;
    Ok(())
}
