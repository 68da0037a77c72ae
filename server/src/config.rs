//! Settings from the environment (and `.env`), each with a default that needs nothing installed.
use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::time::Duration;

use axum::http::HeaderName;

#[derive(Clone, Debug)]
pub struct Settings {
    /// `sqlite://…` (the default, a file under `data/`) or `postgres://…`.
    pub database_url: String,
    pub addr: SocketAddr,
    /// Where cargo-leptos put the compiled site (`pkg/` with the wasm, js and css).
    pub site_root: PathBuf,
    pub seed_demo: bool,
    /// Synthetic published pledges added with the demo data (paging tests, a fuller first look).
    pub seed_bulk: u64,
    pub secure_cookies: bool,
    pub session_days: i64,
    pub json_logs: bool,
    /// `P2C_ENV=production` or `LEPTOS_ENV=PROD`: secure cookies, no demo data.
    pub production: bool,
    /// Posts of anonymous forms (sign-in) per client IP address and minute.
    pub anonymous_posts_per_ip_per_minute: NonZeroU32,
    /// Compendium downloads (CSV, JSON, XLSX, DOCX) per client IP address and minute.
    pub downloads_per_ip_per_minute: NonZeroU32,
    /// Password checks (sign-in, password or address change, confirming a registration) per
    /// account and minute from one client address; from all addresses together, beyond this the
    /// checks are only slowed down, so nobody can lock an account from elsewhere.
    pub sign_ins_per_account_per_minute: NonZeroU32,
    /// Public pages (and the compendium's server functions) rendered per client address and
    /// minute when the page cache could not answer.
    pub page_renders_per_ip_per_minute: NonZeroU32,
    /// Open API (`/api/v1/*`) answers per client address and minute that the cache did not give.
    pub api_per_ip_per_minute: NonZeroU32,
    /// Reports of a problem sent without signing in, per client address and minute.
    pub anonymous_reports_per_ip_per_minute: NonZeroU32,
    /// Bytes of rendered pages the page cache keeps at most.
    pub page_cache_bytes: usize,
    /// Tests only: XLSX and DOCX builds wait until this file exists, so a test can hold builds
    /// in progress for as long as it needs. Refused in production.
    pub export_gate: Option<PathBuf>,
    /// Password checks per client address (an IPv6 /64) and minute, whatever the account.
    pub password_checks_per_address_per_minute: NonZeroU32,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Behind a reverse proxy: the header that carries the client's address (its last value is
    /// used, `ip`, `ip:port`, `[ipv6]:port` or RFC 7239 `for=`; without it, the TCP peer).
    pub client_ip_header: Option<HeaderName>,
    /// How often expired sessions and stashed forms are deleted.
    pub sweep_every: Duration,
    /// The site's address as people reach it: the start of every link in an e-mail.
    pub public_url: Option<String>,
    /// `smtp://…` / `smtps://…`: deliver mail by SMTP. Unset: write `.eml` files to `outbox_dir`.
    pub smtp_url: Option<String>,
    pub outbox_dir: PathBuf,
    pub mail_from: String,
    /// How often the outbox worker looks for due messages, and the first retry delay (it doubles).
    pub outbox_poll: Duration,
    pub outbox_retry_base: Duration,
    /// Where signed letters of intent are kept (never under the site root).
    pub letters_dir: PathBuf,
    /// Progress evidence files, outside the web root like the letters.
    pub evidence_dir: PathBuf,
    /// How often the server looks whether progress reminders are due; `None` (0) leaves it to
    /// `server send-reminders` run by a scheduler.
    pub reminder_every: Option<Duration>,
    /// Financial pledges worth at least this many US dollars need two reviewers' approval.
    pub four_eyes_usd: i64,
    /// The UTC hour from which each day's review digest goes out.
    pub digest_hour_utc: u32,
    /// How often the server looks whether digests are due; `None` (0) leaves it to
    /// `server send-digests` run by a scheduler.
    pub digest_every: Option<Duration>,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name} is not valid: {value:?} ({reason})")]
    Invalid {
        name: &'static str,
        value: String,
        reason: String,
    },
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn parsed<T: std::str::FromStr>(name: &'static str, default: T) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    match var(name) {
        None => Ok(default),
        Some(value) => value
            .trim()
            .parse()
            .map_err(|e: T::Err| ConfigError::Invalid {
                name,
                reason: e.to_string(),
                value,
            }),
    }
}

fn invalid(name: &'static str, value: &str, reason: &str) -> ConfigError {
    ConfigError::Invalid {
        name,
        value: value.to_owned(),
        reason: reason.to_owned(),
    }
}

fn flag(name: &'static str) -> Result<bool, ConfigError> {
    match var(name).map(|v| v.to_ascii_lowercase()) {
        None => Ok(false),
        Some(v) if ["1", "true", "yes", "on"].contains(&v.as_str()) => Ok(true),
        Some(v) if ["0", "false", "no", "off"].contains(&v.as_str()) => Ok(false),
        Some(value) => Err(ConfigError::Invalid {
            name,
            value,
            reason: "use true or false".into(),
        }),
    }
}

impl Settings {
    pub fn from_env() -> Result<Settings, ConfigError> {
        // cargo-leptos passes the address and site root as LEPTOS_* variables when it runs the server.
        let default_addr = parsed("LEPTOS_SITE_ADDR", SocketAddr::from(([127, 0, 0, 1], 3000)))?;
        let production = var("P2C_ENV").is_some_and(|v| v.eq_ignore_ascii_case("production"))
            || var("LEPTOS_ENV").is_some_and(|v| v.eq_ignore_ascii_case("PROD"));
        let seed_demo = flag("P2C_SEED_DEMO")?;
        if production && seed_demo {
            return Err(invalid(
                "P2C_SEED_DEMO",
                "true",
                "the demo accounts' passwords are public: never seed them in production",
            ));
        }
        let client_ip_header = match var("P2C_CLIENT_IP_HEADER") {
            None => None,
            Some(name) => Some(
                HeaderName::try_from(name.trim())
                    .map_err(|e| invalid("P2C_CLIENT_IP_HEADER", &name, &e.to_string()))?,
            ),
        };
        let export_gate = var("P2C_TEST_EXPORT_GATE").map(PathBuf::from);
        if production && export_gate.is_some() {
            return Err(invalid(
                "P2C_TEST_EXPORT_GATE",
                "(set)",
                "a test setting: it would hold every XLSX and DOCX download",
            ));
        }
        let per_minute = |name: &'static str, default: u32| {
            parsed(name, NonZeroU32::new(default).unwrap_or(NonZeroU32::MIN))
        };
        Ok(Settings {
            database_url: var("DATABASE_URL")
                .unwrap_or_else(|| "sqlite://data/p2c.sqlite?mode=rwc".into()),
            addr: parsed("P2C_ADDR", default_addr)?,
            site_root: var("P2C_SITE_ROOT")
                .or_else(|| var("LEPTOS_SITE_ROOT"))
                .unwrap_or_else(|| "target/site".into())
                .into(),
            seed_demo,
            seed_bulk: parsed("P2C_SEED_BULK", 0)?,
            // In production the site is served over HTTPS, whatever the variable says.
            secure_cookies: production || flag("P2C_SECURE_COOKIES")?,
            session_days: parsed("P2C_SESSION_DAYS", 14)?,
            json_logs: var("P2C_LOG_FORMAT").is_some_and(|v| v.eq_ignore_ascii_case("json")),
            production,
            anonymous_posts_per_ip_per_minute: parsed(
                "P2C_ANONYMOUS_POSTS_PER_IP_PER_MINUTE",
                NonZeroU32::new(30).unwrap_or(NonZeroU32::MIN),
            )?,
            downloads_per_ip_per_minute: parsed(
                "P2C_DOWNLOADS_PER_IP_PER_MINUTE",
                NonZeroU32::new(30).unwrap_or(NonZeroU32::MIN),
            )?,
            sign_ins_per_account_per_minute: parsed(
                "P2C_SIGN_INS_PER_ACCOUNT_PER_MINUTE",
                NonZeroU32::new(10).unwrap_or(NonZeroU32::MIN),
            )?,
            page_renders_per_ip_per_minute: per_minute("P2C_PAGE_RENDERS_PER_IP_PER_MINUTE", 120)?,
            api_per_ip_per_minute: per_minute("P2C_API_PER_IP_PER_MINUTE", 120)?,
            anonymous_reports_per_ip_per_minute: per_minute(
                "P2C_ANONYMOUS_REPORTS_PER_IP_PER_MINUTE",
                5,
            )?,
            page_cache_bytes: parsed("P2C_PAGE_CACHE_BYTES", 64 * 1024 * 1024)?,
            export_gate,
            password_checks_per_address_per_minute: parsed(
                "P2C_PASSWORD_CHECKS_PER_ADDRESS_PER_MINUTE",
                NonZeroU32::new(30).unwrap_or(NonZeroU32::MIN),
            )?,
            body_limit: parsed("P2C_BODY_LIMIT_BYTES", 1024 * 1024)?,
            client_ip_header,
            sweep_every: Duration::from_secs(parsed("P2C_SWEEP_SECONDS", 3600_u64)?.max(1)),
            public_url: var("P2C_PUBLIC_URL").map(|u| u.trim().trim_end_matches('/').to_owned()),
            smtp_url: var("SMTP_URL"),
            outbox_dir: var("P2C_OUTBOX_DIR")
                .unwrap_or_else(|| "data/outbox".into())
                .into(),
            mail_from: var("P2C_MAIL_FROM")
                .unwrap_or_else(|| "Partner2Connect <no-reply@p2c.localhost>".into()),
            outbox_poll: Duration::from_millis(parsed("P2C_OUTBOX_POLL_MS", 2000_u64)?.max(10)),
            outbox_retry_base: Duration::from_millis(
                parsed("P2C_OUTBOX_RETRY_BASE_MS", 30_000_u64)?.max(10),
            ),
            letters_dir: var("P2C_LETTERS_DIR")
                .unwrap_or_else(|| "data/letters".into())
                .into(),
            evidence_dir: var("P2C_EVIDENCE_DIR")
                .unwrap_or_else(|| "data/evidence".into())
                .into(),
            reminder_every: match parsed("P2C_REMINDER_CHECK_SECONDS", 3600_u64)? {
                0 => None,
                seconds => Some(Duration::from_secs(seconds)),
            },
            four_eyes_usd: parsed("P2C_FOUR_EYES_USD", 10_000_000_i64)?.max(0),
            digest_hour_utc: match parsed("P2C_DIGEST_HOUR_UTC", 6_u32)? {
                hour @ 0..=23 => hour,
                hour => {
                    return Err(invalid(
                        "P2C_DIGEST_HOUR_UTC",
                        &hour.to_string(),
                        "an hour from 0 to 23",
                    ));
                }
            },
            digest_every: match parsed("P2C_DIGEST_CHECK_SECONDS", 300_u64)? {
                0 => None,
                seconds => Some(Duration::from_secs(seconds)),
            },
        })
    }
}
