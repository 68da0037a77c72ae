//! Reading request cookies, for the session (server) and the language choice (server and browser builds).

/// The value of the named cookie in a request's `Cookie` headers; an empty value counts as absent.
pub fn cookie_value<'a>(headers: &'a http::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name && !v.is_empty()).then_some(v)
        })
}

#[cfg(test)]
mod tests {
    use super::cookie_value;

    #[test]
    fn finds_a_cookie_among_several_headers() {
        let mut headers = http::HeaderMap::new();
        for line in ["a=1; p2c_session=tok", "p2c_lang=zh; empty="] {
            if let Ok(v) = line.parse() {
                headers.append(http::header::COOKIE, v);
            }
        }
        assert_eq!(cookie_value(&headers, "p2c_session"), Some("tok"));
        assert_eq!(cookie_value(&headers, "p2c_lang"), Some("zh"));
        assert_eq!(cookie_value(&headers, "empty"), None);
        assert_eq!(cookie_value(&headers, "missing"), None);
    }
}
