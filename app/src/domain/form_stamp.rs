//! Which open form a save comes from, and how far along it was. The browser makes a random key
//! when the pledge form opens and numbers its saves by the edits made so far; the server keeps the
//! highest number per key, so a save that arrives after a later one of the same form is ignored.
//! A form posted without JavaScript carries no stamp and is saved as it comes.

/// The most characters of a key: a browser's is 26.
const KEY_MAX: usize = 64;
/// The fewest: a shorter key could be guessed.
const KEY_MIN: usize = 16;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormStamp {
    key: String,
    seq: i64,
}

impl FormStamp {
    /// None unless both parts are there and well-formed: a bad stamp only loses the protection,
    /// never the person's save.
    pub fn parse(key: Option<&str>, seq: Option<i64>) -> Option<Self> {
        let key = key?.trim();
        let well_formed = (KEY_MIN..=KEY_MAX).contains(&key.len())
            && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        let seq = seq.filter(|s| *s >= 0)?;
        well_formed.then(|| Self {
            key: key.to_owned(),
            seq,
        })
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    pub fn seq(&self) -> i64 {
        self.seq
    }
}

#[cfg(test)]
mod tests {
    use super::FormStamp;

    #[test]
    fn a_stamp_needs_a_long_plain_key_and_a_count() {
        let key = "k3j9x0a1b2c3d4e5f6g7h8i9j0";
        let stamp = FormStamp::parse(Some(key), Some(7)).expect("valid");
        assert_eq!((stamp.key(), stamp.seq()), (key, 7));
        for (key, seq) in [
            (None, Some(1)),
            (Some(key), None),
            (Some(key), Some(-1)),
            (Some("short"), Some(1)),
            (Some("k3j9x0a1b2c3d4e5f6g7h8i9j0'; DROP"), Some(1)),
            (Some(&*"a".repeat(65)), Some(1)),
        ] {
            assert_eq!(FormStamp::parse(key, seq), None, "{key:?} {seq:?}");
        }
    }
}
