use app::error::AppError;
use app::pledge_lifecycle::{PledgeAction, TransitionError};

use crate::full_pledge::{approve, submit, version_of};
use crate::helpers::{Backend, MINISTRY, PACIFIC, REVIEWER, TestApp, pledge_form};

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

/// Reviewers judge what was submitted: the organisation's working copy (what it is typing, saved
/// as it types) is its own until it submits it.
async fn reviewers_read_submitted_revisions_never_the_working_copy(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let submitted = "Community networks for 40 villages";
    let typed = "Working title nobody submitted";
    let typed_text = "Unsaved plans the organisation is still typing about.";
    let id = submit(&ministry, &pledge_form(submitted, &["access"])).await;
    let version = version_of(&app, &id).await;
    reviewer
        .decide(
            &id,
            &version,
            "request_changes",
            "Name the villages.",
            Some("pass"),
        )
        .await
        .unwrap();
    ministry
        .call(
            "autosave_pledge",
            &[
                ("pledge", id.as_str()),
                ("input[title]", typed),
                ("input[description]", typed_text),
            ],
        )
        .await
        .unwrap();
    assert!(
        ministry
            .call("load_pledge", &[("id", &id)])
            .await
            .unwrap()
            .contains(typed),
        "the organisation sees its own typing"
    );

    let queue = reviewer
        .call("review_queue", &[("filter[status]", "changes_requested")])
        .await
        .unwrap();
    let answers = [
        ("review_queue", queue),
        (
            "review_pledge",
            reviewer
                .call("review_pledge", &[("id", &id)])
                .await
                .unwrap(),
        ),
        (
            "load_pledge",
            reviewer.call("load_pledge", &[("id", &id)]).await.unwrap(),
        ),
        (
            "pledge_form_start",
            reviewer
                .call("pledge_form_start", &[("pledge", &id)])
                .await
                .unwrap(),
        ),
        ("review page", reviewer.page(&format!("/review/{id}")).await),
        (
            "pledge page",
            reviewer.page(&format!("/my/pledges/{id}")).await,
        ),
    ];
    for (what, answer) in answers {
        assert!(
            answer.contains(submitted),
            "{what} lacks the submitted title"
        );
        assert!(
            !answer.contains(typed) && !answer.contains(typed_text),
            "{what} shows the working copy: {answer}"
        );
    }
}

/// An invited organisation sees the invitation (who invites it, to which pledge) and nothing of
/// the pledge's content until it confirms.
async fn an_invited_partner_sees_only_the_invitation_until_it_confirms(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let title = "Joint backbone for island schools";
    let content = "Broadband for 120 health centres in three districts by June 2028.";
    let draft_text = "A draft paragraph the lead has not submitted yet.";
    let id = submit(&ministry, &pledge_form(title, &["access"])).await;
    approve(&app, &reviewer, &id).await;
    ministry
        .call(
            "autosave_pledge",
            &[
                ("pledge", id.as_str()),
                ("input[title]", title),
                ("input[description]", draft_text),
            ],
        )
        .await
        .unwrap();
    let pacific_id = app
        .one_string("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Pacific Connect Ltd'")
        .await;
    ministry
        .call(
            "invite_partner",
            &[("pledge", id.as_str()), ("organisation", &pacific_id)],
        )
        .await
        .unwrap();
    let revision = app
        .one_string(&format!(
            "SELECT CAST(current_revision_id AS TEXT) FROM pledges WHERE id = {id}"
        ))
        .await;

    let invitation = pacific.call("load_pledge", &[("id", &id)]).await.unwrap();
    assert!(
        invitation.contains(title) && invitation.contains("\"invited\""),
        "{invitation}"
    );
    assert!(
        invitation.contains("Ministry of ICT and Innovation"),
        "{invitation}"
    );
    let page = pacific.page(&format!("/my/pledges/{id}")).await;
    for (what, answer) in [("load_pledge", &invitation), ("pledge page", &page)] {
        assert!(
            !answer.contains(content) && !answer.contains(draft_text),
            "{what} shows the pledge's content to an invitee: {answer}"
        );
    }
    assert_eq!(
        pacific.call("pledge_form_start", &[("pledge", &id)]).await,
        Err(AppError::NotFound)
    );
    assert_eq!(
        pacific
            .call(
                "pledge_revision",
                &[("pledge", id.as_str()), ("revision", revision.as_str())]
            )
            .await,
        Err(AppError::NotFound)
    );
    let listed = pacific.call("my_pledges", &[]).await.unwrap();
    assert!(listed.contains("\"invited\""), "{listed}");

    // Once it confirms, the partner reads the pledge as its own.
    pacific
        .call(
            "answer_invitation",
            &[("pledge", id.as_str()), ("answer", "confirm")],
        )
        .await
        .unwrap();
    let detail = pacific.call("load_pledge", &[("id", &id)]).await.unwrap();
    assert!(detail.contains(content), "{detail}");
    let form = pacific
        .call("pledge_form_start", &[("pledge", &id)])
        .await
        .unwrap();
    assert!(form.contains(draft_text), "{form}");
}

crate::on_both_databases!(
    unpublished_pledges_stay_inside_their_organisation,
    signing_in_and_out,
    reviewers_read_submitted_revisions_never_the_working_copy,
    an_invited_partner_sees_only_the_invitation_until_it_confirms,
);
