//! Possible duplicates of a pledge under review, among published and pending pledges. Titles are
//! compared by character trigrams (as PostgreSQL's pg_trgm does, so a reworded or re-ordered
//! title still matches, in any script); summaries and descriptions by TF-IDF weighted cosine over
//! words and, for scripts written without spaces, character bigrams, with the weights taken from
//! the candidates themselves, so words every pledge uses ("digital", "connectivity") count little.
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

/// One pledge to compare against.
pub struct Candidate<'a> {
    pub id: i32,
    pub title: &'a str,
    /// Summary and description.
    pub text: &'a str,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SimilarPledge {
    pub id: i32,
    /// 0 to 100.
    pub score: u8,
}

/// Scores at or above this are shown to reviewers as possible duplicates.
pub const DUPLICATE_THRESHOLD: u8 = 45;

/// Lower case, letters and digits only, single spaces.
fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = true;
    for c in s.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_owned()
}

/// Scripts written without spaces between words: Han, kana, Hangul, Thai.
fn unspaced(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0x0E00..=0x0E7F | 0xF900..=0xFAFF)
}

/// pg_trgm's trigrams: each word padded with two spaces in front and one behind.
fn trigrams(s: &str) -> HashSet<[char; 3]> {
    let mut set = HashSet::new();
    for word in normalise(s).split(' ').filter(|w| !w.is_empty()) {
        let chars: Vec<char> = [' ', ' ']
            .into_iter()
            .chain(word.chars())
            .chain([' '])
            .collect();
        for w in chars.windows(3) {
            set.insert([w[0], w[1], w[2]]);
        }
    }
    set
}

/// Dice's coefficient of two trigram sets: shared trigrams over their mean size.
fn dice(a: &HashSet<[char; 3]>, b: &HashSet<[char; 3]>) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f64 / (a.len() + b.len()) as f64
}

/// Words of spaced scripts, character bigrams of unspaced ones.
fn tokens(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in normalise(s).split(' ').filter(|w| !w.is_empty()) {
        if word.chars().any(unspaced) {
            let chars: Vec<char> = word.chars().collect();
            if chars.len() == 1 {
                out.push(word.to_owned());
            }
            out.extend(chars.windows(2).map(|w| w.iter().collect::<String>()));
        } else if word.chars().count() > 2 {
            out.push(word.to_owned());
        }
    }
    out
}

fn counts(tokens: Vec<String>) -> HashMap<String, f64> {
    let mut m = HashMap::new();
    for t in tokens {
        *m.entry(t).or_insert(0.0) += 1.0;
    }
    m
}

fn cosine(a: &HashMap<String, f64>, b: &HashMap<String, f64>, idf: &dyn Fn(&str) -> f64) -> f64 {
    let norm = |v: &HashMap<String, f64>| {
        v.iter()
            .map(|(t, n)| (n * idf(t)).powi(2))
            .sum::<f64>()
            .sqrt()
    };
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let dot: f64 = a
        .iter()
        .filter_map(|(t, n)| b.get(t).map(|m| n * m * idf(t).powi(2)))
        .sum();
    dot / (na * nb)
}

/// Candidates at or above `threshold_percent`, best first, at most `limit`; ties go to the lower
/// id. The target itself (same id) is skipped.
pub fn likely_duplicates<'a>(
    target: &Candidate<'_>,
    candidates: impl IntoIterator<Item = Candidate<'a>>,
    threshold_percent: u8,
    limit: usize,
) -> Vec<SimilarPledge> {
    struct Prepared {
        id: i32,
        title: HashSet<[char; 3]>,
        text: HashMap<String, f64>,
    }
    let prepared: Vec<Prepared> = candidates
        .into_iter()
        .filter(|c| c.id != target.id)
        .map(|c| Prepared {
            id: c.id,
            title: trigrams(c.title),
            text: counts(tokens(c.text)),
        })
        .collect();
    let mine_title = trigrams(target.title);
    let mine_text = counts(tokens(target.text));
    // Document frequency over the candidates and the target.
    let mut df: HashMap<&str, f64> = HashMap::new();
    for doc in prepared.iter().map(|p| &p.text).chain([&mine_text]) {
        for t in doc.keys() {
            *df.entry(t.as_str()).or_insert(0.0) += 1.0;
        }
    }
    let docs = (prepared.len() + 1) as f64;
    let idf = |t: &str| (1.0 + docs / (1.0 + df.get(t).copied().unwrap_or(0.0))).ln();
    let mut found: Vec<SimilarPledge> = prepared
        .iter()
        .filter_map(|p| {
            let title = dice(&mine_title, &p.title);
            let text = cosine(&mine_text, &p.text, &idf);
            let score = title.max(0.35 * title + 0.65 * text).max(text * 0.9);
            let percent = (score * 100.0).round().clamp(0.0, 100.0) as u8;
            (percent >= threshold_percent).then_some(SimilarPledge {
                id: p.id,
                score: percent,
            })
        })
        .collect();
    found.sort_by(|a, b| b.score.cmp(&a.score).then(a.id.cmp(&b.id)));
    found.truncate(limit);
    found
}
