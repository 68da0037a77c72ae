//! Every message the platform sends, rendered in the recipient's language as plain text and HTML.
//! The words live in the Fluent files with the rest of the interface (`mail-…` messages).
use crate::i18n::{Arg, Key, Locale};
use crate::reference::FocusArea;

/// A message to one person; links are absolute (the site's public address is added by `enqueue`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mail {
    VerifyEmail {
        name: String,
        path: String,
    },
    ConfirmNewEmail {
        name: String,
        path: String,
    },
    ResetPassword {
        name: String,
        path: String,
    },
    JoinRequest {
        name: String,
        person: String,
        organisation: String,
        path: String,
    },
    JoinDecision {
        name: String,
        organisation: String,
        approved: bool,
    },
    OrganisationVerified {
        name: String,
        organisation: String,
    },
    OrganisationRejected {
        name: String,
        organisation: String,
        reason: String,
    },
    LeaderNominated {
        name: String,
        organisation: String,
        area: FocusArea,
    },
    LetterReceived {
        name: String,
        organisation: String,
    },
    LetterDecided {
        name: String,
        organisation: String,
        accepted: bool,
        reason: Option<String>,
    },
    /// An organisation is invited to co-implement a pledge.
    PartnerInvited {
        name: String,
        lead: String,
        title: String,
        path: String,
    },
    /// The lead hears whether an invited partner confirmed.
    PartnerAnswered {
        name: String,
        partner: String,
        title: String,
        confirmed: bool,
        path: String,
    },
    /// ITU decided on a pledge: approved (published), changes requested, rejected or unpublished.
    PledgeDecided {
        name: String,
        title: String,
        decision: crate::pledge_lifecycle::PledgeAction,
        /// What the reviewer wrote to the organisation, if anything.
        message: Option<String>,
        path: String,
    },
    /// A new message in a pledge's conversation.
    PledgeMessage {
        name: String,
        title: String,
        author: String,
        body: String,
        path: String,
    },
    /// A receipt, a pledge waiting for review, an assignment, a second approval, a digest.
    Notice(super::pledge_notices::PledgeNotice),
}

pub struct Rendered {
    pub kind: &'static str,
    pub subject: String,
    pub text: String,
    pub html: String,
}

impl Mail {
    pub fn render(&self, locale: Locale, public_url: &str) -> Rendered {
        let link = |path: &str| format!("{}{path}", public_url.trim_end_matches('/'));
        let s = |v: &String| v.clone();
        let (kind, subject, body, owned): (&'static str, Key, Key, Vec<(&str, String)>) = match self
        {
            Mail::VerifyEmail { name, path } => (
                "verify_email",
                Key::MailVerifySubject,
                Key::MailVerifyBody,
                vec![("name", s(name)), ("link", link(path))],
            ),
            Mail::ConfirmNewEmail { name, path } => (
                "confirm_new_email",
                Key::MailNewEmailSubject,
                Key::MailNewEmailBody,
                vec![("name", s(name)), ("link", link(path))],
            ),
            Mail::ResetPassword { name, path } => (
                "reset_password",
                Key::MailResetSubject,
                Key::MailResetBody,
                vec![("name", s(name)), ("link", link(path))],
            ),
            Mail::JoinRequest {
                name,
                person,
                organisation,
                path,
            } => (
                "join_request",
                Key::MailJoinRequestSubject,
                Key::MailJoinRequestBody,
                vec![
                    ("name", s(name)),
                    ("person", s(person)),
                    ("organisation", s(organisation)),
                    ("link", link(path)),
                ],
            ),
            Mail::JoinDecision {
                name,
                organisation,
                approved,
            } => (
                "join_decision",
                Key::MailJoinDecisionSubject,
                if *approved {
                    Key::MailJoinApprovedBody
                } else {
                    Key::MailJoinDeclinedBody
                },
                vec![
                    ("name", s(name)),
                    ("organisation", s(organisation)),
                    ("link", link("/login")),
                ],
            ),
            Mail::OrganisationVerified { name, organisation } => (
                "organisation_verified",
                Key::MailOrgVerifiedSubject,
                Key::MailOrgVerifiedBody,
                vec![("name", s(name)), ("organisation", s(organisation))],
            ),
            Mail::OrganisationRejected {
                name,
                organisation,
                reason,
            } => (
                "organisation_rejected",
                Key::MailOrgRejectedSubject,
                Key::MailOrgRejectedBody,
                vec![
                    ("name", s(name)),
                    ("organisation", s(organisation)),
                    ("reason", s(reason)),
                ],
            ),
            Mail::LeaderNominated {
                name,
                organisation,
                area,
            } => (
                "leader_nominated",
                Key::MailLeaderSubject,
                Key::MailLeaderBody,
                vec![
                    ("name", s(name)),
                    ("organisation", s(organisation)),
                    ("area", locale.t(area.label()).to_owned()),
                    ("link", link("/coalition")),
                ],
            ),
            Mail::LetterReceived { name, organisation } => (
                "letter_received",
                Key::MailLetterReceivedSubject,
                Key::MailLetterReceivedBody,
                vec![("name", s(name)), ("organisation", s(organisation))],
            ),
            Mail::LetterDecided {
                name,
                organisation,
                accepted,
                reason,
            } => (
                "letter_decided",
                Key::MailLetterDecidedSubject,
                if *accepted {
                    Key::MailLetterAcceptedBody
                } else {
                    Key::MailLetterDeclinedBody
                },
                vec![
                    ("name", s(name)),
                    ("organisation", s(organisation)),
                    ("reason", reason.clone().unwrap_or_default()),
                    ("link", link("/coalition")),
                ],
            ),
            Mail::PartnerInvited {
                name,
                lead,
                title,
                path,
            } => (
                "partner_invited",
                Key::MailPartnerInvitedSubject,
                Key::MailPartnerInvitedBody,
                vec![
                    ("name", s(name)),
                    ("organisation", s(lead)),
                    ("title", s(title)),
                    ("link", link(path)),
                ],
            ),
            Mail::PartnerAnswered {
                name,
                partner,
                title,
                confirmed,
                path,
            } => (
                "partner_answered",
                Key::MailPartnerAnsweredSubject,
                if *confirmed {
                    Key::MailPartnerConfirmedBody
                } else {
                    Key::MailPartnerDeclinedBody
                },
                vec![
                    ("name", s(name)),
                    ("organisation", s(partner)),
                    ("title", s(title)),
                    ("link", link(path)),
                ],
            ),
            Mail::PledgeDecided {
                name,
                title,
                decision,
                message,
                path,
            } => {
                use crate::pledge_lifecycle::PledgeAction as A;
                let body = match decision {
                    A::Approve => Key::MailPledgeApprovedBody,
                    A::RequestChanges => Key::MailPledgeChangesBody,
                    A::Reject => Key::MailPledgeRejectedBody,
                    A::Unpublish => Key::MailPledgeUnpublishedBody,
                    A::Submit
                    | A::Claim
                    | A::Assign
                    | A::Release
                    | A::Resubmit
                    | A::Revise
                    | A::Withdraw => Key::MailPledgeOtherBody,
                };
                (
                    "pledge_decided",
                    Key::MailPledgeDecidedSubject,
                    body,
                    vec![
                        ("name", s(name)),
                        ("title", s(title)),
                        ("message", message.clone().unwrap_or_default()),
                        ("link", link(path)),
                    ],
                )
            }
            Mail::PledgeMessage {
                name,
                title,
                author,
                body,
                path,
            } => (
                "pledge_message",
                Key::MailPledgeMessageSubject,
                Key::MailPledgeMessageBody,
                vec![
                    ("name", s(name)),
                    ("title", s(title)),
                    ("author", s(author)),
                    ("message", s(body)),
                    ("link", link(path)),
                ],
            ),
            Mail::Notice(notice) => notice.parts(locale, &link),
        };
        let args: Vec<(&str, Arg)> = owned.iter().map(|(k, v)| (*k, Arg::from(v))).collect();
        let subject = locale.fmt(subject, &args).replace(['\r', '\n'], " ");
        let text = format!(
            "{}\n\n-- \n{}\n",
            locale.fmt(body, &args),
            locale.t(Key::MailSignature)
        );
        let html = html_of(&text, locale);
        Rendered {
            kind,
            subject,
            text,
            html,
        }
    }
}

/// The HTML part is the text part, escaped, in paragraphs, with its links made clickable and the
/// reader's writing direction; one source of words, so the two parts never say different things.
fn html_of(text: &str, locale: Locale) -> String {
    let paragraphs: String = text
        .split("\n\n")
        .map(|p| {
            let lines: Vec<String> = p.lines().map(linked).collect();
            format!("<p>{}</p>\n", lines.join("<br>\n"))
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\"></head><body>\n{paragraphs}</body></html>\n",
        locale.code(),
        locale.direction().code()
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn linked(line: &str) -> String {
    line.split(' ')
        .map(|word| {
            if word.starts_with("https://") || word.starts_with("http://") {
                let e = escape(word);
                format!("<a href=\"{e}\">{e}</a>")
            } else {
                escape(word)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_parts_carry_the_link_and_names_are_escaped_in_html() {
        let mail = Mail::VerifyEmail {
            name: "<b>Aroha</b>".into(),
            path: "/verify?token=abc".into(),
        };
        let r = mail.render(Locale::En, "https://p2c.example/");
        assert!(
            r.text.contains("https://p2c.example/verify?token=abc"),
            "{}",
            r.text
        );
        assert!(
            r.html
                .contains("<a href=\"https://p2c.example/verify?token=abc\">"),
            "{}",
            r.html
        );
        assert!(!r.html.contains("<b>Aroha"), "{}", r.html);
        assert_eq!(r.kind, "verify_email");
    }

    #[test]
    fn every_message_is_written_in_the_readers_language_and_direction() {
        let mail = Mail::LetterDecided {
            name: "Aroha".into(),
            organisation: "Moana Digital Trust".into(),
            accepted: true,
            reason: None,
        };
        let en = mail.render(Locale::En, "http://x.example");
        let ar = mail.render(Locale::Ar, "http://x.example");
        assert_ne!(en.subject, ar.subject);
        assert!(ar.html.contains("dir=\"rtl\""));
    }

    #[test]
    fn a_subject_is_one_line_whatever_a_name_contains() {
        let mail = Mail::OrganisationVerified {
            name: "x".into(),
            organisation: "Evil\r\nBcc: everyone@example.org".into(),
        };
        assert!(!mail.render(Locale::En, "http://x").subject.contains('\n'));
    }
}
