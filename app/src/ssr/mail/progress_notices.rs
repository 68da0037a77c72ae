//! The mails of progress after WTDC: reminders that a report is due or overdue, the news that a
//! report was filed, ITU's acceptance or take-down, and partners' comments. Words in the Fluent
//! files (`mail-progress-…`).
use super::pledge_notices::Parts;
use crate::i18n::{Key, Locale};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProgressNotice {
    /// A report on the pledge is due on `due` (or was, when `overdue`).
    Reminder {
        name: String,
        title: String,
        cycle: String,
        due: chrono::NaiveDate,
        overdue: bool,
        path: String,
    },
    /// A report on a pledge the reader takes part in was filed.
    Filed {
        name: String,
        title: String,
        person: String,
        path: String,
    },
    /// ITU accepted the report, or took it down (with why).
    Reviewed {
        name: String,
        title: String,
        taken_down: bool,
        message: String,
        path: String,
    },
    /// Someone of the pledge's organisations commented on a report.
    Comment {
        name: String,
        title: String,
        person: String,
        body: String,
        path: String,
    },
}

impl ProgressNotice {
    pub(super) fn parts(&self, locale: Locale, link: &dyn Fn(&str) -> String) -> Parts {
        let s = |v: &String| v.clone();
        match self {
            ProgressNotice::Reminder {
                name,
                title,
                cycle,
                due,
                overdue,
                path,
            } => (
                if *overdue {
                    "progress_overdue"
                } else {
                    "progress_due"
                },
                if *overdue {
                    Key::MailProgressOverdueSubject
                } else {
                    Key::MailProgressDueSubject
                },
                if *overdue {
                    Key::MailProgressOverdueBody
                } else {
                    Key::MailProgressDueBody
                },
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("cycle", s(cycle)),
                    ("due", locale.date(*due)),
                    ("link", link(path)),
                ],
            ),
            ProgressNotice::Filed {
                name,
                title,
                person,
                path,
            } => (
                "progress_filed",
                Key::MailProgressFiledSubject,
                Key::MailProgressFiledBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("person", s(person)),
                    ("link", link(path)),
                ],
            ),
            ProgressNotice::Reviewed {
                name,
                title,
                taken_down,
                message,
                path,
            } => (
                "progress_reviewed",
                Key::MailProgressReviewedSubject,
                if *taken_down {
                    Key::MailProgressTakenDownBody
                } else {
                    Key::MailProgressAcceptedBody
                },
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("message", s(message)),
                    ("link", link(path)),
                ],
            ),
            ProgressNotice::Comment {
                name,
                title,
                person,
                body,
                path,
            } => (
                "progress_comment",
                Key::MailProgressCommentSubject,
                Key::MailProgressCommentBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("person", s(person)),
                    ("message", s(body)),
                    ("link", link(path)),
                ],
            ),
        }
    }
}
