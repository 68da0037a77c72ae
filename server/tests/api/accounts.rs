//! Registration, the links in e-mails, passwords and addresses, and requests to join.
use crate::fixtures::{STRONG, registration};
use crate::helpers::{Backend, MINISTRY, TestApp};
use crate::on_both_databases;
use app::error::AppError;

async fn registration_writes_nothing_when_a_field_is_wrong(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.anonymous();
    let users = app.count("SELECT COUNT(*) FROM users").await;
    let orgs = app.count("SELECT COUNT(*) FROM organisations").await;
    let long_name = "x".repeat(121);
    let long_org = "Moana ".repeat(34);
    let long_website = format!("https://moana.example/{}", "a".repeat(290));
    let long_description = "Community networks. ".repeat(101);
    let cases: Vec<(&str, &str, &str)> = vec![
        ("input[name]", "", "name"),
        ("input[name]", &long_name, "name"),
        ("input[name]", "Aroha\u{7}Ngata", "one_line"),
        ("input[email]", "", "email"),
        ("input[email]", "aroha", "email"),
        ("input[password]", "short", "password_length"),
        ("input[password]", "password123456", "password_weak"),
        ("input[password]", "qwertyuiop123", "password_weak"),
        ("input[password]", "arohangata", "password_weak"),
        ("input[language]", "de", "choice"),
        ("input[organisation][name]", "", "org_name"),
        ("input[organisation][name]", &long_org, "org_name"),
        ("input[organisation][website]", &long_website, "url"),
        (
            "input[organisation][description]",
            &long_description,
            "org_description",
        ),
        ("input[org_choice]", "both", "org_choice"),
        (
            "input[organisation][name]",
            "pacific connect ltd",
            "org_taken",
        ),
        ("input[organisation][stakeholder_type]", "cartel", "choice"),
        ("input[organisation][country]", "XX", "choice"),
        ("input[organisation][website]", "javascript:alert(1)", "url"),
        (
            "input[organisation][description]",
            "too short",
            "org_description",
        ),
    ];
    for (field, value, code) in cases {
        let mut form = registration("Aroha Ngata", "aroha@moana.example", "Moana Digital Trust");
        for entry in form.iter_mut().filter(|(f, _)| *f == field) {
            entry.1 = value;
        }
        let error = visitor.call("register", &form).await.expect_err(field);
        let issues = error.field_issues();
        let expected = field
            .trim_start_matches("input[")
            .replace("][", ".")
            .trim_end_matches(']')
            .to_owned();
        assert!(
            issues.iter().any(|i| i.field == expected && i.code == code),
            "{field}={value:?}: expected {expected}:{code}, got {issues:?}"
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, users);
    assert_eq!(app.count("SELECT COUNT(*) FROM organisations").await, orgs);
    assert_eq!(app.count("SELECT COUNT(*) FROM registrations").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox").await, 0);
}

/// A new organisation may apply to lead a focus area in the registration form itself.
async fn a_new_organisation_applies_to_lead_as_it_registers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.anonymous();
    let mut form = registration("Aroha Ngata", "aroha@moana.example", "Moana Digital Trust");
    form.push(("input[apply_to_lead]", "yes"));
    form.push(("input[lead][focus_area]", "adoption"));
    form.push(("input[lead][constituency]", "civil_society"));
    form.push(("input[lead][commitment]", "Soon."));
    // The application's fields are checked with the rest; nothing is written.
    let error = visitor
        .call("register", &form)
        .await
        .expect_err("short commitment");
    let fields: Vec<&str> = error
        .field_issues()
        .iter()
        .map(|i| i.field.as_str())
        .collect();
    assert_eq!(fields, ["lead.commitment", "lead.leader_will_attend"]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM organisations WHERE name = 'Moana Digital Trust'")
            .await,
        0
    );

    form.retain(|(f, _)| *f != "input[lead][commitment]");
    form.push((
        "input[lead][commitment]",
        "Community networks for 40 outer islands by 2028.",
    ));
    form.push(("input[lead][leader_will_attend]", "yes"));
    visitor.call("register", &form).await.unwrap();
    // The application waits with the registration, and is made when the address is confirmed.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM focus_area_leaders WHERE status = 'applied'")
            .await,
        0
    );
    crate::fixtures::confirm_address(&app, &visitor, "aroha@moana.example").await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM focus_area_leaders l JOIN organisations o ON o.id = l.organisation_id \
             WHERE o.name = 'Moana Digital Trust' AND l.focus_area = 'adoption' AND l.status = 'applied'"
        )
        .await,
        1
    );
}

async fn expired_and_reused_links_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.anonymous();
    visitor
        .call(
            "register",
            &registration("Aroha Ngata", "aroha@moana.example", "Moana Digital Trust"),
        )
        .await
        .unwrap();
    let token = app
        .mailed_token("aroha@moana.example", "/verify?token=", 1)
        .await;
    app.execute("UPDATE registrations SET token_expires_at = created_at")
        .await;
    let confirm = |token: String| {
        let visitor = &visitor;
        async move {
            visitor
                .call(
                    "verify_email",
                    &[("input[token]", &token), ("input[password]", STRONG)],
                )
                .await
        }
    };
    assert_eq!(confirm(token).await, Err(AppError::LinkInvalid));
    assert_eq!(confirm("0123".into()).await, Err(AppError::LinkInvalid));
    // A fresh link from "send it again" works; only hashes are stored.
    visitor
        .call(
            "resend_verification",
            &[("input[email]", "aroha@moana.example")],
        )
        .await
        .unwrap();
    let token = app
        .mailed_token("aroha@moana.example", "/verify?token=", 2)
        .await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM registrations WHERE token_hash = '{token}'"
        ))
        .await,
        0
    );
    confirm(token.clone()).await.unwrap();
    assert_eq!(confirm(token).await, Err(AppError::LinkInvalid));

    // Password reset: weak passwords refused, the link works once, and old sessions end.
    let signed_in = app.anonymous();
    signed_in
        .call(
            "login",
            &[
                ("input[email]", "aroha@moana.example"),
                ("input[password]", STRONG),
            ],
        )
        .await
        .unwrap();
    visitor
        .call(
            "forgot_password",
            &[("input[email]", "aroha@moana.example")],
        )
        .await
        .unwrap();
    visitor
        .call(
            "forgot_password",
            &[("input[email]", "nobody@nowhere.example")],
        )
        .await
        .unwrap();
    let token = app
        .mailed_token("aroha@moana.example", "/password/reset?token=", 1)
        .await;
    let weak = visitor
        .call(
            "reset_password",
            &[
                ("input[token]", &token),
                ("input[password]", "password123456"),
            ],
        )
        .await;
    assert!(
        weak.expect_err("weak")
            .field_issues()
            .iter()
            .any(|i| i.code == "password_weak")
    );
    visitor
        .call(
            "reset_password",
            &[
                ("input[token]", &token),
                ("input[password]", "quiet-lantern-orchard-71"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(
        visitor
            .call(
                "reset_password",
                &[
                    ("input[token]", &token),
                    ("input[password]", "quiet-lantern-orchard-72")
                ]
            )
            .await,
        Err(AppError::LinkInvalid)
    );
    assert_eq!(
        signed_in.call("organisation_overview", &[]).await,
        Err(AppError::NotSignedIn)
    );
    app.anonymous()
        .call(
            "login",
            &[
                ("input[email]", "aroha@moana.example"),
                ("input[password]", "quiet-lantern-orchard-71"),
            ],
        )
        .await
        .unwrap();
}

/// Two reset links were mailed; once one of them sets a new password, the other is refused. And
/// a delivered message's row keeps no raw token: the table no longer opens any account.
async fn a_completed_reset_kills_the_other_links_and_sent_mail_keeps_no_token(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.anonymous();
    for _ in 0..2 {
        visitor
            .call("forgot_password", &[("input[email]", MINISTRY)])
            .await
            .unwrap();
    }
    let earlier = app
        .mailed_token(MINISTRY, "/password/reset?token=", 1)
        .await;
    let later = app
        .mailed_token(MINISTRY, "/password/reset?token=", 2)
        .await;
    assert_ne!(earlier, later);
    visitor
        .call(
            "reset_password",
            &[
                ("input[token]", &later),
                ("input[password]", "quiet-lantern-orchard-71"),
            ],
        )
        .await
        .unwrap();
    assert_eq!(
        visitor
            .call(
                "reset_password",
                &[
                    ("input[token]", &earlier),
                    ("input[password]", "harbour-lantern-quiet-72"),
                ],
            )
            .await,
        Err(AppError::LinkInvalid)
    );
    app.anonymous()
        .call(
            "login",
            &[
                ("input[email]", MINISTRY),
                ("input[password]", "quiet-lantern-orchard-71"),
            ],
        )
        .await
        .unwrap();

    // Both messages were delivered with their links; their rows hold neither token any more.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while app
        .count("SELECT COUNT(*) FROM outbox WHERE kind = 'reset_password' AND status = 'sent'")
        .await
        < 2
    {
        assert!(std::time::Instant::now() < deadline, "mail not marked sent");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    for token in [&earlier, &later] {
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM outbox WHERE body_text LIKE '%{token}%' \
                 OR body_html LIKE '%{token}%' OR secret IS NOT NULL"
            ))
            .await,
            0,
            "a stored message still holds {token}"
        );
    }
    // The delivered message itself carried the link, in both parts.
    let mail = app.mail_to(MINISTRY, &later, 1).await;
    assert!(mail.html.as_deref().is_some_and(|h| h.contains(&later)));
}

async fn a_password_change_signs_out_other_sessions_and_an_email_change_needs_its_link(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let here = app.sign_in(crate::helpers::MINISTRY).await;
    let elsewhere = app.sign_in(crate::helpers::MINISTRY).await;
    let wrong = here
        .call(
            "change_password",
            &[
                ("input[current_password]", "nope"),
                ("input[new_password]", "quiet-lantern-orchard-71"),
            ],
        )
        .await;
    assert!(
        wrong
            .expect_err("wrong")
            .field_issues()
            .iter()
            .any(|i| i.field == "current_password" && i.code == "password_wrong")
    );
    here.call(
        "change_password",
        &[
            ("input[current_password]", crate::helpers::PASSWORD),
            ("input[new_password]", "quiet-lantern-orchard-71"),
        ],
    )
    .await
    .unwrap();
    here.call("organisation_overview", &[]).await.unwrap();
    assert_eq!(
        elsewhere.call("organisation_overview", &[]).await,
        Err(AppError::NotSignedIn)
    );

    let taken = here
        .call(
            "change_email",
            &[
                ("input[new_email]", "SIONE@pacificconnect.example"),
                ("input[current_password]", "quiet-lantern-orchard-71"),
            ],
        )
        .await;
    assert!(
        taken
            .expect_err("taken")
            .field_issues()
            .iter()
            .any(|i| i.code == "email_taken")
    );
    here.call(
        "change_email",
        &[
            ("input[new_email]", "amina.uwase@minict.example"),
            ("input[current_password]", "quiet-lantern-orchard-71"),
        ],
    )
    .await
    .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 'amina.uwase@minict.example'")
            .await,
        0
    );
    let token = app
        .mailed_token("amina.uwase@minict.example", "/account/email?token=", 1)
        .await;
    here.call("confirm_email", &[("token", &token)])
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email = 'amina.uwase@minict.example'")
            .await,
        1
    );
}

async fn a_join_request_waits_for_the_organisation_admin(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let visitor = app.anonymous();
    let person = crate::fixtures::join_ministry(&app, "jean@minict.example").await;
    // The organisation's admin hears of it; the person cannot sign in until approved.
    assert_eq!(app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'join_request' AND recipient = 'amina@minict.example'").await, 1);
    let login = [
        ("input[email]", "jean@minict.example"),
        ("input[password]", STRONG),
    ];
    assert_eq!(
        visitor.call("login", &login).await,
        Err(AppError::MembershipPending)
    );
    // Another organisation's people cannot decide.
    let pacific = app.sign_in(crate::helpers::PACIFIC).await;
    assert!(
        pacific
            .call(
                "decide_join",
                &[("person_id", &person), ("action", "approve")]
            )
            .await
            .is_err()
    );
    let admin = app.sign_in(crate::helpers::MINISTRY).await;
    admin
        .call(
            "decide_join",
            &[("person_id", &person), ("action", "approve")],
        )
        .await
        .unwrap();
    visitor.call("login", &login).await.unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE kind = 'join_decision'")
            .await,
        1
    );
}

on_both_databases!(
    registration_writes_nothing_when_a_field_is_wrong,
    a_new_organisation_applies_to_lead_as_it_registers,
    expired_and_reused_links_are_refused,
    a_password_change_signs_out_other_sessions_and_an_email_change_needs_its_link,
    a_join_request_waits_for_the_organisation_admin,
    a_completed_reset_kills_the_other_links_and_sent_mail_keeps_no_token,
);
