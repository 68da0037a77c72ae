use sea_orm::entity::prelude::*;

/// A report of a problem with a public page. It holds an e-mail address or a user only when the
/// reporter gave one or was signed in; never the address they wrote from.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "problem_reports")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub subject_kind: String,
    pub subject_id: i32,
    pub reason: String,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    pub reporter_email: Option<String>,
    pub reporter_user_id: Option<i32>,
    pub state: String,
    pub decided_by: Option<i32>,
    pub decided_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_note: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
