//! Who may file, see and review a report: a joint pledge has one report, filed by the lead or a
//! partner with edit rights and counted once; other organisations and the public can neither file
//! nor read private evidence; reviewers read it and review. Refused input keeps what was typed.
use app::error::AppError;

use super::{file_report, issues_of, post_report, published, report_fields};
use crate::fixtures::{new_organisation, tiny_pdf};
use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, TestApp};
use crate::on_both_databases;

async fn evidence_ids(app: &TestApp, pledge_id: &str) -> Vec<(i64, bool)> {
    let public = app
        .count(&format!(
            "SELECT CAST(COALESCE(MIN(id), 0) AS BIGINT) FROM progress_evidence WHERE pledge_id = {pledge_id} AND public"
        ))
        .await;
    let private = app
        .count(&format!(
            "SELECT CAST(COALESCE(MIN(id), 0) AS BIGINT) FROM progress_evidence WHERE pledge_id = {pledge_id} AND NOT public"
        ))
        .await;
    vec![(public, true), (private, false)]
}

async fn a_joint_pledge_has_one_report_and_only_writers_file_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let pacific_id = app
        .one_string("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Pacific Connect Ltd'")
        .await;
    let id = published(&app, &ministry, &reviewer, "Joint rural broadband").await;
    ministry
        .call(
            "invite_partner",
            &[("pledge", id.as_str()), ("organisation", &pacific_id)],
        )
        .await
        .unwrap();
    pacific
        .call(
            "answer_invitation",
            &[("pledge", id.as_str()), ("answer", "confirm")],
        )
        .await
        .unwrap();
    // A confirmed partner without edit rights reads the report page but cannot file.
    assert!(
        pacific
            .page(&format!("/my/pledges/{id}/progress"))
            .await
            .contains("Joint rural broadband")
    );
    let (status, body) = post_report(&pacific, report_fields(&id, "file"), vec![]).await;
    assert_eq!(status, 403, "{body}");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM progress_reports WHERE pledge_id = {id}"
        ))
        .await,
        0
    );
    // Once the lead lets partners edit, the partner files the one report.
    ministry
        .call(
            "set_partner_editing",
            &[("pledge", id.as_str()), ("allowed", "yes")],
        )
        .await
        .unwrap();
    file_report(&pacific, &id, vec![]).await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM progress_reports WHERE pledge_id = {id}"
        ))
        .await,
        1
    );
    // Counted once in "delivered": one pledge, one report's money (1,000,000 EUR at the demo rate).
    let t = crate::compendium::totals(&app.anonymous(), &[("q", "Joint rural broadband")]).await;
    assert_eq!((t.pledges, t.reporting), (1, 1));
    let reported = app
        .count(&format!(
            "SELECT CAST(COALESCE(SUM(disbursed_usd_cents), 0) AS BIGINT) FROM progress_reports WHERE pledge_id = {id}"
        ))
        .await;
    assert!(reported > 0);
    assert_eq!(t.delivered_usd_cents, reported);
    // Both organisations see it as the pledge's one report; the lead is told by mail.
    let duties = ministry.call("progress_duties", &[]).await.unwrap();
    assert!(duties.contains("Joint rural broadband"), "{duties}");
    app.mail_to(MINISTRY, "Joint rural broadband", 1).await;
    // The partner comments; the lead reads the comment.
    let report_id = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) FROM progress_reports WHERE pledge_id = {id}"
        ))
        .await;
    pacific
        .call(
            "comment_progress",
            &[
                ("pledge_id", id.as_str()),
                ("report_id", &report_id),
                ("body", "Our towers are up in two districts."),
            ],
        )
        .await
        .unwrap();
    assert!(
        ministry
            .page(&format!("/my/pledges/{id}/progress"))
            .await
            .contains("Our towers are up")
    );
    // A stranger organisation neither files nor comments nor reads the page.
    let (stranger, _) = new_organisation(&app, 7).await;
    let (status, _) = post_report(&stranger, report_fields(&id, "file"), vec![]).await;
    assert_eq!(status, 404);
    assert_eq!(
        stranger
            .call(
                "comment_progress",
                &[
                    ("pledge_id", id.as_str()),
                    ("report_id", &report_id),
                    ("body", "spam")
                ]
            )
            .await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        stranger
            .call("progress_desk", &[("pledge_id", id.as_str())])
            .await,
        Err(AppError::NotFound)
    );
    // The public reads the report on the permalink, without the comment.
    let reference = app
        .one_string(&format!(
            "SELECT public_ref FROM compendium_entries WHERE pledge_id = {id}"
        ))
        .await;
    let public = app
        .anonymous()
        .page(&format!("/compendium/{reference}"))
        .await;
    assert!(
        public.contains("Schools in four districts"),
        "timeline on the permalink"
    );
    assert!(
        !public.contains("Our towers are up"),
        "comments are not public"
    );
}

async fn private_evidence_reaches_the_pledge_and_itu_only(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let id = published(&app, &ministry, &reviewer, "Evidence privacy pledge").await;
    // A public file, then a private one in a later report.
    let mut fields = report_fields(&id, "file");
    fields.push(("files_public", "yes".into()));
    let (status, body) =
        post_report(&ministry, fields, vec![("certificate.pdf", tiny_pdf())]).await;
    assert!(status < 400, "{body}");
    file_report(&ministry, &id, vec![("site-visit.pdf", tiny_pdf())]).await;
    let files = evidence_ids(&app, &id).await;
    let (public_id, private_id) = (files[0].0, files[1].0);
    assert!(public_id > 0 && private_id > 0);
    let pacific = app.sign_in(PACIFIC).await;
    let admin = app.sign_in(ADMIN).await;
    let anonymous = app.anonymous();
    // (who, public file, private file)
    let table = [
        ("the public", &anonymous, 200, 404),
        ("another organisation", &pacific, 200, 404),
        ("the pledging ministry", &ministry, 200, 200),
        ("a reviewer", &reviewer, 200, 200),
        ("an admin", &admin, 200, 200),
    ];
    for (who, session, public_status, private_status) in table {
        assert_eq!(
            session.get(&format!("/evidence/{public_id}")).await.0,
            public_status,
            "{who}: public file"
        );
        assert_eq!(
            session.get(&format!("/evidence/{private_id}")).await.0,
            private_status,
            "{who}: private file"
        );
    }
    // Filing and reviewing by role: (who, may file, may review).
    let report_id = app
        .one_string(&format!(
            "SELECT CAST(MIN(id) AS TEXT) FROM progress_reports WHERE pledge_id = {id}"
        ))
        .await;
    let (status, _) = post_report(&pacific, report_fields(&id, "file"), vec![]).await;
    assert_eq!(status, 404, "another organisation cannot file");
    let (status, _) = post_report(&anonymous, report_fields(&id, "file"), vec![]).await;
    assert_eq!(status, 401, "the public cannot file");
    let (status, _) = post_report(&reviewer, report_fields(&id, "file"), vec![]).await;
    assert_eq!(status, 403, "a reviewer does not file for the organisation");
    let act = |action: &'static str, message: &'static str| {
        let report_id = report_id.clone();
        move |version: String| {
            vec![
                ("report_id", report_id.clone()),
                ("version", version),
                ("action", action.to_owned()),
                ("message", message.to_owned()),
            ]
        }
    };
    let version = async |app: &TestApp| {
        app.one_string(&format!(
            "SELECT CAST(version AS TEXT) FROM progress_reports WHERE id = {report_id}"
        ))
        .await
    };
    let call = async |s: &crate::helpers::Session, form: Vec<(&str, String)>| {
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        s.call("review_progress", &refs).await
    };
    let v = version(&app).await;
    assert_eq!(
        call(&ministry, act("accept", "")(v.clone())).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        call(&anonymous, act("accept", "")(v.clone())).await,
        Err(AppError::NotSignedIn)
    );
    assert!(matches!(
        call(&reviewer, act("request_more", "")(v.clone())).await,
        Err(AppError::Report(_))
    ));
    call(
        &reviewer,
        act("request_more", "Please add the list of schools.")(v.clone()),
    )
    .await
    .unwrap();
    // A second reviewer acting on the old version is told it changed.
    assert_eq!(
        call(&admin, act("accept", "")(v)).await,
        Err(AppError::Conflict)
    );
    // The request is in the pledge's conversation and mailed to the ministry; it is audited.
    let thread = ministry.page(&format!("/my/pledges/{id}")).await;
    assert!(
        thread.contains("Please add the list of schools."),
        "conversation"
    );
    app.mail_to(MINISTRY, "Please add the list of schools.", 1)
        .await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM coalition_events WHERE subject = 'progress_report' AND subject_id = {report_id} AND action = 'request_more'"
        ))
        .await,
        1
    );
    // Taken down, the report and its public file leave the public side.
    let v = version(&app).await;
    call(
        &admin,
        act("take_down", "Figures belong to another pledge.")(v),
    )
    .await
    .unwrap();
    assert_eq!(
        anonymous.get(&format!("/evidence/{public_id}")).await.0,
        404
    );
    assert_eq!(ministry.get(&format!("/evidence/{public_id}")).await.0, 200);
}

async fn a_refused_report_keeps_what_was_typed_and_stores_nothing_public(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let id = published(&app, &ministry, &reviewer, "Refusal keeps typing").await;
    let mut fields = report_fields(&id, "file");
    fields.retain(|(k, _)| *k != "percent" && *k != "status");
    fields.push(("status", "cancelled".into()));
    fields.push(("percent", "140".into()));
    // A picture renamed .pdf and a zip polyglot-looking file are refused by the file field.
    let (status, body) = post_report(
        &ministry,
        fields,
        vec![("photo.pdf", b"GIF89a not evidence".to_vec())],
    )
    .await;
    assert_eq!(status, 400, "{body}");
    let issues = issues_of(&body);
    for field in ["files", "percent", "status_reason"] {
        assert!(
            issues.iter().any(|(f, _)| f == field),
            "{field}: {issues:?}"
        );
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM progress_reports WHERE pledge_id = {id}"
        ))
        .await,
        0
    );
    // What was typed waits as the draft; the page offers it again.
    let page = ministry.page(&format!("/my/pledges/{id}/progress")).await;
    assert!(
        page.contains("Schools in four districts are connected"),
        "narrative kept"
    );
    assert!(page.contains("140"), "per cent kept");
    // A file larger than 10 MB is refused by its size.
    let big = vec![b'%'; 10 * 1024 * 1024 + 10];
    let (status, body) = post_report(
        &ministry,
        report_fields(&id, "draft"),
        vec![("big.pdf", big)],
    )
    .await;
    assert_eq!(status, 400, "{body}");
    assert!(issues_of(&body).contains(&("files".into(), "evidence_too_large".into())));
}

on_both_databases!(
    a_joint_pledge_has_one_report_and_only_writers_file_it,
    private_evidence_reaches_the_pledge_and_itu_only,
    a_refused_report_keeps_what_was_typed_and_stores_nothing_public,
);
