//! The Partner2Connect server: configuration, telemetry, database, HTTP.
use std::process::ExitCode;

use server::{config::Settings, startup, telemetry};

#[tokio::main]
async fn main() -> ExitCode {
    // A missing .env is normal; the defaults need nothing installed.
    let _ = dotenvy::dotenv();
    let settings = match Settings::from_env() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("configuration error: {e}");
            return ExitCode::from(2);
        }
    };
    telemetry::init(settings.json_logs);
    match startup::run(settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "server stopped with an error");
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
