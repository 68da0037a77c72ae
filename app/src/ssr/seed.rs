//! Demo data for a first look and for the tests: three accounts and a few pledges, made through the
//! same services as real use so the audit log is complete. Runs only on an empty database.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

use super::auth::hash_password;
use super::entity::{organisation, user};
use super::pledge_service;
use crate::domain::{NewPledge, SessionUser};
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
            None => {
                organisation::ActiveModel {
                    name: Set(a.org.to_owned()),
                    stakeholder_type: Set(a.stakeholder.code().to_owned()),
                    country_code: Set(a.country.to_owned()),
                    website: Set(String::new()),
                    description: Set(String::new()),
                    verification: Set(Verification::Verified.code().to_owned()),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                }
                .insert(db)
                .await?
            }
        };
        let account = user::ActiveModel {
            organisation_id: Set(org.id),
            email: Set(a.email.to_owned()),
            display_name: Set(a.name.to_owned()),
            password_hash: Set(password_hash.clone()),
            role: Set(a.role.code().to_owned()),
            created_at: Set(Utc::now()),
            email_verified_at: Set(Some(Utc::now())),
            preferred_language: Set("en".to_owned()),
            membership: Set("active".to_owned()),
            ..Default::default()
        }
        .insert(db)
        .await?;
        people.push(SessionUser {
            user_id: account.id,
            display_name: account.display_name,
            email: account.email,
            role: a.role,
            organisation_id: org.id,
            organisation_name: org.name,
        });
    }
    let [ministry, pacific, reviewer, _admin, _organiser] = &people[..] else {
        return Err(super::errors::internal(
            "seed",
            "expected five demo accounts",
        ));
    };

    let pledge =
        |title: &str, description: &str, pledge_type, focus_areas: &[F], ldc, lldc, sids| {
            NewPledge {
                title: title.to_owned(),
                description: description.to_owned(),
                pledge_type,
                focus_areas: focus_areas.to_vec(),
                benefit_ldc: ldc,
                benefit_lldc: lldc,
                benefit_sids: sids,
            }
        };
    let published = [
        (
            ministry,
            pledge(
                "Connect 1,500 rural schools to broadband by 2027",
                "The Ministry, with two national operators, will connect 1,500 public schools in all five provinces of Rwanda to broadband of at least 20 Mbit/s by December 2027, and train two teachers per school in digital skills.",
                T::Project,
                &[F::Access, F::Adoption],
                B::Mainly,
                B::Mainly,
                B::None,
            ),
        ),
        (
            pacific,
            pledge(
                "USD 40 million for cable landings in three Pacific island states",
                "Pacific Connect commits USD 40 million by 2028 to build submarine cable landing stations and open-access backhaul in Kiribati, Tuvalu and Vanuatu, lowering wholesale prices for every operator.",
                T::Financial,
                &[F::Access, F::Accelerate],
                B::Partly,
                B::None,
                B::Mainly,
            ),
        ),
        (
            ministry,
            pledge(
                "Digital skills for 200,000 women and girls by 2026",
                "A national campaign with civil-society partners to give 200,000 women and girls basic digital skills and a first smartphone through a device-financing scheme, measured through the national ICT household survey.",
                T::Advocacy,
                &[F::Adoption],
                B::Mainly,
                B::Mainly,
                B::None,
            ),
        ),
    ];
    for (who, p) in published {
        let id = pledge_service::submit_new(db, who, p).await?;
        pledge_service::approve(db, reviewer, id, 1).await?;
    }
    pledge_service::submit_new(db, pacific, pledge(
        "Community Wi-Fi in 50 outer-island villages",
        "Solar-powered community Wi-Fi hotspots in 50 villages of Fiji's outer islands by mid-2027, run with local cooperatives that keep the revenue.",
        T::Project, &[F::Access, F::ValueCreation], B::None, B::None, B::Mainly,
    )).await?;
    Ok(true)
}
