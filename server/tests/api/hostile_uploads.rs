//! Hostile files through the real letter-of-intent upload: each is refused with its own message by
//! the file field, with and without JavaScript; nothing is stored; the server keeps answering.
//! The files are `server/tests/fixtures/hostile/`, made by its `make.py`.
use app::domain::FieldIssue;
use app::error::AppError;
use app::i18n::Locale;

use crate::fixtures::{STATEMENT, fingerprint, letter_fields, new_organisation, send_letter};
use crate::helpers::{Backend, MINISTRY, Session, TestApp};
use crate::on_both_databases;

const HOSTILE: [(&str, &[u8], &str); 5] = [
    (
        "nested.pdf",
        include_bytes!("../fixtures/hostile/nested.pdf"),
        "pdf_too_deep",
    ),
    (
        "flate-bomb.pdf",
        include_bytes!("../fixtures/hostile/flate-bomb.pdf"),
        "pdf_unpacks_too_large",
    ),
    (
        "truncated.pdf",
        include_bytes!("../fixtures/hostile/truncated.pdf"),
        "pdf_damaged",
    ),
    (
        "picture.pdf",
        include_bytes!("../fixtures/hostile/picture.pdf"),
        "pdf",
    ),
    (
        "zip-polyglot.pdf",
        include_bytes!("../fixtures/hostile/zip-polyglot.pdf"),
        "pdf_zip",
    ),
];
const CONTROL: &[u8] = include_bytes!("../fixtures/hostile/control.pdf");

/// Posts the letter form as a browser without JavaScript does, following the redirect back.
async fn send_letter_without_javascript(s: &Session, name: &str, bytes: &[u8]) -> (String, String) {
    let mut form = reqwest::multipart::Form::new();
    for (field, value) in letter_fields(STATEMENT) {
        form = form.text(field, value);
    }
    form = form.part(
        "pdf",
        reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_owned()),
    );
    let r = s
        .client
        .post(format!("{}/api/submit_letter", s.base))
        .header("Accept", "text/html")
        .header("Referer", format!("{}/organisation", s.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    // The form page again, shown with the status of the refusal it reports.
    assert_eq!(r.status().as_u16(), 400, "{name}");
    let landed = r.url().path().to_owned();
    (landed, r.text().await.unwrap())
}

async fn healthy(app: &TestApp) {
    let (status, body) = app.anonymous().get("/healthz").await;
    assert_eq!(status, 200, "{body}");
}

fn letters_on_disk(app: &TestApp) -> usize {
    std::fs::read_dir(app.dir().join("letters"))
        .map(|d| d.count())
        .unwrap_or(0)
}

async fn hostile_uploads_are_refused_by_the_field_and_the_server_carries_on(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    // As in the review: an organisation whose address is confirmed and nothing more, then a
    // verified one.
    let (newcomer, _) = new_organisation(&app, 1).await;
    let ministry = app.sign_in(MINISTRY).await;
    let before = fingerprint(&app).await;

    for org in [&newcomer, &ministry] {
        for (name, bytes, code) in HOSTILE {
            let (status, body) = send_letter(org, Some((name, bytes.to_vec())), STATEMENT).await;
            assert_eq!(status, 400, "{name}: {body}");
            let error: AppError = serde_json::from_str(&body).unwrap();
            assert_eq!(
                error.field_issues(),
                [FieldIssue::new("pdf", code)],
                "{name}"
            );
            healthy(&app).await;
        }
    }
    for (name, bytes, code) in HOSTILE {
        let (landed, html) = send_letter_without_javascript(&ministry, name, bytes).await;
        assert_eq!(landed, "/organisation", "{name}");
        let message = Locale::En.t(FieldIssue::new("pdf", code).message_key());
        assert!(html.contains(message), "{name}: no {message:?} in {html}");
        healthy(&app).await;
    }

    assert_eq!(
        fingerprint(&app).await,
        before,
        "a refused letter left a trace"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM letters_of_intent").await, 0);
    assert_eq!(
        letters_on_disk(&app),
        0,
        "a refused letter left a file behind"
    );

    // A genuine letter made the same way goes through, and comes back as a download that no
    // browser renders in the site's origin.
    let (status, body) =
        send_letter(&ministry, Some(("signed.pdf", CONTROL.to_vec())), STATEMENT).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(letters_on_disk(&app), 1);
    let letter = app
        .one_string("SELECT CAST(id AS TEXT) FROM letters_of_intent")
        .await;
    let download = ministry
        .client
        .get(format!("{}/letters/{letter}/pdf", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status().as_u16(), 200);
    let header = |name: &str| {
        download
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(header("content-type"), "application/pdf");
    assert!(
        header("content-disposition").starts_with("attachment;"),
        "{}",
        header("content-disposition")
    );
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(download.bytes().await.unwrap().to_vec(), CONTROL);
}

on_both_databases!(hostile_uploads_are_refused_by_the_field_and_the_server_carries_on);
