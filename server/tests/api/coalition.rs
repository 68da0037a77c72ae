//! Focus Area Leaders (at most five, whatever the concurrency), letters of intent with their PDF,
//! organisation verification and the public coalition page.
use crate::fixtures::{
    STATEMENT, fingerprint, letter_fields, new_organisation, send_letter, send_letter_form,
    tiny_pdf,
};
use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, Session, TestApp};
use crate::on_both_databases;
use app::error::AppError;

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
    // Files: a picture renamed .pdf, a forged header (hostile files: `hostile_uploads.rs`), a PDF
    // over 5 MB, a body over the limit.
    let mut forged = b"%PDF-1.7\n".to_vec();
    forged.extend_from_slice(b"<html>not a document</html>\n%%EOF\n");
    let mut big = tiny_pdf();
    big.resize(5 * 1024 * 1024 + 10, b' ');
    for (bytes, code) in [
        (b"\x89PNG\r\n\x1a\n....".to_vec(), "pdf"),
        (forged, "pdf_damaged"),
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
        "save_pledge",
        &crate::helpers::pledge_form("Solar Wi-Fi for 40 island schools", &["access"]),
    )
    .await
    .unwrap();
    let reviewer = app.sign_in(REVIEWER).await;
    let queue = reviewer.page("/review").await;
    let (id, version) = crate::helpers::queue_entry(&queue, "Solar Wi-Fi for 40 island schools")
        .expect("in the queue");
    assert_eq!(
        reviewer.approve(&id, &version).await,
        Err(AppError::Transition(
            app::pledge_lifecycle::TransitionError::OrganisationNotVerified
        ))
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM pledges p JOIN pledge_revisions r ON r.pledge_id = p.id \
             WHERE p.status = 'published' AND r.title LIKE 'Solar%'"
        )
        .await,
        0
    );
}

on_both_databases!(
    coalition_forms_refuse_bad_input_by_field,
    six_concurrent_nominations_leave_exactly_five_leaders,
    a_letter_of_intent_makes_a_member_once_itu_accepts_it,
    an_unverified_organisations_pledge_is_never_published,
);
