use sea_orm::entity::prelude::*;

/// An evidence file, checked by content before it was stored outside the web root. It belongs to
/// the pledge's draft until the report is filed (`report_id` is then set).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "progress_evidence")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub pledge_id: i32,
    pub report_id: Option<i32>,
    /// The name the person's file had, for display only.
    pub name: String,
    pub stored_name: String,
    pub media_type: String,
    pub bytes: i64,
    /// Only files the organisation marks public are ever shown outside it and ITU.
    pub public: bool,
    pub added_by: i32,
    pub added_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
