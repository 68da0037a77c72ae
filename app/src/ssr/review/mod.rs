//! ITU's due diligence: the queue and the desk, a reviewer's page and decisions, the
//! conversation with the organisation, and the mails that tell people a pledge waits for them.
pub mod conversation;
pub mod decisions;
pub mod desk;
pub mod digest;
pub(crate) mod notices;
pub mod page;
