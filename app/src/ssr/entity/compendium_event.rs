use sea_orm::entity::prelude::*;

/// An event a public pledge was announced at (the organiser accepted the announcement).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "compendium_events")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pledge_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub event_slug: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
