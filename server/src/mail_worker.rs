//! The outbox worker: delivers due messages, retries with back-off, never drops one. Several
//! servers on one database each run one; the claim in `outbox::claim_due` keeps them apart.
use std::time::Duration;

use app::ssr::mail::outbox;
use app::ssr::mail::{MailTransport, SendError};
use lettre::message::Mailbox;
use sea_orm::DatabaseConnection;

pub struct MailWorker {
    pub db: DatabaseConnection,
    pub transport: MailTransport,
    pub from: Mailbox,
    pub poll: Duration,
    pub retry_base: Duration,
}

/// How long a worker owns a claimed message: far longer than one SMTP conversation takes.
const LEASE: chrono::Duration = chrono::Duration::minutes(5);

impl MailWorker {
    pub async fn run(self) {
        let id = uuid::Uuid::new_v4().to_string();
        let retry_base =
            chrono::Duration::from_std(self.retry_base).unwrap_or(chrono::Duration::seconds(30));
        let mut ticks = tokio::time::interval(self.poll);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            let due = match outbox::claim_due(&self.db, &id, 20, LEASE).await {
                Ok(due) => due,
                // Logged where it happened; the next tick tries again.
                Err(_) => continue,
            };
            for message in due {
                let result = self.transport.send(&self.from, &message).await;
                let marked = match &result {
                    Ok(()) => outbox::mark_sent(&self.db, message.id, &id).await,
                    Err(SendError {
                        message: error,
                        permanent,
                    }) => {
                        tracing::warn!(id = message.id, attempt = message.attempts + 1, permanent, error = %error, "mail not delivered");
                        outbox::mark_unsent(&self.db, &message, &id, error, *permanent, retry_base)
                            .await
                    }
                };
                if result.is_ok() {
                    tracing::info!(id = message.id, kind = %message.kind, "mail delivered");
                }
                if marked.is_err() {
                    tracing::error!(id = message.id, "could not record the delivery attempt");
                }
            }
        }
    }
}
