mod error_notice;
mod field_error;
mod message;
mod site_header;

pub use error_notice::ErrorNotice;
pub use field_error::FieldError;
pub use message::message;
pub use site_header::SiteHeader;
