use sea_orm::entity::prelude::*;

/// A target of the pledge as it stood when the report was filed, with what was reached.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "progress_report_targets")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub report_id: i32,
    pub position: i32,
    pub indicator: String,
    pub baseline: Option<String>,
    pub target_value: String,
    pub unit: String,
    pub due: Date,
    pub value_reached: Option<String>,
    pub reached_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
