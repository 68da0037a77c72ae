//! The compendium's exports read back with the readers their users' programs use (csv, calamine,
//! zip, a JSON Schema validator), and equal to the totals for several filters, a joint pledge
//! counted once; organisers' extra columns; the open API's description and CORS.
use std::collections::{BTreeMap, BTreeSet};

use calamine::{DataType, Reader};

use crate::compendium::{HOSTILE, MARK, document_xml, download, list, query, seed_known, totals};
use crate::helpers::{Backend, ORGANISER, TestApp};

pub(crate) fn csv_rows(
    bytes: &[u8],
    what: &dyn std::fmt::Debug,
) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let text = std::str::from_utf8(bytes).unwrap();
    assert!(
        text.starts_with('\u{feff}'),
        "byte-order mark for Excel ({what:?}): {}",
        text.chars().take(300).collect::<String>()
    );
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    (headers, reader.records().map(|r| r.unwrap()).collect())
}

pub(crate) fn column(headers: &csv::StringRecord, name: &str) -> usize {
    headers
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name} in {headers:?}"))
}

pub(crate) fn cents(text: &str) -> i64 {
    if text.is_empty() {
        return 0;
    }
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "00"));
    whole.parse::<i64>().unwrap() * 100 + fraction.parse::<i64>().unwrap()
}

async fn exports_read_back_and_equal_the_totals(backend: Backend) {
    // Thirty-odd downloads from one address: more than a visitor may make in a minute.
    let app = TestApp::spawn_with(backend, &[("P2C_DOWNLOADS_PER_IP_PER_MINUTE", "200")]).await;
    seed_known(&app).await;
    let public = app.anonymous();

    for filter in [
        vec![],
        vec![("focus_area", "access")],
        vec![("group", "sids")],
        vec![("q", MARK)],
        vec![("q", "DELTA-7Q")],
        // The totals come from the in-memory index, the exports from the database: every filter
        // must find the same pledges in both.
        vec![("region", "africa")],
        vec![("country", "rw")],
        vec![("pledge_type", "financial")],
        vec![("stakeholder_type", "government")],
        vec![("usd_min", "1000000"), ("sort", "value")],
        vec![("year", "2026")],
        vec![("organisation", "ministry")],
        vec![("q", "no-such-word-anywhere")],
    ] {
        let q = query(&filter);
        let t = totals(&public, &filter).await;
        let (status, headers, bytes) = download(&public, &format!("/compendium.csv?{q}")).await;
        assert_eq!(status, 200);
        assert!(
            headers["content-disposition"]
                .to_str()
                .unwrap()
                .contains(".csv")
        );
        let (head, rows) = csv_rows(&bytes, &filter);
        assert_eq!(
            rows.len() as u64,
            t.pledges,
            "CSV rows = pledges for {filter:?}"
        );
        let usd = column(&head, "Value (USD)");
        let sum: i64 = rows.iter().map(|r| cents(&r[usd])).sum();
        assert_eq!(sum, t.usd_cents, "CSV sum = total for {filter:?}");
        let lead = column(&head, "Lead organisation");
        let partners = column(&head, "Partners");
        let organisations: BTreeSet<String> = rows
            .iter()
            .flat_map(|r| {
                std::iter::once(r[lead].to_lowercase()).chain(
                    r[partners]
                        .split("; ")
                        .filter(|p| !p.is_empty())
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        assert_eq!(organisations.len() as u64, t.organisations, "{filter:?}");

        // The workbook: summary, all pledges, progress, a sheet per focus area; read back with calamine.
        let (status, _, bytes) = download(&public, &format!("/compendium.xlsx?{q}")).await;
        assert_eq!(status, 200);
        let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
        let names = book.sheet_names().to_vec();
        let expected_sheets = if filter.iter().any(|(k, _)| *k == "focus_area") {
            4
        } else {
            7
        };
        assert_eq!(names.len(), expected_sheets, "{names:?}");
        assert_eq!(names[1], "All pledges");
        let sheet = book.worksheet_range(&names[1]).unwrap();
        let mut rows = sheet.rows();
        let header: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
        let usd = header.iter().position(|h| h == "Value (USD)").unwrap();
        let data: Vec<_> = rows.collect();
        assert_eq!(data.len() as u64, t.pledges, "XLSX rows for {filter:?}");
        let sum: f64 = data.iter().filter_map(|r| r[usd].get_float()).sum();
        assert_eq!(
            (sum * 100.0).round() as i64,
            t.usd_cents,
            "XLSX sum for {filter:?}"
        );
    }

    // A joint pledge counts once, with both organisations.
    let joint = totals(&public, &[("q", "DELTA-7Q")]).await;
    assert_eq!((joint.pledges, joint.organisations), (1, 2));
    assert_eq!(joint.usd_cents, 200_000_000);
    assert_eq!(joint.countries, 1);
    let mark = totals(&public, &[("q", MARK)]).await;
    assert_eq!(mark.pledges, 5);
    assert_eq!(mark.benefiting_ldc, 3);
    let by_area: BTreeMap<_, _> = mark
        .by_focus_area
        .iter()
        .map(|(a, s)| (a.code(), s.pledges))
        .collect();
    assert_eq!(by_area["access"], 2);
    assert_eq!(by_area["adoption"], 2);

    // The formula stays text: the CSV cell starts with an apostrophe, the XLSX cell is a string.
    let (_, _, bytes) = download(
        &public,
        &format!("/compendium.csv?{}", query(&[("q", "ECHO-7Q")])),
    )
    .await;
    let (head, rows) = csv_rows(&bytes, &"ECHO-7Q");
    assert_eq!(rows[0][column(&head, "Title")], format!("'{HOSTILE}"));

    // JSON validates against the documented schema, and holds every known pledge.
    let schema: serde_json::Value =
        serde_json::from_str(&public.page("/api/v1/compendium.schema.json").await).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let (status, _, bytes) = download(
        &public,
        &format!("/compendium.json?{}", query(&[("q", MARK)])),
    )
    .await;
    assert_eq!(status, 200);
    let json: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(json["total"], 5);
    assert_eq!(json["pledges"].as_array().unwrap().len(), 5);
    // A document missing a required field does not validate: the schema is not a blank check.
    let mut broken = json.clone();
    broken["pledges"][0]
        .as_object_mut()
        .unwrap()
        .remove("title");
    assert!(!validator.is_valid(&broken));

    // The Word compendium holds every title, Arabic laid out right to left.
    let (status, headers, bytes) = download(&public, "/compendium.docx").await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .contains("wordprocessingml")
    );
    let xml = document_xml(bytes);
    let escape = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    for title in list(&public, &[("q", "")])
        .await
        .pledges
        .iter()
        .map(|p| p.title.clone())
    {
        assert!(xml.contains(&escape(&title)), "{title} not in the DOCX");
    }
    assert!(
        xml.contains("<w:bidi/>"),
        "Arabic paragraphs run right to left"
    );
    assert!(xml.contains("TOC \\o"), "a table of contents");

    // Organisers also get contacts and review dates; the public never does.
    let (_, _, bytes) = download(&public, "/compendium.csv").await;
    assert!(
        !String::from_utf8(bytes)
            .unwrap()
            .contains("contact@pledge.example")
    );
    let organiser = app.sign_in(ORGANISER).await;
    let (_, headers, bytes) = download(&organiser, "/compendium.csv").await;
    assert_eq!(headers["cache-control"], "private, no-store");
    let (head, rows) = csv_rows(&bytes, &"ECHO-7Q");
    let email = column(&head, "E-mail address");
    assert!(rows.iter().any(|r| &r[email] == "contact@pledge.example"));
    assert!(!rows[0][column(&head, "Approved on")].is_empty());

    // Open data is described by OpenAPI 3.1 and may be read from any site.
    let response = public
        .client
        .get(format!("{}/api/v1/openapi.json", public.base))
        .header("Origin", "https://data.example")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()["access-control-allow-origin"], "*");
    let doc: serde_json::Value = response.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for path in [
        "/api/v1/pledges",
        "/api/v1/pledges/{reference}",
        "/api/v1/stats",
    ] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    let stats: serde_json::Value = serde_json::from_str(
        &public
            .page(&format!("/api/v1/stats?{}", query(&[("q", MARK)])))
            .await,
    )
    .unwrap();
    assert_eq!(stats["pledges"], 5);
    assert_eq!(stats["usd_cents"], mark.usd_cents);
}

crate::on_both_databases!(exports_read_back_and_equal_the_totals);
