use crate::helpers::{
    Backend, MINISTRY, REVIEWER, TestApp, pledge_form, queue_entry, status_in_list,
};

/// The walking skeleton: a stakeholder submits, a reviewer approves, the public sees it.
async fn a_submitted_pledge_is_published_after_review(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let title = "Connect 120 health centres in Rwanda by 2028";

    let ministry = app.sign_in(MINISTRY).await;
    let pledge_id = ministry
        .call("save_pledge", &pledge_form(title, &["access", "adoption"]))
        .await
        .unwrap_or_else(|e| panic!("submit: {e:?}"));
    let mine = ministry.page("/my/pledges").await;
    assert_eq!(
        status_in_list(&mine, title).as_deref(),
        Some("Submitted"),
        "{mine}"
    );

    let public = app.anonymous().page("/").await;
    assert!(!public.contains(title), "unpublished pledge is public");

    let reviewer = app.sign_in(REVIEWER).await;
    let queue = reviewer.page("/review").await;
    let (id, version) =
        queue_entry(&queue, title).unwrap_or_else(|| panic!("not in queue: {queue}"));
    reviewer
        .approve(&id, &version)
        .await
        .unwrap_or_else(|e| panic!("approve: {e:?}"));

    let public = app.anonymous().page("/").await;
    assert!(
        public.contains(title),
        "published pledge missing from compendium"
    );
    assert!(
        public.contains("4 published pledges"),
        "three seeded plus this one"
    );
    let queue = reviewer.page("/review").await;
    assert!(
        queue_entry(&queue, title).is_none(),
        "published pledge still queued"
    );
    let mine = ministry.page("/my/pledges").await;
    assert_eq!(
        status_in_list(&mine, title).as_deref(),
        Some("Published"),
        "{mine}"
    );

    let entry = |a: &str, f: &str, t: &str, who: &str| {
        (a.to_owned(), f.to_owned(), t.to_owned(), who.to_owned())
    };
    assert_eq!(
        app.audit_log(&pledge_id).await,
        vec![
            entry("submit", "draft", "submitted", MINISTRY),
            entry("claim", "submitted", "in_review", REVIEWER),
            entry("approve", "in_review", "published", REVIEWER),
        ]
    );
}

/// Without JavaScript a form posts straight to the server function and is redirected to a page.
async fn forms_work_without_javascript(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.anonymous();
    let post = |path: &str, referer: &str, form: Vec<(&str, &str)>| {
        browser
            .client
            .post(format!("{}{path}", app.base))
            .header("Accept", "text/html")
            .header("Referer", format!("{}{referer}", app.base))
            .form(&form)
            .send()
    };

    let signed_in = post(
        "/api/login",
        "/login",
        vec![
            ("input[email]", MINISTRY),
            ("input[password]", "p2c-demo-2026"),
            ("next", ""),
        ],
    )
    .await
    .unwrap();
    assert!(
        signed_in.url().path().ends_with("/pledges/new"),
        "landed on {}",
        signed_in.url()
    );

    let title = "Community radio for digital literacy";
    let submitted = post(
        "/api/save_pledge",
        "/pledges/new",
        pledge_form(title, &["adoption"]),
    )
    .await
    .unwrap();
    assert!(
        submitted.url().path().starts_with("/my/pledges/"),
        "landed on {}",
        submitted.url()
    );
    let html = submitted.text().await.unwrap();
    assert!(
        html.contains(title) && html.contains("Your pledge was submitted"),
        "{html}"
    );

    // Refused without JavaScript: back on the form, with the message and everything typed.
    let kept_title = "Solar kiosks with free Wi-Fi in 30 markets";
    let refused = post(
        "/api/save_pledge",
        "/pledges/new",
        pledge_form(kept_title, &[]),
    )
    .await
    .unwrap();
    assert_eq!(refused.url().path(), "/pledges/new");
    let html = refused.text().await.unwrap();
    assert!(html.contains("Choose at least one focus area."), "{html}");
    assert!(
        html.contains(&format!(r#"value="{kept_title}""#)),
        "typed title lost: {html}"
    );
    assert!(
        html.contains("Connect 120 health centres in three districts"),
        "typed description lost"
    );
    assert!(
        html.contains(r#"value="project" selected"#),
        "chosen type lost"
    );
    assert!(
        html.contains(r#"value="partial" checked"#),
        "chosen benefit lost"
    );
    assert!(
        html.contains(r#"value="RW" checked"#),
        "chosen country lost"
    );
    assert!(
        html.contains(r#"value="Health centres connected""#),
        "typed target lost"
    );

    let wrong = post(
        "/api/login",
        "/login",
        vec![
            ("input[email]", MINISTRY),
            ("input[password]", "nope"),
            ("next", ""),
        ],
    )
    .await
    .unwrap();
    assert_eq!(wrong.url().path(), "/login");
    let html = wrong.text().await.unwrap();
    assert!(
        html.contains("The e-mail address or password is not correct."),
        "{html}"
    );
}

crate::on_both_databases!(
    a_submitted_pledge_is_published_after_review,
    forms_work_without_javascript
);
