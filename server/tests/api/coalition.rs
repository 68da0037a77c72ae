//! Focus Area Leaders (at most five, whatever the concurrency), letters of intent with their PDF,
//! organisation verification, the public coalition page, and who may call what.
use crate::accounts::{STRONG, registration, token_in};
use crate::helpers::{ADMIN, Backend, MINISTRY, ORGANISER, PACIFIC, REVIEWER, Session, TestApp};
use crate::on_both_databases;
use app::error::AppError;

/// Opens the verification link that was mailed to `email`, in the session `s`.
pub async fn confirm_address(app: &TestApp, s: &Session, email: &str) {
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
}

/// Registers, verifies and signs in a new organisation's admin; returns the session and org id.
async fn new_organisation(app: &TestApp, n: usize) -> (Session, String) {
    let email = format!("admin{n}@org{n}.example");
    let org = format!("Coalition Org {n}");
    let s = app.anonymous();
    s.call("register", &registration("Ama Owusu", &email, &org))
        .await
        .unwrap();
    confirm_address(app, &s, &email).await;
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

fn letter_fields(statement: &str) -> Vec<(&'static str, String)> {
    vec![
        ("focus_areas[]", "access".into()),
        ("focus_areas[]", "adoption".into()),
        ("statement", statement.into()),
        ("signatory_name", "Dr Aroha Ngata".into()),
        ("signatory_title", "Chief Executive".into()),
        ("signed_on", "2026-11-02".into()),
    ]
}

async fn send_letter(s: &Session, pdf: Option<(&str, Vec<u8>)>, statement: &str) -> (u16, String) {
    send_letter_form(s, letter_fields(statement), pdf).await
}

/// Posts the letter-of-intent form as a browser does (`multipart/form-data`).
async fn send_letter_form(
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

/// Bad input on every field of the coalition's forms gets a message by that field and writes nothing.
async fn coalition_forms_refuse_bad_input_by_field(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org = app.sign_in(MINISTRY).await;
    let before = fingerprint(&app).await;

    let long_statement = "We will co-organise the Access session. ".repeat(130);
    let long_name = "Dr Aroha Ngata ".repeat(9);
    let cases: Vec<(&str, &str, &str)> = vec![
        ("focus_areas[]", "", "focus_areas"),
        ("focus_areas[]", "everything", "focus_areas"),
        ("statement", "", "statement"),
        ("statement", "We like it.", "statement"),
        ("statement", &long_statement, "statement"),
        ("signatory_name", "", "signatory"),
        ("signatory_name", &long_name, "signatory"),
        ("signatory_name", "X", "signatory"),
        ("signatory_title", "Chief\nExecutive", "one_line"),
        ("signed_on", "2999-01-01", "date"),
        ("signed_on", "02/11/2026", "date"),
        ("signed_on", "2020-12-31", "date"),
        ("signed_on", "", "date"),
    ];
    for (field, value, code) in cases {
        let mut fields = letter_fields(STATEMENT);
        fields.retain(|(f, _)| *f != field);
        if !value.is_empty() {
            fields.push((field, value.to_owned()));
        }
        let (status, body) = send_letter_form(&org, fields, None).await;
        assert_eq!(status, 400, "{field}={value:?}: {body}");
        let error: AppError = serde_json::from_str(&body).unwrap();
        let name = field.trim_end_matches("[]");
        assert!(
            error
                .field_issues()
                .iter()
                .any(|i| i.field == name && i.code == code),
            "{field}={value:?}: {:?}",
            error.field_issues()
        );
    }
    // Files: a picture renamed .pdf, a forged header, a PDF over 5 MB, a body over the limit.
    let mut forged = b"%PDF-1.7\n".to_vec();
    forged.extend_from_slice(b"<html>not a document</html>\n%%EOF\n");
    let mut big = tiny_pdf();
    big.resize(5 * 1024 * 1024 + 10, b' ');
    for (bytes, code) in [
        (b"\x89PNG\r\n\x1a\n....".to_vec(), "pdf"),
        (forged, "pdf"),
        (big, "pdf_too_large"),
    ] {
        let (status, body) = send_letter(&org, Some(("letter.pdf", bytes)), STATEMENT).await;
        assert_eq!(status, 400, "{body}");
        let error: AppError = serde_json::from_str(&body).unwrap();
        assert_eq!(
            error.field_issues(),
            [app::domain::FieldIssue::new("pdf", code)]
        );
    }
    let huge = vec![b'%'; 8 * 1024 * 1024];
    assert_eq!(
        send_letter(&org, Some(("letter.pdf", huge)), STATEMENT)
            .await
            .0,
        413
    );

    // The Leader application.
    let good = [
        ("input[focus_area]", "adoption"),
        ("input[constituency]", "government"),
        (
            "input[commitment]",
            "Broadband for 300 district hospitals by 2028.",
        ),
        ("input[leader_will_attend]", "yes"),
    ];
    let long_commitment = "Broadband for district hospitals. ".repeat(70);
    for (field, value, code) in [
        ("input[focus_area]", "everything", "choice"),
        ("input[constituency]", "", "choice"),
        ("input[commitment]", "Soon.", "commitment"),
        ("input[commitment]", &long_commitment, "commitment"),
        ("input[leader_will_attend]", "no", "confirm"),
    ] {
        let mut form = good.to_vec();
        for entry in form.iter_mut().filter(|(f, _)| *f == field) {
            entry.1 = value;
        }
        let error = org.call("apply_to_lead", &form).await.expect_err(field);
        let name = field.trim_start_matches("input[").trim_end_matches(']');
        assert!(
            error
                .field_issues()
                .iter()
                .any(|i| i.field == name && i.code == code),
            "{field}={value:?}: {error:?}"
        );
    }
    assert_eq!(fingerprint(&app).await, before);
    let stored = std::fs::read_dir(app.dir().join("letters"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stored, 0, "a refused letter left a file behind");
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

/// (endpoint, form, what each of [`WHO`] gets).
type Call<'a> = (&'a str, Vec<(&'a str, &'a str)>, [Option<u16>; 7]);

/// Who is calling, in the order of the table's columns.
const WHO: [&str; 7] = [
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
const A: Option<u16> = None;
const ITU_ADMIN_ONLY: [Option<u16>; 7] = [
    Some(401),
    Some(403),
    Some(403),
    Some(403),
    Some(403),
    A,
    Some(403),
];
const ORGANISATIONS_ONLY: [Option<u16>; 7] = [Some(401), A, A, A, Some(403), Some(403), Some(403)];
const SIGNED_IN: [Option<u16>; 7] = [Some(401), A, A, A, A, A, A];
const EVERYONE: [Option<u16>; 7] = [A, A, A, A, A, A, A];

/// What a forbidden call must not change.
async fn fingerprint(app: &TestApp) -> Vec<i64> {
    let mut out = Vec::new();
    for sql in [
        "SELECT COUNT(*) FROM coalition_events",
        "SELECT COUNT(*) FROM outbox",
        "SELECT COUNT(*) FROM account_tokens",
        "SELECT COUNT(*) FROM users",
        "SELECT COUNT(*) FROM users WHERE membership = 'pending'",
        "SELECT COUNT(*) FROM users WHERE role = 'stakeholder'",
        "SELECT COUNT(*) FROM organisations WHERE verification = 'pending'",
        "SELECT COUNT(*) FROM focus_area_leaders",
        "SELECT COUNT(*) FROM focus_area_leaders WHERE status = 'applied'",
        "SELECT COUNT(*) FROM letters_of_intent",
        "SELECT COUNT(*) FROM letters_of_intent WHERE status = 'submitted'",
    ] {
        out.push(app.count(sql).await);
    }
    out
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

/// Every server function and route added for accounts and the coalition, called by every kind of
/// account: each forbidden call is refused with the right status and changes nothing.
async fn every_role_gets_exactly_its_rights(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org_admin = app.sign_in(MINISTRY).await;
    // A stakeholder of the same organisation: asked to join, approved by its admin.
    let member_id = join_ministry(&app, "jean@minict.example").await;
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
            &[
                ("input[email]", "jean@minict.example"),
                ("input[password]", STRONG),
            ],
        )
        .await
        .unwrap();
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
        ("verify_email", vec![("token", "0123")], EVERYONE),
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
    for (endpoint, form, expected) in &calls {
        for ((session, who), want) in sessions.iter().zip(WHO).zip(expected) {
            let before = fingerprint(&app).await;
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
                        fingerprint(&app).await,
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

on_both_databases!(
    coalition_forms_refuse_bad_input_by_field,
    six_concurrent_nominations_leave_exactly_five_leaders,
    a_letter_of_intent_makes_a_member_once_itu_accepts_it,
    an_unverified_organisations_pledge_is_never_published,
    every_role_gets_exactly_its_rights,
);
