//! What server functions return to pages: plain data, no database types.
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::pledge_lifecycle::{PledgeStatus, Role};
use crate::reference::{BenefitLevel, FocusArea, PledgeType};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUser {
    pub user_id: i32,
    pub display_name: String,
    pub email: String,
    pub role: Role,
    pub organisation_id: i32,
    pub organisation_name: String,
}

/// A pledge in a list for its organisation or for reviewers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PledgeRow {
    pub id: i32,
    pub version: i32,
    pub title: String,
    pub organisation_name: String,
    pub pledge_type: PledgeType,
    pub status: PledgeStatus,
    pub submitted_at: Option<DateTime<Utc>>,
}

/// A published pledge as the public sees it in the compendium.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicPledge {
    pub id: i32,
    pub title: String,
    pub description: String,
    pub organisation_name: String,
    pub pledge_type: PledgeType,
    pub focus_areas: Vec<FocusArea>,
    pub benefit_ldc: BenefitLevel,
    pub benefit_lldc: BenefitLevel,
    pub benefit_sids: BenefitLevel,
    pub published_on: Option<NaiveDate>,
}
