//! The public event page's totals are the compendium's, filtered by the event: they equal the CSV
//! export with `event=`, and a joint pledge counts once however many of its organisations asked.
use super::{accept_and_schedule, ask, create_event, event_page, plenary};
use crate::compendium::{download, publish};
use crate::compendium_exports::{cents, column, csv_rows};
use crate::helpers::{Backend, MINISTRY, ORGANISER, PACIFIC, REVIEWER, TestApp, pledge_form};
use crate::on_both_databases;

async fn event_totals_equal_the_export_and_count_a_joint_pledge_once(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let organiser = app.sign_in(ORGANISER).await;
    let public = app.anonymous();
    let event = create_event(&app, &organiser, "wtdc-27").await;
    let session = plenary(&app, &organiser, &event).await;
    let pacific_id = app
        .one_string("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Pacific Connect Ltd'")
        .await;

    let solo = publish(
        &app,
        &reviewer,
        &ministry,
        &pledge_form("Hospitals online", &["access"]),
    )
    .await;
    let theirs = publish(
        &app,
        &reviewer,
        &pacific,
        &pledge_form("Atoll backhaul", &["access"]),
    )
    .await;
    let joint = publish(
        &app,
        &reviewer,
        &ministry,
        &pledge_form("Joint skills academy", &["adoption"]),
    )
    .await;
    ministry
        .call(
            "invite_partner",
            &[("pledge", joint.as_str()), ("organisation", &pacific_id)],
        )
        .await
        .unwrap();
    pacific
        .call(
            "answer_invitation",
            &[("pledge", joint.as_str()), ("answer", "confirm")],
        )
        .await
        .unwrap();
    ministry
        .call(
            "set_partner_editing",
            &[("pledge", joint.as_str()), ("allowed", "yes")],
        )
        .await
        .unwrap();
    // The partner asks first; the lead's request for the same pledge is refused as a second one.
    ask(&pacific, &event, &joint).await.unwrap();
    let again = ask(&ministry, &event, &joint).await.unwrap_err();
    assert!(
        again
            .field_issues()
            .iter()
            .any(|i| i.code == "announce_twice"),
        "{again:?}"
    );
    for (who, id, position) in [(&ministry, &solo, "1"), (&pacific, &theirs, "2")] {
        ask(who, &event, id).await.unwrap();
        accept_and_schedule(&app, &organiser, &event, id, &session, position).await;
    }
    accept_and_schedule(&app, &organiser, &event, &joint, &session, "3").await;
    // A pledge of the demo announced at another event stays out of this one.
    let page = event_page(&public, "wtdc-27").await;
    let totals = &page["totals"];
    assert_eq!(totals["pledges"], 3, "{totals}");
    assert_eq!(page["pledges"].as_array().unwrap().len(), 3);

    let (status, _, bytes) = download(&public, "/compendium.csv?event=wtdc-27").await;
    assert_eq!(status, 200);
    let (head, rows) = csv_rows(&bytes, &"event=wtdc-27");
    assert_eq!(rows.len() as u64, totals["pledges"].as_u64().unwrap());
    let usd = column(&head, "Value (USD)");
    let sum: i64 = rows.iter().map(|r| cents(&r[usd])).sum();
    assert_eq!(sum, totals["usd_cents"].as_i64().unwrap(), "USD");
    let ldc = column(&head, "LDC");
    let benefiting = rows
        .iter()
        .filter(|r| !r[ldc].starts_with("Not targeted"))
        .count() as u64;
    assert_eq!(
        benefiting,
        totals["benefiting_ldc"].as_u64().unwrap(),
        "LDC"
    );
    // The page shows the same figures a person reads.
    let html = public.page("/events/wtdc-27").await;
    assert!(html.contains("Joint skills academy"));
    // The demo's WTDC-22 keeps its own two pledges.
    assert_eq!(event_page(&public, "wtdc-22").await["totals"]["pledges"], 2);
}

on_both_databases!(event_totals_equal_the_export_and_count_a_joint_pledge_once);
