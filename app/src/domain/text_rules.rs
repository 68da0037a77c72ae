//! Small rules shared by the account and coalition forms. Lengths are in characters, not bytes,
//! and measured after trimming, so a name in Arabic or Chinese gets the same room as one in English.
use validator::ValidationError;

pub fn chars_between(
    value: &str,
    min: usize,
    max: usize,
    code: &'static str,
) -> Result<(), ValidationError> {
    let n = value.trim().chars().count();
    if (min..=max).contains(&n) {
        Ok(())
    } else {
        Err(ValidationError::new(code))
    }
}

/// One or more focus areas, each a known code (pledges and letters of intent).
pub fn known_focus_areas(values: &[String]) -> Result<(), ValidationError> {
    if !values.is_empty()
        && values
            .iter()
            .all(|v| crate::reference::FocusArea::parse(v).is_some())
    {
        Ok(())
    } else {
        Err(ValidationError::new("focus_areas"))
    }
}

/// Control characters never belong in a one-line field (they break e-mail headers and exports).
pub fn one_line(value: &str) -> bool {
    !value.chars().any(char::is_control)
}

/// An e-mail address as stored: trimmed and lower-cased, so addresses are unique without regard to case.
pub fn normalise_email(value: &str) -> String {
    value.trim().to_lowercase()
}

/// A plausible address: one `@`, something on both sides, a dot in the domain, no spaces, ≤ 254.
pub fn email(value: &str) -> Result<(), ValidationError> {
    let v = value.trim();
    let ok = v.chars().count() <= 254
        && one_line(v)
        && !v.contains(char::is_whitespace)
        && v.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new("email"))
    }
}

pub const PASSWORD_MIN: usize = 10;
pub const PASSWORD_MAX: usize = 128;

/// Length only: strength is judged on the server (zxcvbn's dictionaries stay out of the wasm).
pub fn password_length(value: &str) -> Result<(), ValidationError> {
    let n = value.chars().count();
    if (PASSWORD_MIN..=PASSWORD_MAX).contains(&n) {
        Ok(())
    } else {
        Err(ValidationError::new("password_length"))
    }
}

/// Whether zxcvbn judges the password too easy to guess (score below 3 of 4), taking the person's
/// own name and address into account.
#[cfg(feature = "ssr")]
pub fn password_is_weak(password: &str, personal: &[&str]) -> bool {
    // zxcvbn matches user inputs as whole words: give it each part of a name and of an address.
    let words: Vec<String> = personal
        .iter()
        .flat_map(|p| p.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    zxcvbn::zxcvbn(password, &words).score() < zxcvbn::Score::Three
}

/// An optional web address: empty, or http(s) with a host, ≤ 300 characters.
pub fn optional_website(value: &str) -> Result<(), ValidationError> {
    let v = value.trim();
    if v.is_empty() {
        return Ok(());
    }
    let ok = v.chars().count() <= 300
        && one_line(v)
        && !v.contains(char::is_whitespace)
        && ["https://", "http://"].iter().any(|scheme| {
            v.get(..scheme.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(scheme))
                && v[scheme.len()..]
                    .split(['/', '?', '#'])
                    .next()
                    .is_some_and(|host| host.contains('.'))
        });
    if ok {
        Ok(())
    } else {
        Err(ValidationError::new("url"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses() {
        assert!(email("Amina@MinICT.example").is_ok());
        for bad in [
            "",
            "amina",
            "a@b",
            "a @b.example",
            "@b.example",
            "a@b.example.",
            "a@@b.example",
            "a@b.example\r\nBcc: x@y.z",
        ] {
            assert!(email(bad).is_err(), "{bad:?}");
        }
        assert!(email(&format!("{}@b.example", "a".repeat(250))).is_err());
        assert_eq!(
            normalise_email("  Amina@MinICT.Example "),
            "amina@minict.example"
        );
    }

    #[test]
    fn websites() {
        for good in [
            "",
            "https://minict.gov.rw",
            "http://example.org/path?q=1",
            "HTTPS://X.ORG",
        ] {
            assert!(optional_website(good).is_ok(), "{good:?}");
        }
        for bad in [
            "minict.gov.rw",
            "javascript:alert(1)",
            "https://localhost",
            "ftp://x.org",
            "https://x .org",
        ] {
            assert!(optional_website(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn lengths_count_characters() {
        assert!(chars_between("卢旺达信通部", 2, 6, "x").is_ok());
        assert!(chars_between("  a  ", 2, 6, "x").is_err());
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_estimator_refuses_guessable_passwords() {
        assert!(password_is_weak("password123", &[]));
        assert!(password_is_weak("qwertyuiop123", &[]));
        assert!(password_is_weak(
            "arohangata",
            &["Aroha Ngata", "aroha@moana.example"]
        ));
        assert!(!password_is_weak("violet-harbour-kettle-93", &[]));
    }
}
