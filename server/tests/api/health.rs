use crate::helpers::{Backend, TestApp};

async fn health_check_answers_ok_with_the_database_reachable(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let response = reqwest::get(format!("{}/healthz", app.base)).await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.text().await.unwrap(), "ok");
}

async fn unknown_pages_are_404_with_a_helpful_page(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, html) = app.anonymous().get("/no/such/page").await;
    assert_eq!(status, 404);
    assert!(html.contains("Page not found"), "{html}");
}

async fn pages_are_compressed_for_browsers_that_accept_it(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    for encoding in ["gzip", "br"] {
        let response = app
            .anonymous()
            .client
            .get(format!("{}/", app.base))
            .header("Accept-Encoding", encoding)
            .send()
            .await
            .unwrap();
        assert_eq!(
            response
                .headers()
                .get("content-encoding")
                .and_then(|v| v.to_str().ok()),
            Some(encoding)
        );
    }
}

async fn stops_cleanly_on_sigterm(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let (status, _) = app.anonymous().get("/").await;
    assert_eq!(status, 200);
    let exit = app.terminate().await;
    assert!(exit.success(), "exit status after SIGTERM: {exit:?}");
}

crate::on_both_databases!(
    health_check_answers_ok_with_the_database_reachable,
    unknown_pages_are_404_with_a_helpful_page,
    pages_are_compressed_for_browsers_that_accept_it,
    stops_cleanly_on_sigterm,
);

#[tokio::test]
async fn sqlite_runs_in_wal_mode() {
    use sea_orm::{ConnectionTrait, Database, Statement};

    let app = TestApp::spawn(Backend::Sqlite).await;
    let db = Database::connect(app.database_url.as_str()).await.unwrap();
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "PRAGMA journal_mode",
        ))
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no answer"));
    assert_eq!(row.try_get_by_index::<String>(0).unwrap(), "wal");
}
