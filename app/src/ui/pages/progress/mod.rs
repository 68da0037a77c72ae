//! Progress after WTDC: the report form and timeline, the organisation's duties, ITU's list,
//! the reporting cycles and who receives reminders.
mod cycles;
mod duties;
mod recipients;
mod report_page;
mod review_list;
mod timeline;

pub use cycles::CyclesPage;
pub use duties::ProgressDuties;
pub use recipients::RecipientsPage;
pub use report_page::ProgressReportPage;
pub use review_list::ProgressReviewPage;
pub use timeline::PublicProgressSection;
