use sea_orm::entity::prelude::*;

/// Where a published pledge acts: `r:<region>` for an ITU region (named, or holding a named
/// country) and `c:<alpha-2>` for a country; `named` says the scope names it itself.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "compendium_places")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pledge_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub named: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
