mod compendium;
mod login;
mod my_pledges;
mod new_pledge;
mod not_found;
mod review_queue;

pub use compendium::CompendiumPage;
pub use login::LoginPage;
pub use my_pledges::MyPledgesPage;
pub use new_pledge::NewPledgePage;
pub use not_found::NotFoundPage;
pub use review_queue::ReviewQueuePage;
