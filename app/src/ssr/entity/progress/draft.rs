use sea_orm::entity::prelude::*;

/// The report being written for a pledge, exactly as typed (JSON of `ProgressInput`); one per
/// pledge, shared by the lead and partners who may edit.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "progress_drafts")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pledge_id: i32,
    #[sea_orm(column_type = "Text")]
    pub input: String,
    pub saved_by: i32,
    pub saved_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
