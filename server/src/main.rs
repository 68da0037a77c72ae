//! The Partner2Connect server: configuration, telemetry, database, HTTP.
//! `server create-admin --email …` makes the first ITU admin on a fresh database.
//! `server send-digests [--at TIME]` writes the reviewers' digests due now (or at TIME, RFC 3339).
//! `server send-reminders [--at TIME]` writes the progress and slot reminders due now (or at TIME).
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
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        None => {}
        Some("create-admin") => return create_admin(&settings, &args[1..]).await,
        Some("seed-bulk") => return seed_bulk(&settings, &args[1..]).await,
        Some("send-digests") => return send_digests(&settings, &args[1..]).await,
        Some("send-reminders") => return send_reminders(&settings, &args[1..]).await,
        Some(other) => {
            eprintln!(
                "unknown command {other:?}; usage: server [create-admin --email ADDRESS | seed-bulk --pledges N | send-digests [--at TIME] | send-reminders [--at TIME]]"
            );
            return ExitCode::from(2);
        }
    }
    match startup::run(settings).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            tracing::error!(error = %e, "server stopped with an error");
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn create_admin(settings: &Settings, args: &[String]) -> ExitCode {
    let email = match args {
        [flag, email] if flag == "--email" => email,
        _ => {
            eprintln!("usage: server create-admin --email ADDRESS");
            return ExitCode::from(2);
        }
    };
    let db = match open_database(settings).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    match app::ssr::coalition::organisations::create_admin(&db, email).await {
        Ok(true) => {
            println!(
                "Created ITU admin {email}. Choose its password with \"Forgot your password?\" on the sign-in page."
            );
            ExitCode::SUCCESS
        }
        Ok(false) => {
            println!("{email} already had an account; it is now an ITU admin.");
            ExitCode::SUCCESS
        }
        Err(app::error::AppError::Validation(_)) => {
            eprintln!("{email:?} is not an e-mail address");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `server seed-bulk --pledges N`: demo data plus N synthetic published pledges, for benchmarks.
async fn seed_bulk(settings: &Settings, args: &[String]) -> ExitCode {
    let count = match args {
        [flag, n] if flag == "--pledges" => n.parse::<u64>().ok(),
        _ => None,
    };
    let Some(count) = count else {
        eprintln!("usage: server seed-bulk --pledges N");
        return ExitCode::from(2);
    };
    if settings.production {
        eprintln!("synthetic pledges are for benchmarks and tests, never for production");
        return ExitCode::from(2);
    }
    let db = match open_database(settings).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    let seeded = async {
        app::ssr::seed::seed_demo(&db).await?;
        app::ssr::bulk_seed::seed_published(&db, count).await
    };
    match seeded.await {
        Ok(made) => {
            println!("{made} synthetic pledges published");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `server send-digests [--at 2026-12-08T07:00:00Z]`: the digests due at that moment (now by
/// default), for a scheduler when `P2C_DIGEST_CHECK_SECONDS=0`, and for tests of "today" and "tomorrow".
async fn send_digests(settings: &Settings, args: &[String]) -> ExitCode {
    let at = match args {
        [] => Some(chrono::Utc::now()),
        [flag, at] if flag == "--at" => chrono::DateTime::parse_from_rfc3339(at)
            .ok()
            .map(|t| t.with_timezone(&chrono::Utc)),
        _ => None,
    };
    let Some(at) = at else {
        eprintln!("usage: server send-digests [--at 2026-12-08T07:00:00Z]");
        return ExitCode::from(2);
    };
    let db = match open_database(settings).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    let worker = server::digest_worker::DigestWorker {
        db,
        public_url: settings
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", settings.addr)),
        hour: settings.digest_hour_utc,
        every: std::time::Duration::ZERO,
    };
    match worker.send_at(at).await {
        Ok(sent) => {
            println!("{sent} digest(s) queued");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// `server send-reminders [--at 2027-03-01T08:00:00Z]`: the progress reminders due at that moment
/// (now by default), for a scheduler when `P2C_REMINDER_CHECK_SECONDS=0`, and for tests of dates.
async fn send_reminders(settings: &Settings, args: &[String]) -> ExitCode {
    let at = match args {
        [] => Some(chrono::Utc::now()),
        [flag, at] if flag == "--at" => chrono::DateTime::parse_from_rfc3339(at)
            .ok()
            .map(|t| t.with_timezone(&chrono::Utc)),
        _ => None,
    };
    let Some(at) = at else {
        eprintln!("usage: server send-reminders [--at 2027-03-01T08:00:00Z]");
        return ExitCode::from(2);
    };
    let db = match open_database(settings).await {
        Ok(db) => db,
        Err(code) => return code,
    };
    let worker = server::progress::reminder_worker::ReminderWorker {
        db,
        public_url: settings
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", settings.addr)),
        every: std::time::Duration::ZERO,
    };
    match worker.send_at(at).await {
        Ok((pledges, slots)) => {
            println!("{pledges} pledge(s) reminded");
            println!("{slots} speaker slot(s) reminded");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn open_database(settings: &Settings) -> Result<sea_orm::DatabaseConnection, ExitCode> {
    server::db::connect(&settings.database_url)
        .await
        .map_err(|e| {
            eprintln!("database: {e}");
            ExitCode::FAILURE
        })
}
