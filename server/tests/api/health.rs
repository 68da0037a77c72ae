use crate::helpers::{Backend, TestApp};

async fn health_check_answers_ok_with_the_database_reachable(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = reqwest::get(format!("{}/healthz", app.base))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.text().await.unwrap_or_default(), "ok");
}

async fn unknown_pages_are_404_with_a_helpful_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, html) = app.anonymous().page("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(html.contains("Page not found"), "{html}");
}

crate::on_both_databases!(
    health_check_answers_ok_with_the_database_reachable,
    unknown_pages_are_404_with_a_helpful_page,
);
