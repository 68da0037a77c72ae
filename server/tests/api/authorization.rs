//! Who may call what: every server function and route of accounts, the coalition and pledges,
//! called by every kind of account.
use crate::fixtures::{
    STATEMENT, STRONG, fingerprint, join_ministry, new_organisation, send_letter, tiny_pdf,
};
use crate::helpers::{ADMIN, Backend, MINISTRY, ORGANISER, PACIFIC, REVIEWER, Session, TestApp};
use crate::on_both_databases;

/// (endpoint, form, what each of [`WHO`] gets).
pub(crate) type Call<'a> = (&'a str, Vec<(&'a str, &'a str)>, [Option<u16>; 7]);

/// Who is calling, in the order of the table's columns.
pub(crate) const WHO: [&str; 7] = [
    "anonymous",
    "stakeholder of another organisation",
    "stakeholder",
    "organisation admin",
    "ITU reviewer",
    "ITU admin",
    "roundtable organiser",
];

/// `Some(status)`: refused with this status. `A`: allowed (it may still meet a state conflict or a
/// validation error once an earlier column has acted, but never 401, 403 or 404).
pub(crate) const A: Option<u16> = None;

pub(crate) const ITU_ADMIN_ONLY: [Option<u16>; 7] = [
    Some(401),
    Some(403),
    Some(403),
    Some(403),
    Some(403),
    A,
    Some(403),
];

pub(crate) const ORGANISATIONS_ONLY: [Option<u16>; 7] =
    [Some(401), A, A, A, Some(403), Some(403), Some(403)];

pub(crate) const SIGNED_IN: [Option<u16>; 7] = [Some(401), A, A, A, A, A, A];

pub(crate) const EVERYONE: [Option<u16>; 7] = [A, A, A, A, A, A, A];

/// Every server function and route added for accounts and the coalition, called by every kind of
/// account: each forbidden call is refused with the right status and changes nothing.
async fn every_role_gets_exactly_its_rights(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org_admin = app.sign_in(MINISTRY).await;
    // A stakeholder of the same organisation: asked to join, approved by its admin.
    let member = crate::fixtures::ministry_member(&app, &org_admin, "jean@minict.example").await;
    // The targets: someone waiting to join, an organisation waiting for verification, a letter
    // with its PDF, and a Leader application.
    let waiting = join_ministry(&app, "paul@minict.example").await;
    let (_, pending_org) = new_organisation(&app, 5).await;
    assert_eq!(
        send_letter(&org_admin, Some(("signed.pdf", tiny_pdf())), STATEMENT)
            .await
            .0,
        200
    );
    let letter = app
        .one_string("SELECT CAST(id AS TEXT) FROM letters_of_intent")
        .await;
    let application = [
        ("input[focus_area]", "adoption"),
        ("input[constituency]", "government"),
        (
            "input[commitment]",
            "Broadband for 300 district hospitals by 2028.",
        ),
        ("input[leader_will_attend]", "yes"),
    ];
    org_admin.call("apply_to_lead", &application).await.unwrap();
    let leader = app
        .one_string("SELECT CAST(id AS TEXT) FROM focus_area_leaders")
        .await;

    let sessions = [
        app.anonymous(),
        app.sign_in(PACIFIC).await,
        member,
        org_admin,
        app.sign_in(REVIEWER).await,
        app.sign_in(ADMIN).await,
        app.sign_in(ORGANISER).await,
    ];
    let calls: Vec<Call> = vec![
        ("desk_overview", vec![], ITU_ADMIN_ONLY),
        (
            "decide_organisation",
            vec![("organisation_id", &pending_org), ("action", "verify")],
            ITU_ADMIN_ONLY,
        ),
        (
            "nominate_leader",
            vec![
                ("organisation_id", &pending_org),
                ("focus_area", "value_creation"),
            ],
            ITU_ADMIN_ONLY,
        ),
        (
            "decide_leader",
            vec![
                ("leader_id", &leader),
                ("action", "decline"),
                ("reason", "Five already"),
            ],
            ITU_ADMIN_ONLY,
        ),
        (
            "decide_letter",
            vec![
                ("letter_id", &letter),
                ("version", "0"),
                ("action", "accept"),
            ],
            ITU_ADMIN_ONLY,
        ),
        (
            "set_role",
            vec![("person_id", &waiting), ("role", "organiser")],
            ITU_ADMIN_ONLY,
        ),
        (
            "decide_join",
            vec![("person_id", &waiting), ("action", "approve")],
            [
                Some(401),
                Some(403),
                Some(403),
                A,
                Some(403),
                Some(403),
                Some(403),
            ],
        ),
        ("organisation_overview", vec![], ORGANISATIONS_ONLY),
        ("apply_to_lead", application.to_vec(), ORGANISATIONS_ONLY),
        (
            "stashed_letter",
            vec![("id", "0123456789abcdef")],
            SIGNED_IN,
        ),
        (
            "change_password",
            vec![
                ("input[current_password]", "wrong"),
                ("input[new_password]", "quiet-lantern-orchard-71"),
            ],
            SIGNED_IN,
        ),
        (
            "change_email",
            vec![
                ("input[new_email]", "x@y.example"),
                ("input[current_password]", "wrong"),
            ],
            SIGNED_IN,
        ),
        ("coalition", vec![], EVERYONE),
        ("joinable_organisations", vec![], EVERYONE),
        (
            "stashed_registration",
            vec![("id", "0123456789abcdef")],
            EVERYONE,
        ),
        ("register", vec![("input[name]", "")], EVERYONE),
        (
            "verify_email",
            vec![("input[token]", "0123"), ("input[password]", STRONG)],
            EVERYONE,
        ),
        ("confirm_email", vec![("token", "0123")], EVERYONE),
        (
            "reset_password",
            vec![
                ("input[token]", "0123"),
                ("input[password]", "quiet-lantern-orchard-71"),
            ],
            EVERYONE,
        ),
        (
            "resend_verification",
            vec![("input[email]", "nobody@nowhere.example")],
            EVERYONE,
        ),
        (
            "forgot_password",
            vec![("input[email]", "nobody@nowhere.example")],
            EVERYONE,
        ),
    ];
    check_calls(&app, &sessions, &calls).await;

    // The multipart letter form, the PDF route and the pages.
    let expected_letter = [Some(401), A, A, A, Some(403), Some(403), Some(403)];
    for ((session, who), want) in sessions.iter().zip(WHO).zip(expected_letter) {
        let before = fingerprint(&app).await;
        let (status, body) = send_letter(session, None, STATEMENT).await;
        match want {
            Some(want) => {
                assert_eq!(status, want, "submit_letter as {who}: {body}");
                assert_eq!(
                    fingerprint(&app).await,
                    before,
                    "submit_letter as {who} changed something"
                );
            }
            None => assert!(
                ![401, 403, 404].contains(&status),
                "submit_letter as {who}: {status} {body}"
            ),
        }
    }
    let pdf = format!("/letters/{letter}/pdf");
    let pages: [(&str, [u16; 7]); 4] = [
        (&pdf, [401, 404, 200, 200, 200, 200, 404]),
        ("/admin/coalition", [401, 403, 403, 403, 403, 200, 403]),
        ("/organisation", [401, 200, 200, 200, 403, 403, 403]),
        ("/coalition", [200; 7]),
    ];
    for (path, statuses) in pages {
        for ((session, who), want) in sessions.iter().zip(WHO).zip(statuses) {
            assert_eq!(session.get(path).await.0, want, "GET {path} as {who}");
        }
    }
}

/// Calls each endpoint as each kind of account: a refusal has the expected status and changes nothing.
pub(crate) async fn check_calls(app: &TestApp, sessions: &[Session; 7], calls: &[Call<'_>]) {
    for (endpoint, form, expected) in calls {
        for ((session, who), want) in sessions.iter().zip(WHO).zip(expected) {
            let before = fingerprint(app).await;
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
                        fingerprint(app).await,
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

/// Every pledge server function and page, called by every kind of account.
async fn pledge_functions_by_role(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org_admin = app.sign_in(MINISTRY).await;
    let member = crate::fixtures::ministry_member(&app, &org_admin, "jean@minict.example").await;
    let draft = org_admin
        .call(
            "autosave_pledge",
            &[("input[title]", "A draft of the Ministry")],
        )
        .await
        .unwrap();
    let draft: serde_json::Value = serde_json::from_str(&draft).unwrap_or_else(|e| panic!("{e}"));
    let draft = draft["pledge_id"].to_string();
    let submitted = org_admin
        .call(
            "save_pledge",
            &crate::helpers::pledge_form("A submitted pledge of the Ministry", &["access"]),
        )
        .await
        .unwrap();
    let revision = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) FROM pledge_revisions WHERE pledge_id = {submitted}"
        ))
        .await;
    let pacific = app
        .one_string("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Pacific Connect Ltd'")
        .await;
    let sessions = [
        app.anonymous(),
        app.sign_in(PACIFIC).await,
        member,
        org_admin,
        app.sign_in(REVIEWER).await,
        app.sign_in(ADMIN).await,
        app.sign_in(ORGANISER).await,
    ];
    let organisation = [Some(401), A, A, A, Some(403), Some(403), Some(403)];
    let its_organisation = [Some(401), Some(404), A, A, Some(403), Some(403), Some(403)];
    let readers = [Some(401), Some(404), A, A, A, A, Some(404)];
    let staff = [Some(401), Some(403), Some(403), Some(403), A, A, Some(403)];
    let admin = [
        Some(401),
        Some(403),
        Some(403),
        Some(403),
        Some(403),
        A,
        Some(403),
    ];
    let calls: Vec<Call> = vec![
        ("my_pledges", vec![], SIGNED_IN),
        ("pledge_form_start", vec![], SIGNED_IN),
        (
            "autosave_pledge",
            vec![("input[title]", "New")],
            organisation,
        ),
        (
            "autosave_pledge",
            vec![("pledge", &draft), ("input[title]", "Edited")],
            its_organisation,
        ),
        (
            "save_pledge",
            vec![
                ("pledge", &draft),
                ("intent", "draft"),
                ("input[title]", "Saved"),
            ],
            its_organisation,
        ),
        ("load_pledge", vec![("id", &submitted)], readers),
        (
            "pledge_revision",
            vec![("pledge", &submitted), ("revision", &revision)],
            readers,
        ),
        (
            "invite_partner",
            vec![("pledge", &draft), ("organisation", &pacific)],
            its_organisation,
        ),
        (
            "set_partner_editing",
            vec![("pledge", &draft), ("allowed", "yes")],
            its_organisation,
        ),
        ("review_queue", vec![], staff),
        ("review_pledge", vec![("id", &submitted)], staff),
        ("pledge_thread", vec![("id", &submitted)], readers),
        (
            "post_pledge_message",
            vec![("id", &submitted), ("body", "Which schools are first?")],
            readers,
        ),
        (
            "post_pledge_message",
            vec![
                ("id", &submitted),
                ("body", "Internal: check the budget."),
                ("internal", "yes"),
            ],
            [Some(401), Some(404), Some(403), Some(403), A, A, Some(404)],
        ),
        (
            "hold_pledge",
            vec![("id", &submitted), ("version", "1"), ("action", "claim")],
            staff,
        ),
        (
            "decide_pledge",
            vec![
                ("id", &submitted),
                ("input[seen_version]", "2"),
                ("input[decision]", "request_changes"),
                ("input[message]", "Add a baseline."),
            ],
            staff,
        ),
        ("audit_log", vec![], admin),
        ("pledge_mail_choice", vec![], staff),
        ("set_pledge_mail", vec![("choice", "digest")], staff),
        (
            "unpublish_pledge",
            vec![
                ("id", &submitted),
                ("version", "3"),
                ("reason", "Published by mistake."),
            ],
            admin,
        ),
        ("exchange_rates", vec![], staff),
        (
            "add_exchange_rate",
            vec![
                ("currency", "GBP"),
                ("rate_date", "2026-11-01"),
                ("usd_per_unit", "1.27"),
            ],
            ITU_ADMIN_ONLY,
        ),
        (
            "withdraw_pledge",
            vec![
                ("id", &submitted),
                ("version", "1"),
                ("reason", "Merged into another pledge."),
            ],
            its_organisation,
        ),
    ];
    check_calls(&app, &sessions, &calls).await;
    let pledge_page = format!("/my/pledges/{submitted}");
    let review_page = format!("/review/{submitted}");
    let pages: [(&str, [u16; 7]); 7] = [
        (&pledge_page, [401, 404, 200, 200, 200, 200, 404]),
        (&review_page, [401, 403, 403, 403, 200, 200, 403]),
        ("/review", [401, 403, 403, 403, 200, 200, 403]),
        ("/admin/audit", [401, 403, 403, 403, 403, 200, 403]),
        ("/admin/audit.csv", [401, 403, 403, 403, 403, 200, 403]),
        ("/admin/rates", [401, 403, 403, 403, 200, 200, 403]),
        ("/my/pledges", [401, 200, 200, 200, 200, 200, 200]),
    ];
    for (path, statuses) in pages {
        for ((session, who), want) in sessions.iter().zip(WHO).zip(statuses) {
            assert_eq!(session.get(path).await.0, want, "GET {path} as {who}");
        }
    }
}

on_both_databases!(every_role_gets_exactly_its_rights, pledge_functions_by_role);
