use sea_orm::entity::prelude::*;

/// A partner as part of one revision: `named` by the lead (no account), or `registered` (a
/// confirmed partner, recorded when the revision was approved).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "revision_partners")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub revision_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub kind: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub position: i32,
    pub name: String,
    pub organisation_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
