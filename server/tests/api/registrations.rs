//! Registrations wait for their address to be confirmed: the answer never tells whether an address
//! has an account, only the password chosen at registration confirms it, and an unconfirmed one
//! holds no organisation name and is swept after a week.
use std::time::Duration;

use reqwest::redirect::Policy;

use crate::fixtures::{STRONG, registration};
use crate::helpers::{Backend, MINISTRY, TestApp};
use crate::on_both_databases;
use app::error::AppError;

/// Status, `Location` and body of a registration as a hydrated page (JSON) and as a browser
/// without JavaScript (a form post) send it.
async fn register_answers(app: &TestApp, email: &str, org: &str) -> Vec<(u16, String, String)> {
    let client = reqwest::Client::builder()
        .redirect(Policy::none())
        .build()
        .unwrap();
    let mut answers = Vec::new();
    for accept in ["application/json", "text/html"] {
        let answer = client
            .post(format!("{}/api/register", app.base))
            .header("Accept", accept)
            .header("Referer", format!("{}/register", app.base))
            .form(&registration("Aroha Ngata", email, org))
            .send()
            .await
            .unwrap();
        let location = answer
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        answers.push((
            answer.status().as_u16(),
            location,
            answer.text().await.unwrap(),
        ));
    }
    answers
}

async fn registering_a_used_address_answers_as_a_new_one_and_tells_its_owner(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let users = app.count("SELECT COUNT(*) FROM users").await;
    // Nothing per request is random in these answers (no token, no nonce in a body or a
    // `Location`), so they are compared whole.
    let used = register_answers(&app, "Amina@MinICT.example", "Moana Digital Trust").await;
    let new = register_answers(&app, "aroha@moana.example", "Moana Pacific Trust").await;
    assert_eq!(used, new);
    assert_eq!(new[0].0, 200, "{new:?}");
    assert!(new[1].1.ends_with("/register?done=1"), "{new:?}");

    // The owner of the used address hears of it; the new address gets its confirmation link.
    let told = app.mail_to(MINISTRY, "/password/forgot", 1).await;
    assert!(told.subject.contains("register"), "{}", told.subject);
    assert!(told.link_containing("/password/forgot").is_some());
    assert!(told.link_containing("/verify?token=").is_none());
    app.mail_to("aroha@moana.example", "/verify?token=", 2)
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE recipient = 'amina@minict.example' AND kind = 'registration_attempt'")
            .await,
        2
    );
    // The used address's account is untouched, and nothing waits for it.
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, users);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE email = 'amina@minict.example'")
            .await,
        0
    );
    app.sign_in(MINISTRY).await;
}

async fn only_the_password_chosen_at_registration_confirms_an_address(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let victim = "owner@lagoon.example";
    let stranger_password = "stranger-chose-this-41";
    // A stranger registers someone else's address with a password of their own.
    let mut planted = registration("Owner", victim, "Stranger Holdings");
    for field in planted.iter_mut().filter(|(f, _)| *f == "input[password]") {
        field.1 = stranger_password;
    }
    app.anonymous().call("register", &planted).await.unwrap();
    let link = app.mailed_token(victim, "/verify?token=", 1).await;

    // The page the link opens asks for the password, and works without JavaScript.
    let owner = app.anonymous();
    let page = owner.page(&format!("/verify?token={link}")).await;
    assert!(
        page.contains("name=\"input[password]\"") && page.contains("name=\"input[token]\""),
        "{page}"
    );
    let confirm = |token: &str, password: &str| {
        let (token, password) = (token.to_owned(), password.to_owned());
        let owner = &owner;
        async move {
            owner
                .call(
                    "verify_email",
                    &[("input[token]", &token), ("input[password]", &password)],
                )
                .await
        }
    };
    let codes = |r: Result<String, AppError>| -> Vec<String> {
        r.expect_err("refused")
            .field_issues()
            .iter()
            .map(|i| format!("{}:{}", i.field, i.code))
            .collect()
    };
    // Without the password: refused. With the owner's password: not the stranger's registration.
    assert_eq!(
        codes(confirm(&link, "").await),
        ["password:password_required"]
    );
    assert_eq!(
        codes(confirm(&link, STRONG).await),
        ["password:registration_password"]
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 'owner@lagoon.example'")
            .await,
        0
    );
    // The stranger, who cannot read the mailbox, never gets a session: the address waits for
    // confirmation.
    let stranger = app.anonymous();
    let login = [
        ("input[email]", victim),
        ("input[password]", stranger_password),
    ];
    assert_eq!(
        stranger.call("login", &login).await,
        Err(AppError::EmailNotVerified)
    );

    // The owner registers too; the stranger's waiting registration does not stand in the way.
    owner
        .call(
            "register",
            &registration("Owner", victim, "Lagoon Networks"),
        )
        .await
        .unwrap();
    app.mail_to(victim, "/verify?token=", 2).await;
    // Either link (the stranger's too) confirms the owner's registration with the owner's password.
    confirm(&link, STRONG).await.unwrap();
    assert_eq!(
        stranger.call("login", &login).await,
        Err(AppError::InvalidCredentials)
    );
    assert_eq!(
        stranger.call("current_user", &[]).await.unwrap(),
        "null",
        "the stranger has no session"
    );
    owner
        .call(
            "login",
            &[("input[email]", victim), ("input[password]", STRONG)],
        )
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations WHERE name = 'Lagoon Networks'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations WHERE name = 'Stranger Holdings'")
            .await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM registrations").await, 0);
}

async fn unconfirmed_registrations_hold_no_name_and_are_swept_after_a_week(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("P2C_SWEEP_SECONDS", "1")]).await;
    let name = "Moana Digital Trust";
    for email in [
        "first@moana.example",
        "second@moana.example",
        "third@moana.example",
    ] {
        app.anonymous()
            .call("register", &registration("Aroha Ngata", email, name))
            .await
            .unwrap();
    }
    let stale = app
        .mailed_token("first@moana.example", "/verify?token=", 1)
        .await;
    // Eight days old, and six days old: only the first is past the week.
    let postgres = app.database_url.starts_with("postgres");
    let backdate = |email: &str, days: i64| {
        let earlier = if postgres {
            format!("created_at - INTERVAL '{days} days'")
        } else {
            format!("datetime(created_at, '-{days} days')")
        };
        format!("UPDATE registrations SET created_at = {earlier} WHERE email = '{email}'")
    };
    app.execute(&backdate("first@moana.example", 8)).await;
    app.execute(&backdate("second@moana.example", 6)).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while app
        .count("SELECT COUNT(*) FROM registrations WHERE email = 'first@moana.example'")
        .await
        > 0
    {
        assert!(std::time::Instant::now() < deadline, "not swept");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM registrations WHERE email <> 'first@moana.example'")
            .await,
        2
    );
    assert_eq!(
        app.anonymous()
            .call(
                "verify_email",
                &[("input[token]", &stale), ("input[password]", STRONG)]
            )
            .await,
        Err(AppError::LinkInvalid)
    );
    // No waiting registration held the name: the third confirms it, and then it is taken.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM organisations WHERE name = '{name}'"
        ))
        .await,
        0
    );
    crate::fixtures::confirm_address(&app, &app.anonymous(), "third@moana.example").await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM organisations WHERE name = '{name}'"
        ))
        .await,
        1
    );
    // The second, confirmed after that, is told the name went meanwhile, and nothing is made.
    let token = app
        .mailed_token("second@moana.example", "/verify?token=", 1)
        .await;
    let refused = app
        .anonymous()
        .call(
            "verify_email",
            &[("input[token]", &token), ("input[password]", STRONG)],
        )
        .await
        .expect_err("name taken meanwhile");
    assert_eq!(refused.field_issues()[0].code, "org_taken_meanwhile");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 'second@moana.example'")
            .await,
        0
    );
}

on_both_databases!(
    registering_a_used_address_answers_as_a_new_one_and_tells_its_owner,
    only_the_password_chosen_at_registration_confirms_an_address,
    unconfirmed_registrations_hold_no_name_and_are_swept_after_a_week,
);
