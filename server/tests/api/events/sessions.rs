//! Sessions of one room never overlap: the organiser reads a message on the field and nothing is
//! stored, on both databases and when two requests race for the same room.
use super::{add_session, create_event, session_form};
use crate::helpers::{Backend, ORGANISER, TestApp};
use crate::on_both_databases;

fn room_taken(e: &app::error::AppError) -> bool {
    e.field_issues()
        .iter()
        .any(|i| i.field == "room" && i.code == "room_taken")
}

async fn overlapping_sessions_in_one_room_are_refused(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let organiser = app.sign_in(ORGANISER).await;
    let event = create_event(&app, &organiser, "wtdc-27").await;
    let count = |room: &'static str| {
        let app = &app;
        let event = event.clone();
        async move {
            app.count(&format!(
                "SELECT COUNT(*) FROM event_sessions WHERE event_id = {event} AND LOWER(room) = LOWER('{room}')"
            ))
            .await
        }
    };
    add_session(
        &organiser,
        &session_form(
            &event,
            "panel",
            "Financing the last mile",
            ("2027-11-02T09:00", "2027-11-02T10:00"),
            "Room A",
        ),
    )
    .await
    .unwrap();
    // Half an hour into the first, in the same room however it is typed: refused on the field.
    let refused = add_session(
        &organiser,
        &session_form(
            &event,
            "high_level",
            "Ministers' dialogue",
            ("2027-11-02T09:30", "2027-11-02T10:30"),
            "  room   a ",
        ),
    )
    .await
    .unwrap_err();
    assert!(room_taken(&refused), "{refused:?}");
    assert_eq!(refused.status().as_u16(), 400);
    assert_eq!(count("Room A").await, 1, "nothing stored");
    // Back to back is fine; the same time in another room is fine.
    add_session(
        &organiser,
        &session_form(
            &event,
            "panel",
            "Skills for women and girls",
            ("2027-11-02T10:00", "2027-11-02T11:00"),
            "Room A",
        ),
    )
    .await
    .unwrap();
    add_session(
        &organiser,
        &session_form(
            &event,
            "group_discussion",
            "SIDS connectivity",
            ("2027-11-02T09:30", "2027-11-02T10:30"),
            "Room B",
        ),
    )
    .await
    .unwrap();
    // Outside the event's days, and a time the clocks skip: refused with their own messages.
    let outside = add_session(
        &organiser,
        &session_form(
            &event,
            "panel",
            "Too late",
            ("2027-11-20T09:00", "2027-11-20T10:00"),
            "Room C",
        ),
    )
    .await
    .unwrap_err();
    assert!(
        outside
            .field_issues()
            .iter()
            .any(|i| i.code == "session_outside_event"),
        "{outside:?}"
    );

    // Two organisers save overlapping sessions in one room at the same moment: one gets in.
    for round in 0..3 {
        let room = format!("Salle {round}");
        let a = session_form(
            &event,
            "panel",
            "First",
            ("2027-11-03T09:00", "2027-11-03T10:00"),
            &room,
        );
        let b = session_form(
            &event,
            "panel",
            "Second",
            ("2027-11-03T09:30", "2027-11-03T10:30"),
            &room,
        );
        let other = app.sign_in(ORGANISER).await;
        let (ra, rb) = tokio::join!(add_session(&organiser, &a), add_session(&other, &b));
        let oks = [ra.is_ok(), rb.is_ok()].iter().filter(|x| **x).count();
        assert_eq!(oks, 1, "round {round}: {ra:?} {rb:?}");
        let err = ra.err().or(rb.err()).unwrap();
        assert!(room_taken(&err), "{err:?}");
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM event_sessions WHERE event_id = {event} AND room = '{room}'"
            ))
            .await,
            1
        );
    }
    // An event in a time zone that does not exist is refused on its field.
    let mut bad = super::event_form("wtdc-28", "WTDC-28", "planned");
    bad[3] = ("input[time_zone]", "Mars/Olympus_Mons");
    let e = organiser.call("save_event", &bad).await.unwrap_err();
    assert!(
        e.field_issues().iter().any(|i| i.field == "time_zone"),
        "{e:?}"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM events WHERE slug = 'wtdc-28'")
            .await,
        0
    );
}

on_both_databases!(overlapping_sessions_in_one_room_are_refused);
