mod account;
mod account_notices;
mod audit_log;
mod coalition;
mod coalition_desk;
mod compendium;
mod dashboard;
mod email_links;
mod events;
mod exchange_rates;
mod login;
mod marketplace;
mod my_pledges;
mod not_found;
mod organisation;
mod password_reset;
mod pledge_edit;
mod pledge_page;
mod progress;
mod public_pledge;
mod register;
mod review_page;
mod review_queue;

pub use account::AccountPage;
pub use audit_log::AuditLogPage;
pub use coalition::CoalitionPage;
pub use coalition_desk::CoalitionDeskPage;
pub use compendium::CompendiumPage;
pub use dashboard::DashboardPage;
pub use email_links::{ConfirmEmailPage, VerifyEmailPage};
pub use events::{
    CeremonyPage, EventDeskPage, EventPage, EventsPage, MyEventsPage, OrganiserEventsPage,
    RunOfShowPage, VideoHostsPage,
};
pub use exchange_rates::ExchangeRatesPage;
pub use login::LoginPage;
pub use marketplace::{
    OpportunitiesPage, OpportunityFormPage, OpportunityPage, OpportunityPostersPage,
    OrganisationProfilePage, ReportQueuePage, SignOnQueuePage,
};
pub use my_pledges::MyPledgesPage;
pub use not_found::NotFoundPage;
pub use organisation::OrganisationPage;
pub use password_reset::{ForgotPasswordPage, ResetPasswordPage};
pub use pledge_edit::{EditPledgePage, NewPledgePage};
pub use pledge_page::{PledgePage, RevisionPage};
pub use progress::{
    CyclesPage, ProgressDuties, ProgressReportPage, ProgressReviewPage, PublicProgressSection,
    RecipientsPage,
};
pub use public_pledge::PublicPledgePage;
pub use register::RegisterPage;
pub use review_page::ReviewPledgePage;
pub use review_queue::ReviewQueuePage;
