//! Files people upload, checked without trusting them. The cheap checks come first (size, the
//! first bytes, no ZIP directory at the end); only then does anything look inside, on the blocking
//! pool, a few files at a time, with every limit (nesting, unpacked size) counted rather than
//! left to the call stack. The letter of intent is the first user, progress evidence the second
//! (PDF, PNG or JPEG, told apart by their first bytes, never by name or declared type).
mod image_check;
mod inflate_budget;
pub mod pdf_check;
#[cfg(test)]
mod tests;

use std::sync::OnceLock;

use tokio::sync::Semaphore;

use crate::domain::progress::EVIDENCE_MAX_BYTES;
use crate::domain::{FieldIssue, LETTER_PDF_MAX_BYTES};

/// Why an upload was refused; each maps to its own message next to the file field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UploadProblem {
    TooLarge,
    /// It does not start as the expected kind of file does (a picture renamed `.pdf`).
    WrongKind,
    /// Truncated or not put together as its kind must be.
    Damaged,
    /// Nested deeper than any real file is (a trap for recursive readers).
    TooDeep,
    /// Its compressed parts unpack to far more than the file could need (a decompression bomb).
    UnpacksTooLarge,
    /// It is also a ZIP archive (a polyglot): opened by another program, it is something else.
    AlsoZip,
}

impl UploadProblem {
    /// The field issue for the letter's PDF field (codes of `FieldIssue::message_key`).
    pub fn issue(self, field: &str) -> FieldIssue {
        let code = match self {
            UploadProblem::TooLarge => "pdf_too_large",
            UploadProblem::WrongKind => "pdf",
            UploadProblem::Damaged => "pdf_damaged",
            UploadProblem::TooDeep => "pdf_too_deep",
            UploadProblem::UnpacksTooLarge => "pdf_unpacks_too_large",
            UploadProblem::AlsoZip => "pdf_zip",
        };
        FieldIssue::new(field, code)
    }

    /// The field issue for an evidence file (any of the evidence kinds).
    pub fn evidence_issue(self, field: &str) -> FieldIssue {
        let code = match self {
            UploadProblem::TooLarge => "evidence_too_large",
            UploadProblem::WrongKind => "evidence_kind",
            UploadProblem::Damaged => "evidence_damaged",
            UploadProblem::TooDeep | UploadProblem::UnpacksTooLarge => "evidence_unsafe",
            UploadProblem::AlsoZip => "evidence_zip",
        };
        FieldIssue::new(field, code)
    }
}

/// What an upload must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A signed letter of intent.
    Pdf,
    /// Progress evidence: a report or certificate as PDF, or a photograph.
    EvidencePdf,
    Png,
    Jpeg,
}

impl FileKind {
    pub fn max_bytes(self) -> usize {
        match self {
            FileKind::Pdf => LETTER_PDF_MAX_BYTES,
            FileKind::EvidencePdf | FileKind::Png | FileKind::Jpeg => EVIDENCE_MAX_BYTES,
        }
    }

    /// The evidence kind these bytes start as, if any.
    pub fn evidence_of(bytes: &[u8]) -> Option<FileKind> {
        [FileKind::EvidencePdf, FileKind::Png, FileKind::Jpeg]
            .into_iter()
            .find(|k| k.starts_right(bytes))
    }

    pub fn media_type(self) -> &'static str {
        match self {
            FileKind::Pdf | FileKind::EvidencePdf => "application/pdf",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf | FileKind::EvidencePdf => "pdf",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpg",
        }
    }

    fn starts_right(self, bytes: &[u8]) -> bool {
        match self {
            FileKind::Pdf | FileKind::EvidencePdf => pdf_check::has_header(bytes),
            FileKind::Png => bytes.starts_with(image_check::PNG_SIGNATURE),
            FileKind::Jpeg => bytes.starts_with(image_check::JPEG_START),
        }
    }

    /// The look inside; it may take a while on a large file, so never on an async worker.
    fn inspect(self, bytes: &[u8]) -> Result<(), UploadProblem> {
        match self {
            FileKind::Pdf | FileKind::EvidencePdf => pdf_check::check(bytes),
            FileKind::Png => image_check::png(bytes),
            FileKind::Jpeg => image_check::jpeg(bytes),
        }
    }
}

/// Checks an upload; on success hands the bytes back for storing.
pub async fn check(kind: FileKind, bytes: Vec<u8>) -> Result<Vec<u8>, UploadProblem> {
    check_outside(kind, &bytes)?;
    let _permit = inspection_permits()
        .acquire()
        .await
        .map_err(|_| UploadProblem::Damaged)?;
    tokio::task::spawn_blocking(move || kind.inspect(&bytes).map(|()| bytes))
        .await
        .map_err(|e| {
            // The scan has no panicking paths; should one appear, the file is refused, not the server.
            tracing::error!(error = %e, "upload inspection failed");
            UploadProblem::Damaged
        })?
}

/// Every check in the calling thread: for tests and callers already on a blocking thread.
pub fn check_now(kind: FileKind, bytes: &[u8]) -> Result<(), UploadProblem> {
    check_outside(kind, bytes)?;
    kind.inspect(bytes)
}

/// What needs no parsing: size, the first bytes, and the end of a ZIP archive.
fn check_outside(kind: FileKind, bytes: &[u8]) -> Result<(), UploadProblem> {
    if bytes.len() > kind.max_bytes() {
        return Err(UploadProblem::TooLarge);
    }
    if !kind.starts_right(bytes) {
        return Err(UploadProblem::WrongKind);
    }
    if ends_like_zip(bytes) {
        return Err(UploadProblem::AlsoZip);
    }
    Ok(())
}

/// A ZIP reader looks for its end-of-central-directory record in the last 65,557 bytes (22 bytes
/// of record and up to 65,535 of comment), so that is where a polyglot must put it.
fn ends_like_zip(bytes: &[u8]) -> bool {
    const ZIP_TAIL: usize = 22 + 65_535;
    let tail = &bytes[bytes.len().saturating_sub(ZIP_TAIL)..];
    bytes.starts_with(b"PK\x03\x04") || tail.windows(4).any(|w| w == b"PK\x05\x06")
}

/// Inspections at once: half the cores (at least one), so a burst of uploads queues and the
/// pages keep the other half.
fn inspection_permits() -> &'static Semaphore {
    static PERMITS: OnceLock<Semaphore> = OnceLock::new();
    PERMITS.get_or_init(|| {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        Semaphore::new((cores / 2).max(1))
    })
}
