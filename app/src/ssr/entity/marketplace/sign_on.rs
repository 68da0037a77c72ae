use sea_orm::entity::prelude::*;

/// Another organisation signing on to an open pledge, with what it adds; reviewed like a revision.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sign_ons")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub pledge_id: i32,
    pub organisation_id: i32,
    pub state: String,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub exponent: Option<i16>,
    pub usd_cents: Option<i64>,
    pub usd_rate: Option<String>,
    pub usd_rate_date: Option<Date>,
    pub in_kind: String,
    #[sea_orm(column_type = "Text")]
    pub role: String,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_reason: Option<String>,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
