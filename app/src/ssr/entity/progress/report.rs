use sea_orm::entity::prelude::*;

/// A filed progress report; its content never changes, only ITU's review state.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "progress_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub pledge_id: i32,
    /// The cycle it answers; `None` for a report made between cycles.
    pub cycle_id: Option<i32>,
    pub state: String,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub status_reason: String,
    pub percent: i16,
    /// Computed when filed, from the status, the targets and the day.
    pub light: String,
    pub as_of: Date,
    pub disbursed_minor: Option<i64>,
    pub disbursed_currency: Option<String>,
    pub disbursed_exponent: Option<i16>,
    pub disbursed_on: Option<Date>,
    pub disbursed_usd_cents: Option<i64>,
    pub disbursed_usd_rate: Option<String>,
    pub disbursed_rate_date: Option<Date>,
    pub beneficiaries: Option<String>,
    pub beneficiaries_unit: String,
    #[sea_orm(column_type = "Text")]
    pub narrative: String,
    /// Evidence links, one a line.
    #[sea_orm(column_type = "Text")]
    pub links: String,
    pub filed_by: i32,
    pub filed_by_organisation_id: i32,
    pub filed_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
