//! The whole audit log: coalition events (an organisation verified, a role granted) beside the
//! pledges' state changes on `/admin/audit` and in its CSV, under the same filters of who and when.
use app::domain::AuditPage;
use chrono::{Duration, Utc};

use crate::fixtures::{join_ministry, new_organisation};
use crate::helpers::{ADMIN, Backend, Session, TestApp};
use crate::on_both_databases;

async fn audit(admin: &Session, filter: &[(&str, &str)]) -> AuditPage {
    let form: Vec<(String, &str)> = filter
        .iter()
        .map(|(k, v)| (format!("filter[{k}]"), *v))
        .collect();
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let body = admin.call("audit_log", &refs).await.unwrap();
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

async fn the_audit_log_shows_coalition_events_filtered_by_who_and_when(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.sign_in(ADMIN).await;
    let (_, org) = new_organisation(&app, 7).await;
    admin
        .call(
            "decide_organisation",
            &[("organisation_id", &org), ("action", "verify")],
        )
        .await
        .unwrap();
    let person = join_ministry(&app, "jean@minict.example").await;
    admin
        .call("set_role", &[("person_id", &person), ("role", "organiser")])
        .await
        .unwrap();
    let today = Utc::now().date_naive();
    let day = |d: chrono::NaiveDate| d.format("%Y-%m-%d").to_string();
    let (today_s, tomorrow_s, yesterday_s) = (
        day(today),
        day(today + Duration::days(1)),
        day(today - Duration::days(1)),
    );

    // By who (the acting admin) and about what.
    let verified = audit(&admin, &[("who", "Grace"), ("subject", "organisation")]).await;
    assert_eq!(verified.total, 1, "{verified:?}");
    let row = &verified.rows[0];
    assert_eq!(
        (row.action.as_str(), row.from.as_str(), row.to.as_str()),
        ("verify", "pending", "verified")
    );
    assert_eq!(row.subject_name, "Coalition Org 7");
    assert_eq!(row.actor_email, ADMIN);
    assert_eq!(row.pledge_id, None);

    let granted = audit(&admin, &[("who", "admin@itu"), ("action", "set_role")]).await;
    assert_eq!(granted.total, 1, "{granted:?}");
    assert_eq!(granted.rows[0].subject, "account");
    assert!(granted.rows[0].subject_name.contains("Jean Habimana"));
    assert_eq!(
        (granted.rows[0].from.as_str(), granted.rows[0].to.as_str()),
        ("stakeholder", "organiser")
    );
    // "Who" also finds the person whose account it was.
    let about_jean = audit(&admin, &[("who", "habimana"), ("subject", "account")]).await;
    assert!(
        about_jean.rows.iter().any(|r| r.action == "set_role"),
        "{about_jean:?}"
    );
    assert!(about_jean.rows.iter().all(|r| r.subject == "account"));

    // By when: today holds both; tomorrow and yesterday hold neither.
    let by_admin_today = audit(
        &admin,
        &[("who", "Grace"), ("from", &today_s), ("until", &today_s)],
    )
    .await;
    for action in ["verify", "set_role"] {
        assert!(
            by_admin_today.rows.iter().any(|r| r.action == action),
            "{action}: {by_admin_today:?}"
        );
    }
    assert_eq!(
        audit(&admin, &[("who", "Grace"), ("from", &tomorrow_s)])
            .await
            .total,
        0
    );
    assert_eq!(
        audit(&admin, &[("who", "Grace"), ("until", &yesterday_s)])
            .await
            .total,
        0
    );
    // Unfiltered, the pledges' own entries (the demo's approvals) are there too.
    let everything = audit(&admin, &[]).await;
    let pledge_entries = app.count("SELECT COUNT(*) FROM pledge_events").await;
    let coalition_entries = app.count("SELECT COUNT(*) FROM coalition_events").await;
    assert_eq!(
        i64::try_from(everything.total).unwrap(),
        pledge_entries + coalition_entries
    );
    assert!(pledge_entries > 0 && coalition_entries >= 2);

    // The page shows them, under the same filters, with the subject and its states in words.
    let page = admin
        .page(&format!(
            "/admin/audit?who=Grace&from={today_s}&until={today_s}"
        ))
        .await;
    let doc = scraper::Html::parse_document(&page);
    let rows = scraper::Selector::parse("tbody tr").unwrap();
    let subjects: Vec<String> = doc
        .select(&rows)
        .filter_map(|r| r.value().attr("data-subject").map(str::to_owned))
        .collect();
    assert!(
        subjects.contains(&"organisation".to_owned()),
        "{subjects:?}"
    );
    assert!(subjects.contains(&"account".to_owned()), "{subjects:?}");
    assert!(page.contains("Coalition Org 7") && page.contains("Verified by ITU"));
    assert!(page.contains("Roundtable organiser"));
    let none = admin
        .page(&format!("/admin/audit?who=Grace&from={tomorrow_s}"))
        .await;
    assert!(!none.contains("Coalition Org 7"));

    // The CSV carries the same entries under the same filters.
    let (status, csv) = admin
        .get(&format!(
            "/admin/audit.csv?who=Grace&from={today_s}&until={today_s}"
        ))
        .await;
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[11], "subject");
    assert_eq!(&headers[13], "subject_name");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let verify = records
        .iter()
        .find(|r| &r[6] == "verify")
        .unwrap_or_else(|| panic!("no verification in {records:?}"));
    assert_eq!(
        (&verify[11], &verify[12], &verify[13]),
        ("organisation", org.as_str(), "Coalition Org 7")
    );
    assert_eq!(&verify[3], ADMIN);
    let grant = records
        .iter()
        .find(|r| &r[6] == "set_role")
        .unwrap_or_else(|| panic!("no role grant in {records:?}"));
    assert_eq!((&grant[7], &grant[8]), ("stakeholder", "organiser"));
    assert_eq!(&grant[12], person.as_str());
    let (_, later) = admin
        .get(&format!("/admin/audit.csv?who=Grace&from={tomorrow_s}"))
        .await;
    assert_eq!(
        csv::Reader::from_reader(later.trim_start_matches('\u{feff}').as_bytes())
            .records()
            .count(),
        0
    );
}

on_both_databases!(the_audit_log_shows_coalition_events_filtered_by_who_and_when);
