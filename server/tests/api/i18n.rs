use crate::helpers::{Backend, TestApp};

async fn the_language_choice_persists_across_pages(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let browser = app.anonymous();
    let (_, english) = browser.page("/").await;
    assert!(english.contains(r#"<html lang="en""#) && english.contains("Pledge compendium"));

    let (status, chinese) = browser.page("/lang/zh?next=/login").await;
    assert_eq!(status, 200);
    assert!(
        chinese.contains(r#"<html lang="zh""#) && chinese.contains("电子邮件地址"),
        "{chinese}"
    );
    let (_, again) = browser.page("/").await;
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
        .unwrap_or_else(|e| panic!("{e}"))
        .text()
        .await
        .unwrap_or_default();
    assert!(html.contains(r#"<html lang="zh""#) && html.contains("承诺汇编"));
}

async fn a_language_switch_never_redirects_off_site(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_else(|e| panic!("{e}"));
    let response = client
        .get(format!("{}/lang/zh?next=//evil.example/", app.base))
        .send()
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(
        response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some("/")
    );
}

crate::on_both_databases!(
    the_language_choice_persists_across_pages,
    the_browser_language_is_the_default,
    a_language_switch_never_redirects_off_site,
);
