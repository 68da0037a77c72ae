//! Who may call what in the marketplace: every new server function, called by every kind of
//! account (the columns of `authorization.rs`); each refusal has its status and changes nothing.
use app::domain::marketplace::OpportunityList;

use super::{
    answering_pledge, approve, opportunity, opportunity_form, organisation_id, public_ref,
    report_form, sign_on_form, sign_on_of, submit,
};
use crate::authorization::{A, Call, EVERYONE, ITU_ADMIN_ONLY, SIGNED_IN, WHO};
use crate::fixtures::{fingerprint, new_organisation};
use crate::helpers::{ADMIN, Backend, MINISTRY, ORGANISER, PACIFIC, REVIEWER, Session, TestApp};
use crate::on_both_databases;

const ROLE: &str = "Brings two engineers and the spare parts for a year.";
const REPORT: &str = "The pledge's end date is before its start date.";
const NOTE: &str = "Checked with the organisation: the dates are right.";

/// ITU's reviewers and admins.
const STAFF: [Option<u16>; 7] = [Some(401), Some(403), Some(403), Some(403), A, A, Some(403)];

/// Who may post opportunities before an admin gives the reviewer the right.
const POSTERS: [Option<u16>; 7] = ITU_ADMIN_ONLY;

/// Members of organisations (stakeholders and their admins).
const MEMBERS: [Option<u16>; 7] = [Some(401), A, A, A, Some(403), Some(403), Some(403)];

/// What a refused call must leave as it was: the fingerprint of `authorization.rs` and the
/// marketplace's own tables.
async fn market_fingerprint(app: &TestApp) -> Vec<i64> {
    let mut out = fingerprint(app).await;
    for sql in [
        "SELECT COUNT(*) FROM opportunities",
        "SELECT COALESCE(SUM(version), 0) FROM opportunities",
        "SELECT COUNT(*) FROM opportunities WHERE hidden",
        "SELECT COUNT(*) FROM opportunity_posters",
        "SELECT COUNT(*) FROM sign_ons",
        "SELECT COALESCE(SUM(version), 0) FROM sign_ons",
        "SELECT COUNT(*) FROM problem_reports",
        "SELECT COUNT(*) FROM problem_reports WHERE state = 'open'",
        "SELECT COUNT(*) FROM pledges WHERE sign_on_closed_at IS NOT NULL",
        "SELECT COUNT(*) FROM compendium_entries",
        "SELECT COUNT(*) FROM compendium_answers",
        "SELECT COUNT(*) FROM revision_opportunities",
    ] {
        out.push(app.count(sql).await);
    }
    out
}

/// Calls each endpoint as each kind of account, as `authorization::check_calls` does, with the
/// marketplace's tables in the fingerprint.
async fn check(app: &TestApp, sessions: &[Session; 7], calls: &[Call<'_>]) {
    for (endpoint, form, expected) in calls {
        for ((session, who), want) in sessions.iter().zip(WHO).zip(expected) {
            let before = market_fingerprint(app).await;
            let result = session.call(endpoint, form).await;
            match (want, result) {
                (None, Ok(_)) => {}
                (None, Err(e)) => assert!(
                    ![401, 403, 404].contains(&e.status().as_u16()),
                    "{endpoint} as {who} was refused: {e:?}"
                ),
                (Some(status), Err(e)) => {
                    assert_eq!(e.status().as_u16(), *status, "{endpoint} as {who}: {e:?}");
                    assert_eq!(
                        market_fingerprint(app).await,
                        before,
                        "{endpoint} as {who} changed something"
                    );
                }
                (Some(status), Ok(body)) => {
                    panic!("{endpoint} as {who}: expected {status}, got {body}")
                }
            }
        }
    }
}

async fn may_post(s: &Session) -> bool {
    let body = s.call("opportunities_list", &[]).await.unwrap();
    let list: OpportunityList = serde_json::from_str(&body).unwrap();
    list.may_post
}

async fn every_marketplace_function_answers_each_role(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org_admin = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    // A stakeholder of the Ministry: asked to join, approved by its admin.
    let member = crate::fixtures::ministry_member(&app, &org_admin, "jean@minict.example").await;
    // The targets: an open pledge of a fifth organisation, an open pledge of the Ministry, and a
    // pledge under review.
    let (fifth, fifth_id) = new_organisation(&app, 5).await;
    let (_, unverified_id) = new_organisation(&app, 6).await;
    app.sign_in(ADMIN)
        .await
        .call(
            "decide_organisation",
            &[("organisation_id", &fifth_id), ("action", "verify")],
        )
        .await
        .unwrap_or_else(|e| panic!("verify: {e:?}"));
    let theirs = submit(
        &fifth,
        &answering_pledge("Open pledge of a fifth organisation", "400,000", &[], true),
    )
    .await;
    approve(&app, &reviewer, &theirs).await;
    let theirs_ref = public_ref(&app, &theirs).await;
    let own = submit(
        &org_admin,
        &answering_pledge("Open pledge of the Ministry", "300,000", &[], true),
    )
    .await;
    approve(&app, &reviewer, &own).await;
    let own_ref = public_ref(&app, &own).await;
    let pending = submit(
        &org_admin,
        &answering_pledge("A pledge under review", "200,000", &[], false),
    )
    .await;
    let reviewer_id = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) FROM users WHERE email = '{REVIEWER}'"
        ))
        .await;
    let ministry_id = organisation_id(&app, "Ministry of ICT and Innovation, Rwanda").await;
    let pacific_id = organisation_id(&app, "Pacific Connect Ltd").await;
    let demo = opportunity(&app.anonymous(), "afr-broadband").await;
    let (demo_id, demo_version) = (demo.id.to_string(), demo.version.to_string());

    let sessions = [
        app.anonymous(),
        app.sign_in(PACIFIC).await,
        member,
        org_admin,
        reviewer,
        app.sign_in(ADMIN).await,
        app.sign_in(ORGANISER).await,
    ];
    assert!(!may_post(&sessions[4]).await, "no right yet");
    assert!(may_post(&sessions[5]).await);

    let first_call = opportunity_form(
        "routes-call",
        "An opportunity posted by the admin",
        "1,000,000",
    );
    let mut edit = opportunity_form(
        "afr-broadband",
        "Africa regional initiative: broadband for schools",
        "100,000,000",
    );
    edit.extend([
        ("opportunity_id", demo_id.as_str()),
        ("version", demo_version.as_str()),
    ]);
    let second_call = opportunity_form(
        "routes-call-2",
        "An opportunity posted by a reviewer",
        "250,000",
    );
    let calls: Vec<Call> = vec![
        ("opportunities_list", vec![], EVERYONE),
        (
            "opportunity_page",
            vec![("slug", "afr-broadband")],
            EVERYONE,
        ),
        ("opportunity_form", vec![], POSTERS),
        ("opportunity_form", vec![("slug", "afr-broadband")], POSTERS),
        ("save_opportunity", first_call, POSTERS),
        ("save_opportunity", edit, POSTERS),
        (
            "stashed_opportunity",
            vec![("id", "0123456789abcdef")],
            SIGNED_IN,
        ),
        ("opportunity_posters", vec![], ITU_ADMIN_ONLY),
        (
            "set_opportunity_poster",
            vec![("user_id", &reviewer_id), ("allowed", "yes")],
            ITU_ADMIN_ONLY,
        ),
        // The reviewer now holds the right.
        ("opportunity_form", vec![], STAFF),
        ("save_opportunity", second_call, STAFF),
        ("pledge_suggestions", vec![("pledge_id", &pending)], STAFF),
        (
            "sign_on_offer",
            vec![("reference", theirs_ref.as_str())],
            EVERYONE,
        ),
        // Pacific Connect signs, then the Ministry (its admin meets "already signed").
        (
            "sign_on",
            sign_on_form(&theirs_ref, "20,000", "USD", ROLE),
            MEMBERS,
        ),
        (
            "stashed_sign_on",
            vec![("id", "0123456789abcdef")],
            SIGNED_IN,
        ),
        ("sign_on_queue", vec![], STAFF),
        // Only the lead's members close sign-on.
        (
            "close_sign_on",
            vec![("reference", own_ref.as_str())],
            [Some(401), Some(403), A, A, Some(403), Some(403), Some(403)],
        ),
        (
            "report_problem",
            report_form("pledge", &theirs_ref, "inaccurate", REPORT, ""),
            EVERYONE,
        ),
        ("stashed_report", vec![("id", "0123456789abcdef")], EVERYONE),
        ("report_queue", vec![], STAFF),
        (
            "organisation_profile",
            vec![("slug", ministry_id.as_str())],
            EVERYONE,
        ),
        // An organisation ITU has not verified has no public profile.
        (
            "organisation_profile",
            vec![("slug", unverified_id.as_str())],
            [Some(404); 7],
        ),
    ];
    check(&app, &sessions, &calls).await;
    assert!(may_post(&sessions[4]).await, "the reviewer holds the right");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM opportunities WHERE slug IN ('routes-call', 'routes-call-2')"
        )
        .await,
        2
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM sign_ons WHERE state = 'submitted'")
            .await,
        2
    );

    // Deciding and withdrawing the sign-ons just made, and the report.
    let pacific_sign_on = sign_on_of(&app, &theirs, &pacific_id).await;
    let ministry_sign_on = sign_on_of(&app, &theirs, &ministry_id).await;
    let reports = app
        .one_string(&format!(
            "SELECT CAST(COUNT(*) AS TEXT) FROM problem_reports WHERE subject_id = {theirs}"
        ))
        .await;
    assert_eq!(reports, "7", "every kind of caller may report");
    let calls: Vec<Call> = vec![
        (
            "decide_sign_on",
            vec![
                ("sign_on_id", ministry_sign_on.0.as_str()),
                ("version", ministry_sign_on.1.as_str()),
                ("decision", "approve"),
            ],
            STAFF,
        ),
        // Only the organisation that signed withdraws its sign-on.
        (
            "withdraw_sign_on",
            vec![
                ("sign_on_id", pacific_sign_on.0.as_str()),
                ("reference", theirs_ref.as_str()),
            ],
            [
                Some(401),
                A,
                Some(403),
                Some(403),
                Some(403),
                Some(403),
                Some(403),
            ],
        ),
        (
            "decide_report",
            vec![
                ("subject_kind", "pledge"),
                ("subject_id", theirs.as_str()),
                ("action", "dismiss"),
                ("note", NOTE),
            ],
            STAFF,
        ),
    ];
    check(&app, &sessions, &calls).await;
    assert_eq!(
        app.one_string(&format!(
            "SELECT state FROM sign_ons WHERE id = {}",
            ministry_sign_on.0
        ))
        .await,
        "approved"
    );
    assert_eq!(
        app.one_string(&format!(
            "SELECT state FROM sign_ons WHERE id = {}",
            pacific_sign_on.0
        ))
        .await,
        "withdrawn"
    );

    // Taking a reported pledge down is an ITU admin's call alone, as `unpublish_pledge` is.
    sessions[0]
        .call(
            "report_problem",
            &report_form("pledge", &own_ref, "duplicate", REPORT, ""),
        )
        .await
        .unwrap();
    let calls: Vec<Call> = vec![(
        "decide_report",
        vec![
            ("subject_kind", "pledge"),
            ("subject_id", own.as_str()),
            ("action", "unpublish"),
            ("note", NOTE),
        ],
        ITU_ADMIN_ONLY,
    )];
    check(&app, &sessions, &calls).await;
    assert_eq!(
        app.one_string(&format!("SELECT status FROM pledges WHERE id = {own}"))
            .await,
        "unpublished"
    );
}

/// The marketplace's pages answer each kind of caller as their server functions do.
async fn every_marketplace_page_answers_each_role(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org_admin = app.sign_in(MINISTRY).await;
    let member = crate::fixtures::ministry_member(&app, &org_admin, "jean@minict.example").await;
    let ministry_id = organisation_id(&app, "Ministry of ICT and Innovation, Rwanda").await;
    let sessions = [
        app.anonymous(),
        app.sign_in(PACIFIC).await,
        member,
        org_admin,
        app.sign_in(REVIEWER).await,
        app.sign_in(ADMIN).await,
        app.sign_in(ORGANISER).await,
    ];
    let profile = format!("/organisations/{ministry_id}");
    let pages: [(&str, [u16; 7]); 8] = [
        ("/opportunities", [200; 7]),
        ("/opportunities/afr-broadband", [200; 7]),
        ("/opportunities/no-such-opportunity", [404; 7]),
        ("/opportunities/new", [401, 403, 403, 403, 403, 200, 403]),
        ("/review/sign-ons", [401, 403, 403, 403, 200, 200, 403]),
        ("/review/reports", [401, 403, 403, 403, 200, 200, 403]),
        (
            "/admin/opportunity-posters",
            [401, 403, 403, 403, 403, 200, 403],
        ),
        (&profile, [200; 7]),
    ];
    for (path, statuses) in pages {
        for ((session, who), want) in sessions.iter().zip(WHO).zip(statuses) {
            assert_eq!(session.get(path).await.0, want, "GET {path} as {who}");
        }
    }
}

on_both_databases!(
    every_marketplace_function_answers_each_role,
    every_marketplace_page_answers_each_role,
);
