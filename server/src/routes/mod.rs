pub mod health;
pub mod language;
