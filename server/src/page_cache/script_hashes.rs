//! A cached page is the same bytes for everyone, so its scripts cannot carry a nonce of each
//! answer's own. Its policy names the SHA-256 of each inline script the renderer wrote instead
//! (CSP level 2 hashes), as is usual for pages served from a cache.
use base64::Engine;
use sha2::{Digest, Sha256};

/// `'sha256-…'` sources for the inline scripts whose opening tag carries `nonce="{nonce}"`: the
/// ones the renderer wrote for this render. Text a visitor wrote cannot carry that nonce (it was
/// drawn after the text was stored), so no hash of it is ever allowed. The renderer escapes `<` in
/// text and attributes, so every `<script` is a tag, and in everything it serialises into a
/// script, so a script's text ends at the first `</script>`.
pub fn of_trusted_scripts(html: &str, nonce: &str) -> Vec<String> {
    let marker = format!(r#"nonce="{nonce}""#);
    let mut sources = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start + "<script".len()..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        rest = &rest[tag_end + 1..];
        let Some(text_end) = rest.find("</script>") else {
            break;
        };
        let text = &rest[..text_end];
        rest = &rest[text_end..];
        let inline = !tag.contains(" src=");
        if inline && tag.split_whitespace().any(|attribute| attribute == marker) {
            let digest = Sha256::digest(text.as_bytes());
            sources.push(format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(digest)
            ));
        }
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_renderers_inline_scripts_are_hashed() {
        let html = r#"<head><script type="module" nonce="N1">import('/pkg/p2c.js')</script>
            <script nonce="N1" src="/pkg/x.js"></script></head>
            <body><a title="&lt;script nonce=&quot;N1&quot;&gt;evil()&lt;/script&gt;">x</a>
            <script nonce="N2">other()</script><script nonce="N1">__DATA=[];</script></body>"#;
        let expected: Vec<String> = ["import('/pkg/p2c.js')", "__DATA=[];"]
            .iter()
            .map(|text| {
                let digest = Sha256::digest(text.as_bytes());
                format!(
                    "'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(digest)
                )
            })
            .collect();
        assert_eq!(of_trusted_scripts(html, "N1"), expected);
    }

    #[test]
    fn a_known_digest() {
        // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            of_trusted_scripts(r#"<script nonce="n">alert(1)</script>"#, "n"),
            vec!["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='".to_owned()]
        );
    }
}
