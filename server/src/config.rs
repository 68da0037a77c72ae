//! Settings from the environment (and `.env`), each with a default that needs nothing installed.
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Settings {
    /// `sqlite://…` (the default, a file under `data/`) or `postgres://…`.
    pub database_url: String,
    pub addr: SocketAddr,
    /// Where cargo-leptos put the compiled site (`pkg/` with the wasm, js and css).
    pub site_root: PathBuf,
    pub seed_demo: bool,
    pub secure_cookies: bool,
    pub session_days: i64,
    pub json_logs: bool,
    pub production: bool,
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
        Ok(Settings {
            database_url: var("DATABASE_URL")
                .unwrap_or_else(|| "sqlite://data/p2c.sqlite?mode=rwc".into()),
            addr: parsed("P2C_ADDR", default_addr)?,
            site_root: var("P2C_SITE_ROOT")
                .or_else(|| var("LEPTOS_SITE_ROOT"))
                .unwrap_or_else(|| "target/site".into())
                .into(),
            seed_demo: flag("P2C_SEED_DEMO")?,
            secure_cookies: flag("P2C_SECURE_COOKIES")?,
            session_days: parsed("P2C_SESSION_DAYS", 14)?,
            json_logs: var("P2C_LOG_FORMAT").is_some_and(|v| v.eq_ignore_ascii_case("json")),
            production: var("LEPTOS_ENV").is_some_and(|v| v.eq_ignore_ascii_case("PROD")),
        })
    }
}
