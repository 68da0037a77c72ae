use sea_orm::entity::prelude::*;

// Deliberately not `Serialize`: the password hash must never leave the server.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "users")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    #[sea_orm(unique)]
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: String,
    pub created_at: DateTimeUtc,
    pub email_verified_at: Option<DateTimeUtc>,
    pub preferred_language: String,
    pub membership: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
