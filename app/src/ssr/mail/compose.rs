//! Every message the platform sends, rendered in the recipient's language as plain text and HTML.
//! The words live in the Fluent files with the rest of the interface (`mail-…` messages).
use super::typed_text::{html_of, plain_text, typed};
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
    /// Someone tried to register an address that has an account: its owner hears of it (the
    /// person registering is told nothing different).
    RegistrationAttempt {
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
    /// A progress reminder, a filed or reviewed report, a comment on one.
    Progress(super::progress_notices::ProgressNotice),
    /// An announcement accepted or scheduled, a slot coming, a scheduled pledge gone.
    Event(super::event_notices::EventNotice),
    /// A sign-on decided, a new co-signer, a reviewer's question or decision on a report.
    Market(super::market_notices::MarketNotice),
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
            Mail::RegistrationAttempt { name, path } => (
                "registration_attempt",
                Key::MailRegisterAgainSubject,
                Key::MailRegisterAgainBody,
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
            Mail::Progress(notice) => notice.parts(locale, &link),
            Mail::Event(notice) => notice.parts(locale, &link),
            Mail::Market(notice) => notice.parts(locale, &link),
        };
        let args: Vec<(&str, Arg)> = owned.iter().map(|(k, v)| (*k, Arg::from(v))).collect();
        let subject =
            plain_text(&locale.parts_where(subject, &args, typed)).replace(['\r', '\n'], " ");
        let parts = locale.parts_where(body, &args, typed);
        let signature = locale.t(Key::MailSignature);
        let text = format!("{}\n\n-- \n{signature}\n", plain_text(&parts));
        let html = html_of(&parts, signature, locale);
        Rendered {
            kind,
            subject,
            text,
            html,
        }
    }
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

    /// What a mail client's auto-linker would see as an address: a run of host characters with
    /// a dot inside (`www.evil.example`, `evil.example`) or a scheme.
    fn linkable(text: &str) -> bool {
        let host = |c: char| c.is_ascii_alphanumeric() || c == '-';
        text.contains("://")
            || text.split(|c: char| !(host(c) || c == '.')).any(|run| {
                let labels: Vec<&str> = run.split('.').collect();
                labels.len() > 1 && labels.iter().all(|l| !l.is_empty())
            })
    }

    #[test]
    fn text_people_typed_never_becomes_a_link_in_either_part() {
        let mail = Mail::JoinRequest {
            name: "Aroha".into(),
            person: "See www.evil.example or https://evil.example/x <a@evil.example>".into(),
            organisation: "evil.example".into(),
            path: "/organisation".into(),
        };
        let r = mail.render(Locale::En, "https://p2c.example");
        // The site's own link is there and clickable.
        assert!(
            r.html
                .contains("<a href=\"https://p2c.example/organisation\">"),
            "{}",
            r.html
        );
        assert_eq!(r.html.matches("<a href").count(), 1, "{}", r.html);
        // The typed text reads the same once the invisible joiners are taken out...
        assert!(
            r.text
                .replace('\u{200D}', "")
                .contains("www.evil.example or https://evil.example/x")
        );
        // ...but no address can be found in it, in the text part or in the HTML part's text.
        let typed_text = r
            .text
            .split("https://p2c.example/organisation")
            .collect::<String>();
        assert!(!linkable(&typed_text), "{typed_text}");
        let html_text: String = scraper_free_text(&r.html);
        assert!(
            !linkable(&html_text.replace("https://p2c.example/organisation", "")),
            "{html_text}"
        );
        assert!(
            r.html
                .contains("www.<span>&#8205;</span>evil.<span>&#8205;</span>example"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("&lt;a@<span>&#8205;</span>evil"),
            "{}",
            r.html
        );
        assert!(
            !r.subject.replace('\u{200D}', "x").contains("evil.example"),
            "{}",
            r.subject
        );
    }

    /// The characters of an HTML fragment with its tags and character references as a browser
    /// shows them (enough for these messages: no comments, no scripts).
    fn scraper_free_text(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag => out.push(c),
                _ => {}
            }
        }
        out.replace("&#8205;", "\u{200D}")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
    }

    #[test]
    fn the_owner_of_a_used_address_hears_that_someone_tried() {
        let mail = Mail::RegistrationAttempt {
            name: "Amina".into(),
            path: "/password/forgot".into(),
        };
        for locale in Locale::ALL {
            let r = mail.render(locale, "https://p2c.example");
            assert!(
                r.text.contains("https://p2c.example/password/forgot"),
                "{}",
                r.text
            );
            assert_eq!(r.kind, "registration_attempt");
        }
    }
}
