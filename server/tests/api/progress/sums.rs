//! Delivered money: converted to US dollars at the rate of the day it was counted, and the same on
//! the dashboard (the in-memory index) as in the workbook's progress sheet (the database), for
//! several filters, a joint pledge counted once. The compendium filters by status and light.
use calamine::{DataType, Reader};

use super::{post_report, published, report_fields};
use crate::compendium::{download, list, query, totals};
use crate::helpers::{ADMIN, Backend, MINISTRY, PACIFIC, REVIEWER, TestApp};
use crate::on_both_databases;

/// The USD cents of the delivered column of the workbook's progress sheet.
async fn progress_sheet_delivered(app: &TestApp, filter: &[(&str, &str)]) -> (i64, usize) {
    let (status, _, bytes) = download(
        &app.anonymous(),
        &format!("/compendium.xlsx?{}", query(filter)),
    )
    .await;
    assert_eq!(status, 200);
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let names = book.sheet_names().to_vec();
    assert_eq!(names[2], "Progress", "{names:?}");
    let sheet = book.worksheet_range(&names[2]).unwrap();
    let mut rows = sheet.rows();
    let header: Vec<String> = rows.next().unwrap().iter().map(|c| c.to_string()).collect();
    let delivered = header
        .iter()
        .position(|h| h == "Delivered (USD)")
        .unwrap_or_else(|| panic!("{header:?}"));
    let data: Vec<_> = rows.collect();
    let sum: f64 = data.iter().filter_map(|r| r[delivered].get_float()).sum();
    ((sum * 100.0).round() as i64, data.len())
}

async fn delivered_money_is_converted_at_its_date_and_sums_agree(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("P2C_DOWNLOADS_PER_IP_PER_MINUTE", "200")]).await;
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    // An older euro rate than the demo's: money counted on 15 November 2026 uses it.
    admin
        .call(
            "add_exchange_rate",
            &[
                ("currency", "EUR"),
                ("rate_date", "2026-11-01"),
                ("usd_per_unit", "1.05"),
            ],
        )
        .await
        .unwrap();
    let schools = published(&app, &ministry, &reviewer, "Delivered schools SUMS-1").await;
    let mut fields = report_fields(&schools, "file");
    fields.retain(|(k, _)| *k != "disbursed_on" && *k != "disbursed_amount");
    fields.push(("disbursed_amount", "2 000 000,50".into()));
    fields.push(("disbursed_on", "2026-11-15".into()));
    let (status, body) = post_report(&ministry, fields, vec![]).await;
    assert!(status < 400, "{body}");
    assert_eq!(
        app.count(&format!(
            "SELECT disbursed_usd_cents FROM progress_reports WHERE pledge_id = {schools}"
        ))
        .await,
        // 2,000,000.50 EUR × 1.05 = 2,100,000.525 USD: 210,000,052.5 cents, rounded half to even.
        210_000_052
    );
    // A second pledge delayed, with US dollars; a third without any report.
    let cables = published(&app, &pacific, &reviewer, "Delivered cables SUMS-2").await;
    let mut fields = report_fields(&cables, "file");
    fields.retain(|(k, _)| !["status", "disbursed_amount", "disbursed_currency"].contains(k));
    fields.extend([
        ("status", "delayed".to_owned()),
        (
            "status_reason",
            "The cable ship was re-assigned after a cyclone.".to_owned(),
        ),
        ("disbursed_amount", "750000".to_owned()),
        ("disbursed_currency", "USD".to_owned()),
    ]);
    let (status, body) = post_report(&pacific, fields, vec![]).await;
    assert!(status < 400, "{body}");
    published(&app, &ministry, &reviewer, "Not yet reported SUMS-3").await;

    let public = app.anonymous();
    for filter in [
        vec![],
        vec![("q", "SUMS")],
        vec![("focus_area", "access")],
        vec![("progress", "on_track")],
        vec![("progress", "delayed")],
        vec![("light", "at_risk")],
        vec![("light", "none"), ("q", "SUMS")],
        vec![("stakeholder_type", "government")],
    ] {
        let t = totals(&public, &filter).await;
        let (sheet, rows) = progress_sheet_delivered(&app, &filter).await;
        assert_eq!(sheet, t.delivered_usd_cents, "delivered for {filter:?}");
        assert_eq!(rows as u64, t.pledges, "progress rows for {filter:?}");
        let by_area: i64 = t
            .by_focus_area
            .iter()
            .filter(|(a, _)| a.code() == "access")
            .map(|(_, s)| s.delivered_usd_cents)
            .sum();
        assert!(by_area <= t.delivered_usd_cents);
    }
    let ours = totals(&public, &[("q", "SUMS")]).await;
    assert_eq!(ours.pledges, 3);
    assert_eq!(ours.reporting, 2);
    assert_eq!(ours.delivered_usd_cents, 210_000_052 + 75_000_000);
    // The list filters by status and light, the same in memory and in the exports.
    let titles = |page: app::domain::CompendiumPage| -> Vec<String> {
        page.pledges
            .into_iter()
            .map(|p| p.title)
            .filter(|t| t.contains("SUMS"))
            .collect()
    };
    assert_eq!(
        titles(list(&public, &[("progress", "delayed")]).await),
        vec!["Delivered cables SUMS-2".to_owned()]
    );
    assert_eq!(
        titles(list(&public, &[("light", "none"), ("q", "SUMS")]).await),
        vec!["Not yet reported SUMS-3".to_owned()]
    );
    // The dashboard shows delivered beside pledged.
    let dashboard = public.page("/dashboard?q=SUMS").await;
    assert!(dashboard.contains("Delivered (USD)"), "delivered column");
    assert!(dashboard.contains("data-stat=\"delivered\""));
    // The API and the JSON download carry the progress fields.
    let (status, _, json) = download(&public, "/compendium.json?q=SUMS-1").await;
    assert_eq!(status, 200);
    let json = String::from_utf8(json).unwrap();
    assert!(json.contains("\"delivered_usd_cents\":210000052"), "{json}");
    let (status, _, csv) = download(&public, "/compendium.csv?q=SUMS-2").await;
    assert_eq!(status, 200);
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains("Delayed") && csv.contains("At risk"), "{csv}");
}

on_both_databases!(delivered_money_is_converted_at_its_date_and_sums_agree);
