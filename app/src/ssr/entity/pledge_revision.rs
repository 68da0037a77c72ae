use sea_orm::entity::prelude::*;

/// One submitted version of a pledge's content; never changed once written.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledge_revisions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub pledge_id: i32,
    pub number: i32,
    pub created_by: i32,
    pub created_at: DateTimeUtc,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub summary: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub pledge_type: String,
    pub scope_global: bool,
    pub amount_minor: Option<i64>,
    pub currency: Option<String>,
    pub amount_exponent: Option<i16>,
    pub usd_cents: Option<i64>,
    pub usd_rate: Option<String>,
    pub usd_rate_date: Option<Date>,
    pub start_date: Date,
    pub end_date: Date,
    pub contact_name: String,
    pub contact_email: String,
    pub groups_on: Date,
    pub ldc_level: String,
    pub ldc_share: Option<i16>,
    #[sea_orm(column_type = "Text")]
    pub ldc_statement: String,
    pub lldc_level: String,
    pub lldc_share: Option<i16>,
    #[sea_orm(column_type = "Text")]
    pub lldc_statement: String,
    pub sids_level: String,
    pub sids_share: Option<i16>,
    #[sea_orm(column_type = "Text")]
    pub sids_statement: String,
    /// The lead asks other organisations to sign on once the pledge is public.
    pub open_sign_on: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
