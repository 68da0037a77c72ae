//! The full pledge through the real server: drafts, revisions, every transition a submitter and a
//! partner can make, hostile input, and the USD figure.
use app::error::AppError;
use app::pledge_lifecycle::TransitionError;

use crate::fixtures::new_organisation;
use crate::helpers::{
    ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, Session, TestApp, pledge_form, queue_entry,
};

/// The pledge id a `save_pledge` or `autosave_pledge` answer names.
pub(crate) fn id_of(body: &str) -> String {
    let value: serde_json::Value =
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{body}: {e}"));
    match value {
        serde_json::Value::Number(n) => n.to_string(),
        other => other["pledge_id"].to_string(),
    }
}

pub(crate) fn issues(result: Result<String, AppError>) -> Vec<(String, String)> {
    match result {
        Err(AppError::InvalidForm { issues, .. } | AppError::Validation(issues)) => {
            issues.into_iter().map(|i| (i.field, i.code)).collect()
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The form with `field` set to `value` (replaced, or added when the form lacks it).
pub(crate) fn with<'a>(title: &'a str, field: &'a str, value: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut form = pledge_form(title, &["access"]);
    form.retain(|(f, _)| *f != field);
    form.push((field, value));
    form
}

pub(crate) async fn submit(s: &Session, form: &[(&str, &str)]) -> String {
    id_of(
        &s.call("save_pledge", form)
            .await
            .unwrap_or_else(|e| panic!("{e:?}")),
    )
}

pub(crate) async fn version_of(app: &TestApp, id: &str) -> String {
    app.one_string(&format!(
        "SELECT CAST(version AS TEXT) FROM pledges WHERE id = {id}"
    ))
    .await
}

async fn decide(app: &TestApp, reviewer: &Session, id: &str, decision: &str, message: &str) {
    let version = version_of(app, id).await;
    reviewer
        .decide(id, &version, decision, message, None)
        .await
        .unwrap_or_else(|e| panic!("{decision}: {e:?}"));
}

pub(crate) async fn approve(app: &TestApp, reviewer: &Session, id: &str) {
    let version = version_of(app, id).await;
    reviewer
        .approve(id, &version)
        .await
        .unwrap_or_else(|e| panic!("approve: {e:?}"));
}

pub(crate) async fn status(app: &TestApp, id: &str) -> String {
    app.one_string(&format!("SELECT status FROM pledges WHERE id = {id}"))
        .await
}

/// Rows in every table a pledge writes to: a refusal must leave them all as they were.
pub(crate) async fn footprint(app: &TestApp) -> Vec<i64> {
    let mut counts = Vec::new();
    for table in [
        "pledges",
        "pledge_revisions",
        "pledge_drafts",
        "pledge_participants",
        "pledge_events",
        "revision_targets",
        "revision_partners",
        "revision_scope",
        "coalition_events",
        "outbox",
    ] {
        counts.push(app.count(&format!("SELECT COUNT(*) FROM {table}")).await);
    }
    counts
}

async fn hostile_input_is_refused_or_kept_as_typed(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let before = footprint(&app).await;

    let long = "x".repeat(10_001);
    let cases = [
        (
            with("A valid pledge title", "input[description]", &long),
            "description",
            "description_length",
        ),
        (
            with("A valid pledge title", "input[pledge_type]", "donation"),
            "pledge_type",
            "pledge_type",
        ),
        (
            with("A valid pledge title", "input[ldc][level]", "mostly"),
            "ldc.level",
            "benefit",
        ),
        (
            with("A valid pledge title", "input[scope_countries][]", "XX"),
            "scope_countries",
            "choice",
        ),
        (
            with("A valid pledge title", "input[sdgs][]", "18"),
            "sdgs",
            "choice",
        ),
        (
            with("A valid pledge title", "input[ldc][share]", "250"),
            "ldc.share",
            "percent",
        ),
        (
            with("A valid pledge title", "input[end_date]", "2025-01-01"),
            "end_date",
            "date_order",
        ),
        (
            with("A valid pledge title", "input[consent]", ""),
            "consent",
            "consent",
        ),
    ];
    for (form, field, code) in cases {
        let got = issues(ministry.call("save_pledge", &form).await);
        assert!(
            got.contains(&(field.to_owned(), code.to_owned())),
            "{field}/{code} not reported: {got:?}"
        );
    }
    let mut financial = with("A valid pledge title", "input[pledge_type]", "financial");
    financial.push(("input[amount]", "1000"));
    financial.push(("input[currency]", "XXX"));
    assert_eq!(
        issues(ministry.call("save_pledge", &financial).await),
        vec![("currency".into(), "currency".into())]
    );
    assert_eq!(
        footprint(&app).await,
        before,
        "a refused pledge left a trace"
    );

    // Markup is a title like any other: stored as typed, shown as text.
    let hostile = "<script>alert('p2c')</script> Solar schools";
    let id = submit(&ministry, &pledge_form(hostile, &["access"])).await;
    let stored = app
        .one_string(&format!(
            "SELECT title FROM pledge_revisions WHERE pledge_id = {id}"
        ))
        .await;
    assert_eq!(stored, hostile);
    let page = ministry.page(&format!("/my/pledges/{id}")).await;
    assert!(page.contains("&lt;script&gt;alert("), "not escaped");
    assert!(!page.contains("<script>alert("), "markup reached the page");
    // Not even through the page's <title>, where typed markup could end the element.
    let breakout = "</title><b>bold</b> Solar schools";
    let id2 = submit(&ministry, &pledge_form(breakout, &["access"])).await;
    let page = ministry.page(&format!("/my/pledges/{id2}")).await;
    let doc = scraper::Html::parse_document(&page);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap_or_else(|e| panic!("{e:?}"));
    let title: Vec<String> = doc
        .select(&sel("title"))
        .map(|t| t.text().collect())
        .collect();
    assert_eq!(title, vec![breakout.to_owned()]);
    assert_eq!(
        doc.select(&sel("b")).count(),
        0,
        "typed markup became an element"
    );

    // Another organisation's pledge id: not found, and nothing changes.
    let after_submit = footprint(&app).await;
    for intent in ["draft", "submit"] {
        let mut forged = pledge_form("Taken over by another organisation", &["access"]);
        forged.retain(|(f, _)| *f != "intent");
        forged.push(("intent", intent));
        forged.push(("pledge", &id));
        assert_eq!(
            pacific.call("save_pledge", &forged).await,
            Err(AppError::NotFound),
            "{intent}"
        );
    }
    assert_eq!(
        pacific
            .call(
                "autosave_pledge",
                &[("pledge", id.as_str()), ("input[title]", "hijack")]
            )
            .await,
        Err(AppError::NotFound)
    );
    // Forged organisation ids: one that does not exist, and one ITU has not verified.
    let (_unverified, unverified_id) = new_organisation(&app, 7).await;
    let after_registration = footprint(&app).await;
    for org in ["999999", unverified_id.as_str(), "1 OR 1=1"] {
        assert_eq!(
            issues(
                ministry
                    .call(
                        "invite_partner",
                        &[("pledge", id.as_str()), ("organisation", org)]
                    )
                    .await
            ),
            vec![("partner".into(), "partner_choice".into())],
            "{org}"
        );
    }
    assert_eq!(
        pacific
            .call(
                "invite_partner",
                &[("pledge", id.as_str()), ("organisation", "1")]
            )
            .await,
        Err(AppError::NotFound),
        "only the lead invites"
    );
    // A revision of another pledge, asked for under this one: not found.
    let other = submit(
        &pacific,
        &pledge_form("Pacific pledge with its own revision", &["access"]),
    )
    .await;
    let other_revision = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) FROM pledge_revisions WHERE pledge_id = {other}"
        ))
        .await;
    assert_eq!(
        ministry
            .call(
                "pledge_revision",
                &[("pledge", id.as_str()), ("revision", &other_revision)]
            )
            .await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        ministry
            .call("load_pledge", &[("id", other.as_str())])
            .await,
        Err(AppError::NotFound),
        "another organisation's pledge is not readable"
    );
    let mut expected = after_registration;
    let grown = footprint(&app).await;
    // Only the Pacific pledge was added since: one of each of its rows (it names no partner), and
    // three mails (the submitter's receipt, "a pledge is waiting" to each of the two ITU reviewers).
    for (i, n) in [1, 1, 0, 1, 1, 1, 0, 1, 0, 3].iter().enumerate() {
        expected[i] += n;
    }
    assert_eq!(grown, expected);
    assert!(after_submit[0] < grown[0]);
}

async fn a_submitter_drafts_revises_and_withdraws(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let revisions = app.count("SELECT COUNT(*) FROM pledge_revisions").await;

    // A draft is kept as typed, rules or not; autosave saves again in place.
    let draft = ministry
        .call(
            "autosave_pledge",
            &[("input[title]", "Wi"), ("input[summary]", "unfinished")],
        )
        .await
        .unwrap();
    let id = id_of(&draft);
    ministry
        .call(
            "autosave_pledge",
            &[
                ("pledge", id.as_str()),
                ("input[title]", "Wifi for 30 clinics"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(status(&app, &id).await, "draft");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM pledge_revisions").await,
        revisions,
        "drafts make no revision"
    );
    let mine = ministry.call("my_pledges", &[]).await.unwrap();
    assert!(mine.contains("Wifi for 30 clinics"), "{mine}");

    // Submitted: revision 1; no editing while in review.
    let title = "Wifi for 30 rural clinics";
    let mut form = pledge_form(title, &["access"]);
    form.push(("pledge", &id));
    submit(&ministry, &form).await;
    assert_eq!(status(&app, &id).await, "submitted");
    let mut edit = pledge_form("Edited while in review", &["access"]);
    edit.retain(|(f, _)| *f != "intent");
    edit.push(("intent", "draft"));
    edit.push(("pledge", &id));
    assert!(matches!(
        ministry.call("save_pledge", &edit).await,
        Err(AppError::Transition(
            TransitionError::NotAllowedInState { .. }
        ))
    ));

    // Changes requested: the message reaches the organisation; resubmission is revision 2.
    decide(
        &app,
        &reviewer,
        &id,
        "request_changes",
        "Please give a baseline for each clinic.",
    )
    .await;
    assert_eq!(status(&app, &id).await, "changes_requested");
    let mine = ministry.call("my_pledges", &[]).await.unwrap();
    assert!(
        mine.contains("Please give a baseline for each clinic."),
        "{mine}"
    );
    let resubmitted_title = "Wifi for 30 rural clinics, from 0 connected today";
    let mut form = pledge_form(resubmitted_title, &["access"]);
    form.push(("pledge", &id));
    submit(&ministry, &form).await;
    assert_eq!(status(&app, &id).await, "submitted");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM pledge_revisions WHERE pledge_id = {id}"
        ))
        .await,
        2
    );

    // Published; an edit is reviewed as revision 3 while revision 2 stays public.
    approve(&app, &reviewer, &id).await;
    assert_eq!(status(&app, &id).await, "published");
    let public = app.anonymous();
    assert!(public.page("/").await.contains(resubmitted_title));
    let mut revised = pledge_form("Wifi for 45 rural clinics", &["access"]);
    revised.push(("pledge", &id));
    submit(&ministry, &revised).await;
    assert_eq!(status(&app, &id).await, "submitted");
    let compendium = public.page("/").await;
    assert!(
        compendium.contains(resubmitted_title) && !compendium.contains("Wifi for 45"),
        "the public revision changed before review"
    );
    // A rejected edit leaves the pledge published, as it was.
    decide(
        &app,
        &reviewer,
        &id,
        "reject",
        "The figure of 45 is not supported by the budget.",
    )
    .await;
    assert_eq!(status(&app, &id).await, "published");
    assert!(public.page("/").await.contains(resubmitted_title));
    // Every revision is kept and readable by the organisation.
    let detail = ministry
        .call("load_pledge", &[("id", id.as_str())])
        .await
        .unwrap();
    let detail: serde_json::Value = serde_json::from_str(&detail).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(detail["revisions"].as_array().map(Vec::len), Some(3));

    // Withdrawal needs a reason and takes the pledge off every public page.
    let version = version_of(&app, &id).await;
    assert_eq!(
        issues(
            ministry
                .call(
                    "withdraw_pledge",
                    &[("id", id.as_str()), ("version", &version), ("reason", " ")]
                )
                .await
        ),
        vec![("reason".into(), "reason".into())]
    );
    ministry
        .call(
            "withdraw_pledge",
            &[
                ("id", id.as_str()),
                ("version", &version),
                ("reason", "Funding moved to another programme."),
            ],
        )
        .await
        .unwrap();
    assert_eq!(status(&app, &id).await, "withdrawn");
    assert!(!public.page("/").await.contains(resubmitted_title));

    let actions: Vec<String> = app
        .audit_log(&id)
        .await
        .into_iter()
        .map(|(a, ..)| a)
        .collect();
    assert_eq!(
        actions,
        [
            "submit",
            "claim",
            "request_changes",
            "resubmit",
            "claim",
            "approve",
            "revise",
            "claim",
            "reject",
            "withdraw"
        ]
    );
}

async fn a_partner_confirms_edits_when_allowed_and_counts_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let pacific_id = app
        .one_string("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Pacific Connect Ltd'")
        .await;

    let draft = ministry
        .call(
            "autosave_pledge",
            &[("input[title]", "Joint cable and schools pledge")],
        )
        .await
        .unwrap();
    let id = id_of(&draft);
    ministry
        .call(
            "invite_partner",
            &[("pledge", id.as_str()), ("organisation", &pacific_id)],
        )
        .await
        .unwrap();
    assert_eq!(
        issues(
            ministry
                .call(
                    "invite_partner",
                    &[("pledge", id.as_str()), ("organisation", &pacific_id)]
                )
                .await
        ),
        vec![("partner".into(), "partner_already".into())]
    );

    // Invited: the partner sees the invitation, cannot edit, and answers.
    let mine = pacific.call("my_pledges", &[]).await.unwrap();
    assert!(mine.contains("\"invited\""), "{mine}");
    assert_eq!(
        pacific
            .call(
                "autosave_pledge",
                &[("pledge", id.as_str()), ("input[title]", "x")]
            )
            .await,
        Err(AppError::NotFound)
    );
    pacific
        .call(
            "answer_invitation",
            &[("pledge", id.as_str()), ("answer", "confirm")],
        )
        .await
        .unwrap();
    assert_eq!(
        pacific
            .call(
                "answer_invitation",
                &[("pledge", id.as_str()), ("answer", "decline")]
            )
            .await,
        Err(AppError::NotFound),
        "an answer counts once"
    );
    let mine = pacific.call("my_pledges", &[]).await.unwrap();
    assert!(mine.contains("\"partner\""), "{mine}");
    // Confirmed but not yet allowed to edit.
    assert!(matches!(
        pacific
            .call(
                "autosave_pledge",
                &[("pledge", id.as_str()), ("input[title]", "x")]
            )
            .await,
        Err(AppError::Transition(_))
    ));
    ministry
        .call(
            "set_partner_editing",
            &[("pledge", id.as_str()), ("allowed", "yes")],
        )
        .await
        .unwrap();
    let title = "Joint pledge: cables and 200 connected schools";
    let mut form = pledge_form(title, &["access"]);
    form.extend([
        ("pledge", id.as_str()),
        ("input[named_partners]", "Rwanda Education Board"),
    ]);
    submit(&pacific, &form).await;
    assert_eq!(status(&app, &id).await, "submitted");
    // Only the lead withdraws.
    let version = version_of(&app, &id).await;
    assert!(matches!(
        pacific
            .call(
                "withdraw_pledge",
                &[
                    ("id", id.as_str()),
                    ("version", &version),
                    ("reason", "We leave.")
                ]
            )
            .await,
        Err(AppError::Transition(TransitionError::NotPermitted { .. }))
    ));
    // Counted once, with its partners, once published.
    approve(&app, &reviewer, &id).await;
    let page = app.anonymous().page("/").await;
    let doc = scraper::Html::parse_document(&page);
    let headings = scraper::Selector::parse("article h2").unwrap_or_else(|e| panic!("{e:?}"));
    let cards = doc
        .select(&headings)
        .filter(|h| h.text().collect::<String>() == title)
        .count();
    assert_eq!(cards, 1, "a joint pledge appears once");
    assert!(page.contains("4 published pledges"));
    assert!(page.contains("Pacific Connect Ltd") && page.contains("Rwanda Education Board"));
    // The lead heard of the confirmation.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'partner_answered' AND recipient = 'amina@minict.example'").await,
        1
    );
    let submitted_by = app.audit_log(&id).await;
    assert_eq!(
        submitted_by[0].3, PACIFIC,
        "the partner's submission is on record as theirs"
    );
}

/// USD in cents as the app computes it, done again here from what the revision stored.
fn cents(amount_minor: i64, exponent: u32, rate: &str) -> i64 {
    use rust_decimal::prelude::ToPrimitive;
    let rate: rust_decimal::Decimal = rate.parse().unwrap_or_else(|e| panic!("{rate}: {e}"));
    (rust_decimal::Decimal::new(amount_minor, exponent) * rate * rust_decimal::Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointNearestEven)
        .to_i64()
        .unwrap_or_else(|| panic!("overflow"))
}

async fn usd_figures_are_reproducible_and_sums_exact(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let admin = app.sign_in(ADMIN).await;

    let mut form = with(
        "EUR 2.5 million for school connectivity",
        "input[pledge_type]",
        "financial",
    );
    form.push(("input[amount]", "2 500 000,50"));
    form.push(("input[currency]", "EUR"));
    let id = submit(&ministry, &form).await;
    let row = |col: &str| {
        format!("SELECT CAST({col} AS TEXT) FROM pledge_revisions WHERE pledge_id = {id}")
    };
    let rate = app.one_string(&row("usd_rate")).await;
    assert_eq!(app.one_string(&row("amount_minor")).await, "250000050");
    let stored: i64 = app
        .one_string(&row("usd_cents"))
        .await
        .parse()
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(stored, cents(250_000_050, 2, &rate));
    assert_eq!(rate, "1.08", "the seeded demo rate");
    let rate_date = app.one_string(&row("usd_rate_date")).await;

    // A newer rate applies to new pledges only; the stored figure, rate and date do not move.
    let today = app
        .one_string(&format!(
            "SELECT CAST(groups_on AS TEXT) FROM pledge_revisions WHERE pledge_id = {id}"
        ))
        .await;
    admin
        .call(
            "add_exchange_rate",
            &[
                ("currency", "EUR"),
                ("rate_date", &today[..10]),
                ("usd_per_unit", "1,0825"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(
        issues(
            admin
                .call(
                    "add_exchange_rate",
                    &[
                        ("currency", "EUR"),
                        ("rate_date", &today[..10]),
                        ("usd_per_unit", "1.09")
                    ]
                )
                .await
        ),
        vec![("rate_date".into(), "rate_taken".into())]
    );
    assert_eq!(
        issues(ministry.call("add_exchange_rate", &[("currency", "GBP"), ("rate_date", &today[..10]), ("usd_per_unit", "1.3")]).await.map_err(|e| match e { AppError::Forbidden => AppError::Validation(vec![app::domain::FieldIssue::new("who", "forbidden")]), e => e })),
        vec![("who".into(), "forbidden".into())]
    );
    assert_eq!(app.one_string(&row("usd_cents")).await, stored.to_string());
    assert_eq!(app.one_string(&row("usd_rate_date")).await, rate_date);

    // Many amounts with cents that round: the database's sum equals the sum of exact figures.
    let mut expected_usd = stored;
    let mut expected_minor: i64 = 250_000_050;
    for n in 1..=40_i64 {
        let amount = format!("{}.{:02}", 1000 + n * 37, (n * 13) % 100);
        let mut f = with(
            "Financial pledge for the sum test",
            "input[pledge_type]",
            "financial",
        );
        f.push(("input[amount]", &amount));
        f.push(("input[currency]", "EUR"));
        submit(&ministry, &f).await;
        let minor = (1000 + n * 37) * 100 + (n * 13) % 100;
        expected_minor += minor;
        expected_usd += cents(minor, 2, "1.0825");
    }
    assert_eq!(
        app.count(
            "SELECT CAST(SUM(usd_cents) AS BIGINT) FROM pledge_revisions WHERE currency = 'EUR'"
        )
        .await,
        expected_usd
    );
    assert_eq!(
        app.count(
            "SELECT CAST(SUM(amount_minor) AS BIGINT) FROM pledge_revisions WHERE currency = 'EUR'"
        )
        .await,
        expected_minor
    );
}

async fn a_pledge_from_the_review_queue_opens_for_the_reviewer(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let title = "Solar-powered Wi-Fi for 12 island schools";
    let mut form = with(title, "input[sids][level]", "primary");
    form.push((
        "input[sids][statement]",
        "Island schools are the main beneficiaries.",
    ));
    submit(&ministry, &form).await;
    let queue = reviewer.page("/review").await;
    assert!(queue_entry(&queue, title).is_some() || queue.contains(title));
    // The scope is Rwanda only: the SIDS claim is flagged in the queue.
    assert!(
        queue.contains("every country in its scope is landlocked"),
        "{queue}"
    );
}

/// An organisation keeps at most 200 drafts: the 201st is refused with a message above the form
/// and nothing is stored; a draft submitted or withdrawn makes room again.
async fn drafts_are_capped_per_organisation(backend: Backend) {
    use app::i18n::{Key, Locale};
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let drafts = "SELECT COUNT(*) FROM pledges p JOIN users u ON u.organisation_id = p.organisation_id \
                  WHERE u.email = 'amina@minict.example' AND p.status = 'draft'";
    let existing = app.count(drafts).await;
    // Up to one below the cap, straight into the database.
    app.execute(&format!(
        "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {}) \
         INSERT INTO pledges (organisation_id, created_by, status, version, created_at, updated_at, partners_may_edit) \
         SELECT u.organisation_id, u.id, 'draft', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, FALSE \
         FROM n, users u WHERE u.email = '{MINISTRY}'",
        199 - existing
    ))
    .await;
    let two_hundredth = ministry
        .call("autosave_pledge", &[("input[title]", "Draft two hundred")])
        .await
        .unwrap();
    assert_eq!(app.count(drafts).await, 200);

    let before = footprint(&app).await;
    for (endpoint, form) in [
        ("autosave_pledge", vec![("input[title]", "Draft 201")]),
        (
            "save_pledge",
            vec![("intent", "draft"), ("input[title]", "Draft 201")],
        ),
    ] {
        let refused = ministry.call(endpoint, &form).await;
        let error = refused.clone().unwrap_err();
        assert_eq!(
            issues(refused),
            vec![("form".into(), "drafts_capped".into())],
            "{endpoint}"
        );
        assert_eq!(error.message_key(), Key::VDraftsCapped);
        assert!(Locale::En.t(error.message_key()).contains("200 drafts"));
        assert_eq!(footprint(&app).await, before, "{endpoint} stored something");
    }
    // Without JavaScript the form comes back with the message.
    let page = ministry
        .client
        .post(format!("{}/api/save_pledge", app.base))
        .header("Accept", "text/html")
        .header("Referer", format!("{}/pledges/new", app.base))
        .form(&[("intent", "draft"), ("input[title]", "Draft 201")])
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("already has 200 drafts"), "{page}");
    assert_eq!(app.count(drafts).await, 200);

    // An existing draft is still saved; one withdrawn makes room for a new one.
    let id = id_of(&two_hundredth);
    ministry
        .call(
            "autosave_pledge",
            &[
                ("pledge", id.as_str()),
                ("input[title]", "Draft 200, renamed"),
            ],
        )
        .await
        .unwrap();
    let version = version_of(&app, &id).await;
    ministry
        .call(
            "withdraw_pledge",
            &[
                ("id", id.as_str()),
                ("version", &version),
                ("reason", "Started twice."),
            ],
        )
        .await
        .unwrap();
    ministry
        .call("autosave_pledge", &[("input[title]", "Draft 201")])
        .await
        .unwrap();
    assert_eq!(app.count(drafts).await, 200);
}

crate::on_both_databases!(
    drafts_are_capped_per_organisation,
    hostile_input_is_refused_or_kept_as_typed,
    a_submitter_drafts_revises_and_withdraws,
    a_partner_confirms_edits_when_allowed_and_counts_once,
    usd_figures_are_reproducible_and_sums_exact,
    a_pledge_from_the_review_queue_opens_for_the_reviewer,
);
