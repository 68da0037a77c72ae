use sea_orm::entity::prelude::*;

/// The conversation on a pledge between ITU reviewers and its organisations. Internal notes are
/// between reviewers only. Append-only, like the audit log.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledge_messages")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub pledge_id: i32,
    pub revision_id: Option<i32>,
    pub author_user_id: i32,
    pub internal: bool,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
