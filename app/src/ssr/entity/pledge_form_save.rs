use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pledge_form_saves")]
/// The newest save of one open pledge form, so an older save arriving late changes nothing.
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub form_key: String,
    pub user_id: i32,
    /// None only inside the transaction that creates the pledge.
    pub pledge_id: Option<i32>,
    pub last_seq: i64,
    pub saved_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
