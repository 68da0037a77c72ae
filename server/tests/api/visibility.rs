use app::error::AppError;
use app::pledge_lifecycle::{PledgeAction, TransitionError};

use crate::helpers::{Backend, MINISTRY, PACIFIC, TestApp, pledge_form};

async fn unpublished_pledges_stay_inside_their_organisation(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let title = "Spectrum for rural broadband in the Western Province";
    let ministry = app.sign_in(MINISTRY).await;
    ministry
        .call("save_pledge", &pledge_form(title, &["access"]))
        .await
        .unwrap();

    let other = app.sign_in(PACIFIC).await;
    let theirs = other.page("/my/pledges").await;
    assert!(
        !theirs.contains(title),
        "another organisation sees an unpublished pledge"
    );
    assert_eq!(
        other.call("review_queue", &[]).await,
        Err(AppError::Transition(TransitionError::NotPermitted {
            action: PledgeAction::Claim
        }))
    );
    let other_list = other.call("my_pledges", &[]).await.unwrap();
    assert!(!other_list.contains(title));

    let public = app.anonymous();
    for (path, status) in [("/", 200), ("/review", 401), ("/my/pledges", 401)] {
        let (got, html) = public.get(path).await;
        assert_eq!(got, status, "{path}");
        assert!(
            !html.contains(title),
            "{path} shows an unpublished pledge to the public"
        );
    }
    assert_eq!(
        public.call("review_queue", &[]).await,
        Err(AppError::NotSignedIn)
    );
    let published = public.call("compendium_list", &[]).await.unwrap();
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
    let me = ministry.call("current_user", &[]).await.unwrap();
    assert!(me.contains("Amina Uwase"), "{me}");
    ministry.call("logout", &[]).await.unwrap();
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
