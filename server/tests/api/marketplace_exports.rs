//! The marketplace in the open data: ITU posts an opportunity, a published pledge answers it and a
//! co-signer joins that pledge; the open API lists the opportunity and its page with the pledge's
//! money (and its OpenAPI document describes both), the opportunities' CSV and workbook hold the
//! same figures, the answers' CSV names the pledge, and the compendium's downloads say which
//! opportunity a pledge answers and who co-signed it. A hidden opportunity is in none of them.
use calamine::{DataType, Reader};

use crate::compendium::download;
use crate::compendium_exports::{cents, column, csv_rows};
use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, Session, TestApp, pledge_form};

const SLUG: &str = "rw-school-links";
const TITLE: &str = "Broadband for rural schools in Rwanda";
const HIDDEN: &str = "taken-down-call";
const PLEDGE: &str = "Fibre to 200 schools EXPORT-8M";
const ROLE: &str = "Builds the backhaul to the 200 schools.";

/// An opportunity as ITU's form sends it: 5,000,000 USD needed, and equipment in kind.
fn opportunity_form<'a>(slug: &'a str, title: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("input[kind]", "project"),
        ("input[title]", title),
        ("input[slug]", slug),
        (
            "input[summary]",
            "Connect rural schools to broadband, with solar power and trained teachers.",
        ),
        (
            "input[description]",
            "Fibre and satellite links for rural schools, solar power, and training for the teachers who use them.",
        ),
        ("input[focus_areas][]", "access"),
        ("input[regions][]", "africa"),
        ("input[countries][]", "RW"),
        ("input[groups][]", "ldc"),
        ("input[amount]", "5,000,000"),
        ("input[currency]", "USD"),
        ("input[in_kind][]", "equipment"),
        ("input[contact_name]", "ITU Projects"),
        ("input[contact_email]", "projects@itu.example"),
        ("input[status]", "open"),
    ]
}

async fn json(s: &Session, path: &str) -> serde_json::Value {
    let (status, _, bytes) = download(s, path).await;
    let body = String::from_utf8(bytes).unwrap();
    assert_eq!(status, 200, "GET {path}: {body}");
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// The row of `key` in the CSV at `path`, by the value of its column `by`.
async fn csv_row(s: &Session, path: &str, by: &str, key: &str) -> Vec<(String, String)> {
    let (status, headers, bytes) = download(s, path).await;
    assert_eq!(status, 200, "GET {path}");
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains(".csv")
    );
    let (head, rows) = csv_rows(&bytes, &path);
    let at = column(&head, by);
    let row = rows
        .iter()
        .find(|r| &r[at] == key)
        .unwrap_or_else(|| panic!("no row {key} in {path}: {rows:?}"));
    head.iter()
        .map(str::to_owned)
        .zip(row.iter().map(str::to_owned))
        .collect()
}

fn cell<'a>(row: &'a [(String, String)], name: &str) -> &'a str {
    row.iter()
        .find(|(h, _)| h == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_else(|| panic!("no column {name} in {row:?}"))
}

async fn opportunities_are_open_data_with_their_answers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.sign_in(ADMIN).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let public = app.anonymous();

    for (slug, title) in [(SLUG, TITLE), (HIDDEN, "A call taken down after a report")] {
        admin
            .call("save_opportunity", &opportunity_form(slug, title))
            .await
            .unwrap_or_else(|e| panic!("save_opportunity {slug}: {e:?}"));
    }
    app.execute(&format!(
        "UPDATE opportunities SET hidden = TRUE WHERE slug = '{HIDDEN}'"
    ))
    .await;

    // A pledge of 1,000,000 USD answers it, open to sign-ons; published after review.
    let mut form = pledge_form(PLEDGE, &["access"]);
    form.extend([
        ("input[amount]", "1,000,000"),
        ("input[currency]", "USD"),
        ("input[answers][]", SLUG),
        ("input[open_sign_on]", "yes"),
    ]);
    let id = crate::full_pledge::submit(&ministry, &form).await;
    crate::full_pledge::approve(&app, &reviewer, &id).await;
    let reference = app
        .one_string(&format!(
            "SELECT public_ref FROM compendium_entries WHERE pledge_id = {id}"
        ))
        .await;

    // Pacific Connect co-signs it with 250,000 USD, and ITU approves the sign-on.
    pacific
        .call(
            "sign_on",
            &[
                ("reference", reference.as_str()),
                ("input[amount]", "250,000"),
                ("input[currency]", "USD"),
                ("input[role]", ROLE),
            ],
        )
        .await
        .unwrap_or_else(|e| panic!("sign_on: {e:?}"));
    let sign_on = app
        .one_string(&format!(
            "SELECT CAST(id AS TEXT) || ':' || CAST(version AS TEXT) FROM sign_ons
             WHERE pledge_id = {id}"
        ))
        .await;
    let (sign_on_id, version) = sign_on.split_once(':').unwrap();
    reviewer
        .call(
            "decide_sign_on",
            &[
                ("sign_on_id", sign_on_id),
                ("version", version),
                ("decision", "approve"),
            ],
        )
        .await
        .unwrap_or_else(|e| panic!("decide_sign_on: {e:?}"));

    // The open API: the list under its filters, and the opportunity with its answering pledge.
    let list = json(&public, "/api/v1/opportunities").await;
    let slugs: Vec<&str> = list["opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["slug"].as_str().unwrap())
        .collect();
    assert!(slugs.contains(&SLUG), "{list}");
    assert!(
        !slugs.contains(&HIDDEN),
        "a hidden opportunity is listed: {list}"
    );
    assert_eq!(list["total"], slugs.len());
    assert!(list["as_at"].is_string());
    let listed = list["opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["slug"] == SLUG)
        .unwrap();
    assert_eq!(listed["funding"]["pledged_usd_cents"], 100_000_000);
    assert_eq!(listed["funding"]["cosigned_usd_cents"], 25_000_000);
    assert_eq!(listed["funding"]["needed_usd_cents"], 500_000_000);
    assert_eq!(listed["funding"]["pledges"], 1);
    let found = json(
        &public,
        "/api/v1/opportunities?focus_area=access&country=rw&status=open",
    )
    .await;
    assert!(
        found["opportunities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["slug"] == SLUG),
        "{found}"
    );
    let none = json(&public, "/api/v1/opportunities?kind=campaign&country=RW").await;
    assert_eq!(none["total"], 0, "{none}");

    let detail = json(&public, &format!("/api/v1/opportunities/{SLUG}")).await;
    assert_eq!(detail["slug"], SLUG);
    assert_eq!(detail["title"], TITLE);
    let answers = detail["answers"].as_array().unwrap();
    assert_eq!(answers.len(), 1, "{detail}");
    assert_eq!(answers[0]["public_ref"], reference.as_str());
    assert_eq!(answers[0]["usd_cents"], 100_000_000);
    assert_eq!(
        detail["funding"]["pledged_usd_cents"], answers[0]["usd_cents"],
        "the funding pledged is the answering pledge's USD"
    );
    for missing in [HIDDEN, "no-such-opportunity"] {
        let (status, headers, body) =
            download(&public, &format!("/api/v1/opportunities/{missing}")).await;
        assert_eq!(status, 404, "{missing}");
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap()
                .contains("application/json")
        );
        let error: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert!(error["error"].is_string(), "{error}");
    }

    // The OpenAPI document describes both, as it does the pledges.
    let doc = json(&public, "/api/v1/openapi.json").await;
    for path in ["/api/v1/opportunities", "/api/v1/opportunities/{slug}"] {
        assert!(doc["paths"][path]["get"].is_object(), "{path}");
    }
    let parameters: Vec<&str> = doc["paths"]["/api/v1/opportunities"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in app::domain::marketplace::OPPORTUNITY_PARAMETERS {
        assert!(parameters.contains(&name), "{name} in {parameters:?}");
    }
    for schema in ["OpportunityPage", "OpportunityDetail", "Funding"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "{schema}");
    }

    // The opportunities' CSV: one row each, the same figures.
    let row = csv_row(&public, "/opportunities.csv", "Address of its page", SLUG).await;
    assert_eq!(cell(&row, "Title"), TITLE);
    assert_eq!(cell(&row, "Kind"), "Project");
    assert_eq!(cell(&row, "Status"), "Open");
    assert_eq!(cell(&row, "Target countries"), "Rwanda");
    assert_eq!(cell(&row, "LDC, LLDC and SIDS groups"), "LDC");
    assert_eq!(cell(&row, "Currency"), "USD");
    assert_eq!(cents(cell(&row, "Money needed (USD)")), 500_000_000);
    assert_eq!(
        cents(cell(&row, "Published pledges that answer it (USD)")),
        100_000_000
    );
    assert_eq!(cents(cell(&row, "Co-signers (USD)")), 25_000_000);
    assert_eq!(cents(cell(&row, "Delivered (USD)")), 0);
    assert_eq!(cell(&row, "Published pledges that answer it"), "1");
    assert_eq!(cell(&row, "Help needed in kind"), "Equipment");
    assert_eq!(cell(&row, "ITU contact"), "ITU Projects");
    assert_eq!(cell(&row, "E-mail address"), "projects@itu.example");
    let (_, _, bytes) = download(&public, "/opportunities.csv").await;
    let text = String::from_utf8(bytes).unwrap();
    assert!(!text.contains(HIDDEN), "a hidden opportunity is exported");
    // The filters apply as on the list.
    let (_, _, bytes) = download(&public, "/opportunities.csv?q=no-such-word-anywhere").await;
    let (_, rows) = csv_rows(&bytes, &"no-such-word");
    assert!(rows.is_empty(), "{rows:?}");

    // The answers' CSV names the pledge under its opportunity.
    let answer = csv_row(
        &public,
        "/opportunities/answers.csv",
        "Reference",
        &reference,
    )
    .await;
    assert_eq!(cell(&answer, "Address of its page"), SLUG);
    assert_eq!(cell(&answer, "Title"), PLEDGE);
    assert_eq!(
        cell(&answer, "Lead organisation"),
        app.one_string(&format!(
            "SELECT organisation_name FROM compendium_entries WHERE pledge_id = {id}"
        ))
        .await
    );
    assert_eq!(cents(cell(&answer, "Value (USD)")), 100_000_000);
    let (_, _, bytes) = download(
        &public,
        "/opportunities/answers.csv?q=no-such-word-anywhere",
    )
    .await;
    let (_, rows) = csv_rows(&bytes, &"answers, no-such-word");
    assert!(rows.is_empty(), "{rows:?}");

    // The workbook: the opportunities, then the pledges that answer them.
    let (status, headers, bytes) = download(&public, "/opportunities.xlsx").await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap()
            .contains("spreadsheetml")
    );
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names().to_vec();
    assert_eq!(names, vec!["Opportunities", "Pledges"]);
    let sheet = book.worksheet_range(&names[0]).unwrap();
    let mut rows = sheet.rows();
    let header: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let mine = rows
        .find(|r| r[at("Address of its page")].get_string() == Some(SLUG))
        .unwrap();
    assert_eq!(
        mine[at("Published pledges that answer it (USD)")].get_float(),
        Some(1_000_000.0)
    );
    assert_eq!(mine[at("Co-signers (USD)")].get_float(), Some(250_000.0));
    assert_eq!(
        mine[at("Published pledges that answer it")].get_float(),
        Some(1.0)
    );
    let answers = book.worksheet_range(&names[1]).unwrap();
    assert!(
        answers
            .rows()
            .any(|r| r.iter().any(|c| c.to_string() == reference)),
        "the pledge is on the second sheet"
    );

    // The compendium's CSV says which opportunity the pledge answers, and who co-signed it.
    let pledge = csv_row(&public, "/compendium.csv", "Reference", &reference).await;
    assert_eq!(
        cell(&pledge, "Answers the opportunities"),
        format!("{TITLE} ({SLUG})")
    );
    assert_eq!(
        cell(&pledge, "Co-signers"),
        "Pacific Connect Ltd (USD 250,000)"
    );
    assert_eq!(cents(cell(&pledge, "Value (USD)")), 100_000_000);
}

crate::on_both_databases!(opportunities_are_open_data_with_their_answers);
