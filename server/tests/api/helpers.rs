use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use app::error::AppError;
use sea_orm::{ConnectionTrait, Database, Statement};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub const PASSWORD: &str = "p2c-demo-2026";
pub const MINISTRY: &str = "amina@minict.example";
pub const PACIFIC: &str = "sione@pacificconnect.example";
pub const REVIEWER: &str = "reviewer@itu.example";
pub const ADMIN: &str = "admin@itu.example";
pub const ORGANISER: &str = "organiser@itu.example";

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
    /// Everything the server wrote to stderr (its log), for checks of what is logged.
    logs: Arc<Mutex<String>>,
    /// One connection pool for the test's own queries (a new PostgreSQL connection costs ~100 ms).
    db: tokio::sync::OnceCell<sea_orm::DatabaseConnection>,
    _child: Child,
    _dir: tempfile::TempDir,
}

pub async fn fresh_database(backend: &Backend, dir: &std::path::Path) -> String {
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

/// The server binary with a fresh database and the demo data, configured by `env` on top.
pub fn server_command(
    database_url: &str,
    site_root: &std::path::Path,
    env: &[(&str, &str)],
) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .env("DATABASE_URL", database_url)
        .env("P2C_ADDR", "127.0.0.1:0")
        .env("P2C_SEED_DEMO", "true")
        .env("P2C_SITE_ROOT", site_root)
        // Mail and letters stay inside the test's own directory.
        .env("P2C_OUTBOX_DIR", site_root.join("outbox"))
        .env("P2C_LETTERS_DIR", site_root.join("letters"))
        .env("P2C_EVIDENCE_DIR", site_root.join("evidence"))
        // Reminders run only when a test runs `server send-reminders --at` with its own clock.
        .env("P2C_REMINDER_CHECK_SECONDS", "0")
        .env("P2C_OUTBOX_POLL_MS", "100")
        // Every request of a test comes from one address: the per-address budgets for pages
        // rendered anew and for the open API are the tests' own to set (`security.rs`).
        .env("P2C_PAGE_RENDERS_PER_IP_PER_MINUTE", "1000000")
        .env("P2C_API_PER_IP_PER_MINUTE", "1000000")
        .env_remove("SMTP_URL")
        .env(
            "RUST_LOG",
            std::env::var("TEST_LOG").unwrap_or_else(|_| "warn".into()),
        )
        .env_remove("P2C_ENV")
        .env_remove("LEPTOS_ENV")
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    command
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        TestApp::spawn_with(backend, &[]).await
    }

    /// A server with extra environment variables (small rate limits, secure cookies, …).
    pub async fn spawn_with(backend: Backend, env: &[(&str, &str)]) -> TestApp {
        let dir = tempfile::tempdir().unwrap();
        let database_url = fresh_database(&backend, dir.path()).await;
        TestApp::start(database_url, dir, env).await
    }

    /// A second server on this one's database, as behind a load balancer (its own files).
    pub async fn spawn_beside(&self, env: &[(&str, &str)]) -> TestApp {
        TestApp::start(self.database_url.clone(), tempfile::tempdir().unwrap(), env).await
    }

    async fn start(database_url: String, dir: tempfile::TempDir, env: &[(&str, &str)]) -> TestApp {
        let mut child = server_command(&database_url, dir.path(), env)
            .spawn()
            .expect("cannot start server");
        let logs = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().expect("no stderr");
        let sink = logs.clone();
        tokio::spawn(async move {
            let mut lines = BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                eprintln!("server: {line}");
                if let Ok(mut all) = sink.lock() {
                    all.push_str(&line);
                    all.push('\n');
                }
            }
        });
        let stdout = child.stdout.take().expect("no stdout");
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
        // Keep draining stdout (where the log goes) so the server never blocks on a full pipe.
        let sink = logs.clone();
        tokio::spawn(async move {
            while let Ok(Some(line)) = lines.next_line().await {
                if let Ok(mut all) = sink.lock() {
                    all.push_str(&line);
                    all.push('\n');
                }
            }
        });
        TestApp {
            base,
            database_url,
            logs,
            db: tokio::sync::OnceCell::new(),
            _child: child,
            _dir: dir,
        }
    }

    async fn db(&self) -> &sea_orm::DatabaseConnection {
        self.db
            .get_or_init(|| async { Database::connect(self.database_url.as_str()).await.unwrap() })
            .await
    }

    /// The server's own directory (outbox files, stored letters).
    pub fn dir(&self) -> &std::path::Path {
        self._dir.path()
    }

    /// Every message the server delivered so far (its file transport's `.eml` files), oldest first.
    pub fn delivered(&self) -> Vec<crate::smtp::ReceivedMail> {
        let Ok(entries) = std::fs::read_dir(self.dir().join("outbox")) else {
            return Vec::new();
        };
        let mut files: Vec<(std::time::SystemTime, std::path::PathBuf)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "eml"))
            .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
            .collect();
        files.sort();
        files
            .iter()
            .filter_map(|(_, p)| std::fs::read(p).ok())
            .filter(|raw| !raw.is_empty())
            .map(|raw| crate::smtp::parse(&raw))
            .collect()
    }

    /// Waits (up to 20 s) until `n` delivered messages to `to` have a text containing `fragment`,
    /// and returns the `n`th of them, as its recipient reads it.
    pub async fn mail_to(&self, to: &str, fragment: &str, n: usize) -> crate::smtp::ReceivedMail {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            let mut found: Vec<_> = self
                .delivered()
                .into_iter()
                .filter(|m| m.to.iter().any(|a| a.eq_ignore_ascii_case(to)))
                .filter(|m| m.text.contains(fragment))
                .collect();
            if found.len() >= n {
                return found.swap_remove(n - 1);
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no message {n} to {to} with {fragment:?}; delivered: {:?}",
                self.delivered()
                    .iter()
                    .map(|m| (&m.to, &m.subject))
                    .collect::<Vec<_>>()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The token of the `n`th link to `path` (`/verify?token=`) mailed to `to`.
    pub async fn mailed_token(&self, to: &str, path: &str, n: usize) -> String {
        let mail = self.mail_to(to, path, n).await;
        crate::fixtures::token_in(&mail.text, path)
    }

    /// The server's log so far.
    pub fn logs(&self) -> String {
        self.logs.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// One number from the server's database, e.g. `SELECT COUNT(*) FROM sessions`.
    pub async fn count(&self, sql: &str) -> i64 {
        let db = self.db().await;
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                sql.to_owned(),
            ))
            .await
            .unwrap()
            .expect("no row");
        row.try_get_by_index::<i64>(0).unwrap()
    }

    /// One text value from the server's database (the first row's first column).
    pub async fn one_string(&self, sql: &str) -> String {
        let db = self.db().await;
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                sql.to_owned(),
            ))
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no row for {sql}"));
        row.try_get_by_index::<String>(0).unwrap()
    }

    /// Runs a statement on the server's database (to set up what no page can, like an expired session).
    pub async fn execute(&self, sql: &str) {
        let db = self.db().await;
        db.execute_unprepared(sql).await.unwrap();
    }

    /// Runs a statement and returns the database's answer, refusals included.
    pub async fn try_execute(&self, sql: &str) -> Result<(), String> {
        let db = self.db().await;
        db.execute_unprepared(sql)
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    /// (action, from, to, actor e-mail) of every audit-log entry of a pledge, oldest first.
    pub async fn audit_log(&self, pledge_id: &str) -> Vec<(String, String, String, String)> {
        let db = self.db().await;
        let sql = format!(
            "SELECT e.action, e.from_status, e.to_status, u.email FROM pledge_events e \
             JOIN users u ON u.id = e.actor_user_id WHERE e.pledge_id = {} ORDER BY e.id",
            pledge_id
                .parse::<i64>()
                .unwrap_or_else(|e| panic!("pledge id {pledge_id}: {e}"))
        );
        db.query_all_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .unwrap()
            .iter()
            .map(|row| {
                let col = |i| row.try_get_by_index::<String>(i).unwrap();
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
            .unwrap()
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
    /// Success must be 200 and every error must come with the status that error stands for.
    pub async fn call(&self, endpoint: &str, form: &[(&str, &str)]) -> Result<String, AppError> {
        let response = self
            .client
            .post(format!("{}/api/{endpoint}", self.base))
            .header("Accept", "application/json")
            .form(form)
            .send()
            .await
            .unwrap();
        let status = response.status();
        let body = response.text().await.unwrap();
        if status.is_success() {
            assert_eq!(status.as_u16(), 200, "{endpoint}: {body}");
            Ok(body)
        } else {
            let error: AppError = serde_json::from_str(&body)
                .unwrap_or_else(|_| panic!("{endpoint} answered {status} with {body}"));
            assert_eq!(
                status.as_u16(),
                error.status().as_u16(),
                "{endpoint}: {error:?} came with the wrong status"
            );
            Err(error)
        }
    }

    /// A reviewer's decision (`approve`, `request_changes`, `reject`) with every checklist item
    /// answered `answer` (or none when `None`).
    pub async fn decide(
        &self,
        id: &str,
        version: &str,
        decision: &str,
        message: &str,
        answer: Option<&str>,
    ) -> Result<String, AppError> {
        let form = decision_form(id, version, decision, message, answer);
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        self.call("decide_pledge", &refs).await
    }

    /// Approval with a checklist every item of which passes.
    pub async fn approve(&self, id: &str, version: &str) -> Result<String, AppError> {
        self.decide(id, version, "approve", "", Some("pass")).await
    }

    /// Fetches a page as a browser navigation does and expects it to be there (200).
    pub async fn page(&self, path: &str) -> String {
        let (status, html) = self.get(path).await;
        assert_eq!(status, 200, "GET {path}: {html}");
        html
    }

    /// Fetches a page as a browser navigation does; returns the status and HTML.
    pub async fn get(&self, path: &str) -> (u16, String) {
        let response = self
            .client
            .get(format!("{}{path}", self.base))
            .header("Accept", "text/html")
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }
}

/// A complete pledge as the form sends it, submitted for review (`intent` = `submit`).
pub fn pledge_form<'a>(title: &'a str, areas: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("intent", "submit"),
        ("input[title]", title),
        (
            "input[summary]",
            "Broadband for 120 health centres in three districts by June 2028.",
        ),
        (
            "input[description]",
            "Connect 120 health centres in three districts by June 2028, with the district councils.",
        ),
        ("input[pledge_type]", "project"),
        ("input[scope_countries][]", "RW"),
        ("input[ldc][level]", "primary"),
        (
            "input[ldc][statement]",
            "Every health centre is in Rwanda, an LDC.",
        ),
        ("input[lldc][level]", "partial"),
        (
            "input[lldc][statement]",
            "Rwanda is also landlocked; a third of the budget goes to backhaul.",
        ),
        ("input[sids][level]", "none"),
        ("input[targets][0][indicator]", "Health centres connected"),
        ("input[targets][0][baseline]", "0"),
        ("input[targets][0][target]", "120"),
        ("input[targets][0][unit]", "health centres"),
        ("input[targets][0][due]", "2028-06-30"),
        ("input[start_date]", "2026-01-01"),
        ("input[end_date]", "2028-06-30"),
        ("input[contact_name]", "Pledge contact"),
        ("input[contact_email]", "contact@pledge.example"),
        ("input[consent]", "yes"),
    ];
    form.extend(areas.iter().map(|a| ("input[focus_areas][]", *a)));
    form
}

/// The seven due-diligence checklist items, by code.
pub const CHECK_ITEMS: [&str; 7] = [
    "entity_verified",
    "focus_area_alignment",
    "type_correct",
    "realistic_measurable",
    "group_claim_consistent",
    "value_plausible",
    "not_duplicate",
];

/// The decision form as the review page sends it.
pub fn decision_form(
    id: &str,
    version: &str,
    decision: &str,
    message: &str,
    answer: Option<&str>,
) -> Vec<(String, String)> {
    let mut form = vec![
        ("id".to_owned(), id.to_owned()),
        ("input[seen_version]".to_owned(), version.to_owned()),
        ("input[decision]".to_owned(), decision.to_owned()),
        ("input[message]".to_owned(), message.to_owned()),
    ];
    if let Some(answer) = answer {
        for item in CHECK_ITEMS {
            form.push((
                format!("input[checklist][answers][{item}]"),
                answer.to_owned(),
            ));
        }
    }
    form
}

/// The (id, version) of the queue row whose title is `title`, read from the queue page.
pub fn queue_entry(html: &str, title: &str) -> Option<(String, String)> {
    let doc = scraper::Html::parse_document(html);
    let rows = scraper::Selector::parse("tbody tr").ok()?;
    let th = scraper::Selector::parse("th a").ok()?;
    doc.select(&rows)
        .find(|row| {
            row.select(&th)
                .any(|h| h.text().collect::<String>() == title)
        })
        .and_then(|row| {
            let attr = |name: &str| row.value().attr(name).map(str::to_owned);
            Some((attr("data-pledge")?, attr("data-version")?))
        })
}

/// The status shown in the row of the organisation's pledge list whose title is `title`.
pub fn status_in_list(html: &str, title: &str) -> Option<String> {
    let doc = scraper::Html::parse_document(html);
    let rows = scraper::Selector::parse("tbody tr").ok()?;
    let th = scraper::Selector::parse("th").ok()?;
    let status = scraper::Selector::parse("td .status").ok()?;
    doc.select(&rows)
        .find(|row| {
            row.select(&th)
                .any(|h| h.text().collect::<String>() == title)
        })
        .and_then(|row| row.select(&status).next())
        .map(|cell| cell.text().collect::<String>())
}

/// The page's inline scripts that its `Content-Security-Policy` would block: each must carry the
/// policy's nonce or have its SHA-256 named, as a browser checks them.
pub fn blocked_inline_scripts(csp: &str, html: &str) -> Vec<String> {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let script_src: Vec<&str> = csp
        .split(';')
        .find_map(|d| d.trim().strip_prefix("script-src"))
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    assert!(!script_src.contains(&"'unsafe-inline'"), "{csp}");
    let document = scraper::Html::parse_document(html);
    let scripts = scraper::Selector::parse("script:not([src])").unwrap();
    document
        .select(&scripts)
        .filter_map(|script| {
            let text: String = script.text().collect();
            let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&text));
            let by_hash = script_src.contains(&format!("'sha256-{hash}'").as_str());
            let by_nonce = script
                .value()
                .attr("nonce")
                .is_some_and(|n| script_src.contains(&format!("'nonce-{n}'").as_str()));
            (!by_hash && !by_nonce).then_some(text)
        })
        .collect()
}
