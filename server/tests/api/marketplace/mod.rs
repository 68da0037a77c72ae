//! The marketplace, from outside: ITU posts opportunities and their funding bars sum the published
//! pledges that answer them (each once), organisations sign on to open pledges and nothing public
//! changes until ITU approves a sign-on, anyone reports a problem with a public page and reviewers
//! ask, dismiss or unpublish, and every new server function answers each kind of caller as it
//! should.
mod funding;
mod reports;
mod routes;
mod sign_ons;

use app::domain::PublicPledge;
use app::domain::marketplace::OpportunityDetail;
use app::error::AppError;

use crate::helpers::{Session, TestApp};

/// An opportunity as ITU's form sends it: a project for health centres in Rwanda and Malawi, with
/// `amount` USD needed (none when empty) and equipment in kind.
pub(crate) fn opportunity_form<'a>(
    slug: &'a str,
    title: &'a str,
    amount: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("input[kind]", "project"),
        ("input[title]", title),
        ("input[slug]", slug),
        (
            "input[summary]",
            "Connect rural health centres to broadband, with solar power and trained staff.",
        ),
        (
            "input[description]",
            "Fibre and satellite links for rural health centres, solar power, and training for the staff who run them.",
        ),
        ("input[focus_areas][]", "access"),
        ("input[focus_areas][]", "adoption"),
        ("input[regions][]", "africa"),
        ("input[countries][]", "RW"),
        ("input[countries][]", "MW"),
        ("input[groups][]", "ldc"),
        ("input[amount]", amount),
        ("input[currency]", "USD"),
        ("input[in_kind][]", "equipment"),
        ("input[contact_name]", "ITU Projects"),
        ("input[contact_email]", "projects@itu.example"),
        ("input[status]", "open"),
    ]
}

/// `poster` posts an opportunity; the slug it was saved under.
pub(crate) async fn post_opportunity(poster: &Session, slug: &str, title: &str, amount: &str) {
    poster
        .call("save_opportunity", &opportunity_form(slug, title, amount))
        .await
        .unwrap_or_else(|e| panic!("save_opportunity {slug}: {e:?}"));
}

/// The public page's data of one opportunity.
pub(crate) async fn opportunity(s: &Session, slug: &str) -> OpportunityDetail {
    let body = s
        .call("opportunity_page", &[("slug", slug)])
        .await
        .unwrap_or_else(|e| panic!("opportunity_page {slug}: {e:?}"));
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// A complete pledge of `amount` USD that answers `answers`, open to sign-ons when `open`.
pub(crate) fn answering_pledge<'a>(
    title: &'a str,
    amount: &'a str,
    answers: &[&'a str],
    open: bool,
) -> Vec<(&'a str, &'a str)> {
    let mut form = crate::helpers::pledge_form(title, &["access"]);
    form.extend([("input[amount]", amount), ("input[currency]", "USD")]);
    form.extend(answers.iter().map(|a| ("input[answers][]", *a)));
    if open {
        form.push(("input[open_sign_on]", "yes"));
    }
    form
}

/// Submits a pledge form for review; the pledge's id.
pub(crate) async fn submit(s: &Session, form: &[(&str, &str)]) -> String {
    crate::full_pledge::id_of(
        &s.call("save_pledge", form)
            .await
            .unwrap_or_else(|e| panic!("save_pledge: {e:?}")),
    )
}

/// A reviewer approves the pledge as it stands now.
pub(crate) async fn approve(app: &TestApp, reviewer: &Session, id: &str) {
    crate::full_pledge::approve(app, reviewer, id).await
}

/// The public reference of a published pledge.
pub(crate) async fn public_ref(app: &TestApp, pledge_id: &str) -> String {
    app.one_string(&format!(
        "SELECT public_ref FROM compendium_entries WHERE pledge_id = {pledge_id}"
    ))
    .await
}

/// The public pledge as its page reads it (`published_pledge`).
pub(crate) async fn published(s: &Session, reference: &str) -> Result<PublicPledge, AppError> {
    s.call("published_pledge", &[("reference", reference)])
        .await
        .map(|body| serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}")))
}

/// The id of an organisation by its exact name.
pub(crate) async fn organisation_id(app: &TestApp, name: &str) -> String {
    app.one_string(&format!(
        "SELECT CAST(id AS TEXT) FROM organisations WHERE name = '{name}'"
    ))
    .await
}

/// A sign-on as the form on the public pledge page sends it.
pub(crate) fn sign_on_form<'a>(
    reference: &'a str,
    amount: &'a str,
    currency: &'a str,
    role: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("reference", reference),
        ("input[amount]", amount),
        ("input[currency]", currency),
        ("input[role]", role),
    ]
}

/// The newest sign-on of an organisation to a pledge: (id, version).
pub(crate) async fn sign_on_of(
    app: &TestApp,
    pledge_id: &str,
    organisation_id: &str,
) -> (String, String) {
    let row = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) || ':' || CAST(version AS TEXT) FROM sign_ons
             WHERE pledge_id = {pledge_id} AND organisation_id = {organisation_id}
             ORDER BY id DESC LIMIT 1"
        ))
        .await;
    let (id, version) = row.split_once(':').unwrap();
    (id.to_owned(), version.to_owned())
}

/// A reviewer's decision on a sign-on.
pub(crate) async fn decide_sign_on(
    s: &Session,
    (id, version): (&str, &str),
    decision: &str,
    reason: &str,
) -> Result<String, AppError> {
    s.call(
        "decide_sign_on",
        &[
            ("sign_on_id", id),
            ("version", version),
            ("decision", decision),
            ("reason", reason),
        ],
    )
    .await
}

/// A report of a problem as the form on a public page sends it.
pub(crate) fn report_form<'a>(
    kind: &'a str,
    subject: &'a str,
    reason: &'a str,
    message: &'a str,
    email: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("input[subject_kind]", kind),
        ("input[subject]", subject),
        ("input[reason]", reason),
        ("input[message]", message),
        ("input[email]", email),
    ]
}

/// A reviewer's decision on the open reports of one page.
pub(crate) async fn decide_report(
    s: &Session,
    kind: &str,
    subject_id: &str,
    action: &str,
    note: &str,
) -> Result<String, AppError> {
    s.call(
        "decide_report",
        &[
            ("subject_kind", kind),
            ("subject_id", subject_id),
            ("action", action),
            ("note", note),
        ],
    )
    .await
}

/// The pledge's version now.
pub(crate) async fn version(app: &TestApp, id: &str) -> String {
    crate::full_pledge::version_of(app, id).await
}
