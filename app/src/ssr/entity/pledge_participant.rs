use sea_orm::entity::prelude::*;

/// An organisation taking part in a pledge: the lead, or a partner.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledge_participants")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub pledge_id: i32,
    pub organisation_id: Option<i32>,
    /// The name of a partner that is not registered.
    pub name: Option<String>,
    /// `lead` or `partner`.
    pub role: String,
    /// `confirmed`, `invited`, `declined` or `named` (not registered).
    pub status: String,
    pub created_at: DateTimeUtc,
    pub decided_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
