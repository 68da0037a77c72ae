/// Only same-site paths are followed after a redirect, never another host.
pub fn safe_local_path(next: Option<&str>) -> Option<String> {
    next.filter(|p| p.starts_with('/') && !p.starts_with("//") && !p.contains('\\'))
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::safe_local_path;

    #[test]
    fn only_local_paths_are_followed() {
        assert_eq!(
            safe_local_path(Some("/review?x=1")),
            Some("/review?x=1".into())
        );
        assert_eq!(safe_local_path(Some("//evil.example")), None);
        assert_eq!(safe_local_path(Some("https://evil.example")), None);
        assert_eq!(safe_local_path(Some("/\\evil.example")), None);
        assert_eq!(safe_local_path(Some("")), None);
        assert_eq!(safe_local_path(None), None);
    }
}
