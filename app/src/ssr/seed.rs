//! Demo data for a first look and for the tests: three accounts and a few pledges, made through the
//! same services as real use so the audit log is complete. Runs only on an empty database.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

use super::Notify;
use super::accounts::auth::{hash_password, session_user};
use super::entity::{exchange_rate, organisation, user};
use super::{pledges::editing, review::decisions};
use crate::domain::{BenefitInput, PledgeInput, SessionUser, TargetInput};
use crate::error::AppError;
use crate::organisation_lifecycle::Verification;
use crate::pledge_lifecycle::Role;
use crate::reference::{BenefitLevel as B, FocusArea as F, PledgeType as T, StakeholderType};

pub const DEMO_PASSWORD: &str = "p2c-demo-2026";

pub struct DemoAccount {
    pub org: &'static str,
    stakeholder: StakeholderType,
    country: &'static str,
    pub email: &'static str,
    name: &'static str,
    pub role: Role,
}

/// The demo logins; the start-up banner lists them too.
pub const ACCOUNTS: [DemoAccount; 5] = [
    DemoAccount {
        org: "Ministry of ICT and Innovation, Rwanda",
        stakeholder: StakeholderType::Government,
        country: "RW",
        email: "amina@minict.example",
        name: "Amina Uwase",
        role: Role::OrgAdmin,
    },
    DemoAccount {
        org: "Pacific Connect Ltd",
        stakeholder: StakeholderType::PrivateSector,
        country: "FJ",
        email: "sione@pacificconnect.example",
        name: "Sione Taufa",
        role: Role::Stakeholder,
    },
    DemoAccount {
        org: "ITU Telecommunication Development Bureau",
        stakeholder: StakeholderType::UnEntity,
        country: "CH",
        email: "reviewer@itu.example",
        name: "Kwame Mensah",
        role: Role::Reviewer,
    },
    DemoAccount {
        org: "ITU Telecommunication Development Bureau",
        stakeholder: StakeholderType::UnEntity,
        country: "CH",
        email: "admin@itu.example",
        name: "Grace Achieng",
        role: Role::Admin,
    },
    DemoAccount {
        org: "ITU Telecommunication Development Bureau",
        stakeholder: StakeholderType::UnEntity,
        country: "CH",
        email: "organiser@itu.example",
        name: "Lucía Fernández",
        role: Role::Organiser,
    },
];

/// Seeds the demo data; returns false (and does nothing) when the database already has accounts.
/// The default four-eyes threshold (USD 10 million), in cents.
pub const DEMO_FOUR_EYES_USD_CENTS: i64 = 1_000_000_000;

pub async fn seed_demo(db: &DatabaseConnection) -> Result<bool, AppError> {
    if user::Entity::find().count(db).await? > 0 {
        return Ok(false);
    }
    let password_hash = hash_password(DEMO_PASSWORD.to_owned()).await?;
    let mut people = Vec::new();
    for a in &ACCOUNTS {
        let existing = organisation::Entity::find()
            .filter(organisation::Column::Name.eq(a.org))
            .one(db)
            .await?;
        let org = match existing {
            Some(org) => org,
            None => verified_organisation(db, a.org, a.stakeholder, a.country).await?,
        };
        people.push(confirmed_member(db, org, a.email, a.name, &password_hash, a.role).await?);
    }
    let [ministry, pacific, reviewer, admin, organiser] = &people[..] else {
        return Err(super::errors::internal(
            "seed",
            "expected five demo accounts",
        ));
    };
    // Demo rates, clearly not real: ITU admins keep the real table on /admin/rates.
    let rate_day = Utc::now().date_naive() - chrono::Days::new(7);
    for (code, usd) in [
        ("EUR", "1.08"),
        ("CHF", "1.13"),
        ("JPY", "0.0066"),
        ("RWF", "0.00071"),
        ("FJD", "0.44"),
        ("AUD", "0.65"),
    ] {
        exchange_rate::ActiveModel {
            currency: Set(code.to_owned()),
            rate_date: Set(rate_day),
            usd_per_unit: Set(usd.to_owned()),
            created_by: Set(admin.user_id),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    let published = [
        (
            ministry,
            demo(
                "Connect 1,500 rural schools to broadband by 2027",
                "The Ministry, with two national operators, will connect 1,500 public schools in all five provinces of Rwanda to broadband of at least 20 Mbit/s by December 2027, and train two teachers per school in digital skills.",
                T::Project,
                &[F::Access, F::Adoption],
                &["RW"],
                ("25000000000", "RWF"),
                [B::Primary, B::Primary, B::None],
                ("Schools connected", "1500", "schools"),
            ),
        ),
        (
            pacific,
            demo(
                "USD 40 million for cable landings in three Pacific island states",
                "Pacific Connect commits USD 40 million by 2028 to build submarine cable landing stations and open-access backhaul in Kiribati, Tuvalu and Vanuatu, lowering wholesale prices for every operator.",
                T::Financial,
                &[F::Access, F::Accelerate],
                &["KI", "TV", "VU"],
                ("40000000", "USD"),
                [B::Partial, B::None, B::Primary],
                ("Cable landing stations in service", "3", "stations"),
            ),
        ),
        (
            ministry,
            demo(
                "Digital skills for 200,000 women and girls by 2026",
                "A national campaign with civil-society partners to give 200,000 women and girls basic digital skills and a first smartphone through a device-financing scheme, measured through the national ICT household survey.",
                T::Advocacy,
                &[F::Adoption],
                &["RW"],
                ("", ""),
                [B::Primary, B::Primary, B::None],
                ("Women and girls trained", "200000", "people"),
            ),
        ),
    ];
    // Approved as ITU would: the checklist complete, and a second reviewer (the admin) for
    // pledges at or above the four-eyes threshold.
    let desk = decisions::Desk {
        db,
        public_url: "",
        four_eyes_usd_cents: DEMO_FOUR_EYES_USD_CENTS,
        tell_organisations: false,
    };
    let mut published_ids = Vec::new();
    for (who, p) in published {
        let id = editing::submit(db, who, None, &p, None, Notify::Nobody).await?;
        published_ids.push(id);
        let mut version = 1;
        for approver in [reviewer, admin] {
            let input = crate::domain::DecisionInput {
                decision: Some("approve".to_owned()),
                message: None,
                seen_version: version,
                checklist: decisions::passing_checklist(),
            };
            let to = decisions::decide_on(&desk, approver, id, &input).await?;
            if to != crate::pledge_lifecycle::PledgeStatus::SecondApproval {
                break;
            }
            // Claimed and approved: two versions on.
            version += 2;
        }
    }
    demo_reports(db, ministry, pacific, &published_ids, rate_day).await?;
    if let [schools, cables, skills] = published_ids[..] {
        use crate::ssr::events::demo_seed::{DemoAnnouncement, seed};
        let announce = |pledge_id, who: &SessionUser, speaker| DemoAnnouncement {
            pledge_id,
            organisation_id: who.organisation_id,
            requested_by: who.user_id,
            speaker,
            video: None,
        };
        let mut cables_announced =
            announce(cables, pacific, ("Mele Tupou", "Chief Executive Officer"));
        cables_announced.video = Some((
            "https://www.youtube.com/watch?v=p2c-demo-cables",
            150,
            "Pacific Connect's chief executive announces USD 40 million for cable landing stations and open-access backhaul in Kiribati, Tuvalu and Vanuatu by 2028.",
        ));
        seed(
            db,
            organiser.user_id,
            admin.user_id,
            &[
                announce(
                    schools,
                    ministry,
                    ("Paula Ingabire", "Minister of ICT and Innovation"),
                ),
                cables_announced,
            ],
            &[announce(
                skills,
                ministry,
                ("Paula Ingabire", "Minister of ICT and Innovation"),
            )],
        )
        .await?;
        crate::ssr::marketplace::demo_seed::seed(
            db,
            admin.user_id,
            &[(schools, "afr-broadband"), (cables, "pacific-resilience")],
            Some(schools),
        )
        .await?;
    }
    editing::submit(
        db,
        pacific,
        None,
        &demo(
            "Community Wi-Fi in 50 outer-island villages",
            "Solar-powered community Wi-Fi hotspots in 50 villages of Fiji's outer islands by mid-2027, run with local cooperatives that keep the revenue.",
            T::Project,
            &[F::Access, F::ValueCreation],
            &["FJ"],
            ("1200000", "FJD"),
            [B::None, B::None, B::Primary],
            ("Villages with a hotspot", "50", "villages"),
        ),
        None,
        Notify::Nobody,
    )
    .await?;
    Ok(true)
}

/// Progress on two of the published pledges, so the timeline, the light and "delivered" are never
/// empty in the demo: the schools on track with money disbursed in francs, the cables delayed.
/// The skills campaign has no report yet.
async fn demo_reports(
    db: &DatabaseConnection,
    ministry: &SessionUser,
    pacific: &SessionUser,
    ids: &[i32],
    rate_day: chrono::NaiveDate,
) -> Result<(), AppError> {
    use crate::domain::progress::{ProgressInput, TargetReachedInput};
    let today = Utc::now().date_naive();
    let day = |d: chrono::NaiveDate| d.to_string();
    let [schools, cables, ..] = ids else {
        return Ok(());
    };
    let reports = [
        (
            ministry,
            *schools,
            ProgressInput {
                status: "on_track".into(),
                percent: "35".into(),
                targets: vec![TargetReachedInput {
                    value: "520".into(),
                    reached_on: day(today - chrono::Days::new(10)),
                }],
                disbursed_amount: "6 000 000 000".into(),
                disbursed_currency: "RWF".into(),
                disbursed_on: day(rate_day),
                countries: vec!["RW".into()],
                beneficiaries: "182000".into(),
                beneficiaries_unit: "pupils".into(),
                narrative: "520 schools in the Eastern and Southern provinces are connected at 20 Mbit/s or more; 1,040 teachers finished the digital-skills course. Procurement for the Northern province closed in October.".into(),
                links: "https://www.minict.example/schools-connectivity-2026".into(),
                ..ProgressInput::default()
            },
        ),
        (
            pacific,
            *cables,
            ProgressInput {
                status: "delayed".into(),
                status_reason: "The cable ship for Tuvalu was re-assigned after a cyclone; landing moves to the second quarter of 2027.".into(),
                percent: "15".into(),
                targets: vec![TargetReachedInput {
                    value: "0".into(),
                    reached_on: day(today - chrono::Days::new(20)),
                }],
                disbursed_amount: "6 500 000".into(),
                disbursed_currency: "USD".into(),
                disbursed_on: day(today - chrono::Days::new(20)),
                countries: vec!["KI".into(), "VU".into()],
                narrative: "Marine surveys are complete for all three landings and the Kiribati and Vanuatu stations are under construction.".into(),
                ..ProgressInput::default()
            },
        ),
    ];
    for (who, id, input) in reports {
        crate::ssr::progress::filing::seed_report(db, who, id, input, today).await?;
    }
    Ok(())
}

/// An organisation ITU has verified.
pub(crate) async fn verified_organisation(
    db: &DatabaseConnection,
    name: &str,
    stakeholder: StakeholderType,
    country: &str,
) -> Result<organisation::Model, AppError> {
    Ok(organisation::ActiveModel {
        name: Set(name.to_owned()),
        stakeholder_type: Set(stakeholder.code().to_owned()),
        country_code: Set(country.to_owned()),
        website: Set(String::new()),
        description: Set(String::new()),
        verification: Set(Verification::Verified.code().to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// An active member of `org` with a confirmed address, as the services see it acting.
pub(crate) async fn confirmed_member(
    db: &DatabaseConnection,
    org: organisation::Model,
    email: &str,
    name: &str,
    password_hash: &str,
    role: Role,
) -> Result<SessionUser, AppError> {
    let account = user::ActiveModel {
        organisation_id: Set(org.id),
        email: Set(email.to_owned()),
        display_name: Set(name.to_owned()),
        password_hash: Set(password_hash.to_owned()),
        role: Set(role.code().to_owned()),
        created_at: Set(Utc::now()),
        email_verified_at: Set(Some(Utc::now())),
        preferred_language: Set("en".to_owned()),
        membership: Set("active".to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(session_user(account, org, role))
}

/// A complete demo pledge: the first sentence of the description is its summary; it runs for three
/// years from today, with one target at its end.
#[allow(clippy::too_many_arguments)]
fn demo(
    title: &str,
    description: &str,
    pledge_type: T,
    areas: &[F],
    countries: &[&str],
    (amount, currency): (&str, &str),
    levels: [B; 3],
    (indicator, target, unit): (&str, &str, &str),
) -> PledgeInput {
    let start = Utc::now().date_naive();
    let end = start + chrono::Days::new(3 * 365);
    let benefit = |level: B| BenefitInput {
        level: level.code().to_owned(),
        share: String::new(),
        statement: if level == B::None {
            String::new()
        } else {
            "Every site of the pledge is in the countries named in its scope.".to_owned()
        },
    };
    PledgeInput {
        title: title.to_owned(),
        summary: description
            .split(". ")
            .next()
            .unwrap_or(description)
            .to_owned(),
        description: description.to_owned(),
        pledge_type: pledge_type.code().to_owned(),
        focus_areas: areas.iter().map(|a| a.code().to_owned()).collect(),
        scope_countries: countries.iter().map(|c| (*c).to_owned()).collect(),
        amount: amount.to_owned(),
        currency: currency.to_owned(),
        ldc: benefit(levels[0]),
        lldc: benefit(levels[1]),
        sids: benefit(levels[2]),
        targets: vec![TargetInput {
            indicator: indicator.to_owned(),
            baseline: "0".to_owned(),
            target: target.to_owned(),
            unit: unit.to_owned(),
            due: end.to_string(),
        }],
        start_date: start.to_string(),
        end_date: end.to_string(),
        sdgs: vec!["9".to_owned()],
        kap: vec!["affordable_connectivity".to_owned()],
        contact_name: "Demo contact".to_owned(),
        contact_email: "pledges@demo.example".to_owned(),
        consent: "yes".to_owned(),
        ..PledgeInput::default()
    }
}
