//! Mail that is never lost: delivered over real SMTP, kept through an outage, and sent once by
//! several servers sharing one database.
use std::time::Duration;

use crate::fixtures::{STRONG, registration, token_in};
use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;
use crate::smtp::SmtpSink;
use app::error::AppError;

async fn mail_is_delivered_by_smtp_and_survives_an_outage(backend: Backend) {
    let mut smtp = SmtpSink::start().await;
    let url = smtp.url();
    let app = TestApp::spawn_with(
        backend,
        &[
            ("SMTP_URL", &url),
            ("P2C_OUTBOX_POLL_MS", "100"),
            ("P2C_OUTBOX_RETRY_BASE_MS", "100"),
        ],
    )
    .await;
    let visitor = app.anonymous();
    visitor
        .call(
            "register",
            &registration("Aroha Ngata", "Aroha@Moana.example", "Moana Digital Trust"),
        )
        .await
        .unwrap();
    let mail = smtp.wait_for(1, Duration::from_secs(20)).await.remove(0);
    assert_eq!(mail.to, ["aroha@moana.example"]);
    // In the language chosen at registration, with both parts.
    assert!(
        mail.subject.contains("Partner2Connect") && mail.subject.contains("adresse"),
        "{}",
        mail.subject
    );
    assert!(
        mail.html.as_deref().is_some_and(|h| h.contains("<a href=")),
        "{:?}",
        mail.html
    );
    let link = mail
        .link_containing("/verify?token=")
        .expect("verification link");
    assert!(link.starts_with(&app.base), "{link} is not on {}", app.base);

    // Not verified yet: the right password is refused with a clear message.
    let refused = visitor
        .call(
            "login",
            &[
                ("input[email]", "aroha@moana.example"),
                ("input[password]", STRONG),
            ],
        )
        .await;
    assert_eq!(refused, Err(AppError::EmailNotVerified));
    // The link works (once).
    let token = token_in(&link, "/verify?token=");
    visitor.page(&format!("/verify?token={token}")).await;
    let confirm = [
        ("input[token]", token.as_str()),
        ("input[password]", STRONG),
    ];
    visitor.call("verify_email", &confirm).await.unwrap();
    assert_eq!(
        visitor.call("verify_email", &confirm).await,
        Err(AppError::LinkInvalid)
    );
    visitor
        .call(
            "login",
            &[
                ("input[email]", "AROHA@moana.example"),
                ("input[password]", STRONG),
            ],
        )
        .await
        .unwrap();

    // SMTP goes down: the next message waits in the outbox, and arrives exactly once when it is back.
    smtp.stop().await;
    app.anonymous()
        .call(
            "forgot_password",
            &[("input[email]", "aroha@moana.example")],
        )
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'pending' AND attempts > 0")
            .await,
        1
    );
    smtp.restart().await;
    let all = smtp.wait_for(2, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let all_after = smtp.messages();
    assert_eq!(
        all_after.len(),
        2,
        "{:?}",
        all_after.iter().map(|m| &m.subject).collect::<Vec<_>>()
    );
    assert!(all[1].link_containing("/password/reset?token=").is_some());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
            .await,
        2
    );
}

/// Two servers on one database deliver a burst of mail: every message arrives exactly once.
async fn two_servers_never_send_a_message_twice(backend: Backend) {
    let smtp = SmtpSink::start().await;
    let url = smtp.url();
    let env = [("SMTP_URL", url.as_str()), ("P2C_OUTBOX_POLL_MS", "20")];
    let first = TestApp::spawn_with(backend, &env).await;
    let second = first.spawn_beside(&env).await;
    // Both workers poll every 20 ms; the 30 messages appear at once, so they race for each one.
    let mut values = Vec::new();
    for n in 0..30 {
        values.push(format!(
            "('person{n}@example.org', 'en', 'test', 'Message {n}', 'Body {n}', '<p>Body {n}</p>', 'pending', 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ));
    }
    first
        .execute(&format!(
            "INSERT INTO outbox (recipient, language, kind, subject, body_text, body_html, status, attempts, next_attempt_at, created_at) VALUES {}",
            values.join(", ")
        ))
        .await;
    smtp.wait_for(30, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_millis(1000)).await;
    let mut subjects: Vec<String> = smtp.messages().into_iter().map(|m| m.subject).collect();
    subjects.sort();
    let before = subjects.len();
    subjects.dedup();
    assert_eq!(
        (before, subjects.len()),
        (30, 30),
        "duplicates or losses: {subjects:?}"
    );
    assert_eq!(
        first
            .count("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")
            .await,
        30
    );
    // Both servers took part: the race was real.
    assert_eq!(
        first
            .count("SELECT COUNT(DISTINCT claimed_by) FROM outbox")
            .await,
        2
    );
    drop(second);
}

on_both_databases!(
    mail_is_delivered_by_smtp_and_survives_an_outage,
    two_servers_never_send_a_message_twice,
);
