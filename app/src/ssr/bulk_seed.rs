//! Many published pledges for benchmarks and paging tests, in the mix of ITU's published figures:
//! mostly governments, then the private sector; projects and policies ahead of money; Access
//! first among the focus areas; Africa and Asia-Pacific first among the regions; about a third
//! benefiting LDCs; values spread over four orders of magnitude. Every pledge goes through the
//! real submission and approval, so the read model, totals and audit log are what use makes.
//! Deterministic: the same count gives the same pledges.
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::entity::{organisation, user};
use super::{pledges::editing, review::decisions};
use crate::domain::progress::{ProgressInput, TargetReachedInput};
use crate::domain::{BenefitInput, DecisionInput, PledgeInput, SessionUser, TargetInput};
use crate::error::AppError;
use crate::pledge_lifecycle::{PledgeStatus, Role};
use crate::reference::{CountryGroup, CountryTable, FocusArea, ItuRegion, StakeholderType};

/// xorshift64*: small, fast and the same on every machine.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    /// One of `items`, by weight.
    fn pick<'a, T>(&mut self, items: &'a [(T, u64)]) -> &'a T {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (item, w) in items {
            if roll < *w {
                return item;
            }
            roll -= w;
        }
        &items[0].0
    }
}

const STAKEHOLDERS: [(StakeholderType, u64); 9] = [
    (StakeholderType::Government, 55),
    (StakeholderType::PrivateSector, 17),
    (StakeholderType::InternationalOrganisation, 6),
    (StakeholderType::UnEntity, 5),
    (StakeholderType::FinancialInstitution, 3),
    (StakeholderType::CivilSociety, 6),
    (StakeholderType::Academia, 4),
    (StakeholderType::Philanthropy, 2),
    (StakeholderType::Youth, 2),
];
const TYPES: [(&str, u64); 4] = [
    ("project", 45),
    ("policy", 22),
    ("financial", 18),
    ("advocacy", 15),
];
const AREAS: [(FocusArea, u64); 4] = [
    (FocusArea::Access, 45),
    (FocusArea::Adoption, 30),
    (FocusArea::ValueCreation, 17),
    (FocusArea::Accelerate, 8),
];
const REGIONS: [(ItuRegion, u64); 6] = [
    (ItuRegion::Africa, 35),
    (ItuRegion::AsiaPacific, 25),
    (ItuRegion::Americas, 14),
    (ItuRegion::ArabStates, 10),
    (ItuRegion::Europe, 10),
    (ItuRegion::Cis, 6),
];
/// Title patterns, most in English as most pledges are, some in the other ITU languages.
const TITLES: [(&str, u64); 8] = [
    ("Connect {n} schools in {c} by {y}", 30),
    ("Digital skills for {n} young people in {c}", 20),
    ("Rural broadband for {n} villages of {c}", 15),
    ("Open-access backhaul and {n} community networks in {c}", 10),
    ("Connecter {n} écoles au haut débit ({c}) d'ici {y}", 7),
    ("Conectar {n} escuelas rurales en {c} antes de {y}", 7),
    ("为{c}的{n}所学校提供宽带接入", 6),
    ("ربط {n} مدرسة بالإنترنت في {c} بحلول {y}", 5),
];

/// Seeds `count` published pledges; returns how many it made. Needs the demo accounts (their
/// reviewer and admin give the approvals).
pub async fn seed_published(db: &DatabaseConnection, count: u64) -> Result<u64, AppError> {
    let reviewers = itu_staff(db).await?;
    let [first, second] = &reviewers[..] else {
        return Err(super::errors::internal(
            "bulk seed",
            "needs the demo reviewer and admin",
        ));
    };
    let table = CountryTable::shared()
        .ok_or_else(|| super::errors::internal("bulk seed", "country table"))?;
    let mut dice = Dice(0x5EED_0000_0000_0001 ^ count);
    let organisations = (count / 2).clamp(1, 1_000);
    let mut people = Vec::with_capacity(usize::try_from(organisations).unwrap_or_default());
    let desk = decisions::Desk {
        db,
        public_url: "",
        four_eyes_usd_cents: super::seed::DEMO_FOUR_EYES_USD_CENTS,
        tell_organisations: false,
    };
    let run = Utc::now().timestamp();
    for i in 0..organisations {
        let stakeholder = *dice.pick(&STAKEHOLDERS);
        let region = *dice.pick(&REGIONS);
        let countries: Vec<_> = table.in_region(region).collect();
        let home =
            &countries[usize::try_from(dice.below(countries.len() as u64)).unwrap_or_default()];
        people.push(synthetic_person(db, run, i, stakeholder, &home.alpha2).await?);
    }
    let mut made = 0;
    for n in 0..count {
        let who = &people[usize::try_from(dice.below(organisations)).unwrap_or_default()];
        let input = pledge(&mut dice, table, n);
        let id = editing::submit(db, who, None, &input, None, super::Notify::Nobody).await?;
        let mut version = 1;
        for approver in [first, second] {
            let decision = DecisionInput {
                decision: Some("approve".to_owned()),
                message: None,
                seen_version: version,
                checklist: decisions::passing_checklist(),
            };
            if decisions::decide_on(&desk, approver, id, &decision).await?
                != PledgeStatus::SecondApproval
            {
                break;
            }
            version += 2;
        }
        if let Some(report) = progress(&mut dice, &input) {
            super::progress::filing::seed_report(db, who, id, report, Utc::now().date_naive())
                .await?;
        }
        made += 1;
        if made % 1_000 == 0 {
            tracing::info!(made, count, "bulk pledges published");
        }
    }
    Ok(made)
}

async fn itu_staff(db: &DatabaseConnection) -> Result<Vec<SessionUser>, AppError> {
    let mut staff = Vec::new();
    for role in [Role::Reviewer, Role::Admin] {
        if let Some(u) = user::Entity::find()
            .filter(user::Column::Role.eq(role.code()))
            .one(db)
            .await?
        {
            let org = organisation::Entity::find_by_id(u.organisation_id)
                .one(db)
                .await?
                .ok_or_else(|| super::errors::internal("bulk seed", "staff organisation"))?;
            staff.push(SessionUser {
                user_id: u.id,
                display_name: u.display_name,
                email: u.email,
                role,
                organisation_id: org.id,
                organisation_name: org.name,
            });
        }
    }
    Ok(staff)
}

/// A verified organisation and one member who cannot sign in (no password matches `!`).
async fn synthetic_person(
    db: &DatabaseConnection,
    run: i64,
    i: u64,
    stakeholder: StakeholderType,
    country: &str,
) -> Result<SessionUser, AppError> {
    let org = super::seed::verified_organisation(
        db,
        &format!("Synthetic {} {i:04} ({country}, {run})", stakeholder.code()),
        stakeholder,
        country,
    )
    .await?;
    super::seed::confirmed_member(
        db,
        org,
        &format!("bulk-{run}-{i}@synthetic.example"),
        &format!("Synthetic member {i}"),
        "!",
        Role::Stakeholder,
    )
    .await
}

/// Statuses of the synthetic reports, weighted as a coalition's first year might look; three in
/// ten pledges have not reported yet.
const STATUSES: [(&str, u64); 6] = [
    ("", 30),
    ("on_track", 38),
    ("not_started", 12),
    ("delayed", 13),
    ("completed", 5),
    ("cancelled", 2),
];

/// A progress report on the synthetic pledge `p`, or none.
fn progress(dice: &mut Dice, p: &PledgeInput) -> Option<ProgressInput> {
    let status = *dice.pick(&STATUSES);
    if status.is_empty() {
        return None;
    }
    let percent = match status {
        "not_started" => 0,
        "completed" => 100,
        _ => 5 + dice.below(90),
    };
    let today = Utc::now().date_naive().to_string();
    let people: u64 = p
        .targets
        .first()
        .and_then(|t| t.target.parse().ok())
        .unwrap_or(0);
    let (disbursed_amount, disbursed_currency, disbursed_on) = match p.amount.parse::<u64>() {
        Ok(amount) if percent > 0 => (
            (amount * percent / 100).to_string(),
            p.currency.clone(),
            today.clone(),
        ),
        _ => (String::new(), String::new(), String::new()),
    };
    Some(ProgressInput {
        status: status.to_owned(),
        status_reason: match status {
            "delayed" => "Equipment arrived later than planned; the work resumes next quarter.",
            "completed" => "Every site is in service and handed over to the local operator.",
            "cancelled" => "The partner withdrew its funding and no replacement was found.",
            _ => "",
        }
        .to_owned(),
        percent: percent.to_string(),
        targets: vec![TargetReachedInput {
            value: (people * percent / 100).to_string(),
            reached_on: today,
        }],
        disbursed_amount,
        disbursed_currency,
        disbursed_on,
        countries: p.scope_countries.iter().take(1).cloned().collect(),
        beneficiaries: (people * percent / 100).to_string(),
        beneficiaries_unit: "people".to_owned(),
        narrative:
            "A synthetic progress report for benchmarks and tests, with the figures of its pledge."
                .to_owned(),
        ..ProgressInput::default()
    })
}

fn pledge(dice: &mut Dice, table: &CountryTable, n: u64) -> PledgeInput {
    let today = Utc::now().date_naive();
    let region = *dice.pick(&REGIONS);
    let in_region: Vec<_> = table.in_region(region).collect();
    let mut countries: Vec<String> = (0..1 + dice.below(3))
        .map(|_| {
            in_region[usize::try_from(dice.below(in_region.len() as u64)).unwrap_or_default()]
                .alpha2
                .clone()
        })
        .collect();
    countries.sort();
    countries.dedup();
    let first = *dice.pick(&AREAS);
    let mut areas = vec![first.code().to_owned()];
    if dice.below(10) < 3 {
        let second = *dice.pick(&AREAS);
        if second != first {
            areas.push(second.code().to_owned());
        }
    }
    let pledge_type = *dice.pick(&TYPES);
    // Values from USD 50,000 to about 500 million, most of them small, as in ITU's figures.
    let dollars = 50_000u64
        * 10u64.pow(u32::try_from(dice.below(4)).unwrap_or_default())
        * (1 + dice.below(10));
    let (amount, currency) = if pledge_type == "financial" || dice.below(10) < 4 {
        (
            dollars.to_string(),
            if dice.below(5) == 0 { "EUR" } else { "USD" },
        )
    } else {
        (String::new(), "")
    };
    let scope_name = countries
        .first()
        .and_then(|c| table.get(c))
        .map_or_else(|| "the region".to_owned(), |c| c.name.clone());
    let people = (1 + dice.below(50)) * 100;
    let year = 2027 + dice.below(4);
    let title = dice
        .pick(&TITLES)
        .replace("{n}", &people.to_string())
        .replace("{c}", &scope_name)
        .replace("{y}", &year.to_string());
    let benefit = |group: CountryGroup| {
        let members = countries
            .iter()
            .filter(|c| table.get(c).is_some_and(|c| c.is_in_on(group, today)))
            .count();
        let level = match (members, countries.len()) {
            (0, _) => "none",
            (m, all) if m == all => "primary",
            _ => "partial",
        };
        BenefitInput {
            level: level.to_owned(),
            share: String::new(),
            statement: if level == "none" {
                String::new()
            } else {
                format!(
                    "{members} of the {} countries of the scope are in the group.",
                    countries.len()
                )
            },
        }
    };
    let end = today + chrono::Days::new(365 * (1 + dice.below(4)));
    PledgeInput {
        title: format!("{title} #{n}"),
        summary: format!(
            "{people} people reached in {scope_name} by {year}, with a yearly progress report to the coalition."
        ),
        description: format!(
            "A synthetic pledge for benchmarks and tests (number {n}). It follows the shape of ITU's pledges: \
             who partners, what they invest, how many people or schools they connect, where, and by when."
        ),
        pledge_type: pledge_type.to_owned(),
        focus_areas: areas,
        scope_countries: countries.clone(),
        amount,
        currency: currency.to_owned(),
        ldc: benefit(CountryGroup::Ldc),
        lldc: benefit(CountryGroup::Lldc),
        sids: benefit(CountryGroup::Sids),
        targets: vec![TargetInput {
            indicator: "People reached".to_owned(),
            baseline: "0".to_owned(),
            target: people.to_string(),
            unit: "people".to_owned(),
            due: end.to_string(),
        }],
        start_date: today.to_string(),
        end_date: end.to_string(),
        contact_name: "Synthetic contact".to_owned(),
        contact_email: "synthetic@pledges.example".to_owned(),
        consent: "yes".to_owned(),
        ..PledgeInput::default()
    }
}
