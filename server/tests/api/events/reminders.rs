//! Speakers' organisations are reminded 7 days and 1 day before their slot, once each, in their
//! language, read from a real SMTP server; `server send-reminders --at` sets the clock.
use super::{accept_and_schedule, ask, create_event, plenary};
use crate::compendium::publish;
use crate::fixtures::send_reminders;
use crate::helpers::{Backend, MINISTRY, ORGANISER, REVIEWER, TestApp, pledge_form};
use crate::on_both_databases;
use crate::smtp::SmtpSink;

async fn slot_mails(smtp: &SmtpSink, title: &str, n: usize) -> Vec<crate::smtp::ReceivedMail> {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let found: Vec<_> = smtp
            .messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|t| t == MINISTRY))
            .filter(|m| m.text.contains(title) && m.subject.contains("WTDC-27"))
            .filter(|m| !m.subject.contains(title))
            .collect();
        if found.len() >= n {
            return found;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "expected {n} slot reminder(s)"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn speakers_are_reminded_a_week_and_a_day_before(backend: Backend) {
    let smtp = SmtpSink::start().await;
    let url = smtp.url();
    let app = TestApp::spawn_with(backend, &[("SMTP_URL", &url)]).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let organiser = app.sign_in(ORGANISER).await;
    let event = create_event(&app, &organiser, "wtdc-27").await;
    let session = plenary(&app, &organiser, &event).await;
    let title = "Satellite links for 40 island clinics";
    let id = publish(&app, &reviewer, &ministry, &pledge_form(title, &["access"])).await;
    ask(&ministry, &event, &id).await.unwrap();
    accept_and_schedule(&app, &organiser, &event, &id, &session, "1").await;
    // The slot: 2 November 2027, 14:00 in Geneva (13:00 UTC).
    assert!(
        send_reminders(&app, "2027-10-20T13:00:00Z")
            .await
            .contains("0 speaker slot")
    );
    assert!(
        send_reminders(&app, "2027-10-26T13:30:00Z")
            .await
            .contains("1 speaker slot")
    );
    let week = slot_mails(&smtp, title, 1).await;
    assert!(
        week[0].subject.starts_with("In a week"),
        "{}",
        week[0].subject
    );
    assert!(
        week[0].text.contains("Amina Diallo") && week[0].text.contains("2 November 2027"),
        "{}",
        week[0].text
    );
    // Sent once: the next look that day finds nothing to send.
    assert!(
        send_reminders(&app, "2027-10-26T18:00:00Z")
            .await
            .contains("0 speaker slot")
    );
    assert!(
        send_reminders(&app, "2027-11-01T14:00:00Z")
            .await
            .contains("1 speaker slot")
    );
    let both = slot_mails(&smtp, title, 2).await;
    assert!(both.iter().any(|m| m.subject.starts_with("Tomorrow")));
    assert!(
        send_reminders(&app, "2027-11-02T13:30:00Z")
            .await
            .contains("0 speaker slot")
    );
    assert_eq!(slot_mails(&smtp, title, 2).await.len(), 2);
}

on_both_databases!(speakers_are_reminded_a_week_and_a_day_before);
