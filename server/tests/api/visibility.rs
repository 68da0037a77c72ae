use app::error::AppError;

use crate::helpers::{Backend, MINISTRY, PACIFIC, TestApp, pledge_form};

async fn unpublished_pledges_stay_inside_their_organisation(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let title = "Spectrum for rural broadband in the Western Province";
    let ministry = app.sign_in(MINISTRY).await;
    ministry
        .call("submit_pledge", &pledge_form(title, &["access"]))
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));

    let other = app.sign_in(PACIFIC).await;
    let (_, theirs) = other.page("/my/pledges").await;
    assert!(
        !theirs.contains(title),
        "another organisation sees an unpublished pledge"
    );
    assert_eq!(
        other.call("review_queue", &[]).await,
        Err(AppError::Forbidden)
    );
    let other_list = other.call("my_pledges", &[]).await.unwrap_or_default();
    assert!(!other_list.contains(title));

    let public = app.anonymous();
    for path in ["/", "/review", "/my/pledges"] {
        let (_, html) = public.page(path).await;
        assert!(
            !html.contains(title),
            "{path} shows an unpublished pledge to the public"
        );
    }
    assert_eq!(
        public.call("review_queue", &[]).await,
        Err(AppError::NotSignedIn)
    );
    let published = public
        .call("published_pledges", &[])
        .await
        .unwrap_or_default();
    assert!(!published.contains(title) && published.contains("Digital skills for 200,000 women"));
}

async fn signing_in_and_out(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let anon = app.anonymous();
    assert_eq!(
        anon.call(
            "login",
            &[("input[email]", MINISTRY), ("input[password]", "wrong")]
        )
        .await,
        Err(AppError::InvalidCredentials)
    );
    assert_eq!(
        anon.call(
            "login",
            &[
                ("input[email]", "nobody@example.org"),
                ("input[password]", "wrong")
            ]
        )
        .await,
        Err(AppError::InvalidCredentials),
        "an unknown address answers exactly like a wrong password"
    );
    assert_eq!(anon.call("current_user", &[]).await.as_deref(), Ok("null"));

    let ministry = app.sign_in(MINISTRY).await;
    let me = ministry.call("current_user", &[]).await.unwrap_or_default();
    assert!(me.contains("Amina Uwase"), "{me}");
    ministry
        .call("logout", &[])
        .await
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        ministry.call("current_user", &[]).await.as_deref(),
        Ok("null")
    );
    assert_eq!(
        ministry.call("my_pledges", &[]).await,
        Err(AppError::NotSignedIn)
    );
}

crate::on_both_databases!(
    unpublished_pledges_stay_inside_their_organisation,
    signing_in_and_out
);
