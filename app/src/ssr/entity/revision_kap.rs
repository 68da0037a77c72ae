use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "revision_kap")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub revision_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub priority: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
