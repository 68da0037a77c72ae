use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "letters_of_intent")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub organisation_id: i32,
    pub submitted_by: i32,
    pub status: String,
    pub statement: String,
    pub signatory_name: String,
    pub signatory_title: String,
    pub signed_on: Date,
    pub pdf_file: Option<String>,
    pub pdf_bytes: Option<i32>,
    pub reason: Option<String>,
    pub version: i32,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
