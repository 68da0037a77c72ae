//! Fields of the GET filter forms (review queue, compendium): selects of codes with their labels,
//! the empty first option meaning "any", and the USD range.
use leptos::prelude::*;

use crate::i18n::{Key, Locale};

pub fn filter_select(
    locale: Locale,
    id: &'static str,
    label: Key,
    chosen: Option<String>,
    options: Vec<(String, String)>,
) -> impl IntoView {
    let chosen = chosen.unwrap_or_default();
    view! {
        <div class="field">
            <label for=id>{locale.t(label)}</label>
            <select id=id name=id>
                <option value="">{locale.t(Key::FilterAny)}</option>
                {options.into_iter().map(|(code, text)| {
                    let selected = code == chosen;
                    view! { <option value=code selected=selected>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

/// The options of a closed vocabulary, labelled in `locale`.
pub fn coded_options<T: Copy>(
    locale: Locale,
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> Key,
) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (code(*v).to_owned(), locale.t(label(*v)).to_owned()))
        .collect()
}

/// "Value from / up to (USD)": two number fields of a filter form, `usd_min` and `usd_max`.
pub fn usd_range_fields(locale: Locale, min: Option<String>, max: Option<String>) -> impl IntoView {
    view! {
        <div class="field">
            <label for="usd_min">{locale.t(Key::FilterUsdMin)}</label>
            <input id="usd_min" name="usd_min" inputmode="numeric" value=min.unwrap_or_default() size="12" />
        </div>
        <div class="field">
            <label for="usd_max">{locale.t(Key::FilterUsdMax)}</label>
            <input id="usd_max" name="usd_max" inputmode="numeric" value=max.unwrap_or_default() size="12" />
        </div>
    }
}
