//! The mails of the marketplace: a sign-on decided (to the organisation that signed), a new
//! co-signer (to the pledge's lead), and a reviewer's question or decision about a reported page
//! (to its organisation). A report's mail names the reason and the reviewer's words, never who
//! reported it. Words in the Fluent files (`mail-market-…`).
use super::pledge_notices::Parts;
use crate::i18n::{Key, Locale};
use crate::marketplace_lifecycle::ReportReason;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MarketNotice {
    SignOnDecided {
        name: String,
        title: String,
        approved: bool,
        reason: String,
        path: String,
    },
    CoSigned {
        name: String,
        title: String,
        organisation: String,
        path: String,
    },
    /// A reviewer asks the organisation about a report on its page.
    ReportAsked {
        name: String,
        title: String,
        reason: ReportReason,
        question: String,
        path: String,
    },
    /// A reviewer took the page down after a report.
    ReportUnpublished {
        name: String,
        title: String,
        reason: ReportReason,
        note: String,
        path: String,
    },
}

impl MarketNotice {
    pub(super) fn parts(&self, locale: Locale, link: &dyn Fn(&str) -> String) -> Parts {
        let s = |v: &String| v.clone();
        match self {
            MarketNotice::SignOnDecided {
                name,
                title,
                approved,
                reason,
                path,
            } => (
                "sign_on_decided",
                Key::MailMarketSignOnSubject,
                if *approved {
                    Key::MailMarketSignOnApprovedBody
                } else {
                    Key::MailMarketSignOnRejectedBody
                },
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("reason", s(reason)),
                    ("link", link(path)),
                ],
            ),
            MarketNotice::CoSigned {
                name,
                title,
                organisation,
                path,
            } => (
                "co_signed",
                Key::MailMarketCoSignedSubject,
                Key::MailMarketCoSignedBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("organisation", s(organisation)),
                    ("link", link(path)),
                ],
            ),
            MarketNotice::ReportAsked {
                name,
                title,
                reason,
                question,
                path,
            } => (
                "report_asked",
                Key::MailMarketReportSubject,
                Key::MailMarketReportAskedBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("reason", locale.t(reason.label()).to_owned()),
                    ("message", s(question)),
                    ("link", link(path)),
                ],
            ),
            MarketNotice::ReportUnpublished {
                name,
                title,
                reason,
                note,
                path,
            } => (
                "report_unpublished",
                Key::MailMarketReportSubject,
                Key::MailMarketReportUnpublishedBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("reason", locale.t(reason.label()).to_owned()),
                    ("message", s(note)),
                    ("link", link(path)),
                ],
            ),
        }
    }
}
