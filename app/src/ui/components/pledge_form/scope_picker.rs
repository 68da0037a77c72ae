//! Where the pledge works: the whole world, ITU regions, and/or countries. Countries are plain check
//! boxes in a scrolling list, so the picker works without JavaScript; once the page is interactive a
//! search box narrows the list and the chosen countries are named above it.
use leptos::prelude::*;

use super::fields::{Choices, Tick};
use crate::domain::PledgeInput;
use crate::i18n::{Key, use_locale};
use crate::reference::{CountryTable, ItuRegion, country_name};
use crate::ui::components::FieldError;

#[component]
pub fn ScopeSection(start: PledgeInput, chosen: Signal<Vec<String>>) -> impl IntoView {
    let locale = use_locale();
    let regions = ItuRegion::ALL
        .iter()
        .map(|r| (r.code().to_owned(), locale.t(r.label()).to_owned()))
        .collect();
    let issues = super::issues::use_form_issues();
    let message = match issues {
        Some(i) => i.message("scope".to_owned()),
        None => Signal::derive(|| None),
    };
    view! {
        <fieldset class="section" aria-describedby="scope-hint scope-error">
            <legend>{locale.t(Key::SectionScope)}</legend>
            <p id="scope-hint" class="hint">{locale.t(Key::HintScope)}</p>
            <Tick field="scope_global" label=Key::FieldScopeGlobal checked={start.is_global()} />
            <Choices field="scope_regions" legend=Key::FieldScopeRegions options=regions chosen=start.scope_regions.clone() class="columns" />
            <CountryPicker start=start.scope_countries chosen />
            <FieldError id="scope-error" message />
        </fieldset>
    }
}

#[component]
fn CountryPicker(start: Vec<String>, chosen: Signal<Vec<String>>) -> impl IntoView {
    let locale = use_locale();
    let query = RwSignal::new(String::new());
    // The search box is useless without JavaScript: it appears once the page is interactive.
    let interactive = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));
    let mut countries: Vec<(String, &'static str)> = CountryTable::shared()
        .map(|t| {
            t.countries
                .iter()
                .map(|c| (c.alpha2.clone(), country_name(&c.alpha2, locale)))
                .collect()
        })
        .unwrap_or_default();
    countries.sort_by(|a, b| a.1.cmp(b.1));
    let names: Vec<(String, &'static str)> = countries.clone();
    let chosen_names = move || {
        chosen.with(|codes| {
            names
                .iter()
                .filter(|(code, _)| codes.contains(code))
                .map(|(_, name)| *name)
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    view! {
        <fieldset class="field picker">
            <legend>{locale.t(Key::FieldScopeCountries)}</legend>
            <p class="hint" aria-live="polite">
                {locale.t(Key::ChosenCountries)} " " <bdi>{chosen_names}</bdi>
            </p>
            <div class="field" hidden=move || !interactive.get()>
                <label for="country-search">{locale.t(Key::SearchCountries)}</label>
                <input
                    id="country-search"
                    type="search"
                    autocomplete="off"
                    aria-controls="country-list"
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </div>
            <div id="country-list" class="picker-list" role="group" aria-label=locale.t(Key::FieldScopeCountries)>
                {countries
                    .into_iter()
                    .map(|(code, name)| {
                        let id = format!("scope_countries-{code}");
                        let checked = start.contains(&code);
                        let folded = name.to_lowercase();
                        let code_lower = code.to_lowercase();
                        let hidden = move || {
                            query.with(|q| {
                                let q = q.trim().to_lowercase();
                                !q.is_empty() && !folded.contains(&q) && code_lower != q
                            })
                        };
                        view! {
                            <div class="choice" hidden=hidden>
                                <input type="checkbox" id=id.clone() name="input[scope_countries][]" value=code checked=checked />
                                <label for=id>{name}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}
