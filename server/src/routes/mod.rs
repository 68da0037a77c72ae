pub mod audit_csv;
pub mod health;
pub mod language;
pub mod letter_pdf;
