//! Hostile files as progress evidence, through the real report form: each is refused by the file
//! field with its own message, the report is not filed, nothing of the file is kept, and the
//! server keeps answering. A real one-page PDF passes.
use super::{issues_of, post_report, published, report_fields};
use crate::fixtures::tiny_pdf;
use crate::helpers::{Backend, MINISTRY, REVIEWER, TestApp};
use crate::on_both_databases;

const HOSTILE: [(&str, &[u8], &str); 6] = [
    ("nested.pdf", include_bytes!("../../fixtures/hostile/nested.pdf"), "evidence_unsafe"),
    ("flate-bomb.pdf", include_bytes!("../../fixtures/hostile/flate-bomb.pdf"), "evidence_unsafe"),
    ("truncated.pdf", include_bytes!("../../fixtures/hostile/truncated.pdf"), "evidence_damaged"),
    ("zip-polyglot.pdf", include_bytes!("../../fixtures/hostile/zip-polyglot.pdf"), "evidence_zip"),
    ("script.pdf", b"<script>alert(1)</script>", "evidence_kind"),
    // A PNG header claiming 100,000 x 100,000 pixels in a few bytes: a trap for whoever opens it.
    (
        "bomb.png",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x01\x86\xa0\x00\x01\x86\xa0\x08\x02\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00IEND\x00\x00\x00\x00",
        "evidence_unsafe",
    ),
];

async fn hostile_evidence_is_refused_by_the_file_field(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let id = published(&app, &ministry, &reviewer, "Hostile evidence pledge").await;
    for (name, bytes, code) in HOSTILE {
        let (status, body) = post_report(
            &ministry,
            report_fields(&id, "file"),
            vec![(name, bytes.to_vec())],
        )
        .await;
        assert_eq!(status, 400, "{name}: {body}");
        assert_eq!(
            issues_of(&body),
            vec![("files".to_owned(), code.to_owned())],
            "{name}"
        );
        assert_eq!(
            app.count(&format!(
                "SELECT COUNT(*) FROM progress_evidence WHERE pledge_id = {id}"
            ))
            .await,
            0,
            "{name}: nothing stored"
        );
        assert_eq!(
            ministry.get("/healthz").await.0,
            200,
            "{name}: the server still answers"
        );
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM progress_reports WHERE pledge_id = {id}"
        ))
        .await,
        0
    );
    // Six files where a report takes five: refused as too many, before any is kept.
    let six: Vec<(&str, Vec<u8>)> = (0..6).map(|_| ("page.pdf", tiny_pdf())).collect();
    let (status, body) = post_report(&ministry, report_fields(&id, "file"), six).await;
    assert_eq!(status, 400, "{body}");
    assert_eq!(
        issues_of(&body),
        vec![("files".to_owned(), "evidence_too_many".to_owned())]
    );
    let stored = std::fs::read_dir(app.dir().join("evidence"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stored, 0, "no refused file on disk");
    let (status, body) = post_report(
        &ministry,
        report_fields(&id, "file"),
        vec![("report.pdf", tiny_pdf())],
    )
    .await;
    assert!(status < 400, "{body}");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM progress_evidence WHERE pledge_id = {id}"
        ))
        .await,
        1
    );
}

on_both_databases!(hostile_evidence_is_refused_by_the_file_field);
