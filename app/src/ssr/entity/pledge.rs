use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledges")]
/// A pledge's identity and state. Its content lives in revisions; `organisation_id` is the lead
/// organisation, which is also a participant.
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    pub created_by: i32,
    pub status: String,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub submitted_at: Option<DateTimeUtc>,
    pub published_at: Option<DateTimeUtc>,
    /// The newest submitted revision: the one in review, or the one published.
    pub current_revision_id: Option<i32>,
    /// The revision the public sees; it stays while an edit is in review.
    pub published_revision_id: Option<i32>,
    pub partners_may_edit: bool,
    /// The reviewer who holds the pledge on the desk (claimed it or was assigned it).
    pub assignee_user_id: Option<i32>,
    pub claimed_at: Option<DateTimeUtc>,
    /// Who gave the first of two approvals, while the pledge waits for the second.
    pub first_approver_user_id: Option<i32>,
    /// Set when the lead closed sign-on to its open pledge.
    pub sign_on_closed_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
