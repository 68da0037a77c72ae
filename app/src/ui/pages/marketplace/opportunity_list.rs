//! `/opportunities`: ITU's project opportunities, regional and flagship initiatives and campaigns,
//! filtered like the compendium; "Opportunities for you" for a signed-in organisation.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::parts::{OpportunityItem, SuggestionList};
use crate::api::opportunities_list;
use crate::domain::SEARCH_MAX_CHARS;
use crate::domain::marketplace::OpportunityFilter;
use crate::i18n::{Key, use_locale};
use crate::marketplace_lifecycle::{OpportunityKind, OpportunityStatus};
use crate::reference::{CountryGroup, CountryTable, FocusArea, ItuRegion, country_name};
use crate::ui::components::{ErrorNotice, coded_options, filter_select};

#[component]
pub fn OpportunitiesPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let filter = Memo::new(move |_| {
        let mut f = OpportunityFilter::default();
        for (name, value) in query.read().clone().into_iter() {
            f.set(&name, value);
        }
        f
    });
    let list = Resource::new(move || filter.get(), opportunities_list);
    view! {
        <Title text=locale.t(Key::OpportunitiesTitle) />
        <h1>{locale.t(Key::OpportunitiesTitle)}</h1>
        <p>{locale.t(Key::OpportunitiesIntro)}</p>
        <p>
            <a href="/opportunities.csv">{locale.t(Key::ExportCsv)}</a> " · "
            <a href="/opportunities.xlsx">{locale.t(Key::ExportXlsx)}</a>
        </p>
        {move || view! { <Filters f=filter.get() /> }}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(list) => view! {
                        {list.may_post.then(|| view! {
                            <p><a class="button" href="/opportunities/new">{locale.t(Key::PostOpportunity)}</a></p>
                        })}
                        {(!list.for_you.is_empty()).then(|| view! {
                            <section aria-labelledby="for-you" class="for-you">
                                <h2 id="for-you">{locale.t(Key::OpportunitiesForYou)}</h2>
                                <SuggestionList suggestions=list.for_you.clone() />
                            </section>
                        })}
                        <section aria-labelledby="all-opportunities">
                            <h2 id="all-opportunities">{locale.t(Key::AllOpportunities)}</h2>
                            {if list.items.is_empty() {
                                view! { <p class="empty">{locale.t(Key::OpportunitiesEmpty)}</p> }.into_any()
                            } else {
                                view! {
                                    <ul class="plain opportunity-list">
                                        {list.items.into_iter().map(|o| view! { <li><OpportunityItem o /></li> }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        </section>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Filters(f: OpportunityFilter) -> impl IntoView {
    let locale = use_locale();
    let mut countries: Vec<(String, String)> = CountryTable::shared()
        .map(|t| {
            t.countries
                .iter()
                .map(|c| (c.alpha2.clone(), country_name(&c.alpha2, locale).to_owned()))
                .collect()
        })
        .unwrap_or_default();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    view! {
        <form method="get" action="/opportunities" class="filters" role="search" aria-label=locale.t(Key::OpportunityFilters)>
            <div class="field search">
                <label for="q">{locale.t(Key::OpportunitySearch)}</label>
                <input id="q" name="q" type="search" value=f.q.clone().unwrap_or_default()
                    maxlength=SEARCH_MAX_CHARS.to_string() />
            </div>
            {filter_select(locale, "kind", Key::FieldOpportunityKind, f.kind.clone(), coded_options(locale, OpportunityKind::ALL, OpportunityKind::code, OpportunityKind::label))}
            {filter_select(locale, "focus_area", Key::FieldFocusArea, f.focus_area.clone(), coded_options(locale, FocusArea::ALL, FocusArea::code, FocusArea::label))}
            {filter_select(locale, "region", Key::FilterRegion, f.region.clone(), coded_options(locale, ItuRegion::ALL, ItuRegion::code, ItuRegion::label))}
            {filter_select(locale, "country", Key::FilterCountry, f.country.clone().map(|c| c.to_ascii_uppercase()), countries)}
            {filter_select(locale, "group", Key::FilterGroup, f.group.clone(), coded_options(locale, CountryGroup::ALL, CountryGroup::code, CountryGroup::label))}
            {filter_select(locale, "status", Key::FieldOpportunityStatus, f.status.clone(), coded_options(locale, OpportunityStatus::ALL, OpportunityStatus::code, OpportunityStatus::label))}
            <div class="form-actions">
                <button type="submit" class="primary">{locale.t(Key::ApplyFilters)}</button>
                <a href="/opportunities">{locale.t(Key::ClearFilters)}</a>
            </div>
        </form>
    }
}
