//! An organisation asks to announce its pledge, the organiser accepts and schedules it (mails in
//! the outbox say so), the public event page, the permalink and the compendium show it, and when
//! the pledge is withdrawn or unpublished it leaves the event page and the run of show at once,
//! and the organisers are told. A pledge under review appears in public only once published.
use super::{
    accept_and_schedule, ask, create_event, decide, event_page, plenary, run_of_show, run_titles,
};
use crate::compendium::{list, publish, submit};
use crate::helpers::{
    ADMIN, Backend, MINISTRY, ORGANISER, PACIFIC, REVIEWER, TestApp, pledge_form,
};
use crate::on_both_databases;

fn titles(page: &serde_json::Value) -> Vec<String> {
    page["pledges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"].as_str().unwrap().to_owned())
        .collect()
}

async fn version(app: &TestApp, id: &str) -> String {
    app.one_string(&format!(
        "SELECT CAST(version AS TEXT) FROM pledges WHERE id = {id}"
    ))
    .await
}

async fn an_announced_pledge_shows_until_it_leaves(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let organiser = app.sign_in(ORGANISER).await;
    let public = app.anonymous();
    let event = create_event(&app, &organiser, "wtdc-27").await;
    let session = plenary(&app, &organiser, &event).await;

    let schools = "Broadband for 300 district hospitals";
    let id = publish(
        &app,
        &reviewer,
        &ministry,
        &pledge_form(schools, &["access"]),
    )
    .await;
    // Another organisation cannot ask for it; a speaker is required.
    assert!(ask(&pacific, &event, &id).await.is_err());
    let no_speaker = ministry
        .call(
            "request_announcement",
            &[
                ("input[event_id]", event.as_str()),
                ("input[pledge_id]", id.as_str()),
            ],
        )
        .await
        .unwrap_err();
    assert!(
        no_speaker
            .field_issues()
            .iter()
            .any(|i| i.field == "speaker_name"),
        "{no_speaker:?}"
    );
    ask(&ministry, &event, &id).await.unwrap();
    let twice = ask(&ministry, &event, &id).await.unwrap_err();
    assert!(
        twice
            .field_issues()
            .iter()
            .any(|i| i.code == "announce_twice"),
        "{twice:?}"
    );
    // Asked, not yet accepted: not public.
    assert!(!titles(&event_page(&public, "wtdc-27").await).contains(&schools.to_owned()));

    accept_and_schedule(&app, &organiser, &event, &id, &session, "1").await;
    let accepted = app.mail_to(MINISTRY, "accepted your request", 1).await;
    assert!(accepted.subject.contains(schools), "{}", accepted.subject);
    let scheduled = app
        .mail_to(MINISTRY, "Pledges announced in plenary", 1)
        .await;
    assert!(
        scheduled.text.contains("2 November 2027"),
        "{}",
        scheduled.text
    );

    // The public sees it on the event page, on the permalink and in the compendium filtered by event.
    let page = event_page(&public, "wtdc-27").await;
    assert_eq!(titles(&page), vec![schools.to_owned()]);
    assert!(public.page("/events/wtdc-27").await.contains(schools));
    let reference = page["pledges"][0]["public_ref"]
        .as_str()
        .unwrap()
        .to_owned();
    let permalink = public.page(&format!("/compendium/{reference}")).await;
    assert!(
        permalink.contains("href=\"/events/wtdc-27\""),
        "the permalink names the event"
    );
    let found = list(&public, &[("event", "wtdc-27")]).await;
    assert_eq!(found.total, 1);
    assert_eq!(list(&public, &[("event", "no-such-event")]).await.total, 0);
    assert_eq!(
        run_titles(&run_of_show(&organiser, "wtdc-27", "").await),
        vec![schools.to_owned()]
    );

    // The ministry withdraws the pledge: gone from the page and the run of show at once.
    ministry
        .call(
            "withdraw_pledge",
            &[
                ("id", id.as_str()),
                ("version", &version(&app, &id).await),
                ("reason", "Merged into the national plan."),
            ],
        )
        .await
        .unwrap();
    assert!(titles(&event_page(&public, "wtdc-27").await).is_empty());
    assert!(!public.page("/events/wtdc-27").await.contains(schools));
    assert!(run_titles(&run_of_show(&organiser, "wtdc-27", "").await).is_empty());
    assert_eq!(list(&public, &[("event", "wtdc-27")]).await.total, 0);
    assert_eq!(
        app.one_string(&format!(
            "SELECT state FROM announcements WHERE pledge_id = {id}"
        ))
        .await,
        "dropped"
    );
    let told = app
        .mail_to(ORGANISER, "was withdrawn by its organisation", 1)
        .await;
    assert!(told.text.contains(schools));

    // A pledge under review may be asked for; the public sees it only once it is published.
    let cables = "Cable landing for two atolls";
    let pending = submit(&pacific, &pledge_form(cables, &["access"])).await;
    ask(&pacific, &event, &pending).await.unwrap();
    accept_and_schedule(&app, &organiser, &event, &pending, &session, "1").await;
    assert_eq!(
        run_titles(&run_of_show(&organiser, "wtdc-27", "").await),
        vec![cables.to_owned()]
    );
    assert!(
        titles(&event_page(&public, "wtdc-27").await).is_empty(),
        "not public yet"
    );
    reviewer
        .approve(&pending, &version(&app, &pending).await)
        .await
        .unwrap();
    assert_eq!(
        titles(&event_page(&public, "wtdc-27").await),
        vec![cables.to_owned()]
    );

    // ITU unpublishes it: it leaves the page and the run of show too.
    admin
        .call(
            "unpublish_pledge",
            &[
                ("id", pending.as_str()),
                ("version", &version(&app, &pending).await),
                ("reason", "Published by mistake."),
            ],
        )
        .await
        .unwrap();
    assert!(titles(&event_page(&public, "wtdc-27").await).is_empty());
    assert!(run_titles(&run_of_show(&organiser, "wtdc-27", "").await).is_empty());
    let told = app.mail_to(ORGANISER, "is no longer public", 1).await;
    assert!(told.text.contains(cables));

    // A declined request never shows; a stakeholder cannot accept its own.
    let skills = "Digital skills for 5,000 nurses";
    let third = publish(
        &app,
        &reviewer,
        &ministry,
        &pledge_form(skills, &["adoption"]),
    )
    .await;
    ask(&ministry, &event, &third).await.unwrap();
    let own = decide(&app, &ministry, &event, &third, "accept", &[])
        .await
        .unwrap_err();
    assert_eq!(own.status().as_u16(), 403);
    decide(&app, &organiser, &event, &third, "decline", &[])
        .await
        .unwrap();
    assert!(titles(&event_page(&public, "wtdc-27").await).is_empty());

    // A rejected edit of a published pledge leaves it public, and on the programme as published.
    let kept = "Community networks in 20 districts";
    let fourth = publish(&app, &reviewer, &ministry, &pledge_form(kept, &["access"])).await;
    ask(&ministry, &event, &fourth).await.unwrap();
    accept_and_schedule(&app, &organiser, &event, &fourth, &session, "1").await;
    let mut revised = pledge_form("Community networks in 200 districts", &["access"]);
    revised.push(("pledge", fourth.as_str()));
    submit(&ministry, &revised).await;
    reviewer
        .decide(
            &fourth,
            &version(&app, &fourth).await,
            "reject",
            "The budget covers 20 districts.",
            None,
        )
        .await
        .unwrap();
    assert_eq!(
        titles(&event_page(&public, "wtdc-27").await),
        vec![kept.to_owned()]
    );
    assert_eq!(
        run_titles(&run_of_show(&organiser, "wtdc-27", "").await),
        vec![kept.to_owned()]
    );
}

on_both_databases!(an_announced_pledge_shows_until_it_leaves);
