//! Signed letters of intent as files: checked by their content to really be a PDF, stored under a
//! random name in a directory outside the web root, read back only through an authorised route.
use std::path::{Path, PathBuf};

use crate::domain::LETTER_PDF_MAX_BYTES;

#[derive(Debug, PartialEq, Eq)]
pub enum PdfProblem {
    TooLarge,
    NotPdf,
}

/// A file is accepted when it starts like a PDF, ends like one and parses as one: a renamed
/// picture or document fails the first check, a truncated or forged header the last.
pub fn check_pdf(bytes: &[u8]) -> Result<(), PdfProblem> {
    if bytes.len() > LETTER_PDF_MAX_BYTES {
        return Err(PdfProblem::TooLarge);
    }
    if !bytes.starts_with(b"%PDF-") {
        return Err(PdfProblem::NotPdf);
    }
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if !tail.windows(5).any(|w| w == b"%%EOF") {
        return Err(PdfProblem::NotPdf);
    }
    lopdf::Document::load_mem(bytes)
        .map(|_| ())
        .map_err(|_| PdfProblem::NotPdf)
}

/// Stores the bytes under a new random name; returns the name (never a path from the user).
pub async fn store(dir: &Path, bytes: &[u8]) -> std::io::Result<String> {
    tokio::fs::create_dir_all(dir).await?;
    let name = format!("{}.pdf", uuid::Uuid::new_v4().simple());
    let tmp = dir.join(format!("{name}.part"));
    tokio::fs::write(&tmp, bytes).await?;
    tokio::fs::rename(&tmp, dir.join(&name)).await?;
    Ok(name)
}

/// The stored file's path, if `name` is one of ours (32 hex digits and `.pdf`).
pub fn path_of(dir: &Path, name: &str) -> Option<PathBuf> {
    let stem = name.strip_suffix(".pdf")?;
    (stem.len() == 32 && stem.bytes().all(|b| b.is_ascii_hexdigit())).then(|| dir.join(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A real one-page PDF, shared with the integration and browser tests.
    fn tiny_pdf() -> Vec<u8> {
        include_bytes!("../../tests/fixtures/one-page.pdf").to_vec()
    }

    #[test]
    fn a_real_pdf_passes_and_impostors_fail() {
        assert_eq!(check_pdf(&tiny_pdf()), Ok(()));
        assert_eq!(check_pdf(b"\x89PNG\r\n\x1a\n...."), Err(PdfProblem::NotPdf));
        assert_eq!(
            check_pdf(b"%PDF-1.4\nnot really\n%%EOF\n"),
            Err(PdfProblem::NotPdf)
        );
        let mut truncated = tiny_pdf();
        truncated.truncate(truncated.len() - 10);
        assert_eq!(check_pdf(&truncated), Err(PdfProblem::NotPdf));
        assert_eq!(
            check_pdf(&vec![b'%'; LETTER_PDF_MAX_BYTES + 1]),
            Err(PdfProblem::TooLarge)
        );
    }

    #[test]
    fn only_our_own_names_map_to_files() {
        let dir = Path::new("/srv/letters");
        assert!(path_of(dir, "0123456789abcdef0123456789abcdef.pdf").is_some());
        for bad in [
            "../../etc/passwd",
            "x.pdf",
            "0123456789abcdef0123456789abcdef.pdf/..",
            "",
        ] {
            assert!(path_of(dir, bad).is_none(), "{bad}");
        }
    }
}
