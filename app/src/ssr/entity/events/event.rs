use sea_orm::entity::prelude::*;

/// A Roundtable, summit or conference where pledges are announced; `slug` is its public address.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub slug: String,
    pub name: String,
    pub place: String,
    /// An IANA zone ("Africa/Kigali"): sessions are typed and shown in it.
    pub time_zone: String,
    pub starts_on: Date,
    pub ends_on: Date,
    pub status: String,
    pub created_by: Option<i32>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    /// Taken off the public side by a reviewer after a report of a problem.
    pub hidden: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
