use sea_orm::entity::prelude::*;

/// The append-only audit log of pledge state changes: who, when, what, why.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledge_events")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub pledge_id: i32,
    /// The revision the action was taken on, when it concerns content.
    pub revision_id: Option<i32>,
    pub actor_user_id: i32,
    pub action: String,
    pub from_status: String,
    pub to_status: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub reason: Option<String>,
    pub at: DateTimeUtc,
    /// The due-diligence checklist the reviewer filled in for this decision, as JSON.
    #[sea_orm(column_type = "Text", nullable)]
    pub checklist: Option<String>,
    /// For claims and assignments: who holds the pledge afterwards.
    pub assignee_user_id: Option<i32>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
