//! Where messages go: `.eml` files in a directory (the default, nothing to install), or an SMTP
//! server when `SMTP_URL` is set (`smtp://host:25`, `smtps://user:pass@host`, `smtp://…?tls=required`).
use std::path::PathBuf;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};

use super::outbox::OutboxMessage;

#[derive(Clone)]
pub enum MailTransport {
    Files(AsyncFileTransport<Tokio1Executor>),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub struct SendError {
    pub message: String,
    /// The receiving server refused this message for good (a 5xx answer, a malformed address).
    pub permanent: bool,
}

impl MailTransport {
    pub fn files(dir: PathBuf) -> std::io::Result<MailTransport> {
        std::fs::create_dir_all(&dir)?;
        Ok(MailTransport::Files(AsyncFileTransport::new(dir)))
    }

    pub fn smtp(url: &str) -> Result<MailTransport, String> {
        AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map(|b| MailTransport::Smtp(b.build()))
            .map_err(|e| e.to_string())
    }

    pub async fn send(&self, from: &Mailbox, message: &OutboxMessage) -> Result<(), SendError> {
        let to: Mailbox =
            message
                .recipient
                .parse()
                .map_err(|e: lettre::address::AddressError| SendError {
                    message: e.to_string(),
                    permanent: true,
                })?;
        let (text, html) = super::outbox::bodies(message);
        let email = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(message.subject.clone())
            .multipart(MultiPart::alternative_plain_html(text, html))
            .map_err(|e| SendError {
                message: e.to_string(),
                permanent: true,
            })?;
        match self {
            MailTransport::Files(t) => t.send(email).await.map(|_| ()).map_err(|e| SendError {
                message: e.to_string(),
                permanent: false,
            }),
            MailTransport::Smtp(t) => t.send(email).await.map(|_| ()).map_err(|e| SendError {
                permanent: e.is_permanent(),
                message: e.to_string(),
            }),
        }
    }
}
