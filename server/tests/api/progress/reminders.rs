//! Reminders at their dates (30, 7 and 1 days before the due date, then weekly while overdue),
//! read from the real SMTP sink, in the recipient's language, and none after the report is filed.
use super::{file_report, published};
use crate::fixtures::{new_organisation_by, send_reminders, token_in};
use crate::helpers::{ADMIN, Backend, REVIEWER, TestApp};
use crate::notices::verification_mail;
use crate::on_both_databases;
use crate::smtp::{ReceivedMail, SmtpSink};

fn reminders_for(smtp: &SmtpSink, to: &str, title: &str) -> Vec<ReceivedMail> {
    smtp.messages()
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == to) && m.text.contains(title))
        .filter(|m| m.text.contains("/progress"))
        .collect()
}

async fn wait_count(smtp: &SmtpSink, to: &str, title: &str, n: usize) -> Vec<ReceivedMail> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let found = reminders_for(smtp, to, title);
        if found.len() >= n {
            return found;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "expected {n} reminder(s) to {to}, got {:?}",
            found.iter().map(|m| &m.subject).collect::<Vec<_>>()
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn reminders_come_at_their_dates_in_french_and_stop_once_filed(backend: Backend) {
    let smtp = SmtpSink::start().await;
    let url = smtp.url();
    let app = TestApp::spawn_with(backend, &[("SMTP_URL", &url)]).await;
    // A French organisation (registered in French), verified by ITU, with a published pledge.
    let (org, org_id) = new_organisation_by(&app, 1, async |email: &str| {
        token_in(
            &verification_mail(&smtp, email).await.text,
            "/verify?token=",
        )
    })
    .await;
    let admin = app.sign_in(ADMIN).await;
    admin
        .call(
            "decide_organisation",
            &[("organisation_id", org_id.as_str()), ("action", "verify")],
        )
        .await
        .unwrap();
    let reviewer = app.sign_in(REVIEWER).await;
    let title = "Connecter les écoles des îles";
    let id = published(&app, &org, &reviewer, title).await;
    let to = "admin1@org1.example";
    // The pledge was published in 2026: it owes the 2026 report, due on 31 March 2027.
    let steps = [
        ("2027-02-27T08:00:00Z", 0, None),
        ("2027-03-01T08:00:00Z", 1, Some("31 mars 2027")),
        ("2027-03-01T09:00:00Z", 1, None),
        ("2027-03-24T08:00:00Z", 2, Some("31 mars 2027")),
        ("2027-03-30T08:00:00Z", 3, Some("31 mars 2027")),
        ("2027-04-01T08:00:00Z", 4, Some("31 mars 2027")),
    ];
    for (at, expected, date) in steps {
        send_reminders(&app, at).await;
        let got = wait_count(&smtp, to, title, expected).await;
        tokio::time::sleep(std::time::Duration::from_millis(600)).await;
        let got_now = reminders_for(&smtp, to, title);
        assert_eq!(
            got_now.len(),
            expected,
            "at {at}: {:?}",
            got.iter().map(|m| &m.subject).collect::<Vec<_>>()
        );
        if let Some(date) = date {
            let last = got_now.last().unwrap();
            assert!(last.text.contains(date), "French date in: {}", last.text);
            assert!(
                last.text.contains("Bonjour") || last.text.contains("rapport"),
                "French text: {}",
                last.text
            );
            assert!(
                last.text.contains(&format!("/my/pledges/{id}/progress")),
                "{}",
                last.text
            );
        }
    }
    let overdue = reminders_for(&smtp, to, title).pop().unwrap();
    assert!(!overdue.subject.is_empty());
    assert_ne!(
        overdue.subject,
        reminders_for(&smtp, to, title)[0].subject,
        "the overdue reminder says so"
    );
    // Filed: no reminder follows, not even the weekly overdue ones.
    file_report(&org, &id, vec![]).await;
    for at in ["2027-04-08T08:00:00Z", "2027-04-15T08:00:00Z"] {
        send_reminders(&app, at).await;
    }
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    assert_eq!(reminders_for(&smtp, to, title).len(), 4);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM progress_reminders WHERE pledge_id = {id}"
        ))
        .await,
        4
    );
}

async fn overdue_reminders_come_weekly_four_times_then_stop(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(crate::helpers::MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let title = "Weekly overdue pledge";
    let id = published(&app, &ministry, &reviewer, title).await;
    for at in [
        "2027-04-01T08:00:00Z",
        "2027-04-08T08:00:00Z",
        "2027-04-15T08:00:00Z",
        "2027-04-22T08:00:00Z",
        "2027-04-29T08:00:00Z",
        "2027-05-30T08:00:00Z",
    ] {
        send_reminders(&app, at).await;
    }
    let kinds = app
        .count(&format!(
            "SELECT COUNT(*) FROM progress_reminders WHERE pledge_id = {id} AND kind LIKE 'overdue_%'"
        ))
        .await;
    assert_eq!(kinds, 4);
    // The ministry's admin (the demo's Amina) received them in English.
    let mail = app.mail_to(crate::helpers::MINISTRY, title, 4).await;
    assert!(
        mail.text.contains("overdue") || mail.subject.contains("overdue"),
        "{}",
        mail.subject
    );
}

async fn the_organisations_admin_names_who_receives_the_reminders(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(crate::helpers::MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let colleague = "jean@minict.example";
    let colleague_id = crate::fixtures::join_ministry(&app, colleague).await;
    ministry
        .call(
            "decide_join",
            &[("person_id", colleague_id.as_str()), ("action", "approve")],
        )
        .await
        .unwrap();
    // Only the organisation's admin names them, and only people of the organisation.
    let pacific = app.sign_in(crate::helpers::PACIFIC).await;
    assert_eq!(
        pacific
            .call(
                "set_progress_recipients",
                &[("people[]", colleague_id.as_str())]
            )
            .await,
        Err(app::error::AppError::Forbidden)
    );
    let stranger = app
        .one_string(
            "SELECT CAST(id AS TEXT) FROM users WHERE email = 'sione@pacificconnect.example'",
        )
        .await;
    let refused = ministry
        .call(
            "set_progress_recipients",
            &[("people[]", stranger.as_str())],
        )
        .await
        .unwrap_err();
    assert_eq!(
        refused
            .field_issues()
            .iter()
            .map(|i| i.code.as_str())
            .collect::<Vec<_>>(),
        vec!["recipients_required"]
    );
    ministry
        .call(
            "set_progress_recipients",
            &[("people[]", colleague_id.as_str())],
        )
        .await
        .unwrap();
    let page = ministry.page("/organisation/reminders").await;
    assert!(page.contains(colleague), "{page}");
    let title = "Named recipients pledge";
    published(&app, &ministry, &reviewer, title).await;
    send_reminders(&app, "2027-03-01T08:00:00Z").await;
    app.mail_to(colleague, title, 1).await;
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    assert!(
        !app.delivered()
            .iter()
            .any(|m| m.to.iter().any(|t| t == crate::helpers::MINISTRY)
                && m.text.contains(title)
                && m.text.contains("/progress")),
        "the admin no longer receives them"
    );
}

on_both_databases!(
    reminders_come_at_their_dates_in_french_and_stop_once_filed,
    overdue_reminders_come_weekly_four_times_then_stop,
    the_organisations_admin_names_who_receives_the_reminders,
);
