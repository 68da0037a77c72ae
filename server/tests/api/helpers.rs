use std::process::Stdio;
use std::time::Duration;

use app::error::AppError;
use sea_orm::{ConnectionTrait, Database, Statement};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub const PASSWORD: &str = "p2c-demo-2026";
pub const MINISTRY: &str = "amina@minict.example";
pub const PACIFIC: &str = "sione@pacificconnect.example";
pub const REVIEWER: &str = "reviewer@itu.example";

#[derive(Clone, Debug)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

impl Backend {
    /// PostgreSQL when configured. In CI an unconfigured PostgreSQL is an error, never a silent skip.
    pub fn postgres() -> Option<Backend> {
        let url = std::env::var("TEST_POSTGRES_URL").ok().or_else(|| {
            std::env::var("DATABASE_URL")
                .ok()
                .filter(|u| u.starts_with("postgres"))
        });
        match url {
            Some(url) => Some(Backend::Postgres(url)),
            None if std::env::var_os("CI").is_some() => {
                panic!("CI must run the PostgreSQL tests: set TEST_POSTGRES_URL")
            }
            None => {
                eprintln!("TEST_POSTGRES_URL is not set: PostgreSQL variant not run");
                None
            }
        }
    }
}

/// Defines each listed test once per database backend.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name($crate::helpers::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    if let Some(backend) = $crate::helpers::Backend::postgres() {
                        super::$name(backend).await
                    }
                }
            )*
        }
    };
}

pub struct TestApp {
    pub base: String,
    /// The server's own database, for checks no page shows (the audit log).
    pub database_url: String,
    _child: Child,
    _dir: tempfile::TempDir,
}

async fn fresh_database(backend: &Backend, dir: &std::path::Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}/p2c.sqlite?mode=rwc", dir.display()),
        Backend::Postgres(admin_url) => {
            let name = format!("p2c_test_{}", uuid::Uuid::new_v4().simple());
            let admin = Database::connect(admin_url.as_str())
                .await
                .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at {admin_url}: {e}"));
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .unwrap_or_else(|e| panic!("cannot create test database: {e}"));
            let base = admin_url
                .rsplit_once('/')
                .map(|(b, _)| b)
                .unwrap_or(admin_url);
            format!("{base}/{name}")
        }
    }
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let database_url = fresh_database(&backend, dir.path()).await;
        let mut child = Command::new(env!("CARGO_BIN_EXE_server"))
            .env("DATABASE_URL", &database_url)
            .env("P2C_ADDR", "127.0.0.1:0")
            .env("P2C_SEED_DEMO", "true")
            .env("P2C_SITE_ROOT", dir.path())
            .env(
                "RUST_LOG",
                std::env::var("TEST_LOG").unwrap_or_else(|_| "warn".into()),
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start server: {e}"));
        let stdout = child.stdout.take().unwrap_or_else(|| panic!("no stdout"));
        let mut lines = BufReader::new(stdout).lines();
        let base = tokio::time::timeout(Duration::from_secs(60), async {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Some(url) = line.split("listening on ").nth(1) {
                    return url.trim().to_owned();
                }
            }
            panic!("server exited before listening")
        })
        .await
        .unwrap_or_else(|_| panic!("server did not start within 60 s"));
        // Keep draining stdout so the server never blocks on a full pipe.
        tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
        TestApp {
            base,
            database_url,
            _child: child,
            _dir: dir,
        }
    }

    /// (action, from, to, actor e-mail) of every audit-log entry of a pledge, oldest first.
    pub async fn audit_log(&self, pledge_id: &str) -> Vec<(String, String, String, String)> {
        let db = Database::connect(self.database_url.as_str())
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let sql = format!(
            "SELECT e.action, e.from_status, e.to_status, u.email FROM pledge_events e \
             JOIN users u ON u.id = e.actor_user_id WHERE e.pledge_id = {} ORDER BY e.id",
            pledge_id
                .parse::<i64>()
                .unwrap_or_else(|e| panic!("pledge id {pledge_id}: {e}"))
        );
        db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .map(|row| {
                let col = |i| {
                    row.try_get_by_index::<String>(i)
                        .unwrap_or_else(|e| panic!("{e}"))
                };
                (col(0), col(1), col(2), col(3))
            })
            .collect()
    }

    /// Sends SIGTERM, as a service manager does, and waits for the server to exit.
    pub async fn terminate(mut self) -> std::process::ExitStatus {
        let pid = self
            ._child
            .id()
            .unwrap_or_else(|| panic!("server already exited"));
        let sent = std::process::Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status()
            .unwrap_or_else(|e| panic!("kill: {e}"));
        assert!(sent.success());
        tokio::time::timeout(Duration::from_secs(20), self._child.wait())
            .await
            .unwrap_or_else(|_| panic!("server still running 20 s after SIGTERM"))
            .unwrap_or_else(|e| panic!("{e}"))
    }

    pub fn anonymous(&self) -> Session {
        Session::new(&self.base)
    }

    pub async fn sign_in(&self, email: &str) -> Session {
        let s = self.anonymous();
        s.call(
            "login",
            &[("input[email]", email), ("input[password]", PASSWORD)],
        )
        .await
        .unwrap_or_else(|e| panic!("sign-in of {email} failed: {e:?}"));
        s
    }
}

/// One browser: its own cookie jar.
pub struct Session {
    pub base: String,
    pub client: reqwest::Client,
}

impl Session {
    fn new(base: &str) -> Session {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .build()
            .unwrap_or_else(|e| panic!("client: {e}"));
        Session {
            base: base.to_owned(),
            client,
        }
    }

    /// Calls a server function the way the hydrated page does; `Err` carries the app's error.
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> Result<String, AppError> {
        let response = self
            .client
            .post(format!("{}/api/{endpoint}", self.base))
            .header("Accept", "application/json")
            .form(form)
            .send()
            .await
            .unwrap_or_else(|e| panic!("request to {endpoint} failed: {e}"));
        let ok = response.status().is_success();
        let body = response.text().await.unwrap_or_default();
        if ok {
            Ok(body)
        } else {
            Err(serde_json::from_str(&body)
                .unwrap_or_else(|_| panic!("{endpoint} gave a non-error body: {body}")))
        }
    }

    /// Fetches a page as a browser navigation does; returns the status and HTML.
    pub async fn page(&self, path: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .header("Accept", "text/html")
            .send()
            .await
            .unwrap_or_else(|e| panic!("GET {path} failed: {e}"));
        let status = response.status().as_u16();
        (status, response.text().await.unwrap_or_default())
    }
}

pub fn pledge_form<'a>(title: &'a str, areas: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("input[title]", title),
        (
            "input[description]",
            "Connect 120 health centres in three districts by June 2028, with the district councils.",
        ),
        ("input[pledge_type]", "project"),
        ("input[benefit_ldc]", "mainly"),
        ("input[benefit_lldc]", "partly"),
        ("input[benefit_sids]", "none"),
    ];
    form.extend(areas.iter().map(|a| ("input[focus_areas][]", *a)));
    form
}

/// The (id, version) of the queue row whose title is `title`, read from the review page's form.
pub fn queue_entry(html: &str, title: &str) -> Option<(String, String)> {
    let doc = scraper::Html::parse_document(html);
    let rows = scraper::Selector::parse("tbody tr").ok()?;
    let th = scraper::Selector::parse("th").ok()?;
    let id = scraper::Selector::parse("input[name=id]").ok()?;
    let version = scraper::Selector::parse("input[name=version]").ok()?;
    doc.select(&rows)
        .find(|row| {
            row.select(&th)
                .any(|h| h.text().collect::<String>() == title)
        })
        .and_then(|row| {
            let value = |s: &scraper::Selector| {
                row.select(s)
                    .next()?
                    .value()
                    .attr("value")
                    .map(str::to_owned)
            };
            Some((value(&id)?, value(&version)?))
        })
}
