use sea_orm::entity::prelude::*;

/// An organisation on an event's signing ceremony list, and the person who signs for it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_signatories")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub organisation_id: i32,
    /// `member`, or `leader:` and the focus areas it leads, comma-separated.
    pub capacity: String,
    pub signatory_name: Option<String>,
    pub signatory_title: Option<String>,
    pub confirmed_by: Option<i32>,
    pub confirmed_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
