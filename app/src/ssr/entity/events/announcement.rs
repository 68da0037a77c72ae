use sea_orm::entity::prelude::*;

/// An organisation's request to announce a pledge at an event, and where the organiser placed it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "announcements")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub event_id: i32,
    pub pledge_id: i32,
    pub organisation_id: i32,
    pub speaker_name: String,
    pub speaker_title: String,
    pub state: String,
    pub session_id: Option<i32>,
    pub position: Option<i32>,
    pub minutes: i32,
    pub reason: Option<String>,
    pub requested_by: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
    pub reminded_week_at: Option<DateTimeUtc>,
    pub reminded_day_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
