//! Reports of a problem with a public page: a visitor's report holds no personal data unless they
//! give an address, visitors are limited per address, and reviewers ask the organisation (which
//! hears the reason and the reviewer's words, never who reported or what they wrote), dismiss, or
//! unpublish, each recorded in the audit log; an unpublished pledge leaves the compendium.
use app::domain::AuditPage;
use app::domain::marketplace::ReportedItem;
use app::error::AppError;

use super::{
    answering_pledge, approve, decide_report, opportunity, post_opportunity, public_ref, published,
    report_form, submit,
};
use crate::compendium::{list, totals};
use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, Session, TestApp};
use crate::on_both_databases;

const REPORTER: &str = "whistle@reporter.example";
const REPORT_TEXT: &str = "The ministry cancelled this programme in its budget last month.";
const QUESTION: &str = "Please confirm that the programme still runs in 2027.";
const DISMISSAL: &str = "The ministry showed the signed budget line for 2027.";
const TAKEDOWN: &str = "The same pledge was published twice; this copy is taken down.";

async fn report_queue(reviewer: &Session) -> Vec<ReportedItem> {
    let body = reviewer
        .call("report_queue", &[])
        .await
        .unwrap_or_else(|e| panic!("report_queue: {e:?}"));
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// The reported item of the queue about `kind` `id`, if it has undecided reports.
async fn queued(reviewer: &Session, kind: &str, id: &str) -> Option<ReportedItem> {
    report_queue(reviewer)
        .await
        .into_iter()
        .find(|i| i.subject_kind.code() == kind && i.subject_id.to_string() == id)
}

async fn audit(admin: &Session, action: &str) -> AuditPage {
    let body = admin
        .call(
            "audit_log",
            &[("filter[action]", action), ("filter[subject]", "report")],
        )
        .await
        .unwrap_or_else(|e| panic!("audit_log: {e:?}"));
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// The entries of the audit log with this action about reports: (actor e-mail, from, to, reason).
async fn report_entries(admin: &Session, action: &str) -> Vec<(String, String, String, String)> {
    audit(admin, action)
        .await
        .rows
        .into_iter()
        .filter(|r| r.subject == "report")
        .map(|r| (r.actor_email, r.from, r.to, r.reason.unwrap_or_default()))
        .collect()
}

async fn a_visitor_reports_without_personal_data_within_a_budget(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &[
            ("P2C_ANONYMOUS_REPORTS_PER_IP_PER_MINUTE", "3"),
            ("P2C_ANONYMOUS_POSTS_PER_IP_PER_MINUTE", "100"),
        ],
    )
    .await;
    let reviewer = app.sign_in(REVIEWER).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let id = submit(
        &ministry,
        &answering_pledge("Solar power for 80 rural clinics", "900,000", &[], false),
    )
    .await;
    approve(&app, &reviewer, &id).await;
    let reference = public_ref(&app, &id).await;

    // A visitor reports without an address: the report names nobody.
    let visitor = app.anonymous();
    visitor
        .call(
            "report_problem",
            &report_form("pledge", &reference, "inaccurate", REPORT_TEXT, ""),
        )
        .await
        .unwrap_or_else(|e| panic!("report_problem: {e:?}"));
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM problem_reports WHERE subject_kind = 'pledge' AND subject_id = {id} \
             AND reporter_email IS NULL AND reporter_user_id IS NULL AND state = 'open'"
        ))
        .await,
        1
    );
    let item = queued(&reviewer, "pledge", &id).await.expect("queued");
    assert_eq!(item.open, 1);
    assert_eq!(item.reports[0].reporter_email, None);
    assert!(!item.reports[0].signed_in);
    assert_eq!(item.reports[0].message, REPORT_TEXT);
    assert_eq!(item.link, Some(format!("/compendium/{reference}")));

    // With an address, the address (normalised) is kept for the reviewers.
    visitor
        .call(
            "report_problem",
            &report_form(
                "pledge",
                &reference,
                "duplicate",
                REPORT_TEXT,
                "Whistle@Reporter.example",
            ),
        )
        .await
        .unwrap_or_else(|e| panic!("report_problem: {e:?}"));
    let item = queued(&reviewer, "pledge", &id).await.expect("queued");
    assert_eq!(item.open, 2);
    assert!(
        item.reports
            .iter()
            .any(|r| r.reporter_email.as_deref() == Some(REPORTER))
    );

    // A page the public cannot see cannot be reported.
    let missing = visitor
        .call(
            "report_problem",
            &report_form("opportunity", "no-such-page", "other", REPORT_TEXT, ""),
        )
        .await
        .unwrap_err();
    assert_eq!(missing, AppError::NotFound);

    // The third visitor report of the minute is past the budget of three: refused, not stored.
    let reports = app.count("SELECT COUNT(*) FROM problem_reports").await;
    let refused = visitor
        .call(
            "report_problem",
            &report_form("pledge", &reference, "other", REPORT_TEXT, ""),
        )
        .await;
    // Three were counted (two stored, one about a page that does not exist): a fourth is refused.
    assert_eq!(refused, Err(AppError::TooManyRequests));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM problem_reports").await,
        reports
    );
    let raw = app
        .anonymous()
        .client
        .post(format!("{}/api/report_problem", app.base))
        .header("Accept", "application/json")
        .form(&report_form("pledge", &reference, "other", REPORT_TEXT, ""))
        .send()
        .await
        .unwrap();
    assert_eq!(raw.status().as_u16(), 429);
    // Signed-in people are known to ITU and are not limited as visitors; their account is kept.
    pacific
        .call(
            "report_problem",
            &report_form("pledge", &reference, "not_happening", REPORT_TEXT, ""),
        )
        .await
        .unwrap_or_else(|e| panic!("report_problem signed in: {e:?}"));
    let item = queued(&reviewer, "pledge", &id).await.expect("queued");
    assert_eq!(item.open, 3);
    assert_eq!(item.reports.iter().filter(|r| r.signed_in).count(), 1);
}

async fn reviewers_ask_dismiss_and_unpublish_on_the_record(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let ministry = app.sign_in(MINISTRY).await;
    let public = app.anonymous();
    let title = "Digital classrooms in 60 secondary schools";
    let id = submit(&ministry, &answering_pledge(title, "600,000", &[], false)).await;
    approve(&app, &reviewer, &id).await;
    let reference = public_ref(&app, &id).await;
    public
        .call(
            "report_problem",
            &report_form("pledge", &reference, "not_happening", REPORT_TEXT, REPORTER),
        )
        .await
        .unwrap_or_else(|e| panic!("report_problem: {e:?}"));

    // A decision needs the reviewer's words; organisations and visitors cannot decide.
    let short = decide_report(&reviewer, "pledge", &id, "ask", "ok")
        .await
        .unwrap_err();
    assert!(
        short.field_issues().iter().any(|i| i.field == "note"),
        "{short:?}"
    );
    assert_eq!(
        decide_report(&ministry, "pledge", &id, "dismiss", DISMISSAL)
            .await
            .unwrap_err()
            .status()
            .as_u16(),
        403
    );

    // Asked: the organisation hears the reason and the question, never who reported nor what
    // they wrote.
    decide_report(&reviewer, "pledge", &id, "ask", QUESTION)
        .await
        .unwrap_or_else(|e| panic!("ask: {e:?}"));
    let asked = app.mail_to(MINISTRY, QUESTION, 1).await;
    assert!(asked.text.contains("Not happening"), "{}", asked.text);
    assert!(asked.subject.contains(title), "{}", asked.subject);
    for part in [&asked.text, &asked.raw] {
        assert!(
            !part.contains(REPORTER),
            "the mail names the reporter: {part}"
        );
        assert!(
            !part.contains(REPORT_TEXT),
            "the mail quotes the report: {part}"
        );
    }
    if let Some(html) = &asked.html {
        assert!(!html.contains(REPORTER) && !html.contains(REPORT_TEXT));
    }
    assert!(
        app.delivered()
            .iter()
            .all(|m| !m.to.iter().any(|t| t.eq_ignore_ascii_case(REPORTER))),
        "nothing is mailed to the reporter"
    );
    let item = queued(&reviewer, "pledge", &id)
        .await
        .expect("still on the desk");
    assert_eq!(item.reports[0].state.code(), "asked");
    // Asked once; asking again is not possible.
    assert_eq!(
        decide_report(&reviewer, "pledge", &id, "ask", QUESTION)
            .await
            .unwrap_err()
            .status()
            .as_u16(),
        409
    );

    // Dismissed: off the desk, on the record; the pledge stays public.
    decide_report(&reviewer, "pledge", &id, "dismiss", DISMISSAL)
        .await
        .unwrap_or_else(|e| panic!("dismiss: {e:?}"));
    assert!(queued(&reviewer, "pledge", &id).await.is_none());
    assert!(published(&public, &reference).await.is_ok());
    assert_eq!(
        report_entries(&admin, "ask").await,
        vec![(
            REVIEWER.to_owned(),
            "open".to_owned(),
            "asked".to_owned(),
            QUESTION.to_owned()
        )]
    );
    assert_eq!(
        report_entries(&admin, "dismiss").await,
        vec![(
            REVIEWER.to_owned(),
            "asked".to_owned(),
            "dismissed".to_owned(),
            DISMISSAL.to_owned()
        )]
    );
    assert_eq!(
        decide_report(&reviewer, "pledge", &id, "dismiss", DISMISSAL)
            .await
            .unwrap_err()
            .status()
            .as_u16(),
        409,
        "nothing left to decide"
    );

    // A new report; taking a pledge down is an ITU admin's call: a reviewer is refused and
    // nothing changes.
    public
        .call(
            "report_problem",
            &report_form("pledge", &reference, "duplicate", REPORT_TEXT, ""),
        )
        .await
        .unwrap_or_else(|e| panic!("report_problem: {e:?}"));
    let stats = totals(&public, &[]).await;
    let refused = decide_report(&reviewer, "pledge", &id, "unpublish", TAKEDOWN)
        .await
        .unwrap_err();
    assert_eq!(refused.status().as_u16(), 403, "{refused:?}");
    assert!(published(&public, &reference).await.is_ok());
    assert_eq!(
        queued(&reviewer, "pledge", &id).await.map(|i| i.open),
        Some(1)
    );
    assert!(report_entries(&admin, "unpublish").await.is_empty());

    // The admin unpublishes it: off the compendium at once, on the record twice (the report and
    // the pledge's own history).
    decide_report(&admin, "pledge", &id, "unpublish", TAKEDOWN)
        .await
        .unwrap_or_else(|e| panic!("unpublish: {e:?}"));
    assert_eq!(
        published(&public, &reference).await.unwrap_err(),
        AppError::NotFound
    );
    assert_eq!(
        public.get(&format!("/api/v1/pledges/{reference}")).await.0,
        404
    );
    assert!(
        list(&public, &[])
            .await
            .pledges
            .iter()
            .all(|p| p.public_ref != reference)
    );
    let after = totals(&public, &[]).await;
    assert_eq!(after.pledges + 1, stats.pledges);
    assert_eq!(after.usd_cents + 60_000_000, stats.usd_cents);
    assert_eq!(
        report_entries(&admin, "unpublish").await,
        vec![(
            ADMIN.to_owned(),
            "open".to_owned(),
            "unpublished".to_owned(),
            TAKEDOWN.to_owned()
        )]
    );
    assert_eq!(
        app.audit_log(&id).await.last().cloned(),
        Some((
            "unpublish".to_owned(),
            "published".to_owned(),
            "unpublished".to_owned(),
            ADMIN.to_owned()
        ))
    );
    assert!(queued(&reviewer, "pledge", &id).await.is_none());
    let told = app.mail_to(MINISTRY, TAKEDOWN, 1).await;
    assert!(!told.raw.contains(REPORTER) && !told.raw.contains(REPORT_TEXT));
}

/// A reported opportunity a reviewer unpublishes leaves the public list, and the pledges that
/// answer it stop naming it.
async fn an_unpublished_opportunity_leaves_every_public_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let ministry = app.sign_in(MINISTRY).await;
    let public = app.anonymous();
    let slug = "reported-call";
    post_opportunity(&admin, slug, "A call that was posted twice", "1,000,000").await;
    let id = submit(
        &ministry,
        &answering_pledge(
            "Clinics answering the reported call",
            "300,000",
            &[slug],
            false,
        ),
    )
    .await;
    approve(&app, &reviewer, &id).await;
    let reference = public_ref(&app, &id).await;
    assert_eq!(
        published(&public, &reference).await.unwrap().answers.len(),
        1
    );
    let opportunity_id = opportunity(&public, slug).await.id.to_string();
    public
        .call(
            "report_problem",
            &report_form("opportunity", slug, "duplicate", REPORT_TEXT, ""),
        )
        .await
        .unwrap_or_else(|e| panic!("report_problem: {e:?}"));
    decide_report(
        &reviewer,
        "opportunity",
        &opportunity_id,
        "unpublish",
        TAKEDOWN,
    )
    .await
    .unwrap_or_else(|e| panic!("unpublish: {e:?}"));
    assert_eq!(
        public
            .call("opportunity_page", &[("slug", slug)])
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    let listed = public.call("opportunities_list", &[]).await.unwrap();
    assert!(!listed.contains(slug), "{listed}");
    assert!(
        published(&public, &reference)
            .await
            .unwrap()
            .answers
            .is_empty()
    );
    // Its contact hears the reviewer's note, not the report.
    let told = app.mail_to("projects@itu.example", TAKEDOWN, 1).await;
    assert!(!told.raw.contains(REPORT_TEXT));
    assert_eq!(
        report_entries(&admin, "unpublish").await,
        vec![(
            REVIEWER.to_owned(),
            "open".to_owned(),
            "unpublished".to_owned(),
            TAKEDOWN.to_owned()
        )]
    );
}

on_both_databases!(
    a_visitor_reports_without_personal_data_within_a_budget,
    reviewers_ask_dismiss_and_unpublish_on_the_record,
    an_unpublished_opportunity_leaves_every_public_page,
);
