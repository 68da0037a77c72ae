//! Reporting cycles are ITU admins' to set: the default yearly cycles exist from the start, a new
//! one may not overlap them nor fall due before its period ends, and only admins change them.
use app::error::AppError;

use super::issues_of;
use crate::helpers::{ADMIN, Backend, MINISTRY, REVIEWER, TestApp};
use crate::on_both_databases;

async fn itu_admins_keep_the_reporting_cycles(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let admin = app.sign_in(ADMIN).await;
    let cycles = admin.call("reporting_cycles", &[]).await.unwrap();
    assert!(cycles.contains("\"label\":\"2026\""), "{cycles}");
    assert!(cycles.contains("\"due_on\":\"2027-03-31\""), "{cycles}");
    let add = |label: &'static str, start: &'static str, end: &'static str, due: &'static str| {
        vec![
            ("label", label),
            ("period_start", start),
            ("period_end", end),
            ("due_on", due),
        ]
    };
    // Overlapping the default 2031? No: 2031 is free; 2030 is taken.
    let refused = admin
        .call(
            "add_cycle",
            &add("2030 again", "2030-06-01", "2031-05-31", "2031-09-30"),
        )
        .await
        .unwrap_err();
    assert_eq!(
        refused
            .field_issues()
            .iter()
            .map(|i| i.code.as_str())
            .collect::<Vec<_>>(),
        vec!["cycle_overlap"]
    );
    let refused = admin
        .call(
            "add_cycle",
            &add("2031", "2031-01-01", "2031-12-31", "2031-12-01"),
        )
        .await
        .unwrap_err();
    assert_eq!(
        issues_of(&serde_json::to_string(&refused).unwrap()),
        vec![("due_on".into(), "date_order".into())]
    );
    admin
        .call(
            "add_cycle",
            &add("2031", "2031-01-01", "2031-12-31", "2032-03-31"),
        )
        .await
        .unwrap();
    let id = app
        .one_string("SELECT CAST(id AS TEXT) FROM reporting_cycles WHERE label = '2031'")
        .await;
    admin
        .call(
            "set_cycle_due",
            &[("cycle_id", id.as_str()), ("due_on", "2032-04-30")],
        )
        .await
        .unwrap();
    assert_eq!(
        app.one_string(&format!(
            "SELECT CAST(due_on AS TEXT) FROM reporting_cycles WHERE id = {id}"
        ))
        .await,
        "2032-04-30"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM coalition_events WHERE subject = 'reporting_cycle'")
            .await,
        2
    );
    // Nobody else sets them.
    for who in [REVIEWER, MINISTRY] {
        let s = app.sign_in(who).await;
        assert_eq!(
            s.call(
                "add_cycle",
                &add("2032", "2032-01-01", "2032-12-31", "2033-03-31")
            )
            .await,
            Err(AppError::Forbidden),
            "{who}"
        );
        assert_eq!(
            s.call(
                "set_cycle_due",
                &[("cycle_id", id.as_str()), ("due_on", "2032-05-31")]
            )
            .await,
            Err(AppError::Forbidden),
            "{who}"
        );
    }
    assert_eq!(
        app.anonymous()
            .call(
                "add_cycle",
                &add("2032", "2032-01-01", "2032-12-31", "2033-03-31")
            )
            .await,
        Err(AppError::NotSignedIn)
    );
}

on_both_databases!(itu_admins_keep_the_reporting_cycles);
