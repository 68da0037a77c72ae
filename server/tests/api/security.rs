//! The HTTP edge as an attacker and a careless client meet it.
use app::error::AppError;
use reqwest::redirect::Policy;

use crate::helpers::{
    Backend, MINISTRY, PASSWORD, TestApp, blocked_inline_scripts, pledge_form, server_command,
};

fn no_redirects() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(Policy::none())
        .cookie_store(true)
        .build()
        .unwrap()
}

const HOSTILE_NEXT: &[&str] = &[
    "/\t/evil.example",
    "/%09/evil.example",
    "/\r\n/evil.example",
    "/%0D%0ASet-Cookie:%20x=1",
    "/%0A",
    "/\u{7f}/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "//evil.example",
    "/%2F%2Fevil.example",
    "%2F%2Fevil.example",
    "/.//evil.example",
    "https://evil.example",
    "https:evil.example",
    "javascript:alert(1)",
    "/\u{0}",
];

/// A `Location` a browser reads as a path of this site: one slash, no control characters.
fn stays_on_site(location: &str) -> bool {
    location.starts_with('/')
        && !location.starts_with("//")
        && !location.starts_with("/\\")
        && !location.chars().any(|c| c.is_control() || c == '\\')
}

async fn hostile_next_values_never_leave_the_site_nor_break_the_server(backend: Backend) {
    // Seventeen sign-ins in a row: more than the default limits allow.
    let app = TestApp::spawn_with(
        backend,
        &[
            ("P2C_SIGN_INS_PER_ACCOUNT_PER_MINUTE", "100"),
            ("P2C_ANONYMOUS_POSTS_PER_IP_PER_MINUTE", "100"),
        ],
    )
    .await;
    let long = format!("/{}", "a".repeat(20_000));
    let mut values: Vec<&str> = HOSTILE_NEXT.to_vec();
    values.push(&long);
    for next in values {
        // The language switch.
        let client = no_redirects();
        let url =
            reqwest::Url::parse_with_params(&format!("{}/lang/fr", app.base), [("next", next)])
                .unwrap();
        let answer = client.get(url).send().await.unwrap();
        assert_eq!(answer.status().as_u16(), 303, "{next:?}");
        let location = answer.headers()["location"].to_str().unwrap().to_owned();
        assert!(stays_on_site(&location), "{next:?} led to {location:?}");

        // Sign-in without JavaScript, which follows `next` afterwards.
        let client = no_redirects();
        let answer = client
            .post(format!("{}/api/login", app.base))
            .header("Accept", "text/html")
            .header("Referer", format!("{}/login", app.base))
            .form(&[
                ("input[email]", MINISTRY),
                ("input[password]", PASSWORD),
                ("next", next),
            ])
            .send()
            .await
            .unwrap();
        assert!(
            answer.status().is_redirection(),
            "{next:?}: {}",
            answer.status()
        );
        let location = answer.headers()["location"].to_str().unwrap().to_owned();
        assert!(stays_on_site(&location), "{next:?} led to {location:?}");

        // The sign-in page itself, with the value in its address.
        let url = reqwest::Url::parse_with_params(&format!("{}/login", app.base), [("next", next)])
            .unwrap();
        let status = client.get(url).send().await.unwrap().status();
        assert!(status.as_u16() < 500, "{next:?}: {status}");
    }
    let (status, _) = app.anonymous().get("/healthz").await;
    assert_eq!(status, 200, "the server survived");
}

async fn every_answer_carries_the_security_headers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let public = app.anonymous();
    let mut ids = std::collections::HashSet::new();
    let requests = [
        ministry.client.get(format!("{}/", app.base)),
        // Rendered for the first visitor, then served from the page cache.
        public.client.get(format!("{}/", app.base)),
        public.client.get(format!("{}/", app.base)),
        public.client.get(format!("{}/dashboard", app.base)),
        ministry.client.get(format!("{}/pledges/new", app.base)),
        ministry.client.get(format!("{}/no/such/page", app.base)),
        ministry.client.get(format!("{}/healthz", app.base)),
        ministry
            .client
            .post(format!("{}/api/my_pledges", app.base))
            .header("Accept", "application/json"),
        ministry
            .client
            .post(format!("{}/api/decide_pledge", app.base))
            .header("Accept", "application/json")
            .form(&[("id", "1"), ("version", "0")]),
    ];
    for request in requests {
        let response = request.send().await.unwrap();
        let url = response.url().clone();
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_else(|| panic!("{url}: no {name}"))
                .to_owned()
        };
        let csp = header("content-security-policy");
        let script_src = csp
            .split(';')
            .find(|d| d.trim().starts_with("script-src"))
            .unwrap_or_else(|| panic!("{url}: no script-src in {csp}"));
        assert!(
            !script_src.contains("unsafe-inline")
                && (script_src.contains("'nonce-") || script_src.contains("'sha256-")),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert_eq!(header("referrer-policy"), "same-origin");
        assert!(ids.insert(header("x-request-id")), "request ids repeat");
        assert!(
            response
                .headers()
                .get("strict-transport-security")
                .is_none()
        );
        let is_page = header("content-type").starts_with("text/html");
        let body = response.text().await.unwrap();
        if is_page {
            // The hydration script runs: it carries this response's nonce, or (on a cached page)
            // its hash is in the policy.
            assert!(body.contains("<script"), "{url}: {body}");
            assert_eq!(
                blocked_inline_scripts(&csp, &body),
                Vec::<String>::new(),
                "{url}: {csp}"
            );
        }
    }
}

/// What a signed-in person is shown stays out of every cache and off the browser's disk; the
/// anonymous public pages stay cacheable (revalidated by their ETag).
async fn signed_in_pages_are_never_stored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let public = app.anonymous();
    let cache_control = |response: &reqwest::Response| {
        response
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    for path in ["/", "/my/pledges", "/pledges/new", "/dashboard"] {
        let response = ministry
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        assert_eq!(
            cache_control(&response).as_deref(),
            Some("private, no-store"),
            "signed-in {path}"
        );
    }
    let data = ministry
        .client
        .post(format!("{}/api/my_pledges", app.base))
        .header("Accept", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(
        cache_control(&data).as_deref(),
        Some("private, no-store"),
        "a signed-in server function's answer"
    );
    for path in ["/", "/", "/dashboard"] {
        let response = public
            .client
            .get(format!("{}{path}", app.base))
            .send()
            .await
            .unwrap();
        let policy = cache_control(&response).unwrap_or_default();
        assert!(
            !policy.contains("no-store") && !policy.contains("private"),
            "anonymous {path}: {policy}"
        );
        assert!(response.headers().contains_key("etag"), "anonymous {path}");
    }
}

async fn cross_site_posts_are_refused_and_change_nothing(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let sessions = app.count("SELECT COUNT(*) FROM sessions").await;
    let pledges = app.count("SELECT COUNT(*) FROM pledges").await;
    let forged: [(&str, &str); 2] = [
        ("Origin", "http://evil.example"),
        ("Sec-Fetch-Site", "cross-site"),
    ];
    for (name, value) in forged {
        let post = |endpoint: &str| {
            ministry
                .client
                .post(format!("{}/api/{endpoint}", app.base))
                .header(name, value)
                .header("Accept", "text/html")
        };
        let login = post("login")
            .form(&[("input[email]", MINISTRY), ("input[password]", PASSWORD)])
            .send()
            .await
            .unwrap();
        assert_eq!(login.status().as_u16(), 403);
        assert!(login.headers().get("set-cookie").is_none());
        let logout = post("logout").send().await.unwrap();
        assert_eq!(logout.status().as_u16(), 403);
        let submit = post("save_pledge")
            .form(&pledge_form("A pledge forged by another site", &["access"]))
            .send()
            .await
            .unwrap();
        assert_eq!(submit.status().as_u16(), 403);
        assert!(submit.text().await.unwrap().contains("another website"));
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, sessions);
    assert_eq!(app.count("SELECT COUNT(*) FROM pledges").await, pledges);
    let me = ministry.call("current_user", &[]).await.unwrap();
    assert!(me.contains("Amina Uwase"), "still signed in: {me}");
}

async fn sign_in_attempts_beyond_the_limits_answer_429(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &[
            ("P2C_SIGN_INS_PER_ACCOUNT_PER_MINUTE", "3"),
            ("P2C_ANONYMOUS_POSTS_PER_IP_PER_MINUTE", "6"),
        ],
    )
    .await;
    let attempt = |email: &'static str| {
        let app = &app;
        async move {
            app.anonymous()
                .call(
                    "login",
                    &[("input[email]", email), ("input[password]", "wrong")],
                )
                .await
        }
    };
    for _ in 0..3 {
        assert_eq!(attempt(MINISTRY).await, Err(AppError::InvalidCredentials));
    }
    // The account is now locked for a while from this address, even with the right password.
    assert_eq!(attempt(MINISTRY).await, Err(AppError::TooManyRequests));
    let right = app
        .anonymous()
        .call(
            "login",
            &[("input[email]", MINISTRY), ("input[password]", PASSWORD)],
        )
        .await;
    assert_eq!(right, Err(AppError::TooManyRequests));
    // Five posts from this address so far; the sixth is the last one allowed.
    assert_eq!(
        attempt("nobody@example.org").await,
        Err(AppError::InvalidCredentials)
    );
    assert_eq!(
        attempt("other@example.org").await,
        Err(AppError::TooManyRequests)
    );

    // Without JavaScript the form comes back with the message, in the reader's language.
    let answer = app
        .anonymous()
        .client
        .post(format!("{}/api/login", app.base))
        .header("Accept", "text/html")
        .header("Accept-Language", "fr")
        .header("Referer", format!("{}/login", app.base))
        .form(&[
            ("input[email]", "x@example.org"),
            ("input[password]", "wrong"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.url().path(), "/login");
    let html = answer.text().await.unwrap();
    let french = app::i18n::Locale::Fr.t(app::i18n::Key::ErrTooManyRequests);
    assert!(html.contains(french), "{html}");
    // The log (not the start-up banner, which lists the demo logins) names the account only in part.
    let logs: String = app
        .logs()
        .lines()
        .filter(|l| l.contains("sign-in"))
        .collect();
    assert!(logs.contains("a…@minict.example"), "{logs}");
    assert!(
        !logs.contains(MINISTRY) && !logs.contains("wrong"),
        "{logs}"
    );
}

/// Ten wrong passwords from one address lock that address out of the account, never its owner
/// elsewhere; a password change from a session counts against the same limits.
async fn a_stranger_guessing_from_one_address_cannot_lock_the_owner_out(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &[
            ("P2C_CLIENT_IP_HEADER", "X-Forwarded-For"),
            ("P2C_ANONYMOUS_POSTS_PER_IP_PER_MINUTE", "100"),
        ],
    )
    .await;
    let from = |ip: &'static str, password: &'static str| {
        let app = &app;
        async move {
            let answer = app
                .anonymous()
                .client
                .post(format!("{}/api/login", app.base))
                .header("Accept", "application/json")
                .header("X-Forwarded-For", ip)
                .form(&[("input[email]", MINISTRY), ("input[password]", password)])
                .send()
                .await
                .unwrap();
            let status = answer.status().as_u16();
            let body = answer.text().await.unwrap();
            (status, body)
        }
    };
    // Address A, written with a port as some proxies do.
    for _ in 0..10 {
        let (status, body) = from("198.51.100.1, 203.0.113.7:5678", "wrong").await;
        assert_eq!(status, 401, "{body}");
    }
    let (status, _) = from("203.0.113.7", PASSWORD).await;
    assert_eq!(
        status, 429,
        "address A is refused, even with the right password"
    );
    // Address B, an IPv6 address with a port: the owner signs in.
    let (status, body) = from("[2001:db8:5::1]:443", PASSWORD).await;
    assert_eq!(status, 200, "{body}");
    // Another address of A's neighbours is not A.
    let (status, body) = from("203.0.113.8", PASSWORD).await;
    assert_eq!(status, 200, "{body}");

    // Guessing the password through a stolen session's "change password" form meets the same
    // limits: ten wrong guesses from one address, then that address is refused.
    let session = app.sign_in(crate::helpers::PACIFIC).await;
    let change = |current: &'static str| {
        session
            .client
            .post(format!("{}/api/change_password", app.base))
            .header("Accept", "application/json")
            .header("X-Forwarded-For", "192.0.2.44")
            .form(&[
                ("input[current_password]", current),
                ("input[new_password]", "quiet-lantern-orchard-71"),
            ])
            .send()
    };
    for _ in 0..10 {
        assert_eq!(change("wrong").await.unwrap().status(), 400);
    }
    assert_eq!(change(PASSWORD).await.unwrap().status(), 429);
}

async fn downloads_beyond_the_limit_answer_429_for_that_address_only(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &[
            ("P2C_DOWNLOADS_PER_IP_PER_MINUTE", "2"),
            ("P2C_CLIENT_IP_HEADER", "X-Forwarded-For"),
        ],
    )
    .await;
    let public = app.anonymous();
    let get = |path: &'static str, ip: &'static str| {
        public
            .client
            .get(format!("{}{path}", app.base))
            .header("X-Forwarded-For", ip)
            .header("Accept", "text/html")
            .header("Accept-Language", "fr")
            .send()
    };
    for path in ["/compendium.csv", "/compendium.xlsx"] {
        assert_eq!(get(path, "203.0.113.7").await.unwrap().status(), 200);
    }
    let refused = get("/compendium.docx", "203.0.113.7").await.unwrap();
    assert_eq!(refused.status(), 429);
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    let page = refused.text().await.unwrap();
    let french = app::i18n::Locale::Fr.t(app::i18n::Key::ErrTooManyRequests);
    assert!(page.contains(french), "{page}");
    // Pages stay open to that address, and downloads to the others.
    assert_eq!(get("/", "203.0.113.7").await.unwrap().status(), 200);
    assert_eq!(
        get("/compendium.docx", "198.51.100.4")
            .await
            .unwrap()
            .status(),
        200
    );
}

async fn head_counts_against_the_download_limit(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("P2C_DOWNLOADS_PER_IP_PER_MINUTE", "2")]).await;
    let public = app.anonymous();
    let head = |path: &'static str| {
        public
            .client
            .head(format!("{}{path}", app.base))
            .header("Accept", "text/html")
            .send()
    };
    // A HEAD makes the whole file as a GET does, so it counts as one.
    assert_eq!(head("/compendium.xlsx").await.unwrap().status(), 200);
    assert_eq!(
        public.get("/compendium.csv").await.0,
        200,
        "the second download"
    );
    for path in ["/compendium.xlsx", "/compendium.docx", "/compendium.csv"] {
        let refused = head(path).await.unwrap();
        assert_eq!(refused.status(), 429, "HEAD {path}");
        assert!(refused.headers().contains_key("retry-after"), "HEAD {path}");
    }
    assert_eq!(public.get("/compendium.json").await.0, 429);
}

/// The client's `Retry-After`, in seconds, of a `429`.
fn refused_for(response: &reqwest::Response) -> u64 {
    assert_eq!(response.status(), 429, "{:?}", response.url());
    response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

async fn new_renders_and_the_open_api_have_a_budget_per_address(backend: Backend) {
    let app = TestApp::spawn_with(
        backend,
        &[
            ("P2C_PAGE_RENDERS_PER_IP_PER_MINUTE", "3"),
            ("P2C_API_PER_IP_PER_MINUTE", "3"),
            ("P2C_CLIENT_IP_HEADER", "X-Forwarded-For"),
        ],
    )
    .await;
    let public = app.anonymous();
    let get = |path: String, ip: &'static str| {
        public
            .client
            .get(format!("{}{path}", app.base))
            .header("X-Forwarded-For", ip)
            .header("Accept", "text/html")
            .header("Accept-Language", "ru")
            .send()
    };
    let home = get("/".into(), "203.0.113.7").await.unwrap();
    assert_eq!(home.status(), 200);
    let home = home.text().await.unwrap();
    for i in 1..3 {
        let path = format!("/?q=search{i}");
        assert_eq!(get(path, "203.0.113.7").await.unwrap().status(), 200);
    }
    // A fourth page rendered anew is refused, in the reader's language, with when to come back.
    let refused = get("/?q=search3".into(), "203.0.113.7").await.unwrap();
    let wait = refused_for(&refused);
    assert!((1..=60).contains(&wait), "{wait}");
    let page = refused.text().await.unwrap();
    let russian = app::i18n::Locale::Ru.t(app::i18n::Key::ErrTooManyRequests);
    assert!(page.contains(russian), "{page}");
    // The hydrated page's server functions draw on the same budget.
    let call = public
        .client
        .post(format!("{}/api/compendium_list", app.base))
        .header("X-Forwarded-For", "203.0.113.7")
        .header("Accept", "application/json")
        .form(&[("filter[q]", "search4")])
        .send()
        .await
        .unwrap();
    refused_for(&call);
    // Stored pages are never refused; other addresses have budgets of their own.
    for _ in 0..5 {
        let again = get("/".into(), "203.0.113.7").await.unwrap();
        assert_eq!(again.status(), 200);
        assert_eq!(again.text().await.unwrap(), home);
    }
    assert_eq!(
        get("/?q=search3".into(), "198.51.100.4")
            .await
            .unwrap()
            .status(),
        200
    );

    // The open API: three answers a minute for one address, then 429 with Retry-After.
    for _ in 0..3 {
        let answer = get("/api/v1/pledges?limit=1".into(), "192.0.2.9")
            .await
            .unwrap();
        assert_eq!(answer.status(), 200);
    }
    let refused = get("/api/v1/pledges/P2C-2026-00001".into(), "192.0.2.9")
        .await
        .unwrap();
    refused_for(&refused);
    assert_eq!(
        get("/api/v1/pledges?limit=1".into(), "192.0.2.10")
            .await
            .unwrap()
            .status(),
        200
    );
}

async fn oversized_bodies_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let huge = "x".repeat(2 * 1024 * 1024);
    let answer = ministry
        .client
        .post(format!("{}/api/save_pledge", app.base))
        .form(&[("input[title]", huge.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 413);
}

async fn a_refused_form_without_javascript_comes_back_whole_through_a_short_address(
    backend: Backend,
) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let description = "Broadband for district hospitals. ".repeat(600);
    let mut form = pledge_form("Hospital broadband in every district", &[]);
    form.retain(|(k, _)| *k != "input[description]");
    form.push(("input[description]", description.as_str()));
    let client = &ministry.client;
    let answer = client
        .post(format!("{}/api/save_pledge", app.base))
        .header("Accept", "text/html")
        .header("Referer", format!("{}/pledges/new", app.base))
        .form(&form)
        .send()
        .await
        .unwrap();
    // Followed by the client: the final page, reached through a short redirect.
    assert_eq!(answer.url().path(), "/pledges/new");
    assert!(answer.url().as_str().len() < 600, "{}", answer.url());
    let html = answer.text().await.unwrap();
    assert!(html.contains("Choose at least one focus area."));
    assert!(html.contains(description.trim()), "description lost");
    // The stash belongs to its author: another account gets nothing for the same id.
    let other = app.sign_in(crate::helpers::PACIFIC).await;
    let ids = app.count("SELECT COUNT(*) FROM form_stashes").await;
    assert_eq!(ids, 1);
    let id: String = {
        use sea_orm::{ConnectionTrait, Database, Statement};
        let db = Database::connect(app.database_url.as_str()).await.unwrap();
        let row = db
            .query_one_raw(Statement::from_string(
                db.get_database_backend(),
                "SELECT id FROM form_stashes".to_owned(),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get_by_index(0).unwrap()
    };
    assert_eq!(
        other
            .call("stashed_pledge_form", &[("id", &id)])
            .await
            .as_deref(),
        Ok("null")
    );
    let mine = ministry
        .call("stashed_pledge_form", &[("id", &id)])
        .await
        .unwrap();
    assert!(mine.contains("Hospital broadband in every district"));
}

async fn signing_in_again_replaces_the_session_and_expired_ones_are_swept(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("P2C_SWEEP_SECONDS", "1")]).await;
    let ministry = app.sign_in(MINISTRY).await;
    let count = "SELECT COUNT(*) FROM sessions s JOIN users u ON u.id = s.user_id \
                 WHERE u.email = 'amina@minict.example'";
    assert_eq!(app.count(count).await, 1);
    ministry
        .call(
            "login",
            &[("input[email]", MINISTRY), ("input[password]", PASSWORD)],
        )
        .await
        .unwrap();
    assert_eq!(app.count(count).await, 1, "the old session was closed");
    app.execute("UPDATE sessions SET expires_at = created_at")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 0);
}

async fn https_settings_add_hsts_and_host_bound_cookies(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("P2C_SECURE_COOKIES", "true")]).await;
    let answer = no_redirects()
        .post(format!("{}/api/login", app.base))
        .header("Accept", "application/json")
        .form(&[("input[email]", MINISTRY), ("input[password]", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status().as_u16(), 200);
    let cookie = answer.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(
        cookie.starts_with("__Host-p2c_session=") && cookie.contains("Secure"),
        "{cookie}"
    );
    assert!(answer.headers().get("strict-transport-security").is_some());
}

crate::on_both_databases!(
    hostile_next_values_never_leave_the_site_nor_break_the_server,
    every_answer_carries_the_security_headers,
    signed_in_pages_are_never_stored,
    cross_site_posts_are_refused_and_change_nothing,
    sign_in_attempts_beyond_the_limits_answer_429,
    downloads_beyond_the_limit_answer_429_for_that_address_only,
    head_counts_against_the_download_limit,
    new_renders_and_the_open_api_have_a_budget_per_address,
    a_stranger_guessing_from_one_address_cannot_lock_the_owner_out,
    oversized_bodies_are_refused,
    a_refused_form_without_javascript_comes_back_whole_through_a_short_address,
    signing_in_again_replaces_the_session_and_expired_ones_are_swept,
    https_settings_add_hsts_and_host_bound_cookies,
);

#[tokio::test]
async fn production_refuses_the_public_demo_accounts() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/p2c.sqlite?mode=rwc", dir.path().display());
    for env in [("P2C_ENV", "production"), ("LEPTOS_ENV", "PROD")] {
        let output = server_command(&url, dir.path(), &[env])
            .output()
            .await
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{env:?}");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains("P2C_SEED_DEMO"), "{said}");
    }
}
