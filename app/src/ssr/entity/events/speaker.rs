use sea_orm::entity::prelude::*;

/// A speaker of a session: a person, and a registered organisation or a named one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "session_speakers")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub session_id: i32,
    pub position: i32,
    pub name: String,
    pub title: String,
    pub organisation_id: Option<i32>,
    pub organisation_name: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
