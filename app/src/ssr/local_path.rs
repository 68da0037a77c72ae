//! Where a redirect may go after sign-in or a language switch: only a path on this site.
use url::Url;

/// Longest `next` path followed; anything longer is not a link a person clicked.
const MAX_NEXT: usize = 2048;

/// The path (with query and fragment) that `next` names, if a browser would read it as a path on
/// this same site. It is parsed as a browser parses a URL against this site's origin (which also
/// strips tabs and newlines, turns `\` into `/` and resolves `..`), so no spelling of another host
/// gets through; control characters are refused outright, and the result is always a valid header value.
pub fn safe_local_path(next: Option<&str>) -> Option<String> {
    let next = next?;
    if next.is_empty()
        || next.len() > MAX_NEXT
        || !next.starts_with('/')
        || next.chars().any(char::is_control)
    {
        return None;
    }
    // The origin is a placeholder: only whether the result stays on it matters.
    let base = Url::parse("https://p2c.invalid/").ok()?;
    let resolved = base.join(next).ok()?;
    if resolved.origin() != base.origin() || resolved.username() != "" {
        return None;
    }
    let path = &resolved[url::Position::BeforePath..];
    // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as a host.
    (path.starts_with('/') && !path.starts_with("//") && !path.starts_with("/\\"))
        .then(|| path.to_owned())
}

#[cfg(test)]
mod tests {
    use super::safe_local_path;

    #[test]
    fn local_paths_are_followed() {
        let ok = |p: &str| safe_local_path(Some(p));
        assert_eq!(ok("/review?x=1"), Some("/review?x=1".into()));
        assert_eq!(ok("/"), Some("/".into()));
        assert_eq!(ok("/my/pledges#top"), Some("/my/pledges#top".into()));
        assert_eq!(ok("/a/../b"), Some("/b".into()));
        assert_eq!(
            ok("/pledges?q=école"),
            Some("/pledges?q=%C3%A9cole".into()),
            "percent-encoded, so always a valid header value"
        );
    }

    #[test]
    fn other_hosts_and_odd_input_are_refused() {
        let refused = [
            "//evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/\u{7f}/evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/%2F%2Fevil.example/..",
            "https://evil.example",
            "javascript:alert(1)",
            "/.//evil.example",
            "/./\\evil.example",
            "evil.example",
            "",
            " /review",
            "/\u{0}",
        ];
        for p in refused {
            let got = safe_local_path(Some(p));
            assert!(
                got.is_none() || got.as_deref().is_some_and(|g| !g.starts_with("//")),
                "{p:?} gave {got:?}"
            );
        }
        assert_eq!(safe_local_path(Some("//evil.example")), None);
        assert_eq!(safe_local_path(Some("/\t/evil.example")), None);
        assert_eq!(safe_local_path(Some("/.//evil.example")), None);
        assert_eq!(
            safe_local_path(Some(&format!("/{}", "a".repeat(5000)))),
            None
        );
        assert_eq!(safe_local_path(None), None);
    }
}
