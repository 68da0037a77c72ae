//! leptos_meta 0.8 writes `<Title text=…>` into the server's HTML without escaping it, so a pledge
//! titled `</title><b>…` would end the element and inject markup. Text a person typed goes through
//! here first: escaped for the server's HTML, and left as it is in the browser, where the title is
//! set through the DOM as text.
pub fn page_title(text: &str) -> String {
    if cfg!(feature = "ssr") {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    } else {
        text.to_owned()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    #[test]
    fn typed_markup_cannot_end_the_title_element() {
        assert_eq!(
            super::page_title("</title><b>x</b> & co"),
            "&lt;/title&gt;&lt;b&gt;x&lt;/b&gt; &amp; co"
        );
    }
}
