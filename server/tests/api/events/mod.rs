//! Roundtables and events, from outside: organisers build an event and its programme, a session
//! that collides with another in its room is refused (also when two requests race), organisations
//! ask to announce pledges, organisers accept and schedule them, the public page and the exports
//! agree, a pledge that leaves also leaves the programme, the run of show downloads, reminders
//! reach speakers, and every new route answers each kind of caller as it should.
mod access;
mod announcements;
mod reminders;
mod run_files;
mod sessions;
mod totals;

use app::error::AppError;

use crate::helpers::{Session, TestApp};

/// An event as the organiser's form sends it (Geneva, 1–12 November 2027, open).
pub(crate) fn event_form<'a>(
    slug: &'a str,
    name: &'a str,
    status: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("input[name]", name),
        ("input[slug]", slug),
        (
            "input[place]",
            "Centre International de Conférences de Genève",
        ),
        ("input[time_zone]", "Europe/Zurich"),
        ("input[starts_on]", "2027-11-01"),
        ("input[ends_on]", "2027-11-12"),
        ("input[status]", status),
    ]
}

/// Creates an open event and returns its id.
pub(crate) async fn create_event(app: &TestApp, organiser: &Session, slug: &str) -> String {
    organiser
        .call(
            "save_event",
            &event_form(slug, &slug.to_uppercase(), "open"),
        )
        .await
        .unwrap_or_else(|e| panic!("save_event: {e:?}"));
    app.one_string(&format!(
        "SELECT CAST(id AS TEXT) FROM events WHERE slug = '{slug}'"
    ))
    .await
}

/// A session as the form sends it; times are local to the event ("2027-11-02T09:00").
pub(crate) fn session_form(
    event_id: &str,
    kind: &str,
    title: &str,
    (starts, ends): (&str, &str),
    room: &str,
) -> Vec<(String, String)> {
    vec![
        ("event_id".into(), event_id.into()),
        ("input[kind]".into(), kind.into()),
        ("input[title]".into(), title.into()),
        ("input[starts_at]".into(), starts.into()),
        ("input[ends_at]".into(), ends.into()),
        ("input[room]".into(), room.into()),
        ("input[moderator]".into(), "ITU BDT".into()),
        ("input[focus_area]".into(), String::new()),
        (
            "input[speakers]".into(),
            "Amina Diallo; Minister of ICT; Ministry of ICT and Innovation".into(),
        ),
    ]
}

pub(crate) async fn add_session(
    s: &Session,
    form: &[(String, String)],
) -> Result<String, AppError> {
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    s.call("save_session", &refs).await
}

/// A plenary of announcements on 2 November 2027, 14:00–15:00 in Geneva; returns its id.
pub(crate) async fn plenary(app: &TestApp, organiser: &Session, event_id: &str) -> String {
    add_session(
        organiser,
        &session_form(
            event_id,
            "plenary_announcements",
            "Pledges announced in plenary",
            ("2027-11-02T14:00", "2027-11-02T15:00"),
            "Plenary hall",
        ),
    )
    .await
    .unwrap_or_else(|e| panic!("plenary: {e:?}"));
    app.one_string(&format!(
        "SELECT CAST(MAX(id) AS TEXT) FROM event_sessions WHERE event_id = {event_id}"
    ))
    .await
}

/// The organisation asks to announce `pledge_id` at `event_id`.
pub(crate) async fn ask(s: &Session, event_id: &str, pledge_id: &str) -> Result<String, AppError> {
    s.call(
        "request_announcement",
        &[
            ("input[event_id]", event_id),
            ("input[pledge_id]", pledge_id),
            ("input[speaker_name]", "Amina Diallo"),
            ("input[speaker_title]", "Minister of ICT and Innovation"),
        ],
    )
    .await
}

/// The live announcement of a pledge at an event: (id, version).
pub(crate) async fn announcement(
    app: &TestApp,
    event_id: &str,
    pledge_id: &str,
) -> (String, String) {
    let row = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) || ':' || CAST(version AS TEXT) FROM announcements
             WHERE event_id = {event_id} AND pledge_id = {pledge_id} ORDER BY id DESC LIMIT 1"
        ))
        .await;
    let (id, version) = row.split_once(':').unwrap();
    (id.to_owned(), version.to_owned())
}

pub(crate) async fn decide(
    app: &TestApp,
    s: &Session,
    event_id: &str,
    pledge_id: &str,
    action: &str,
    placement: &[(&str, &str)],
) -> Result<String, AppError> {
    let (id, version) = announcement(app, event_id, pledge_id).await;
    let mut form = vec![
        ("announcement_id", id.as_str()),
        ("version", version.as_str()),
        ("action", action),
    ];
    form.extend_from_slice(placement);
    s.call("decide_announcement", &form).await
}

/// Accepted, then placed at `position` in `session` for 3 minutes.
pub(crate) async fn accept_and_schedule(
    app: &TestApp,
    organiser: &Session,
    event_id: &str,
    pledge_id: &str,
    session: &str,
    position: &str,
) {
    decide(app, organiser, event_id, pledge_id, "accept", &[])
        .await
        .unwrap_or_else(|e| panic!("accept: {e:?}"));
    decide(
        app,
        organiser,
        event_id,
        pledge_id,
        "schedule",
        &[
            ("session_id", session),
            ("position", position),
            ("minutes", "3"),
        ],
    )
    .await
    .unwrap_or_else(|e| panic!("schedule: {e:?}"));
}

/// The run of show as the organiser's page reads it.
pub(crate) async fn run_of_show(s: &Session, slug: &str, since: &str) -> serde_json::Value {
    let body = s
        .call("run_of_show", &[("slug", slug), ("since", since)])
        .await
        .unwrap_or_else(|e| panic!("run_of_show: {e:?}"));
    serde_json::from_str(&body).unwrap()
}

/// The titles of the scheduled announcements in the run of show, in programme order.
pub(crate) fn run_titles(run: &serde_json::Value) -> Vec<String> {
    run["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["announcements"].as_array().unwrap().iter())
        .map(|a| a["pledge_title"].as_str().unwrap().to_owned())
        .collect()
}

/// The public event page's data, as its page reads it.
pub(crate) async fn event_page(s: &Session, slug: &str) -> serde_json::Value {
    let body = s
        .call("event_page", &[("slug", slug)])
        .await
        .unwrap_or_else(|e| panic!("event_page: {e:?}"));
    serde_json::from_str(&body).unwrap()
}
