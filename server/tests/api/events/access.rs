//! Every server function and page of roundtables and events, called by each of the seven kinds of
//! caller: each refusal has its status and changes nothing.
use super::{ask, create_event, plenary, session_form};
use crate::authorization::{
    A, Call, EVERYONE, ITU_ADMIN_ONLY, ORGANISATIONS_ONLY, SIGNED_IN, WHO, check_calls,
};
use crate::compendium::publish;

use crate::helpers::{
    ADMIN, Backend, MINISTRY, ORGANISER, PACIFIC, REVIEWER, TestApp, pledge_form,
};
use crate::on_both_databases;

/// Organisers and ITU admins.
const RUNNERS: [Option<u16>; 7] = [Some(401), Some(403), Some(403), Some(403), Some(403), A, A];

async fn every_event_route_answers_each_caller(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let org_admin = app.sign_in(MINISTRY).await;
    let member = crate::fixtures::ministry_member(&app, &org_admin, "jean@minict.example").await;
    let reviewer = app.sign_in(REVIEWER).await;
    let organiser = app.sign_in(ORGANISER).await;
    let event = create_event(&app, &organiser, "wtdc-27").await;
    let session = plenary(&app, &organiser, &event).await;
    let spare = {
        super::add_session(
            &organiser,
            &session_form(
                &event,
                "panel",
                "Spare panel",
                ("2027-11-04T09:00", "2027-11-04T10:00"),
                "Room Z",
            ),
        )
        .await
        .unwrap();
        app.one_string(&format!(
            "SELECT CAST(MAX(id) AS TEXT) FROM event_sessions WHERE event_id = {event}"
        ))
        .await
    };
    let pledge = publish(
        &app,
        &reviewer,
        &org_admin,
        &pledge_form("Clinics online", &["access"]),
    )
    .await;
    ask(&org_admin, &event, &pledge).await.unwrap();
    let (announcement, version) = super::announcement(&app, &event, &pledge).await;
    let ministry_org = app
        .one_string("SELECT CAST(id AS TEXT) FROM organisations WHERE name = 'Ministry of ICT and Innovation, Rwanda'")
        .await;
    // The ministry is on the ceremony's list (as the organiser's "open the list" would put a Member).
    let now = if app.database_url.starts_with("postgres") {
        "now()"
    } else {
        "'2026-12-07T10:00:00+00:00'"
    };
    app.execute(&format!(
        "INSERT INTO event_signatories (event_id, organisation_id, capacity, updated_at) VALUES ({event}, {ministry_org}, 'member', {now})"
    ))
    .await;

    let sessions = [
        app.anonymous(),
        app.sign_in(PACIFIC).await,
        member,
        org_admin,
        reviewer,
        app.sign_in(ADMIN).await,
        organiser,
    ];
    let mut new_event = super::event_form("wtdc-29", "WTDC-29", "planned");
    new_event.push(("event_id", ""));
    let session_fields = session_form(
        &event,
        "panel",
        "Another panel",
        ("2027-11-05T09:00", "2027-11-05T10:00"),
        "Room Y",
    );
    let session_refs: Vec<(&str, &str)> = session_fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let announce = vec![
        ("input[event_id]", event.as_str()),
        ("input[pledge_id]", pledge.as_str()),
        ("input[speaker_name]", "Jean Mugabo"),
        ("input[speaker_title]", "Permanent Secretary"),
    ];
    let calls: Vec<Call> = vec![
        ("events_list", vec![], EVERYONE),
        ("event_page", vec![("slug", "wtdc-22")], EVERYONE),
        ("organiser_events", vec![], RUNNERS),
        ("save_event", new_event, RUNNERS),
        ("event_desk", vec![("slug", "wtdc-27")], RUNNERS),
        ("save_session", session_refs, RUNNERS),
        ("run_of_show", vec![("slug", "wtdc-27")], RUNNERS),
        ("ceremony_sheet", vec![("slug", "wtdc-27")], RUNNERS),
        (
            "open_signatories",
            vec![("event_id", event.as_str())],
            RUNNERS,
        ),
        (
            "add_leader_video",
            vec![
                ("event_id", event.as_str()),
                ("organisation_id", ministry_org.as_str()),
                ("video[video_url]", "https://www.youtube.com/watch?v=x"),
                ("video[video_length]", "2:00"),
                (
                    "video[video_transcript]",
                    "The Leader's statement on access for all.",
                ),
            ],
            RUNNERS,
        ),
        ("video_hosts", vec![], RUNNERS),
        (
            "set_video_host",
            vec![("host", "media.itu.int"), ("allowed", "yes")],
            ITU_ADMIN_ONLY,
        ),
        ("my_events", vec![], ORGANISATIONS_ONLY),
        // Another organisation cannot tell the pledge exists; a second request of the ministry's
        // is refused on its field (it was asked already), never for want of rights.
        (
            "request_announcement",
            announce,
            [Some(401), Some(404), A, A, Some(403), Some(403), Some(403)],
        ),
        ("stashed_event", vec![("id", "0123456789abcdef")], SIGNED_IN),
        (
            "stashed_session",
            vec![("id", "0123456789abcdef")],
            SIGNED_IN,
        ),
        (
            "stashed_announcement",
            vec![("id", "0123456789abcdef")],
            SIGNED_IN,
        ),
        (
            "confirm_signatory",
            vec![
                ("event_id", event.as_str()),
                ("signatory_name", "Amina Diallo"),
                ("signatory_title", "Minister"),
            ],
            // Pacific is not on this ceremony's list.
            [Some(401), Some(404), A, A, Some(403), Some(403), Some(403)],
        ),
        (
            "decide_announcement",
            vec![
                ("announcement_id", announcement.as_str()),
                ("version", version.as_str()),
                ("action", "accept"),
            ],
            // The ministry's own people may only withdraw; the organiser comes after the admin
            // accepted it, and meets the version that moved (409), not a refusal.
            [Some(401), Some(404), Some(403), Some(403), Some(403), A, A],
        ),
        (
            "decide_announcement",
            vec![
                ("announcement_id", announcement.as_str()),
                ("version", "1"),
                ("action", "schedule"),
                ("session_id", session.as_str()),
                ("position", "1"),
                ("minutes", "3"),
            ],
            [Some(401), Some(404), Some(403), Some(403), Some(403), A, A],
        ),
        // The admin removes it; for the organiser after it, the session is gone.
        (
            "remove_session",
            vec![("session_id", spare.as_str())],
            [
                Some(401),
                Some(403),
                Some(403),
                Some(403),
                Some(403),
                A,
                Some(404),
            ],
        ),
    ];
    check_calls(&app, &sessions, &calls).await;

    let pages: [(&str, [u16; 7]); 10] = [
        ("/events", [200; 7]),
        ("/events/wtdc-27", [200; 7]),
        ("/events/no-such-event", [404; 7]),
        ("/organiser/events", [401, 403, 403, 403, 403, 200, 200]),
        (
            "/organiser/events/wtdc-27",
            [401, 403, 403, 403, 403, 200, 200],
        ),
        (
            "/organiser/events/wtdc-27/run",
            [401, 403, 403, 403, 403, 200, 200],
        ),
        (
            "/organiser/events/wtdc-27/ceremony",
            [401, 403, 403, 403, 403, 200, 200],
        ),
        (
            "/organiser/events/wtdc-27/run.docx",
            [401, 403, 403, 403, 403, 200, 200],
        ),
        (
            "/organiser/events/wtdc-27/run.xlsx",
            [401, 403, 403, 403, 403, 200, 200],
        ),
        ("/my/events", [401, 200, 200, 200, 403, 403, 403]),
    ];
    for (path, statuses) in pages {
        for ((session, who), want) in sessions.iter().zip(WHO).zip(statuses) {
            assert_eq!(session.get(path).await.0, want, "GET {path} as {who}");
        }
    }
    for ((session, who), want) in sessions
        .iter()
        .zip(WHO)
        .zip([401, 403, 403, 403, 403, 200, 200])
    {
        assert_eq!(
            session.get("/admin/video-hosts").await.0,
            want,
            "GET /admin/video-hosts as {who}"
        );
    }
}

on_both_databases!(every_event_route_answers_each_caller);
