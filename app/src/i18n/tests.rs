//! The translation files against the code and against English: what a translator can break.
use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::catalog::SOURCES;
use super::*;

/// Message id → the `$variables` it uses, for one `.ftl` source; parse errors fail the test.
fn messages(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let source = SOURCES[locale.index()];
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((_, errors)) => panic!("{} has syntax errors: {errors:?}", locale.code()),
    };
    let mut found = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                let previous = found.insert(m.id.name.to_owned(), vars);
                assert!(previous.is_none(), "{}: {} twice", locale.code(), m.id.name);
            }
            ast::Entry::Term(t) => panic!("{}: unexpected term -{}", locale.code(), t.id.name),
            ast::Entry::Junk { content } => panic!("{}: junk {content:?}", locale.code()),
            _ => {}
        }
    }
    found
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        _ => {}
    }
}

#[test]
fn english_has_exactly_the_keys_of_the_code() {
    let english: BTreeSet<String> = messages(Locale::En).into_keys().collect();
    let code: BTreeSet<String> = Key::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(
        english.difference(&code).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "in en.ftl but not in the code"
    );
    assert_eq!(
        code.difference(&english).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "in the code but not in en.ftl"
    );
}

#[test]
fn every_locale_has_the_keys_and_placeholders_of_english() {
    let english = messages(Locale::En);
    for locale in Locale::ALL {
        let other = messages(locale);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
        assert!(extra.is_empty(), "{} has extra {extra:?}", locale.code());
        for (id, vars) in &english {
            assert_eq!(
                other.get(id),
                Some(vars),
                "{}: {id} uses other placeholders than English",
                locale.code()
            );
        }
    }
}

#[test]
fn every_key_has_non_empty_text_in_every_locale() {
    for locale in Locale::ALL {
        for key in Key::ALL {
            let text = locale.fmt(*key, &[]);
            assert!(
                !text.trim().is_empty(),
                "{key:?} is empty in {}",
                locale.code()
            );
        }
    }
}

/// Messages that may read the same as English: abbreviations and patterns made of placeholders.
fn may_equal_english(locale: Locale, key: Key) -> bool {
    let shared = matches!(
        key,
        Key::DateLong
            | Key::DateTime
            | Key::ItuShort
            | Key::SimilarityScore
            | Key::MailNoticeDigestLine
            | Key::Percent
            | Key::ExportCsv
    );
    let abbreviations = matches!(
        key,
        Key::GroupLdcShort | Key::GroupLldcShort | Key::GroupSidsShort
    );
    // The same word in French: the focus area "Adoption", the region "Europe", "Organisation".
    let cognates = matches!(
        key,
        Key::FaAdoption | Key::RegionEurope | Key::AuditAboutOrganisation
    );
    shared || (locale == Locale::Zh && abbreviations) || (locale == Locale::Fr && cognates)
}

#[test]
fn no_locale_is_a_copy_of_english() {
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let same: Vec<_> = Key::ALL
            .iter()
            .filter(|k| !may_equal_english(locale, **k))
            .filter(|k| locale.t(**k) == Locale::En.t(**k))
            .collect();
        assert!(same.is_empty(), "{}: untranslated {same:?}", locale.code());
    }
}

#[test]
fn plurals_follow_each_locale() {
    let count = |l: Locale, n: i64| l.fmt(Key::CompendiumCount, &[("count", n.into())]);
    assert_eq!(count(Locale::En, 1), "1 published pledge");
    assert_eq!(count(Locale::En, 2), "2 published pledges");
    assert_eq!(count(Locale::En, 0), "0 published pledges");
    assert_eq!(count(Locale::En, 1845), "1,845 published pledges");
    // Russian has three forms for whole numbers: 1 and 21, 2 to 4, 5 to 20.
    let ru: BTreeSet<_> = [1, 2, 5]
        .map(|n| count(Locale::Ru, n).replace(&n.to_string(), "#"))
        .into();
    assert_eq!(ru.len(), 3, "{ru:?}");
    assert_eq!(
        count(Locale::Ru, 21).replace("21", "#"),
        count(Locale::Ru, 1).replace('1', "#")
    );
    // Arabic has six: 0, 1, 2, 3 to 10, 11 to 99, 100 and more.
    let ar: BTreeSet<_> = [0, 1, 2, 3, 11, 100]
        .map(|n| count(Locale::Ar, n).replace(&Locale::Ar.integer(n), "#"))
        .into();
    assert_eq!(ar.len(), 6, "{ar:?}");
    assert!(count(Locale::Ar, 100).contains("١٠٠"));
    assert!(count(Locale::Fr, 1845).contains("1\u{202F}845"));
}

#[test]
fn dates_are_written_as_each_locale_writes_them() {
    let day = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
    assert_eq!(Locale::En.date(day), "24 November 2026");
    assert_eq!(Locale::Zh.date(day), "2026年11月24日");
    assert!(Locale::Ru.date(day).starts_with("24 ноября 2026"));
    assert!(Locale::Fr.date(day).contains("novembre"));
    assert!(Locale::Es.date(day).contains("noviembre"));
    assert!(Locale::Ar.date(day).contains("٢٠٢٦"));
    let moment = day.and_hms_opt(9, 5, 0).unwrap().and_utc();
    assert_eq!(Locale::En.date_time(moment), "24 November 2026, 09:05 UTC");
}

#[test]
fn placeholders_can_be_cut_out_for_isolation() {
    let parts = Locale::En.parts(
        Key::SignedInAs,
        &[("name", "Amina".into()), ("organisation", "وزارة".into())],
    );
    assert_eq!(
        parts,
        vec![
            Part::Text("Signed in as ".into()),
            Part::Isolated("Amina".into()),
            Part::Text(" (".into()),
            Part::Isolated("وزارة".into()),
            Part::Text(")".into()),
        ]
    );
}

#[test]
fn cookie_wins_over_browser_preference() {
    let mut headers = http::HeaderMap::new();
    headers.insert(
        http::header::ACCEPT_LANGUAGE,
        http::HeaderValue::from_static("en"),
    );
    headers.insert(
        http::header::COOKIE,
        http::HeaderValue::from_static("a=b; p2c_lang=ar"),
    );
    assert_eq!(locale_from_headers(&headers), Locale::Ar);
    headers.remove(http::header::COOKIE);
    assert_eq!(locale_from_headers(&headers), Locale::En);
}
