use crate::helpers::{Backend, TestApp};

async fn the_language_choice_persists_across_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.anonymous();
    let english = browser.page("/").await;
    assert!(english.contains(r#"<html lang="en""#) && english.contains("Pledge compendium"));

    let (status, chinese) = browser.get("/lang/zh?next=/login").await;
    assert_eq!(status, 200);
    assert!(
        chinese.contains(r#"<html lang="zh""#) && chinese.contains("电子邮件地址"),
        "{chinese}"
    );
    let again = browser.page("/").await;
    assert!(
        again.contains("承诺汇编") && again.contains("已发布承诺 3 项"),
        "choice not remembered"
    );
}

async fn the_browser_language_is_the_default(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let html = app
        .anonymous()
        .client
        .get(format!("{}/", app.base))
        .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(r#"<html lang="zh""#) && html.contains("承诺汇编"));
}

async fn each_of_the_six_languages_persists_and_arabic_is_right_to_left(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.anonymous();
    // A word of each language's compendium heading, and the page's direction.
    let expected = [
        ("ar", "rtl", "التعهدات"),
        ("zh", "ltr", "承诺汇编"),
        ("en", "ltr", "Pledge compendium"),
        ("fr", "ltr", "engagements"),
        ("ru", "ltr", "обязательств"),
        ("es", "ltr", "compromisos"),
    ];
    for (code, dir, word) in expected {
        let html = browser.page(&format!("/lang/{code}?next=/")).await;
        assert!(
            html.contains(&format!(r#"<html lang="{code}" dir="{dir}""#)),
            "{code}: {html}"
        );
        let again = browser.page("/").await;
        assert!(again.contains(word), "{code} not remembered: {again}");
    }
}

async fn a_language_refused_with_q_zero_is_not_chosen(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let page = |header: &'static str| {
        let app = &app;
        async move {
            app.anonymous()
                .client
                .get(format!("{}/", app.base))
                .header("Accept-Language", header)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap()
        }
    };
    assert!(
        page("fr;q=0, ru;q=0.5")
            .await
            .contains(r#"<html lang="ru""#)
    );
    assert!(page("fr;q=0").await.contains(r#"<html lang="en""#));
    assert!(page("es-MX, en;q=0.5").await.contains(r#"<html lang="es""#));
}

/// The browser's wasm carries English only: a page in another language names its Fluent file,
/// which is served as the translator wrote it and cached for good under its versioned URL.
async fn a_page_names_its_language_file_for_the_browser(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.anonymous();
    let english = browser.page("/").await;
    assert!(!english.contains("p2c-messages"), "English is in the wasm");

    let french = browser.page("/lang/fr?next=/").await;
    let href = french
        .split(r#"<meta name="p2c-messages" content=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a French page names its messages")
        .replace("&amp;", "&");
    assert!(href.starts_with("/i18n/fr.ftl?v="), "{href}");
    // The description search engines show is in the page's language too.
    assert!(french.contains(r#"<meta name="description" content="Engagements de gouvernements"#));
    assert!(english.contains(r#"<meta name="description" content="Commitments by governments"#));
    assert!(
        french.contains(&format!(r#"<link rel="preload" href="{href}""#)),
        "the file is preloaded beside the wasm"
    );

    let response = browser
        .client
        .get(format!("{}{href}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/plain")
    );
    let body = response.text().await.unwrap();
    assert_eq!(body, include_str!("../../../app/locales/fr.ftl"));

    // Another version is served but not kept; an unknown language or file is a 404.
    let (status, stale) = browser.get("/i18n/fr.ftl?v=000000000000").await;
    assert_eq!((status, stale.len()), (200, body.len()));
    let stale = browser
        .client
        .get(format!("{}/i18n/fr.ftl?v=0", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.headers()["cache-control"], "no-cache");
    assert_eq!(browser.get("/i18n/xx.ftl").await.0, 404);
    assert_eq!(browser.get("/i18n/fr.json").await.0, 404);
    assert_eq!(browser.get("/i18n/..%2Fsecrets.ftl").await.0, 404);
}

crate::on_both_databases!(
    a_page_names_its_language_file_for_the_browser,
    the_language_choice_persists_across_pages,
    the_browser_language_is_the_default,
    each_of_the_six_languages_persists_and_arabic_is_right_to_left,
    a_language_refused_with_q_zero_is_not_chosen,
);
