use sea_orm::entity::prelude::*;

/// The working copy of a pledge: what its organisation is typing, kept exactly as typed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledge_drafts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pledge_id: i32,
    /// The form as typed, as JSON.
    #[sea_orm(column_type = "Text")]
    pub input: String,
    pub saved_by: i32,
    pub saved_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
