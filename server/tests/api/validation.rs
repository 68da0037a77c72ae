use app::error::AppError;

use crate::helpers::{Backend, MINISTRY, TestApp, pledge_form};

fn fields(result: Result<String, AppError>) -> Vec<String> {
    match result {
        Err(AppError::InvalidForm { issues, .. }) => issues.into_iter().map(|i| i.field).collect(),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

async fn invalid_pledges_are_refused_field_by_field_and_nothing_is_stored(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let before = ministry.call("my_pledges", &[]).await.unwrap();
    let stored = app.count("SELECT COUNT(*) FROM pledges").await;

    assert_eq!(
        fields(
            ministry
                .call("save_pledge", &pledge_form("Wifi", &["access"]))
                .await
        ),
        vec!["title"]
    );
    assert_eq!(
        fields(
            ministry
                .call("save_pledge", &pledge_form("A valid title here", &[]))
                .await
        ),
        vec!["focus_areas"]
    );
    assert_eq!(
        fields(
            ministry
                .call(
                    "save_pledge",
                    &pledge_form("A valid title here", &["space"])
                )
                .await
        ),
        vec!["focus_areas"]
    );
    let mut no_benefit = pledge_form("A valid title here", &["access"]);
    no_benefit.retain(|(k, _)| *k != "input[sids][level]");
    assert_eq!(
        fields(ministry.call("save_pledge", &no_benefit).await),
        vec!["sids.level"]
    );

    assert_eq!(
        ministry.call("my_pledges", &[]).await.unwrap(),
        before,
        "a refused pledge was stored"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM pledges").await, stored);
}

async fn signed_out_submissions_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anon = app.anonymous();
    assert_eq!(
        anon.call(
            "save_pledge",
            &pledge_form("A valid title here", &["access"])
        )
        .await,
        Err(AppError::NotSignedIn)
    );
    let public = anon.page("/").await;
    assert!(public.contains("3 published pledges"));
}

crate::on_both_databases!(
    invalid_pledges_are_refused_field_by_field_and_nothing_is_stored,
    signed_out_submissions_are_refused,
);
