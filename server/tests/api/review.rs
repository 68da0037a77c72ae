use app::error::AppError;
use app::pledge_lifecycle::{PledgeAction, TransitionError};

use crate::helpers::{Backend, MINISTRY, PACIFIC, REVIEWER, TestApp, pledge_form, queue_entry};

async fn two_reviewers_approving_at_once_exactly_one_wins(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let title = "Satellite backhaul for 40 island schools";
    app.sign_in(PACIFIC)
        .await
        .call("save_pledge", &pledge_form(title, &["access"]))
        .await
        .unwrap();

    let first = app.sign_in(REVIEWER).await;
    let second = app.sign_in(REVIEWER).await;
    let queue = first.page("/review").await;
    let (id, version) = queue_entry(&queue, title).unwrap_or_else(|| panic!("not queued"));
    let (a, b) = tokio::join!(first.approve(&id, &version), second.approve(&id, &version));

    let wins = [&a, &b].iter().filter(|r| r.is_ok()).count();
    assert_eq!(wins, 1, "exactly one approval wins: {a:?} {b:?}");
    let loser = if a.is_ok() { b } else { a };
    assert_eq!(loser, Err(AppError::Conflict));
}

async fn reviewers_never_review_their_own_organisation(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let title = "ITU regional capacity-building workshops";
    // Reviewers do not pledge; a colleague of theirs at ITU does, as a stakeholder.
    let role = |r: &str| format!("UPDATE users SET role = '{r}' WHERE email = '{REVIEWER}'");
    app.execute(&role("stakeholder")).await;
    reviewer
        .call("save_pledge", &pledge_form(title, &["adoption"]))
        .await
        .unwrap();
    app.execute(&role("reviewer")).await;
    let queue = reviewer.page("/review").await;
    let (id, version) = queue_entry(&queue, title).unwrap_or_else(|| panic!("not queued"));
    assert_eq!(
        reviewer.approve(&id, &version).await,
        Err(AppError::Transition(TransitionError::OwnOrganisation))
    );
    let public = app.anonymous().page("/").await;
    assert!(!public.contains(title));
}

async fn stakeholders_cannot_approve_nor_learn_which_pledges_exist(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let queue = app.sign_in(REVIEWER).await.page("/review").await;
    let (id, version) = queue_entry(&queue, "Community Wi-Fi in 50 outer-island villages")
        .unwrap_or_else(|| panic!("seeded pledge not queued"));
    let refused = Err(AppError::Transition(TransitionError::NotPermitted {
        action: PledgeAction::Approve,
    }));
    assert_eq!(ministry.approve(&id, &version).await, refused);
    // A wrong version or a pledge that does not exist: the very same answer.
    assert_eq!(ministry.approve(&id, "999").await, refused);
    assert_eq!(ministry.approve("987654", "0").await, refused);
    let queue = app.sign_in(REVIEWER).await.page("/review").await;
    assert_eq!(
        queue_entry(&queue, "Community Wi-Fi in 50 outer-island villages"),
        Some((id, version)),
        "nothing changed"
    );
}

crate::on_both_databases!(
    two_reviewers_approving_at_once_exactly_one_wins,
    reviewers_never_review_their_own_organisation,
    stakeholders_cannot_approve_nor_learn_which_pledges_exist,
);
