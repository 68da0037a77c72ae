//! How the compendium's files are made: at most two XLSX or DOCX at once, a third refused at once
//! with 503 and `Retry-After`; the export of everything made once per compendium version and
//! kept, then made again after a publication.
use std::time::Duration;

use app::i18n::{Key, Locale};
use calamine::Reader;

use crate::compendium::{document_xml, download, publish_titled};
use crate::helpers::{Backend, TestApp};

/// The server's log lines that contain every one of `words`.
fn log_lines(app: &TestApp, words: &[&str]) -> usize {
    app.logs()
        .lines()
        .filter(|line| words.iter().all(|w| line.contains(w)))
        .count()
}

/// Waits until the server has logged `count` lines with `words`: a condition the server reaches
/// on its own, not a guess at how long it takes.
async fn logged(app: &TestApp, words: &[&str], count: usize) {
    tokio::time::timeout(Duration::from_secs(60), async {
        while log_lines(app, words) < count {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .unwrap_or_else(|_| panic!("never logged {count} × {words:?}:\n{}", app.logs()));
}

const INFO_ON_EXPORTS: (&str, &str) = ("RUST_LOG", "warn,server::routes::export_files=info");

async fn a_third_file_made_at_once_is_refused_at_once(backend: Backend) {
    let gate_dir = tempfile::tempdir().unwrap();
    let gate = gate_dir.path().join("open");
    let app = TestApp::spawn_with(
        backend,
        &[
            INFO_ON_EXPORTS,
            ("P2C_TEST_EXPORT_GATE", gate.to_str().unwrap()),
        ],
    )
    .await;
    let public = app.anonymous();
    // Two builds start and wait at the gate the test holds shut.
    let xlsx = tokio::spawn({
        let s = app.anonymous();
        async move { download(&s, "/compendium.xlsx?focus_area=access").await }
    });
    let docx = tokio::spawn({
        let s = app.anonymous();
        async move { download(&s, "/compendium.docx?group=ldc").await }
    });
    logged(&app, &["export build started"], 2).await;

    let refused = public
        .client
        .get(format!("{}/compendium.xlsx?group=sids", app.base))
        .header("Accept", "text/html")
        .header("Accept-Language", "es")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 503);
    let wait: u64 = refused.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait >= 1, "{wait}");
    let page = refused.text().await.unwrap();
    assert!(page.contains(Locale::Es.t(Key::ErrBusy)), "{page}");
    // The export of everything is refused the same way while no build is free.
    let (status, _, _) = download(&public, "/compendium.docx").await;
    assert_eq!(status, 503);
    // CSV and JSON stream as they are read and are not counted.
    let (status, _, _) = download(&public, "/compendium.csv?group=sids").await;
    assert_eq!(status, 200);
    assert_eq!(log_lines(&app, &["export build started"]), 2, "no third");

    std::fs::write(&gate, b"").unwrap();
    let (status, _, bytes) = xlsx.await.unwrap();
    assert_eq!(status, 200);
    let book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names().len(),
        4,
        "summary, all, progress, access"
    );
    let (status, _, bytes) = docx.await.unwrap();
    assert_eq!(status, 200);
    assert!(document_xml(bytes).contains("TOC \\o"));
    // The builds are done: their places are free again.
    let (status, _, _) = download(&public, "/compendium.xlsx?group=sids").await;
    assert_eq!(status, 200);
}

async fn the_export_of_everything_is_made_once_per_version(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[INFO_ON_EXPORTS]).await;
    let public = app.anonymous();
    let made = |app: &TestApp, format: &str| {
        log_lines(
            app,
            &["kept export of everything made", &format!("\"{format}\"")],
        )
    };
    let (status, first, bytes) = download(&public, "/compendium.xlsx").await;
    assert_eq!(status, 200);
    let tag = first["etag"].to_str().unwrap().to_owned();
    // Every visitor after the first gets the same file, made once; junk in the address is
    // still everything.
    for path in ["/compendium.xlsx", "/compendium.xlsx?x=1&sort=newest"] {
        let (status, again, same) = download(&app.anonymous(), path).await;
        assert_eq!(status, 200);
        assert_eq!(again["etag"].to_str().unwrap(), tag);
        assert!(same == bytes, "{path}: the same bytes");
    }
    assert_eq!(made(&app, "xlsx"), 1);
    let revalidated = public
        .client
        .get(format!("{}/compendium.xlsx", app.base))
        .header("If-None-Match", &tag)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), 304);
    // Filtered files are made for their request and not kept.
    download(&public, "/compendium.xlsx?focus_area=access").await;
    assert_eq!(made(&app, "xlsx"), 1);
    let (_, _, csv) = download(&public, "/compendium.csv").await;
    download(&public, "/compendium.csv").await;
    assert_eq!(made(&app, "csv"), 1);
    assert!(
        !String::from_utf8(csv)
            .unwrap()
            .contains("Kept anew KEPT-7Q")
    );

    // A publication: the next export of everything is made anew, with the new pledge.
    publish_titled(&app, "Kept anew KEPT-7Q").await;
    let (status, after, bytes) = download(&public, "/compendium.xlsx").await;
    assert_eq!(status, 200);
    assert_ne!(after["etag"].to_str().unwrap(), tag);
    assert_eq!(made(&app, "xlsx"), 2);
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let all = book.worksheet_range("All pledges").unwrap();
    assert!(
        all.rows()
            .any(|r| r.iter().any(|c| *c == "Kept anew KEPT-7Q"))
    );
    let (_, _, csv) = download(&public, "/compendium.csv").await;
    assert!(
        String::from_utf8(csv)
            .unwrap()
            .contains("Kept anew KEPT-7Q")
    );
    assert_eq!(made(&app, "csv"), 2);
    // Organisers' files hold contacts: never the public's kept file.
    let organiser = app.sign_in(crate::helpers::ORGANISER).await;
    let (status, headers, _) = download(&organiser, "/compendium.xlsx").await;
    assert_eq!(status, 200);
    assert!(!headers.contains_key("etag"));
    assert_eq!(made(&app, "xlsx"), 2);
}

crate::on_both_databases!(
    a_third_file_made_at_once_is_refused_at_once,
    the_export_of_everything_is_made_once_per_version,
);
