//! Progress reminders and speakers' slot reminders, run by every server: it looks every so often whether reminders are due
//! (`app::ssr::progress::reminders::send_due` claims each one, so servers never send one twice).
//! `server send-reminders --at …` runs the same step once with a given clock.
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

pub struct ReminderWorker {
    pub db: DatabaseConnection,
    pub public_url: String,
    pub every: Duration,
}

impl ReminderWorker {
    pub async fn run(self) {
        let mut ticks = tokio::time::interval(self.every);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            // Logged where it failed; the next tick tries again.
            let _ = self.send_at(Utc::now()).await;
        }
    }

    /// Progress reminders, then speakers' slot reminders; the counts of both.
    pub async fn send_at(
        &self,
        now: DateTime<Utc>,
    ) -> Result<(usize, usize), app::error::AppError> {
        let pledges =
            app::ssr::progress::reminders::send_due(&self.db, &self.public_url, now).await?;
        let slots = app::ssr::events::reminders::send_due(&self.db, &self.public_url, now).await?;
        Ok((pledges, slots))
    }
}
