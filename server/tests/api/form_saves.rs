//! Saves of one open pledge form arrive in any order (an autosave on a slow link reaches the server
//! after the "Save draft" pressed later): the newest stays, and a new pledge saved twice at once
//! is one pledge. Issue 22, point 9; the browser side is `end2end/tests/draft-reopen.spec.ts`.
use crate::full_pledge::{id_of, status};
use crate::helpers::{Backend, MINISTRY, PACIFIC, TestApp, pledge_form};

const TITLE: &str = "Solar schools in the Eastern Province";
const KEY: &str = "5f0c9e1d2b3a4c5d6e7f8091a2b3c4d5";

/// The form as "Save draft" sends it, stamped with the form's key and its count of edits.
fn draft<'a>(title: &'a str, key: &'a str, seq: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut form = pledge_form(title, &["access"]);
    form.retain(|(f, _)| *f != "intent");
    form.extend([("intent", "draft"), ("form_key", key), ("form_seq", seq)]);
    form
}

/// An autosave of the same form made earlier, before the consent box was ticked.
fn early_autosave<'a>(key: &'a str, seq: &'a str) -> Vec<(&'a str, &'a str)> {
    let mut form = pledge_form(TITLE, &["access"]);
    form.retain(|(f, _)| *f != "intent" && *f != "input[consent]");
    form.extend([("form_key", key), ("form_seq", seq)]);
    form
}

async fn stored_consent(app: &TestApp, id: &str) -> String {
    let input = app
        .one_string(&format!(
            "SELECT input FROM pledge_drafts WHERE pledge_id = {id}"
        ))
        .await;
    let value: serde_json::Value = serde_json::from_str(&input).unwrap_or_default();
    value["consent"].as_str().unwrap_or_default().to_owned()
}

async fn a_late_autosave_neither_overwrites_nor_duplicates(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pledges_before = app.count("SELECT COUNT(*) FROM pledges").await;

    // "Save draft" of a new pledge (edit 9) reaches the server first; the autosave of edit 8,
    // also of the new pledge, after it.
    let saved = id_of(
        &ministry
            .call("save_pledge", &draft(TITLE, KEY, "9"))
            .await
            .unwrap(),
    );
    let late = ministry
        .call("autosave_pledge", &early_autosave(KEY, "8"))
        .await
        .unwrap();
    assert_eq!(
        id_of(&late),
        saved,
        "the late autosave names the same pledge"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM pledges").await,
        pledges_before + 1,
        "one pledge, not two"
    );
    assert_eq!(
        stored_consent(&app, &saved).await,
        "yes",
        "the newer copy stays"
    );

    // The same on a pledge that exists: the stale copy changes nothing; a newer one is saved.
    let pledge = saved.as_str();
    let mut stale = early_autosave(KEY, "3");
    stale.push(("pledge", pledge));
    ministry.call("autosave_pledge", &stale).await.unwrap();
    assert_eq!(stored_consent(&app, pledge).await, "yes");
    let mut newer = early_autosave(KEY, "10");
    newer.push(("pledge", pledge));
    ministry.call("autosave_pledge", &newer).await.unwrap();
    assert_eq!(
        stored_consent(&app, pledge).await,
        "",
        "a newer edit is kept"
    );

    // Another tab (its own key) is not held back by this one's count.
    let mut other_tab = draft(TITLE, "0a1b2c3d4e5f60718293a4b5c6d7e8f9", "1");
    other_tab.push(("pledge", pledge));
    ministry.call("save_pledge", &other_tab).await.unwrap();
    assert_eq!(stored_consent(&app, pledge).await, "yes");

    // Submitting from a form whose autosave made the pledge submits that pledge.
    let key = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b";
    let first = ministry
        .call("autosave_pledge", &early_autosave(key, "4"))
        .await
        .unwrap();
    let mut submitted = pledge_form("Submitted from the same tab", &["access"]);
    submitted.extend([("form_key", key), ("form_seq", "5")]);
    let id = id_of(&ministry.call("save_pledge", &submitted).await.unwrap());
    assert_eq!(id, id_of(&first));
    assert_eq!(status(&app, &id).await, "submitted");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM pledge_drafts WHERE pledge_id = {id}"
        ))
        .await,
        0,
        "no working copy is left beside the submission"
    );

    // A key another person used is no guard and no way in: their pledge is not touched.
    let pacific = app.sign_in(PACIFIC).await;
    let theirs = id_of(
        &pacific
            .call("save_pledge", &draft("Pacific's own draft", KEY, "1"))
            .await
            .unwrap(),
    );
    assert_ne!(theirs, saved);
    assert_eq!(stored_consent(&app, pledge).await, "yes");
}

crate::on_both_databases!(a_late_autosave_neither_overwrites_nor_duplicates);
