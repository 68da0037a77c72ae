use sea_orm::entity::prelude::*;

/// A recorded video statement: of an announcement, or (without one) of a Leader.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "event_videos")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub announcement_id: Option<i32>,
    pub organisation_id: i32,
    pub url: String,
    pub seconds: i32,
    pub transcript: String,
    pub added_by: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
