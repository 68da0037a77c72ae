//! Progress after WTDC, from outside: reports filed through the multipart form, reminders read
//! from a real SMTP server at dates set by `server send-reminders --at`, joint pledges, evidence
//! files and who may see them, and ITU's light review.
mod access;
mod cycles;
mod hostile;
mod reminders;
mod sums;

use app::error::AppError;

use crate::compendium::publish;
use crate::helpers::{Session, TestApp, pledge_form};

/// A published pledge with one target, first published on 1 June 2026 whatever the day the test
/// runs, so it owes the 2026 report (due 31 March 2027); returns its id.
pub(crate) async fn published(
    app: &TestApp,
    ministry: &Session,
    reviewer: &Session,
    title: &str,
) -> String {
    let id = publish(app, reviewer, ministry, &pledge_form(title, &["access"])).await;
    let moment = if app.database_url.starts_with("postgres") {
        "TIMESTAMPTZ '2026-06-01 09:00:00+00'"
    } else {
        "'2026-06-01T09:00:00+00:00'"
    };
    app.execute(&format!(
        "UPDATE pledges SET published_at = {moment} WHERE id = {id}"
    ))
    .await;
    id
}

/// The report form's fields, complete and valid (one target, money in euros).
pub(crate) fn report_fields(pledge_id: &str, intent: &str) -> Vec<(&'static str, String)> {
    vec![
        ("pledge_id", pledge_id.to_owned()),
        ("intent", intent.to_owned()),
        ("status", "on_track".into()),
        ("percent", "40".into()),
        ("target_value_0", "120".into()),
        ("target_reached_on_0", "2026-11-30".into()),
        ("disbursed_amount", "1 000 000".into()),
        ("disbursed_currency", "EUR".into()),
        ("disbursed_on", "2026-12-01".into()),
        ("countries", "RW".into()),
        ("beneficiaries", "35000".into()),
        ("beneficiaries_unit", "pupils".into()),
        (
            "narrative",
            "Schools in four districts are connected and their teachers trained.".into(),
        ),
        ("links", "https://example.org/progress".into()),
    ]
}

/// Posts the report form as a browser does (`multipart/form-data`), files included.
pub(crate) async fn post_report(
    s: &Session,
    fields: Vec<(&'static str, String)>,
    files: Vec<(&str, Vec<u8>)>,
) -> (u16, String) {
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in fields {
        form = form.text(name, value);
    }
    for (name, bytes) in files {
        form = form.part(
            "files",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    }
    let r = s
        .client
        .post(format!("{}/api/submit_progress", s.base))
        .header("Accept", "application/json")
        .multipart(form)
        .send()
        .await
        .unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

/// Files a complete report; panics unless it was taken.
pub(crate) async fn file_report(s: &Session, pledge_id: &str, files: Vec<(&str, Vec<u8>)>) {
    let (status, body) = post_report(s, report_fields(pledge_id, "file"), files).await;
    assert!(status < 400, "filing refused: {status} {body}");
}

pub(crate) fn issues_of(body: &str) -> Vec<(String, String)> {
    let error: AppError = serde_json::from_str(body).unwrap_or_else(|_| panic!("{body}"));
    error
        .field_issues()
        .iter()
        .map(|i| (i.field.clone(), i.code.clone()))
        .collect()
}
