//! Word diffs between two revisions of a pledge, so a reviewer sees what the organisation changed.
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Same,
    Added,
    Removed,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffPiece {
    pub change: Change,
    pub text: String,
}

/// Word-level diff by Unicode word boundaries (so Chinese diffs per character and Arabic per
/// word); whitespace stays with the words, so the Same and Added pieces give `new` back exactly
/// and the Same and Removed pieces give `old`. Adjacent pieces of one kind are merged.
#[cfg(feature = "ssr")]
pub fn word_diff(old: &str, new: &str) -> Vec<DiffPiece> {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_unicode_words(old, new);
    let mut out: Vec<DiffPiece> = Vec::new();
    for c in diff.iter_all_changes() {
        let change = match c.tag() {
            ChangeTag::Equal => Change::Same,
            ChangeTag::Insert => Change::Added,
            ChangeTag::Delete => Change::Removed,
        };
        match out.last_mut() {
            Some(last) if last.change == change => last.text.push_str(c.value()),
            _ => out.push(DiffPiece {
                change,
                text: c.value().to_owned(),
            }),
        }
    }
    out
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn side(pieces: &[DiffPiece], skip: Change) -> String {
        pieces
            .iter()
            .filter(|p| p.change != skip)
            .map(|p| p.text.as_str())
            .collect()
    }

    #[test]
    fn both_texts_can_be_rebuilt_from_the_pieces() {
        let pairs = [
            (
                "Connect 5,000 schools by 2027",
                "Connect 6,000 rural schools by 2028",
            ),
            ("Former les élèves", "Former les élèves et enseignants"),
            ("为学校提供宽带连接", "为农村学校提供宽带连接"),
            ("ربط المدارس بالإنترنت", "ربط المدارس الريفية بالإنترنت"),
            ("", "new text"),
            ("old text", ""),
            ("same", "same"),
        ];
        for (old, new) in pairs {
            let pieces = word_diff(old, new);
            assert_eq!(side(&pieces, Change::Added), old, "{old} → {new}");
            assert_eq!(side(&pieces, Change::Removed), new, "{old} → {new}");
        }
    }

    #[test]
    fn a_replaced_word_is_removed_then_added() {
        let pieces = word_diff("Connect 5000 schools", "Connect 6000 schools");
        let changed: Vec<(Change, &str)> = pieces
            .iter()
            .filter(|p| p.change != Change::Same)
            .map(|p| (p.change, p.text.as_str()))
            .collect();
        assert_eq!(
            changed,
            vec![(Change::Removed, "5000"), (Change::Added, "6000")]
        );
        assert_eq!(
            word_diff("same words", "same words"),
            vec![DiffPiece {
                change: Change::Same,
                text: "same words".into()
            }]
        );
        assert!(word_diff("", "").is_empty());
    }
}
