//! The progress rules as tables: each row is a case a reviewer could name.
use chrono::NaiveDate;

use super::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn target(
    baseline: f64,
    goal: f64,
    start: &str,
    due: &str,
    reached: Option<f64>,
) -> TargetProgress {
    TargetProgress {
        baseline,
        target: goal,
        start: d(start),
        due: d(due),
        reached,
    }
}

#[test]
fn the_traffic_light_follows_targets_time_and_status() {
    use ProgressStatus as S;
    use TrafficLight as L;
    // (case, status, per cent, targets, as of, expected)
    let half_way = "2026-01-01";
    type Row<'a> = (&'a str, S, Option<u8>, Vec<TargetProgress>, &'a str, L);
    let rows: Vec<Row> = vec![
        (
            "half the time, half the schools",
            S::OnTrack,
            Some(50),
            vec![target(0.0, 500.0, "2025-01-01", "2027-01-01", Some(250.0))],
            half_way,
            L::OnTrack,
        ),
        (
            "half the time, 45 % reached: inside the slack",
            S::OnTrack,
            Some(45),
            vec![target(0.0, 500.0, "2025-01-01", "2027-01-01", Some(225.0))],
            half_way,
            L::OnTrack,
        ),
        (
            "half the time, 30 % reached: at risk",
            S::OnTrack,
            Some(30),
            vec![target(0.0, 500.0, "2025-01-01", "2027-01-01", Some(150.0))],
            half_way,
            L::AtRisk,
        ),
        (
            "half the time, nothing reached: off track",
            S::OnTrack,
            None,
            vec![target(0.0, 500.0, "2025-01-01", "2027-01-01", None)],
            half_way,
            L::OffTrack,
        ),
        (
            "the worst target decides",
            S::OnTrack,
            Some(60),
            vec![
                target(0.0, 100.0, "2025-01-01", "2027-01-01", Some(100.0)),
                target(0.0, 100.0, "2025-01-01", "2027-01-01", Some(25.0)),
            ],
            half_way,
            L::AtRisk,
        ),
        (
            "a target already passed and missed is off track",
            S::OnTrack,
            Some(90),
            vec![target(0.0, 1000.0, "2024-01-01", "2025-06-30", Some(400.0))],
            half_way,
            L::OffTrack,
        ),
        (
            "a target already passed and met is on track",
            S::OnTrack,
            Some(100),
            vec![target(
                0.0,
                1000.0,
                "2024-01-01",
                "2025-06-30",
                Some(1000.0),
            )],
            half_way,
            L::OnTrack,
        ),
        (
            "a target due on its own start day expects everything",
            S::OnTrack,
            None,
            vec![target(0.0, 10.0, "2026-01-01", "2026-01-01", Some(5.0))],
            half_way,
            L::OffTrack,
        ),
        (
            "a reduction counts downwards (outages from 40 to 10)",
            S::OnTrack,
            None,
            vec![target(40.0, 10.0, "2025-01-01", "2027-01-01", Some(25.0))],
            half_way,
            L::OnTrack,
        ),
        (
            "a baseline equal to the target is met only by reaching it",
            S::OnTrack,
            None,
            vec![target(7.0, 7.0, "2025-01-01", "2027-01-01", Some(7.0))],
            half_way,
            L::OnTrack,
        ),
        (
            "no targets: per cent against the pledge's time",
            S::OnTrack,
            Some(50),
            vec![],
            half_way,
            L::OnTrack,
        ),
        (
            "no targets, 15 % at half time: off track",
            S::OnTrack,
            Some(15),
            vec![],
            half_way,
            L::OffTrack,
        ),
        (
            "no targets and no per cent, before the start: on track",
            S::NotStarted,
            None,
            vec![],
            "2024-06-01",
            L::OnTrack,
        ),
        (
            "not started at half time ignores a typed per cent",
            S::NotStarted,
            Some(80),
            vec![],
            half_way,
            L::OffTrack,
        ),
        (
            "delayed is at best at risk, even with targets met",
            S::Delayed,
            Some(50),
            vec![target(0.0, 500.0, "2025-01-01", "2027-01-01", Some(500.0))],
            half_way,
            L::AtRisk,
        ),
        (
            "delayed and far behind stays off track",
            S::Delayed,
            Some(5),
            vec![target(0.0, 500.0, "2025-01-01", "2027-01-01", Some(10.0))],
            half_way,
            L::OffTrack,
        ),
        (
            "a cancelled pledge is off track whatever it reached",
            S::Cancelled,
            Some(100),
            vec![target(0.0, 500.0, "2025-01-01", "2027-01-01", Some(500.0))],
            half_way,
            L::OffTrack,
        ),
        (
            "a cancelled pledge without targets is off track",
            S::Cancelled,
            None,
            vec![],
            half_way,
            L::OffTrack,
        ),
        (
            "completed is on track, even when a target fell short",
            S::Completed,
            Some(100),
            vec![target(0.0, 500.0, "2025-01-01", "2025-12-31", Some(450.0))],
            half_way,
            L::OnTrack,
        ),
    ];
    for (case, status, percent, targets, as_of, expected) in rows {
        let input = LightInput {
            status,
            percent,
            pledge_start: d("2025-01-01"),
            pledge_end: d("2027-01-01"),
            targets,
            as_of: d(as_of),
        };
        assert_eq!(traffic_light(&input), expected, "{case}");
    }
}

#[test]
fn a_pledge_is_inactive_after_two_past_cycles_in_a_row_without_a_report() {
    let owed = |due: &str, reported: bool| OwedCycle {
        due: d(due),
        reported,
    };
    let today = d("2027-06-01");
    // (case, cycles, expected)
    let rows: Vec<(&str, Vec<OwedCycle>, bool)> = vec![
        ("no cycle owed yet", vec![], false),
        (
            "one missed cycle is late, not inactive",
            vec![owed("2027-03-31", false)],
            false,
        ),
        (
            "two missed in a row",
            vec![owed("2026-03-31", false), owed("2027-03-31", false)],
            true,
        ),
        (
            "missed, reported, missed: not in a row",
            vec![
                owed("2025-03-31", false),
                owed("2026-03-31", true),
                owed("2027-03-31", false),
            ],
            false,
        ),
        (
            "two missed long ago, the last two reported",
            vec![
                owed("2023-03-31", false),
                owed("2024-03-31", false),
                owed("2025-03-31", true),
                owed("2026-03-31", true),
            ],
            false,
        ),
        (
            "order of the list does not matter",
            vec![
                owed("2027-03-31", false),
                owed("2025-03-31", true),
                owed("2026-03-31", false),
            ],
            true,
        ),
        (
            "a cycle not yet due does not count as missed",
            vec![
                owed("2026-03-31", true),
                owed("2027-03-31", false),
                owed("2028-03-31", false),
            ],
            false,
        ),
        (
            "due today is not yet missed",
            vec![owed("2026-03-31", false), owed("2027-06-01", false)],
            false,
        ),
    ];
    for (case, cycles, expected) in rows {
        assert_eq!(is_inactive(&cycles, today), expected, "{case}");
    }
}

#[test]
fn reminders_come_30_7_and_1_days_before_then_weekly_four_times() {
    use ReminderKind as K;
    let due = d("2027-03-31");
    // (day, already sent, expected)
    let rows: Vec<(&str, Vec<K>, Option<K>)> = vec![
        ("2027-02-28", vec![], None),
        ("2027-03-01", vec![], Some(K::Before30)),
        ("2027-03-02", vec![K::Before30], None),
        ("2027-03-24", vec![K::Before30], Some(K::Before7)),
        (
            "2027-03-30",
            vec![K::Before30, K::Before7],
            Some(K::Before1),
        ),
        (
            "2027-03-31",
            vec![K::Before30, K::Before7, K::Before1],
            None,
        ),
        ("2027-04-01", vec![K::Before1], Some(K::Overdue1)),
        ("2027-04-08", vec![K::Overdue1], Some(K::Overdue2)),
        ("2027-04-15", vec![K::Overdue2], Some(K::Overdue3)),
        ("2027-04-22", vec![K::Overdue3], Some(K::Overdue4)),
        ("2027-04-29", vec![K::Overdue4], None),
        ("2027-09-01", vec![K::Overdue4], None),
        // A server down for weeks sends the latest reminder, not all it missed.
        ("2027-04-10", vec![K::Before30], Some(K::Overdue2)),
        // A reminder already sent is not sent again when a later tick runs the same day.
        ("2027-03-24", vec![K::Before30, K::Before7], None),
    ];
    for (day, sent, expected) in rows {
        assert_eq!(reminder_due(due, d(day), &sent), expected, "{day}");
    }
}

#[test]
fn itu_reviews_filed_reports_and_only_itu_does() {
    use ReportAction as A;
    use ReportState as S;
    let reviewer = Role::Reviewer;
    assert_eq!(
        next_report_state(S::Filed, A::Accept, reviewer, None),
        Ok(S::Accepted)
    );
    assert_eq!(
        next_report_state(
            S::Filed,
            A::RequestMore,
            reviewer,
            Some("Add the school list")
        ),
        Ok(S::MoreRequested)
    );
    assert_eq!(
        next_report_state(S::Filed, A::RequestMore, reviewer, Some("  ")),
        Err(ReportError::MessageRequired)
    );
    assert_eq!(
        next_report_state(S::Accepted, A::TakeDown, Role::Admin, Some("Wrong pledge")),
        Ok(S::TakenDown)
    );
    assert_eq!(
        next_report_state(S::TakenDown, A::Restore, Role::Admin, None),
        Ok(S::Filed)
    );
    assert_eq!(
        next_report_state(S::TakenDown, A::Accept, reviewer, None),
        Err(ReportError::NotAllowedInState {
            from: S::TakenDown,
            action: A::Accept
        })
    );
    for role in [Role::Stakeholder, Role::OrgAdmin, Role::Organiser] {
        assert_eq!(
            next_report_state(S::Filed, A::Accept, role, None),
            Err(ReportError::NotPermitted),
            "{role}"
        );
    }
    for state in ReportState::ALL {
        assert_eq!(state.is_public(), *state != S::TakenDown);
    }
}
