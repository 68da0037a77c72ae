//! Focus Area Leaders (at most five, whatever the concurrency), letters of intent with their PDF,
//! organisation verification, the public coalition page, and who may call what.
use crate::accounts::{STRONG, registration, token_in};
use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, Session, TestApp};
use crate::on_both_databases;
use app::error::AppError;

/// Registers, verifies and signs in a new organisation's admin; returns the session and org id.
async fn new_organisation(app: &TestApp, n: usize) -> (Session, String) {
    let email = format!("admin{n}@org{n}.example");
    let org = format!("Coalition Org {n}");
    let s = app.anonymous();
    s.call("register", &registration("Ama Owusu", &email, &org))
        .await
        .unwrap();
    let text = app
        .one_string(&format!(
            "SELECT body_text FROM outbox WHERE recipient = '{email}'"
        ))
        .await;
    s.call(
        "verify_email",
        &[("token", &token_in(&text, "/verify?token="))],
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

async fn six_concurrent_nominations_leave_exactly_five_leaders(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let mut orgs = Vec::new();
    for n in 0..6 {
        orgs.push(new_organisation(&app, n).await.1);
    }
    let admin = app.sign_in(ADMIN).await;
    let calls = orgs.iter().map(|id| {
        let admin = Session {
            base: admin.base.clone(),
            client: admin.client.clone(),
        };
        let id = id.clone();
        tokio::spawn(async move {
            admin
                .call(
                    "nominate_leader",
                    &[("organisation_id", &id), ("focus_area", "access")],
                )
                .await
        })
    });
    let mut ok = 0;
    let mut full = 0;
    for call in calls.collect::<Vec<_>>() {
        match call.await.unwrap() {
            Ok(_) => ok += 1,
            Err(AppError::Leader(app::leader_lifecycle::LeaderError::SeatsFull)) => full += 1,
            Err(other) => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!((ok, full), (5, 1));
    assert_eq!(app.count("SELECT COUNT(*) FROM focus_area_leaders WHERE focus_area = 'access' AND status = 'nominated'").await, 5);
    assert_eq!(
        app.count(
            "SELECT CAST(leaders AS BIGINT) FROM focus_area_seats WHERE focus_area = 'access'"
        )
        .await,
        5
    );
    // Revoking one frees its seat.
    let leader = app.one_string("SELECT CAST(id AS TEXT) FROM focus_area_leaders WHERE status = 'nominated' ORDER BY id").await;
    assert!(
        admin
            .call(
                "decide_leader",
                &[("leader_id", &leader), ("action", "revoke")]
            )
            .await
            .is_err()
    );
    admin
        .call(
            "decide_leader",
            &[
                ("leader_id", &leader),
                ("action", "revoke"),
                ("reason", "Left the coalition"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(
        app.count(
            "SELECT CAST(leaders AS BIGINT) FROM focus_area_seats WHERE focus_area = 'access'"
        )
        .await,
        4
    );
}

/// A real one-page PDF (the app's test fixture).
pub fn tiny_pdf() -> Vec<u8> {
    include_bytes!("../../../app/tests/fixtures/one-page.pdf").to_vec()
}

async fn send_letter(s: &Session, pdf: Option<(&str, Vec<u8>)>, statement: &str) -> (u16, String) {
    let mut form = reqwest::multipart::Form::new()
        .text("focus_areas[]", "access")
        .text("focus_areas[]", "adoption")
        .text("statement", statement.to_owned())
        .text("signatory_name", "Dr Aroha Ngata")
        .text("signatory_title", "Chief Executive")
        .text("signed_on", "2026-11-02");
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

const STATEMENT: &str =
    "We will co-organise the Access session of the Roundtable and bring three operators to it.";

async fn a_letter_of_intent_makes_a_member_once_itu_accepts_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (org, org_id) = new_organisation(&app, 1).await;
    // A picture renamed .pdf, and a too-short statement, are refused by their fields; nothing is stored.
    let (status, body) = send_letter(
        &org,
        Some(("letter.pdf", b"\x89PNG\r\n\x1a\nnot a pdf".to_vec())),
        "short",
    )
    .await;
    assert_eq!(status, 400, "{body}");
    let error: AppError = serde_json::from_str(&body).unwrap();
    let fields: Vec<&str> = error
        .field_issues()
        .iter()
        .map(|i| i.field.as_str())
        .collect();
    assert_eq!(fields, ["statement", "pdf"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM letters_of_intent").await, 0);

    let (status, body) = send_letter(&org, Some(("signed.pdf", tiny_pdf())), STATEMENT).await;
    assert_eq!(status, 200, "{body}");
    let letter = app
        .one_string("SELECT CAST(id AS TEXT) FROM letters_of_intent")
        .await;
    // The PDF: for its organisation and ITU, nobody else, and never from the site root.
    let pdf_path = format!("/letters/{letter}/pdf");
    let own = org
        .client
        .get(format!("{}{pdf_path}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(own.status().as_u16(), 200);
    assert_eq!(own.bytes().await.unwrap().to_vec(), tiny_pdf());
    let other = app.sign_in(PACIFIC).await;
    assert_eq!(
        other
            .client
            .get(format!("{}{pdf_path}", app.base))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        404
    );
    assert_eq!(
        app.anonymous()
            .client
            .get(format!("{}{pdf_path}", app.base))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16(),
        401
    );

    // A second letter while one is open is refused.
    assert_eq!(send_letter(&org, None, STATEMENT).await.0, 409);

    let reviewer = app.sign_in(REVIEWER).await;
    let accept = [
        ("letter_id", letter.as_str()),
        ("version", "0"),
        ("action", "accept"),
    ];
    assert_eq!(
        reviewer.call("decide_letter", &accept).await,
        Err(AppError::Letter(
            app::letter_lifecycle::LetterError::NotPermitted
        ))
    );
    let admin = app.sign_in(ADMIN).await;
    admin.call("decide_letter", &accept).await.unwrap();
    // Deciding again finds it decided (409), whatever version the page had.
    assert_eq!(
        admin
            .call("decide_letter", &accept)
            .await
            .map_err(|e| e.status().as_u16()),
        Err(409)
    );
    let html = app.anonymous().page("/coalition").await;
    assert!(
        html.contains("Coalition Org 1"),
        "the member is not on the coalition page"
    );
    // Audit rows for submit and accept, and mail for received and decided.
    assert_eq!(app.count(&format!("SELECT COUNT(*) FROM coalition_events WHERE subject = 'letter' AND subject_id = {letter}")).await, 2);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox WHERE kind IN ('letter_received', 'letter_decided')"
        )
        .await,
        2
    );

    // Verification: pending until ITU decides; rejection needs a reason.
    let reject = [("organisation_id", org_id.as_str()), ("action", "reject")];
    assert!(admin.call("decide_organisation", &reject).await.is_err());
    admin
        .call(
            "decide_organisation",
            &[("organisation_id", org_id.as_str()), ("action", "verify")],
        )
        .await
        .unwrap();
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM organisations WHERE id = {org_id} AND verification = 'verified'"
        ))
        .await,
        1
    );
}

async fn an_unverified_organisations_pledge_is_never_published(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (org, _) = new_organisation(&app, 2).await;
    org.call(
        "submit_pledge",
        &crate::helpers::pledge_form("Solar Wi-Fi for 40 island schools", &["access"]),
    )
    .await
    .unwrap();
    let reviewer = app.sign_in(REVIEWER).await;
    let queue = reviewer.page("/review").await;
    let (id, version) = crate::helpers::queue_entry(&queue, "Solar Wi-Fi for 40 island schools")
        .expect("in the queue");
    assert_eq!(
        reviewer
            .call("approve_pledge", &[("id", &id), ("version", &version)])
            .await,
        Err(AppError::Transition(
            app::pledge_lifecycle::TransitionError::OrganisationNotVerified
        ))
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM pledges WHERE status = 'published' AND title LIKE 'Solar%'"
        )
        .await,
        0
    );
}

/// (endpoint, form, the status each of [anonymous, stakeholder, org admin, reviewer, admin] gets;
/// `None` where the call is allowed).
type Call<'a> = (&'a str, Vec<(&'a str, &'a str)>, [Option<u16>; 5]);

/// Every server function and route added for the coalition, called by every kind of account:
/// forbidden calls are refused with the right status and change nothing.
async fn every_role_gets_exactly_its_rights(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (own_org, own_id) = new_organisation(&app, 3).await;
    let stakeholder = app.sign_in(PACIFIC).await; // a stakeholder of another organisation
    let org_admin = app.sign_in(MINISTRY).await; // an organisation admin (of the Ministry)
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let anonymous = app.anonymous();
    let person = app
        .one_string("SELECT CAST(id AS TEXT) FROM users WHERE email = 'admin3@org3.example'")
        .await;
    let before = app.count("SELECT COUNT(*) FROM coalition_events").await;

    // (endpoint, form, who may: [anonymous, stakeholder, org admin, reviewer, admin])
    let calls: Vec<Call> = vec![
        (
            "desk_overview",
            vec![],
            [Some(401), Some(403), Some(403), Some(403), None],
        ),
        (
            "organisation_overview",
            vec![],
            [Some(401), None, None, Some(403), Some(403)],
        ),
        (
            "decide_organisation",
            vec![("organisation_id", &own_id), ("action", "verify")],
            [Some(401), Some(403), Some(403), Some(403), None],
        ),
        (
            "nominate_leader",
            vec![
                ("organisation_id", &own_id),
                ("focus_area", "value_creation"),
            ],
            [Some(401), Some(403), Some(403), Some(403), None],
        ),
        (
            "set_role",
            vec![("person_id", &person), ("role", "reviewer")],
            [Some(401), Some(403), Some(403), Some(403), None],
        ),
        (
            "decide_join",
            vec![("person_id", &person), ("action", "approve")],
            [Some(401), Some(403), Some(404), Some(403), Some(403)],
        ),
        (
            "apply_to_lead",
            vec![
                ("input[focus_area]", "adoption"),
                ("input[constituency]", "government"),
                (
                    "input[commitment]",
                    "Broadband for 300 district hospitals by 2028.",
                ),
                ("input[leader_will_attend]", "yes"),
            ],
            [Some(401), None, None, Some(403), Some(403)],
        ),
    ];
    let sessions = [&anonymous, &stakeholder, &org_admin, &reviewer, &admin];
    let names = ["anonymous", "stakeholder", "org admin", "reviewer", "admin"];
    let mut expected_changes = 0;
    for (endpoint, form, expected) in &calls {
        for ((session, name), want) in sessions.iter().zip(names).zip(expected) {
            let events = app.count("SELECT COUNT(*) FROM coalition_events").await;
            let result = session.call(endpoint, form).await;
            match (want, result) {
                (None, Ok(_)) => {
                    let now = app.count("SELECT COUNT(*) FROM coalition_events").await;
                    expected_changes += now - events;
                }
                (Some(status), Err(e)) => {
                    assert_eq!(e.status().as_u16(), *status, "{endpoint} as {name}: {e:?}");
                    assert_eq!(
                        app.count("SELECT COUNT(*) FROM coalition_events").await,
                        events,
                        "{endpoint} as {name} changed something"
                    );
                }
                (want, got) => panic!("{endpoint} as {name}: expected {want:?}, got {got:?}"),
            }
        }
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM coalition_events").await,
        before + expected_changes
    );
    // The admin's `set_role` took effect: org 3's admin is now an ITU reviewer, with no organisation page.
    assert_eq!(
        own_org.call("organisation_overview", &[]).await,
        Err(AppError::Forbidden)
    );
    // Pages: the desk is for admins only.
    assert_eq!(anonymous.get("/coalition").await.0, 200);
}

on_both_databases!(
    six_concurrent_nominations_leave_exactly_five_leaders,
    a_letter_of_intent_makes_a_member_once_itu_accepts_it,
    an_unverified_organisations_pledge_is_never_published,
    every_role_gets_exactly_its_rights,
);
