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
    let encoding_of = |accept: &'static str| {
        let request = app
            .anonymous()
            .client
            .get(format!("{}/", app.base))
            .header("Accept-Encoding", accept);
        async move {
            let response = request.send().await.unwrap();
            assert_eq!(response.status(), 200);
            response
                .headers()
                .get("content-encoding")
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        }
    };
    assert_eq!(encoding_of("gzip").await.as_deref(), Some("gzip"));
    // The brotli copy is made once a visitor asks for it (off the request); until it is there, a
    // client that takes only brotli gets the page as it is, never a refusal.
    let mut seen = Vec::new();
    loop {
        let got = encoding_of("br").await;
        if got.as_deref() == Some("br") {
            break;
        }
        assert_eq!(got, None, "nothing but brotli or the page itself");
        seen.push(got);
        assert!(seen.len() < 100, "no brotli copy was made");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
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
