pub mod health;
pub mod language;
pub mod letter_pdf;
