mod error_notice;
mod field_error;
mod site_header;

pub use error_notice::ErrorNotice;
pub use field_error::FieldError;
pub use site_header::SiteHeader;
