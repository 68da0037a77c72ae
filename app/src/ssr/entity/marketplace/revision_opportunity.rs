use sea_orm::entity::prelude::*;

/// An opportunity a revision of a pledge says it answers; reviewed with the revision.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "revision_opportunities")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub revision_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub opportunity_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
