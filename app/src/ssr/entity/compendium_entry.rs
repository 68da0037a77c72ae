use sea_orm::entity::prelude::*;

/// One published pledge as the public sees it: flat columns to filter, sort and sum by, and `doc`,
/// the public fields as JSON. Rewritten by `compendium::projection` at every publication event.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "compendium_entries")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pledge_id: i32,
    #[sea_orm(unique)]
    pub public_ref: String,
    pub revision_id: i32,
    pub published_at: DateTimeUtc,
    pub published_year: i32,
    pub pledge_type: String,
    pub fa_access: bool,
    pub fa_adoption: bool,
    pub fa_value_creation: bool,
    pub fa_accelerate: bool,
    pub organisation_id: i32,
    pub stakeholder_type: String,
    pub ldc_level: String,
    pub lldc_level: String,
    pub sids_level: String,
    pub scope_global: bool,
    pub usd_cents: Option<i64>,
    /// `usd_cents`, or -1 when unknown: both databases then sort unknown values last.
    pub usd_sort: i64,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub organisation_name: String,
    /// Partner names, joined by "; ".
    #[sea_orm(column_type = "Text")]
    pub partners: String,
    /// Title, summary and organisation names, lower-cased: what search looks in.
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
    #[sea_orm(column_type = "Text")]
    pub doc: String,
    /// The newest public progress report's status and light; `None` before the first report.
    pub progress_status: Option<String>,
    pub progress_light: Option<String>,
    /// From this day the pledge counts as inactive unless a report comes first.
    pub inactive_from: Option<Date>,
    /// Money the newest public report says was disbursed, in US cents.
    pub delivered_usd_cents: Option<i64>,
    /// The approved co-signers' money in US cents: its own line, never the lead's amount again.
    pub cosigner_usd_cents: Option<i64>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
