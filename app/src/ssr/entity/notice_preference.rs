use sea_orm::entity::prelude::*;

/// How a reviewer hears of pledges waiting for review; no row means a mail per pledge.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notice_preferences")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub user_id: i32,
    /// `each` or `digest`.
    pub pledge_mail: String,
    /// The UTC day of the last digest sent, so a day has one digest whatever runs the job.
    pub digest_sent_on: Option<Date>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
