pub mod audit_csv;
pub mod compendium_export;
pub mod export_files;
pub mod health;
pub mod language;
pub mod letter_pdf;
pub mod messages;
pub mod open_api;
