//! The mails of a pledge's way through review that are not ITU's decision: the organisation's
//! receipt, the reviewers' "a pledge is waiting" (or their daily digest), the assignee's notice
//! and the call to the second-approval pool. Words in the Fluent files (`mail-notice-…`).
use super::typed_text::unlinkable;
use crate::i18n::{Key, Locale};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PledgeNotice {
    /// To the organisation: its pledge, or a new revision of it, reached ITU's review queue.
    Received {
        name: String,
        title: String,
        path: String,
    },
    /// To the organisation: the pledge was withdrawn, and why.
    Withdrawn {
        name: String,
        title: String,
        reason: String,
        path: String,
    },
    /// To a reviewer who takes a mail per pledge: one more pledge waits for review.
    Waiting {
        name: String,
        title: String,
        organisation: String,
        path: String,
    },
    /// To the reviewer a colleague handed the pledge to.
    Assigned {
        name: String,
        title: String,
        by: String,
        path: String,
    },
    /// To every reviewer who may give the second of two approvals.
    SecondApproval {
        name: String,
        title: String,
        first: String,
        path: String,
    },
    /// To a reviewer who chose the daily digest: the pledges that joined the queue since the last one.
    Digest {
        name: String,
        pledges: Vec<DigestLine>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigestLine {
    pub title: String,
    pub organisation: String,
    pub path: String,
}

/// What `Mail::render` needs of a message: its kind, subject and body keys, and their arguments.
pub(super) type Parts = (&'static str, Key, Key, Vec<(&'static str, String)>);

impl PledgeNotice {
    pub(super) fn parts(&self, locale: Locale, link: &dyn Fn(&str) -> String) -> Parts {
        let s = |v: &String| v.clone();
        match self {
            PledgeNotice::Received { name, title, path } => (
                "pledge_received",
                Key::MailNoticeReceivedSubject,
                Key::MailNoticeReceivedBody,
                vec![("name", s(name)), ("title", s(title)), ("link", link(path))],
            ),
            PledgeNotice::Withdrawn {
                name,
                title,
                reason,
                path,
            } => (
                "pledge_withdrawn",
                Key::MailNoticeWithdrawnSubject,
                Key::MailNoticeWithdrawnBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("reason", s(reason)),
                    ("link", link(path)),
                ],
            ),
            PledgeNotice::Waiting {
                name,
                title,
                organisation,
                path,
            } => (
                "pledge_waiting",
                Key::MailNoticeWaitingSubject,
                Key::MailNoticeWaitingBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("organisation", s(organisation)),
                    ("link", link(path)),
                ],
            ),
            PledgeNotice::Assigned {
                name,
                title,
                by,
                path,
            } => (
                "pledge_assigned",
                Key::MailNoticeAssignedSubject,
                Key::MailNoticeAssignedBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("person", s(by)),
                    ("link", link(path)),
                ],
            ),
            PledgeNotice::SecondApproval {
                name,
                title,
                first,
                path,
            } => (
                "pledge_second_approval",
                Key::MailNoticeSecondSubject,
                Key::MailNoticeSecondBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("person", s(first)),
                    ("link", link(path)),
                ],
            ),
            PledgeNotice::Digest { name, pledges } => {
                let list = pledges
                    .iter()
                    .map(|p| {
                        locale.fmt(
                            Key::MailNoticeDigestLine,
                            &[
                                ("title", unlinkable(&p.title).as_str().into()),
                                ("organisation", unlinkable(&p.organisation).as_str().into()),
                                ("link", link(&p.path).as_str().into()),
                            ],
                        )
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                (
                    "pledge_digest",
                    Key::MailNoticeDigestSubject,
                    Key::MailNoticeDigestBody,
                    vec![
                        ("name", s(name)),
                        ("count", locale.digits(&pledges.len().to_string())),
                        ("pledges", list),
                        ("link", link("/review")),
                    ],
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ssr::mail::Mail;

    #[test]
    fn a_digest_lists_each_pledge_with_its_link_in_the_readers_language() {
        let mail = Mail::Notice(PledgeNotice::Digest {
            name: "Ana".into(),
            pledges: vec![
                DigestLine {
                    title: "Schools online".into(),
                    organisation: "Ministry".into(),
                    path: "/review/7".into(),
                },
                DigestLine {
                    title: "Clinics online".into(),
                    organisation: "Pacific".into(),
                    path: "/review/9".into(),
                },
            ],
        });
        let en = mail.render(Locale::En, "https://p2c.example");
        assert_eq!(en.kind, "pledge_digest");
        assert!(en.subject.contains('2'), "{}", en.subject);
        for expected in [
            "Schools online",
            "https://p2c.example/review/7",
            "https://p2c.example/review/9",
            "https://p2c.example/review\n",
        ] {
            assert!(en.text.contains(expected), "{expected}: {}", en.text);
        }
        let fr = mail.render(Locale::Fr, "https://p2c.example");
        assert_ne!(fr.subject, en.subject);
        assert!(fr.text.contains("https://p2c.example/review/9"));
    }
}
