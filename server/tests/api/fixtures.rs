//! The people, forms and files the account and coalition tests start from: registrations with
//! their mailed links, new organisations, the letter-of-intent form, and a fingerprint of what a
//! refused call must leave unchanged.
use crate::helpers::{Session, TestApp};

pub const STRONG: &str = "violet-harbour-kettle-93";

pub fn registration<'a>(name: &'a str, email: &'a str, org: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("input[name]", name),
        ("input[email]", email),
        ("input[password]", STRONG),
        ("input[language]", "fr"),
        ("input[org_choice]", "new"),
        ("input[organisation][name]", org),
        ("input[organisation][stakeholder_type]", "civil_society"),
        ("input[organisation][country]", "FJ"),
        ("input[organisation][website]", "https://moana.example"),
        (
            "input[organisation][description]",
            "Community networks for outer islands across the Pacific.",
        ),
    ]
}

/// The token of the first link in `text` that contains `path` (`/verify?token=`).
pub fn token_in(text: &str, path: &str) -> String {
    let start = text
        .find(path)
        .unwrap_or_else(|| panic!("no {path} link in {text}"))
        + path.len();
    text[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

/// Opens the verification link that was mailed to `email`, in the session `s`, and confirms it
/// with the password chosen at registration.
pub async fn confirm_address(app: &TestApp, s: &Session, email: &str) {
    let token = app.mailed_token(email, "/verify?token=", 1).await;
    s.call(
        "verify_email",
        &[("input[token]", &token), ("input[password]", STRONG)],
    )
    .await
    .unwrap();
}

/// Registers, verifies and signs in a new organisation's admin; returns the session and org id.
pub async fn new_organisation(app: &TestApp, n: usize) -> (Session, String) {
    new_organisation_by(app, n, async |email: &str| {
        app.mailed_token(email, "/verify?token=", 1).await
    })
    .await
}

/// As [`new_organisation`], with the confirmation token read by `token_of` from wherever the test
/// server delivers its mail (the file outbox, or an SMTP sink).
pub async fn new_organisation_by(
    app: &TestApp,
    n: usize,
    token_of: impl AsyncFn(&str) -> String,
) -> (Session, String) {
    let email = format!("admin{n}@org{n}.example");
    let org = format!("Coalition Org {n}");
    let s = app.anonymous();
    s.call("register", &registration("Ama Owusu", &email, &org))
        .await
        .unwrap();
    let token = token_of(&email).await;
    s.call(
        "verify_email",
        &[("input[token]", &token), ("input[password]", STRONG)],
    )
    .await
    .unwrap();
    s.call(
        "login",
        &[("input[email]", &email), ("input[password]", STRONG)],
    )
    .await
    .unwrap();
    let id = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) FROM organisations WHERE name = '{org}'"
        ))
        .await;
    (s, id)
}

/// A stakeholder of the Ministry: asked to join, approved by its admin, signed in.
pub async fn ministry_member(app: &TestApp, org_admin: &Session, email: &str) -> Session {
    let member_id = join_ministry(app, email).await;
    org_admin
        .call(
            "decide_join",
            &[("person_id", &member_id), ("action", "approve")],
        )
        .await
        .unwrap();
    let member = app.anonymous();
    member
        .call(
            "login",
            &[("input[email]", email), ("input[password]", STRONG)],
        )
        .await
        .unwrap();
    member
}

/// A person who asked to join the Ministry and confirmed their address; returns their user id.
pub async fn join_ministry(app: &TestApp, email: &str) -> String {
    let ministry = app
        .one_string("SELECT CAST(id AS TEXT) FROM organisations WHERE name LIKE 'Ministry%'")
        .await;
    let s = app.anonymous();
    let mut form = registration("Jean Habimana", email, "");
    form.retain(|(f, _)| !f.starts_with("input[organisation]") && *f != "input[org_choice]");
    form.push(("input[org_choice]", "join"));
    form.push(("input[join_organisation]", &ministry));
    s.call("register", &form).await.unwrap();
    confirm_address(app, &s, email).await;
    app.one_string(&format!(
        "SELECT CAST(id AS TEXT) FROM users WHERE email = '{email}'"
    ))
    .await
}

pub const STATEMENT: &str =
    "We will co-organise the Access session of the Roundtable and bring three operators to it.";

/// A real one-page PDF (the app's test fixture).
pub fn tiny_pdf() -> Vec<u8> {
    include_bytes!("../../../app/tests/fixtures/one-page.pdf").to_vec()
}

pub fn letter_fields(statement: &str) -> Vec<(&'static str, String)> {
    vec![
        ("focus_areas[]", "access".into()),
        ("focus_areas[]", "adoption".into()),
        ("statement", statement.into()),
        ("signatory_name", "Dr Aroha Ngata".into()),
        ("signatory_title", "Chief Executive".into()),
        ("signed_on", "2026-11-02".into()),
    ]
}

pub async fn send_letter(
    s: &Session,
    pdf: Option<(&str, Vec<u8>)>,
    statement: &str,
) -> (u16, String) {
    send_letter_form(s, letter_fields(statement), pdf).await
}

/// Posts the letter-of-intent form as a browser does (`multipart/form-data`).
pub async fn send_letter_form(
    s: &Session,
    fields: Vec<(&'static str, String)>,
    pdf: Option<(&str, Vec<u8>)>,
) -> (u16, String) {
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in fields {
        form = form.text(name, value);
    }
    if let Some((name, bytes)) = pdf {
        form = form.part(
            "pdf",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    }
    let r = s
        .client
        .post(format!("{}/api/submit_letter", s.base))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// What a forbidden call must not change.
pub async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM coalition_events",
        "SELECT COUNT(*) FROM outbox",
        "SELECT COUNT(*) FROM account_tokens",
        "SELECT COUNT(*) FROM registrations",
        "SELECT COUNT(*) FROM users",
        "SELECT COUNT(*) FROM users WHERE membership = 'pending'",
        "SELECT COUNT(*) FROM users WHERE role = 'stakeholder'",
        "SELECT COUNT(*) FROM organisations WHERE verification = 'pending'",
        "SELECT COUNT(*) FROM focus_area_leaders",
        "SELECT COUNT(*) FROM focus_area_leaders WHERE status = 'applied'",
        "SELECT COUNT(*) FROM letters_of_intent",
        "SELECT COUNT(*) FROM letters_of_intent WHERE status = 'submitted'",
        "SELECT COUNT(*) FROM pledges",
        "SELECT COALESCE(SUM(version), 0) FROM pledges",
        "SELECT COUNT(*) FROM pledges WHERE partners_may_edit",
        "SELECT COUNT(*) FROM pledge_revisions",
        "SELECT COUNT(*) FROM pledge_drafts",
        "SELECT COUNT(*) FROM pledge_participants",
        "SELECT COUNT(*) FROM pledge_events",
        "SELECT COUNT(*) FROM exchange_rates",
        "SELECT COUNT(*) FROM pledge_messages",
        "SELECT COUNT(*) FROM pledges WHERE assignee_user_id IS NOT NULL",
        "SELECT COUNT(*) FROM notice_preferences",
        "SELECT COUNT(*) FROM digest_entries",
        "SELECT COUNT(*) FROM events",
        "SELECT COALESCE(SUM(version), 0) FROM events",
        "SELECT COUNT(*) FROM event_sessions",
        "SELECT COUNT(*) FROM announcements",
        "SELECT COALESCE(SUM(version), 0) FROM announcements",
        "SELECT COUNT(*) FROM event_videos",
        "SELECT COUNT(*) FROM video_hosts",
        "SELECT COUNT(*) FROM event_signatories",
        "SELECT COUNT(*) FROM event_signatories WHERE confirmed_at IS NOT NULL",
    ] {
        out.push(app.count(sql).await);
    }
    out
}

/// `server send-reminders --at TIME` (progress and speakers' slot reminders) against the app's database, as a scheduler would run it.
pub async fn send_reminders(app: &TestApp, at: &str) -> String {
    use chrono::{DateTime, Utc};
    let at: DateTime<Utc> = at.parse().unwrap();
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["send-reminders", "--at", &at.to_rfc3339()])
        .env("DATABASE_URL", &app.database_url)
        .env("P2C_PUBLIC_URL", &app.base)
        .env("RUST_LOG", "warn")
        .env_remove("P2C_ENV")
        .env_remove("LEPTOS_ENV")
        .output()
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "send-reminders: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}
