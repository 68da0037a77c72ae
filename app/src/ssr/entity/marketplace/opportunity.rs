use sea_orm::entity::prelude::*;

/// A project, regional or flagship initiative, or campaign ITU asks partners to fund or join.
/// Code lists (`focus_areas`, `regions`, `countries`, `country_groups`, `in_kind`) are codes
/// separated by spaces, in their vocabulary's order.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "opportunities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub kind: String,
    pub title: String,
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub focus_areas: String,
    pub regions: String,
    #[sea_orm(column_type = "Text")]
    pub countries: String,
    pub country_groups: String,
    pub needed_minor: Option<i64>,
    pub currency: Option<String>,
    pub exponent: Option<i16>,
    pub needed_usd_cents: Option<i64>,
    pub usd_rate: Option<String>,
    pub usd_rate_date: Option<Date>,
    pub in_kind: String,
    pub in_kind_note: String,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
    pub contact_name: String,
    pub contact_email: String,
    pub status: String,
    /// Taken off the public side by a reviewer after a report of a problem.
    pub hidden: bool,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
