use sea_orm::entity::prelude::*;

/// Every organisation of a published pledge (the lead and its partners), keyed by its lower-cased
/// name so a pledge counts once per organisation and an organisation once per total.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "compendium_organisations")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub pledge_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub name_key: String,
    #[sea_orm(column_type = "Text")]
    pub name: String,
    /// Known for registered organisations; partners named without an account have none.
    pub stakeholder_type: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
