//! Evidence files: checked by content through `uploads` (PDF, PNG or JPEG, at most 10 MB), stored
//! under a random name outside the web root, and read back only through `/evidence/{id}` after the
//! reader is checked. A file is public only when the organisation marked it so and its report is.
use std::path::{Path, PathBuf};

use sea_orm::{ConnectionTrait, EntityTrait};

use crate::domain::progress::{EVIDENCE_FILES_MAX, EVIDENCE_MAX_BYTES};
use crate::domain::{FieldIssue, SessionUser};
use crate::error::AppError;
use crate::progress_lifecycle::ReportState;
use crate::ssr::entity::pledge;
use crate::ssr::entity::progress::{evidence, report};
use crate::ssr::progress::access::{access, is_reportable};
use crate::ssr::uploads::{self, FileKind, UploadProblem};

/// A file as the form sent it.
pub struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
    /// It was cut off at the size limit while it was read.
    pub too_large: bool,
}

/// A file that passed every check, ready to store.
pub struct Checked {
    pub name: String,
    pub kind: FileKind,
    pub bytes: Vec<u8>,
}

/// The most bytes read of one file part before it is called too large.
pub const READ_LIMIT: usize = EVIDENCE_MAX_BYTES;

/// Checks every upload; the good ones come back, each refusal is one issue by the file field.
pub async fn check_all(uploads: Vec<Upload>, already: usize) -> (Vec<Checked>, Vec<FieldIssue>) {
    let mut good = Vec::new();
    let mut issues = Vec::new();
    if already + uploads.len() > EVIDENCE_FILES_MAX {
        issues.push(FieldIssue::new("files", "evidence_too_many"));
        return (good, issues);
    }
    for upload in uploads {
        if upload.too_large {
            issues.push(UploadProblem::TooLarge.evidence_issue("files"));
            continue;
        }
        let Some(kind) = FileKind::evidence_of(&upload.bytes) else {
            issues.push(UploadProblem::WrongKind.evidence_issue("files"));
            continue;
        };
        match uploads::check(kind, upload.bytes).await {
            Ok(bytes) => good.push(Checked {
                name: display_name(&upload.name, kind),
                kind,
                bytes,
            }),
            Err(problem) => issues.push(problem.evidence_issue("files")),
        }
    }
    issues.truncate(1);
    (good, issues)
}

/// The name shown for a file: the last part of what the browser sent, one line, at most 200
/// characters; the kind's own extension when nothing usable is left.
fn display_name(sent: &str, kind: FileKind) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>'))
        .take(200)
        .collect();
    let clean = clean.trim();
    if clean.is_empty() {
        format!("evidence.{}", kind.extension())
    } else {
        clean.to_owned()
    }
}

/// Stores the bytes under a new random name; returns the name (never a path from the user).
pub async fn store(dir: &Path, file: &Checked) -> std::io::Result<String> {
    tokio::fs::create_dir_all(dir).await?;
    let name = format!(
        "{}.{}",
        uuid::Uuid::new_v4().simple(),
        file.kind.extension()
    );
    let tmp = dir.join(format!("{name}.part"));
    tokio::fs::write(&tmp, &file.bytes).await?;
    tokio::fs::rename(&tmp, dir.join(&name)).await?;
    Ok(name)
}

/// The stored file's path, if `name` is one of ours (32 hex digits and a known extension).
pub fn path_of(dir: &Path, name: &str) -> Option<PathBuf> {
    let (stem, ext) = name.split_once('.')?;
    let ours = stem.len() == 32
        && stem.bytes().all(|b| b.is_ascii_hexdigit())
        && ["pdf", "png", "jpg"].contains(&ext);
    ours.then(|| dir.join(name))
}

/// Removes stored files that never made it into the database (a refused or failed save).
pub async fn forget(dir: &Path, names: &[String]) {
    for name in names {
        if let Some(path) = path_of(dir, name) {
            let _ = tokio::fs::remove_file(path).await;
        }
    }
}

/// The file behind `/evidence/{id}` for this reader: its path, media type and display name.
/// Anyone may read a public file of a public report of a published pledge; the pledge's
/// organisations and ITU staff read every file. Everyone else gets `NotFound`.
pub async fn file_for<C: ConnectionTrait>(
    conn: &C,
    dir: &Path,
    reader: Option<&SessionUser>,
    id: i32,
) -> Result<(PathBuf, String, String), AppError> {
    let file = evidence::Entity::find_by_id(id)
        .one(conn)
        .await?
        .ok_or(AppError::NotFound)?;
    let public = if file.public
        && let Some(report_id) = file.report_id
    {
        let report_public = report::Entity::find_by_id(report_id)
            .one(conn)
            .await?
            .and_then(|r| ReportState::parse(&r.state))
            .is_some_and(ReportState::is_public);
        let pledge_public = pledge::Entity::find_by_id(file.pledge_id)
            .one(conn)
            .await?
            .is_some_and(|p| is_reportable(&p));
        report_public && pledge_public
    } else {
        false
    };
    if !public {
        let reader = reader.ok_or(AppError::NotFound)?;
        let standing = access(conn, reader, file.pledge_id).await?;
        // A draft's files are for those who write the report (and ITU); filed ones for every
        // organisation of the pledge and ITU.
        let allowed = if file.report_id.is_none() {
            standing.may_file() || standing.itu
        } else {
            standing.may_see_private()
        };
        if !allowed {
            return Err(AppError::NotFound);
        }
    }
    let path = path_of(dir, &file.stored_name)
        .ok_or_else(|| crate::ssr::errors::internal("evidence name", file.stored_name.clone()))?;
    Ok((path, file.media_type, file.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_own_names_map_to_files_and_shown_names_are_tamed() {
        let dir = Path::new("/srv/evidence");
        assert!(path_of(dir, "0123456789abcdef0123456789abcdef.png").is_some());
        for bad in [
            "../../etc/passwd",
            "0123456789abcdef0123456789abcdef.exe",
            "x.pdf",
            "",
        ] {
            assert!(path_of(dir, bad).is_none(), "{bad}");
        }
        assert_eq!(
            display_name("C:\\Users\\a\\report.pdf", FileKind::EvidencePdf),
            "report.pdf"
        );
        assert_eq!(display_name("../\"<x>\n", FileKind::Png), "x");
        assert_eq!(display_name("", FileKind::Jpeg), "evidence.jpg");
    }
}
