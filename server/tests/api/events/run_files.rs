//! The run of show downloads as Word and Excel with every scheduled announcement in programme
//! order (read back from the document part and the sheet), only for organisers and ITU admins;
//! what changed after a chosen time is marked.
use std::io::Read;

use calamine::{DataType, Reader};

use super::{accept_and_schedule, ask, create_event, decide, plenary, run_of_show, run_titles};
use crate::compendium::{document_xml, download, publish};
use crate::helpers::{Backend, MINISTRY, ORGANISER, REVIEWER, TestApp, pledge_form};
use crate::on_both_databases;

fn positions(text: &str, titles: &[&str]) -> Vec<usize> {
    titles
        .iter()
        .map(|t| text.find(t).unwrap_or_else(|| panic!("{t} missing")))
        .collect()
}

async fn the_run_of_show_lists_every_announcement_in_order(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let organiser = app.sign_in(ORGANISER).await;
    let event = create_event(&app, &organiser, "wtdc-27").await;
    let session = plenary(&app, &organiser, &event).await;
    let [a, b, c] = [
        "Alpha pledge for hospitals",
        "Bravo pledge for schools",
        "Charlie pledge for clinics",
    ];
    let mut ids = Vec::new();
    for title in [a, b, c] {
        let id = publish(&app, &reviewer, &ministry, &pledge_form(title, &["access"])).await;
        ask(&ministry, &event, &id).await.unwrap();
        ids.push(id);
    }
    // A first, then B before it, then C second: B, C, A.
    accept_and_schedule(&app, &organiser, &event, &ids[0], &session, "1").await;
    accept_and_schedule(&app, &organiser, &event, &ids[1], &session, "1").await;
    accept_and_schedule(&app, &organiser, &event, &ids[2], &session, "2").await;
    let run = run_of_show(&organiser, "wtdc-27", "").await;
    assert_eq!(run_titles(&run), vec![b, c, a]);
    let slots: Vec<&str> = run["sessions"][0]["announcements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["slot"].as_str().unwrap())
        .collect();
    assert_eq!(
        slots,
        [
            "2027-11-02T14:00:00",
            "2027-11-02T14:03:00",
            "2027-11-02T14:06:00"
        ]
    );

    let (status, headers, bytes) = download(&organiser, "/organiser/events/wtdc-27/run.docx").await;
    assert_eq!(status, 200);
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains(".docx")
    );
    let xml = document_xml(bytes);
    let at = positions(&xml, &[b, c, a]);
    assert!(
        at[0] < at[1] && at[1] < at[2],
        "order in the document: {at:?}"
    );
    assert!(xml.contains("Amina Diallo"), "the speaker");

    let (status, _, bytes) = download(&organiser, "/organiser/events/wtdc-27/run.xlsx").await;
    assert_eq!(status, 200);
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let first = book.sheet_names()[0].clone();
    let sheet = book.worksheet_range(&first).unwrap();
    let cells: Vec<String> = sheet
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| c.as_string().unwrap_or_default())
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    let text = cells.join("\n");
    let at = positions(&text, &[b, c, a]);
    assert!(at[0] < at[1] && at[1] < at[2], "order in the sheet: {at:?}");

    // Nobody else downloads it.
    for (who, want) in [
        (app.anonymous(), 401),
        (app.sign_in(MINISTRY).await, 403),
        (reviewer, 403),
    ] {
        let (status, _, _) = download(&who, "/organiser/events/wtdc-27/run.docx").await;
        assert_eq!(status, want);
    }

    // Printed now; then C moves to the end: only C is marked changed since then.
    let printed = chrono::Utc::now().to_rfc3339();
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    decide(
        &app,
        &organiser,
        &event,
        &ids[2],
        "schedule",
        &[
            ("session_id", &session),
            ("position", "3"),
            ("minutes", "5"),
        ],
    )
    .await
    .unwrap();
    let run = run_of_show(&organiser, "wtdc-27", &printed).await;
    assert_eq!(run_titles(&run), vec![b, a, c]);
    let changed: Vec<bool> = run["sessions"][0]["announcements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["changed"].as_bool().unwrap())
        .collect();
    assert_eq!(changed, [false, false, true]);
    let (_, _, bytes) = download(
        &organiser,
        &format!(
            "/organiser/events/wtdc-27/run.docx?since={}",
            crate::compendium::query(&[("x", &printed)]).trim_start_matches("x=")
        ),
    )
    .await;
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(
        xml.contains("[Changed] 3."),
        "the moved announcement is marked"
    );
}

on_both_databases!(the_run_of_show_lists_every_announcement_in_order);
