//! The event rules as tables: each row is a case an organiser could name.
use chrono::{DateTime, Utc};

use super::*;

fn t(s: &str) -> DateTime<Utc> {
    s.parse().expect("test time")
}

#[test]
fn announcements_move_only_along_the_diagram_and_by_the_right_people() {
    use AnnouncementAction as A;
    use AnnouncementState as S;
    let organiser = Mover::Person(Role::Organiser);
    let admin = Mover::Person(Role::Admin);
    let stakeholder = Mover::Person(Role::Stakeholder);
    let reviewer = Mover::Person(Role::Reviewer);
    let ok = [
        (S::Requested, A::Accept, organiser, S::Accepted),
        (S::Requested, A::Accept, admin, S::Accepted),
        (S::Requested, A::Decline, organiser, S::Declined),
        (S::Accepted, A::Decline, organiser, S::Declined),
        (S::Accepted, A::Schedule, organiser, S::Scheduled),
        (S::Scheduled, A::Schedule, organiser, S::Scheduled),
        (S::Scheduled, A::Unschedule, organiser, S::Accepted),
        (S::Requested, A::Withdraw, stakeholder, S::Withdrawn),
        (
            S::Scheduled,
            A::Withdraw,
            Mover::Person(Role::OrgAdmin),
            S::Withdrawn,
        ),
        (S::Scheduled, A::Drop, Mover::Platform, S::Dropped),
        (S::Requested, A::Drop, Mover::Platform, S::Dropped),
    ];
    for (from, action, by, to) in ok {
        assert_eq!(
            next_announcement_state(from, action, by),
            Ok(to),
            "{from} {action} {by:?}"
        );
    }
    let refused = [
        (S::Requested, A::Schedule, organiser),
        (S::Accepted, A::Accept, organiser),
        (S::Scheduled, A::Decline, organiser),
        (S::Declined, A::Accept, organiser),
        (S::Dropped, A::Schedule, organiser),
        (S::Withdrawn, A::Withdraw, stakeholder),
        (S::Requested, A::Accept, stakeholder),
        (S::Requested, A::Accept, reviewer),
        (S::Accepted, A::Withdraw, organiser),
        (S::Accepted, A::Drop, organiser),
        (S::Requested, A::Accept, Mover::Platform),
    ];
    for (from, action, by) in refused {
        assert!(
            next_announcement_state(from, action, by).is_err(),
            "{from} {action} {by:?} should be refused"
        );
    }
    // Every pair is decided one way or the other, and only public states are public.
    for from in AnnouncementState::ALL {
        assert_eq!(
            from.is_public(),
            AnnouncementState::PUBLIC.contains(from),
            "{from}"
        );
        assert_eq!(from.is_live(), AnnouncementState::LIVE.contains(from));
    }
}

#[test]
fn sessions_collide_only_when_their_times_overlap() {
    let nine = t("2027-06-07T09:00:00Z");
    let ten = t("2027-06-07T10:00:00Z");
    let half_past_nine = t("2027-06-07T09:30:00Z");
    let eleven = t("2027-06-07T11:00:00Z");
    assert!(sessions_overlap((nine, ten), (half_past_nine, eleven)));
    assert!(sessions_overlap((nine, eleven), (half_past_nine, ten)));
    assert!(
        !sessions_overlap((nine, ten), (ten, eleven)),
        "back to back"
    );
    assert!(!sessions_overlap((ten, eleven), (nine, ten)));
    assert!(same_room("Plenary hall", " plenary  Hall "));
    assert!(!same_room("Room A", "Room B"));
}

#[test]
fn slots_follow_each_other_from_the_session_start() {
    let start = t("2027-06-08T14:00:00Z");
    assert_eq!(
        slot_starts(start, &[3, 5, 3]),
        vec![start, t("2027-06-08T14:03:00Z"), t("2027-06-08T14:08:00Z")]
    );
    let end = t("2027-06-08T14:10:00Z");
    assert!(slots_fit((start, end), &[3, 3, 4]));
    assert!(!slots_fit((start, end), &[3, 3, 5]));
}

#[test]
fn speakers_are_reminded_a_week_then_a_day_before_their_slot() {
    let slot = t("2027-06-08T14:00:00Z");
    let cases = [
        ("2027-05-31T14:00:00Z", false, false, None),
        (
            "2027-06-01T14:00:00Z",
            false,
            false,
            Some(SlotReminder::Week),
        ),
        ("2027-06-03T09:00:00Z", true, false, None),
        ("2027-06-07T14:00:00Z", true, false, Some(SlotReminder::Day)),
        (
            "2027-06-07T15:00:00Z",
            false,
            false,
            Some(SlotReminder::Day),
        ),
        ("2027-06-08T13:59:00Z", true, true, None),
        ("2027-06-08T14:00:00Z", false, false, None),
    ];
    for (now, week, day, want) in cases {
        assert_eq!(slot_reminder_due(slot, t(now), week, day), want, "{now}");
    }
}

#[test]
fn video_lengths_read_and_print_as_clocks() {
    assert_eq!(parse_clock_length("3:05"), Some(185));
    assert_eq!(parse_clock_length("185"), Some(185));
    assert_eq!(parse_clock_length("1:02:00"), Some(3720));
    assert_eq!(parse_clock_length("3:75"), None);
    assert_eq!(parse_clock_length("0"), None);
    assert_eq!(parse_clock_length("3:00:00"), None, "over two hours");
    assert_eq!(parse_clock_length("abc"), None);
    assert_eq!(clock_length(185), "3:05");
    assert_eq!(clock_length(3720), "1:02:00");
}
