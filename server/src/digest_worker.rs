//! The reviewers' daily digest, run by every server: it looks every few minutes whether a digest
//! is due (`app::ssr::review::digest::send_due` claims each reviewer's day, so servers never send
//! one twice). `server send-digests --at …` runs the same step once with a given clock.
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub struct DigestWorker {
    pub db: DatabaseConnection,
    pub public_url: String,
    /// The UTC hour from which a day's digest goes out.
    pub hour: u32,
    pub every: Duration,
}

impl DigestWorker {
    pub async fn run(self) {
        let mut ticks = tokio::time::interval(self.every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            // Logged where it failed; the next tick tries again.
            let _ = self.send_at(Utc::now()).await;
        }
    }

    pub async fn send_at(&self, now: DateTime<Utc>) -> Result<usize, app::error::AppError> {
        app::ssr::review::digest::send_due(&self.db, &self.public_url, now, self.hour).await
    }
}
