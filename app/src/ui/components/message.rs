use leptos::prelude::*;

use crate::i18n::{Arg, Key, Locale, Part};

/// A translated message whose placeholders hold text typed by users (names of people and
/// organisations): each is put in `<bdi>`, so an Arabic name in an English sentence, or the other
/// way round, reads in its own direction without disturbing the sentence.
pub fn message(locale: Locale, key: Key, args: &[(&str, Arg)]) -> impl IntoView + use<> {
    locale
        .parts(key, args)
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.into_any(),
            Part::Isolated(text) => view! { <bdi>{text}</bdi> }.into_any(),
        })
        .collect_view()
}
