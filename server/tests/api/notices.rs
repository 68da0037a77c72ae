//! Mail at every step of a pledge's review, read from a real SMTP server: the organisation's
//! receipt (in its own language), "a pledge is waiting" to each reviewer, "assigned to you", the
//! call to the second-approval pool, the withdrawal receipt, and the reviewers' daily digest run
//! "today" and "tomorrow" with an injected clock.
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};

use crate::due_diligence::{financial, version};
use crate::fixtures::{new_organisation_by, token_in};
use crate::helpers::{
    ADMIN, Backend, MINISTRY, ORGANISER, PACIFIC, REVIEWER, TestApp, decision_form, pledge_form,
};
use crate::on_both_databases;
use crate::smtp::{ReceivedMail, SmtpSink};

const WAIT: Duration = Duration::from_secs(30);

/// The address-confirmation message to `to`, in whatever language, waiting for it to arrive.
pub(crate) async fn verification_mail(smtp: &SmtpSink, to: &str) -> ReceivedMail {
    let deadline = Instant::now() + WAIT;
    loop {
        if let Some(m) = smtp
            .messages()
            .into_iter()
            .find(|m| m.to.iter().any(|t| t == to) && m.text.contains("/verify?token="))
        {
            return m;
        }
        assert!(Instant::now() < deadline, "no confirmation mail to {to}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The first message to `to` whose subject contains `subject`, waiting for it to arrive.
async fn mail_to(smtp: &SmtpSink, to: &str, subject: &str) -> ReceivedMail {
    let deadline = Instant::now() + WAIT;
    loop {
        let all = smtp.messages();
        if let Some(m) = all
            .iter()
            .find(|m| m.to.iter().any(|t| t == to) && m.subject.contains(subject))
        {
            return m.clone();
        }
        assert!(
            Instant::now() < deadline,
            "no mail to {to} about {subject:?}; arrived: {:#?}",
            all.iter().map(|m| (&m.to, &m.subject)).collect::<Vec<_>>()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Every message to `to` whose subject contains `subject`, once the outbox has delivered all.
async fn delivered_to(
    app: &TestApp,
    smtp: &SmtpSink,
    to: &str,
    subject: &str,
) -> Vec<ReceivedMail> {
    let deadline = Instant::now() + WAIT;
    while app
        .count("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")
        .await
        > 0
    {
        assert!(Instant::now() < deadline, "the outbox was not emptied");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let sent = app.count("SELECT COUNT(*) FROM outbox").await;
    smtp.wait_for(usize::try_from(sent).unwrap_or(usize::MAX), WAIT)
        .await
        .into_iter()
        .filter(|m| m.to.iter().any(|t| t == to) && m.subject.contains(subject))
        .collect()
}

async fn user_id(app: &TestApp, email: &str) -> String {
    app.one_string(&format!(
        "SELECT CAST(id AS TEXT) FROM users WHERE email = '{email}'"
    ))
    .await
}

async fn every_step_of_review_mails_the_people_it_concerns(backend: Backend) {
    let smtp = SmtpSink::start().await;
    let url = smtp.url();
    let app = TestApp::spawn_with(
        backend,
        &[
            ("SMTP_URL", &url),
            ("P2C_FOUR_EYES_USD", "1000000"),
            ("P2C_DIGEST_CHECK_SECONDS", "0"),
        ],
    )
    .await;

    // A French-speaking organisation submits: its receipt is in French, with the pledge's link.
    let (org, _) = new_organisation_by(&app, 1, async |email: &str| {
        token_in(
            &verification_mail(&smtp, email).await.text,
            "/verify?token=",
        )
    })
    .await;
    let title = "Écoles solaires connectées";
    let id = org
        .call("save_pledge", &pledge_form(title, &["access"]))
        .await
        .unwrap_or_else(|e| panic!("{e:?}\n{}", app.logs()));
    let receipt = mail_to(
        &smtp,
        "admin1@org1.example",
        "L’UIT a reçu votre engagement",
    )
    .await;
    assert!(receipt.subject.contains(title), "{}", receipt.subject);
    assert!(
        receipt.text.contains("vérification préalable"),
        "{}",
        receipt.text
    );
    let link = receipt
        .link_containing(&format!("/my/pledges/{id}"))
        .expect("link to the pledge");
    assert!(link.starts_with(&app.base), "{link}");
    assert!(
        receipt
            .html
            .as_deref()
            .is_some_and(|h| h.contains("lang=\"fr\""))
    );

    // Each ITU reviewer learns that a pledge is waiting, with its organisation and review link.
    for reviewer in [REVIEWER, ADMIN] {
        let waiting = mail_to(&smtp, reviewer, "A pledge is waiting for review").await;
        assert!(waiting.subject.contains(title), "{}", waiting.subject);
        assert!(waiting.text.contains("Coalition Org 1"), "{}", waiting.text);
        let link = waiting
            .link_containing(&format!("/review/{id}"))
            .expect("review link");
        assert!(link.starts_with(&app.base), "{link}");
    }

    // An ITU admin hands the pledge to the reviewer: the reviewer hears it is theirs, and from whom.
    let admin = app.sign_in(ADMIN).await;
    let reviewer_id = user_id(&app, REVIEWER).await;
    admin
        .call(
            "hold_pledge",
            &[
                ("id", &id),
                ("version", &version(&app, &id).await),
                ("action", "assign"),
                ("assignee", &reviewer_id),
            ],
        )
        .await
        .unwrap();
    let assigned = mail_to(&smtp, REVIEWER, "A pledge was assigned to you").await;
    assert!(assigned.subject.contains(title));
    assert!(assigned.text.contains("Grace Achieng"), "{}", assigned.text);
    assert!(assigned.link_containing(&format!("/review/{id}")).is_some());

    // The organisation withdraws it: its receipt, in French, carries the reason.
    org.call(
        "withdraw_pledge",
        &[
            ("id", &id),
            ("version", &version(&app, &id).await),
            ("reason", "Fusionné avec un autre engagement."),
        ],
    )
    .await
    .unwrap();
    let withdrawn = mail_to(&smtp, "admin1@org1.example", "Engagement retiré").await;
    assert!(
        withdrawn
            .text
            .contains("Fusionné avec un autre engagement.")
    );

    // A large financial pledge: after the first approval, the rest of the pool is asked for the
    // second; the first approver is not, and the organisation hears nothing yet.
    let ministry = app.sign_in(MINISTRY).await;
    let large = ministry
        .call(
            "save_pledge",
            &financial("National backbone fund", "2000000"),
        )
        .await
        .unwrap();
    mail_to(
        &smtp,
        MINISTRY,
        "ITU received your pledge: National backbone fund",
    )
    .await;
    let reviewer = app.sign_in(REVIEWER).await;
    let form = decision_form(
        &large,
        &version(&app, &large).await,
        "approve",
        "",
        Some("pass"),
    );
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    reviewer.call("decide_pledge", &refs).await.unwrap();
    let second = mail_to(&smtp, ADMIN, "A second approval is needed").await;
    assert!(second.subject.contains("National backbone fund"));
    assert!(second.text.contains("Kwame Mensah"), "{}", second.text);
    assert!(
        second
            .link_containing(&format!("/review/{large}"))
            .is_some()
    );

    assert!(
        delivered_to(&app, &smtp, REVIEWER, "A second approval is needed")
            .await
            .is_empty()
    );
    assert!(
        delivered_to(&app, &smtp, MINISTRY, "ITU's decision")
            .await
            .is_empty()
    );
    // One "waiting" mail per pledge and reviewer; none to people who review nothing.
    assert_eq!(
        delivered_to(&app, &smtp, REVIEWER, "A pledge is waiting for review")
            .await
            .len(),
        2
    );
    for nobody in [ORGANISER, PACIFIC] {
        assert!(
            delivered_to(&app, &smtp, nobody, "waiting")
                .await
                .is_empty(),
            "{nobody}"
        );
    }
}

/// `server send-digests --at TIME` against the app's database, as a scheduler would run it.
async fn send_digests(app: &TestApp, at: DateTime<Utc>, hour: &str) -> String {
    let out = tokio::process::Command::new(env!("CARGO_BIN_EXE_server"))
        .args(["send-digests", "--at", &at.to_rfc3339()])
        .env("DATABASE_URL", &app.database_url)
        .env("P2C_PUBLIC_URL", &app.base)
        .env("P2C_DIGEST_HOUR_UTC", hour)
        .env("RUST_LOG", "warn")
        .env_remove("P2C_ENV")
        .env_remove("LEPTOS_ENV")
        .output()
        .await
        .unwrap();
    assert!(
        out.status.success(),
        "send-digests: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

async fn the_daily_digest_lists_each_waiting_pledge_once(backend: Backend) {
    let smtp = SmtpSink::start().await;
    let url = smtp.url();
    let app = TestApp::spawn_with(
        backend,
        &[("SMTP_URL", &url), ("P2C_DIGEST_CHECK_SECONDS", "0")],
    )
    .await;
    let reviewer = app.sign_in(REVIEWER).await;
    let ministry = app.sign_in(MINISTRY).await;
    // The account page offers the choice to reviewers, not to organisations.
    assert!(
        reviewer
            .page("/account")
            .await
            .contains("pledge-mail-digest")
    );
    assert!(
        !ministry
            .page("/account")
            .await
            .contains("pledge-mail-digest")
    );
    assert_eq!(
        reviewer.call("pledge_mail_choice", &[]).await.unwrap(),
        "\"each\""
    );
    reviewer
        .call("set_pledge_mail", &[("choice", "digest")])
        .await
        .unwrap();
    assert_eq!(
        reviewer.call("pledge_mail_choice", &[]).await.unwrap(),
        "\"digest\""
    );

    let a = ministry
        .call(
            "save_pledge",
            &pledge_form("Digest pledge Alpha", &["access"]),
        )
        .await
        .unwrap();
    let b = ministry
        .call(
            "save_pledge",
            &pledge_form("Digest pledge Bravo", &["adoption"]),
        )
        .await
        .unwrap();
    // The admin takes a mail per pledge; the reviewer, who chose the digest, none.
    mail_to(
        &smtp,
        ADMIN,
        "A pledge is waiting for review: Digest pledge Bravo",
    )
    .await;
    assert!(
        delivered_to(&app, &smtp, REVIEWER, "A pledge is waiting")
            .await
            .is_empty()
    );

    // Before the digest hour nothing goes out; then "today" sends one digest with both pledges.
    let now = Utc::now();
    let early = now
        .date_naive()
        .and_hms_opt(5, 0, 0)
        .map(|t| t.and_utc())
        .unwrap();
    assert_eq!(send_digests(&app, early, "6").await, "0 digest(s) queued");
    assert_eq!(
        send_digests(&app, now + chrono::Duration::minutes(1), "0").await,
        "1 digest(s) queued"
    );
    let today = mail_to(&smtp, REVIEWER, "Pledges waiting for review: 2").await;
    for (title, id) in [("Digest pledge Alpha", &a), ("Digest pledge Bravo", &b)] {
        assert_eq!(today.text.matches(title).count(), 1, "{}", today.text);
        let link = today
            .link_containing(&format!("/review/{id}"))
            .expect("review link");
        assert!(link.starts_with(&app.base), "{link}");
    }
    // Run again the same day: nothing more.
    assert_eq!(
        send_digests(&app, now + chrono::Duration::minutes(2), "0").await,
        "0 digest(s) queued"
    );

    // A pledge submitted after today's digest is in tomorrow's, and yesterday's are not.
    let c = ministry
        .call(
            "save_pledge",
            &pledge_form("Digest pledge Charlie", &["access"]),
        )
        .await
        .unwrap();
    let tomorrow = now + chrono::Duration::days(1);
    assert_eq!(
        send_digests(&app, tomorrow, "0").await,
        "1 digest(s) queued"
    );
    let next = mail_to(&smtp, REVIEWER, "Pledges waiting for review: 1").await;
    assert_eq!(next.text.matches("Digest pledge Charlie").count(), 1);
    assert!(next.link_containing(&format!("/review/{c}")).is_some());
    assert!(
        !next.text.contains("Alpha") && !next.text.contains("Bravo"),
        "{}",
        next.text
    );
    assert_eq!(
        send_digests(&app, tomorrow + chrono::Duration::minutes(1), "0").await,
        "0 digest(s) queued"
    );
    assert_eq!(
        delivered_to(&app, &smtp, REVIEWER, "Pledges waiting for review")
            .await
            .len(),
        2
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM digest_entries").await, 0);
    // The admin chose nothing: no digest, a mail per pledge.
    assert!(
        delivered_to(&app, &smtp, ADMIN, "Pledges waiting for review")
            .await
            .is_empty()
    );
    assert_eq!(
        delivered_to(&app, &smtp, ADMIN, "A pledge is waiting for review")
            .await
            .len(),
        3
    );
}

on_both_databases!(
    every_step_of_review_mails_the_people_it_concerns,
    the_daily_digest_lists_each_waiting_pledge_once,
);
