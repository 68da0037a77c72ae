//! Partners the lead names without an account are pledge content: they wait for review with the
//! revision that names them, and the public sees them only once it is approved, marked as named by
//! the lead organisation.
use crate::full_pledge::{approve, issues, status, submit, with};
use crate::helpers::{Backend, MINISTRY, REVIEWER, Session, TestApp, pledge_form};

const TITLE: &str = "Rural broadband with the district councils";
const CLAIMED: &str = "Government of Atlantis";
const ALSO_CLAIMED: &str = "International Telecommunication Union";

/// Every public view of the pledge, as bytes: the permalink page, the list page, the open API's
/// pledge, and the pledges of the open API's list and of the list's server function (those two
/// answers also carry the time they were made, which is no view of the pledge).
async fn public_views(public: &Session, reference: &str) -> Vec<String> {
    let pledges_of = |body: String| {
        let value: serde_json::Value =
            serde_json::from_str(&body).unwrap_or_else(|e| panic!("{body}: {e}"));
        value["pledges"].to_string()
    };
    vec![
        public.page(&format!("/compendium/{reference}")).await,
        public.page("/").await,
        public.page(&format!("/api/v1/pledges/{reference}")).await,
        pledges_of(public.page("/api/v1/pledges?limit=100").await),
        pledges_of(public.call("compendium_list", &[]).await.unwrap()),
    ]
}

async fn named_partners_reach_the_public_only_through_review(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let public = app.anonymous();
    let id = submit(&ministry, &pledge_form(TITLE, &["access"])).await;
    approve(&app, &reviewer, &id).await;
    let reference = app
        .one_string(&format!(
            "SELECT public_ref FROM compendium_entries WHERE pledge_id = {id}"
        ))
        .await;
    let before = public_views(&public, &reference).await;
    assert!(before[0].contains(TITLE) && before[1].contains(TITLE));

    // A 21st name is refused next to the field, and nothing is stored.
    let too_many = (1..=21)
        .map(|n| format!("Partner organisation {n}"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut form = with(TITLE, "input[named_partners]", &too_many);
    form.push(("pledge", &id));
    let revisions = app.count("SELECT COUNT(*) FROM pledge_revisions").await;
    assert_eq!(
        issues(ministry.call("save_pledge", &form).await),
        vec![("named_partners".into(), "named_partners_too_many".into())]
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM pledge_revisions").await,
        revisions
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM revision_partners").await, 0);
    // Twenty are allowed.
    let twenty = too_many.rsplit_once('\n').map(|(first, _)| first).unwrap();
    let mut form = with(TITLE, "input[named_partners]", twenty);
    form.push(("pledge", &id));
    submit(&ministry, &form).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM revision_partners").await,
        20
    );

    // The lead names two partners in an edit of the published pledge: no public byte changes.
    let names = format!("{CLAIMED}\n\n  {ALSO_CLAIMED}  \n{CLAIMED}");
    let mut form = with(TITLE, "input[named_partners]", &names);
    form.push(("pledge", &id));
    // The twenty-name edit is in review: it goes back to the lead before the next edit.
    let version = crate::full_pledge::version_of(&app, &id).await;
    reviewer
        .decide(
            &id,
            &version,
            "request_changes",
            "Fewer partners, please.",
            Some("pass"),
        )
        .await
        .unwrap();
    submit(&ministry, &form).await;
    assert_eq!(status(&app, &id).await, "submitted");
    assert_eq!(
        public_views(&public, &reference).await,
        before,
        "a named partner changed the public pledge before review"
    );

    // The reviewer sees them, with the revision under review, and what changed.
    let review = reviewer
        .call("review_pledge", &[("id", &id)])
        .await
        .unwrap();
    assert!(
        review.contains(CLAIMED) && review.contains(ALSO_CLAIMED),
        "{review}"
    );
    let review_page = reviewer.page(&format!("/review/{id}")).await;
    assert!(review_page.contains(CLAIMED), "{review_page}");

    approve(&app, &reviewer, &id).await;
    let after = public_views(&public, &reference).await;
    let permalink = &after[0];
    assert!(
        permalink.contains(CLAIMED)
            && permalink.contains(ALSO_CLAIMED)
            && permalink.contains("named by the lead organisation"),
        "{permalink}"
    );
    let api: serde_json::Value = serde_json::from_str(&after[2]).unwrap();
    assert_eq!(
        api["named_partners"],
        serde_json::json!([CLAIMED, ALSO_CLAIMED]),
        "named once each, in the order given"
    );
    assert_eq!(api["partners"], serde_json::json!([CLAIMED, ALSO_CLAIMED]));
    assert!(after[3].contains(CLAIMED) && after[4].contains(CLAIMED));
    let french = public
        .client
        .get(format!("{}/compendium/{reference}", app.base))
        .header("Accept-Language", "fr")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        french.contains("désigné par l’organisation chef de file"),
        "{french}"
    );
}

crate::on_both_databases!(named_partners_reach_the_public_only_through_review);
