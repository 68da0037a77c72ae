//! Signed letters of intent as files (checked before by `uploads`): stored under a random name in
//! a directory outside the web root, read back only through an authorised route.
use std::path::{Path, PathBuf};

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
