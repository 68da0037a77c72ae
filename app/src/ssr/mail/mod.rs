//! Mail that is never lost: a message is written to the `outbox` table in the same transaction as
//! the change that causes it; a worker in the server delivers it with retries and back-off.
mod compose;
mod event_notices;
mod market_notices;
pub mod outbox;
mod pledge_notices;
mod progress_notices;
pub mod transport;
mod typed_text;

pub use compose::Mail;
pub use event_notices::EventNotice;
pub use market_notices::MarketNotice;
pub use outbox::{enqueue, enqueue_with_secret};
pub use pledge_notices::{DigestLine, PledgeNotice};
pub use progress_notices::ProgressNotice;
pub use transport::{MailTransport, SendError};
