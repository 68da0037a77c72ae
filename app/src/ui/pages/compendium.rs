//! `/`: the public pledge compendium. Filters and search live in the URL (a plain GET form, so a
//! filtered list can be shared with every delegation and works without JavaScript); pages are
//! keyset pages from the server; downloads take the same filters.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{compendium_list, compendium_totals};
use crate::domain::{
    CompendiumFilter, CompendiumPage, CompendiumStats, FieldIssue, PublicPledge, SEARCH_MAX_CHARS,
};
use crate::error::AppError;
use crate::i18n::{Arg, Key, Locale, use_locale};
use crate::pledge_text::usd_text;
use crate::reference::{
    CountryGroup, CountryTable, FocusArea, ItuRegion, PledgeType, StakeholderType, country_name,
};
use crate::ui::components::{
    ErrorNotice, IssueFor, coded_options, filter_select, message, set_page_status, usd_range_fields,
};

pub(crate) fn filter_from(query: &leptos_router::params::ParamsMap) -> CompendiumFilter {
    let get = |name: &str| query.get(name).filter(|v| !v.trim().is_empty());
    CompendiumFilter {
        q: get("q"),
        focus_area: get("focus_area"),
        pledge_type: get("pledge_type"),
        stakeholder_type: get("stakeholder_type"),
        region: get("region"),
        country: get("country"),
        group: get("group"),
        usd_min: get("usd_min"),
        usd_max: get("usd_max"),
        year: get("year"),
        organisation: get("organisation"),
        progress: get("progress"),
        light: get("light"),
        event: get("event"),
        sort: get("sort"),
        after: get("after"),
    }
}

#[component]
pub fn CompendiumPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let filter = Memo::new(move |_| filter_from(&query.read()));
    let page = Resource::new(move || filter.get(), compendium_list);
    let stats = Resource::new(
        move || CompendiumFilter {
            after: None,
            ..filter.get()
        },
        compendium_totals,
    );
    view! {
        <Title text=locale.t(Key::CompendiumTitle) />
        <h1>{locale.t(Key::CompendiumTitle)}</h1>
        <p class="lead">{locale.t(Key::CompendiumIntro)}</p>
        <Transition fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let f = filter.get();
                match (stats.await, page.await) {
                    (Ok(s), Ok(p)) => view! {
                        <Counter stats=s f=f.clone() />
                        <FilterForm f=f.clone() action="/" />
                        <Results f p />
                    }.into_any(),
                    (Err(error), _) | (_, Err(error)) if refused_filters(&error) => view! {
                        <RefusedFilters f error action="/" />
                    }.into_any(),
                    (Err(error), _) | (_, Err(error)) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

/// The live counter: what the pledges the filters find add up to.
#[component]
pub(crate) fn Counter(stats: CompendiumStats, f: CompendiumFilter) -> impl IntoView {
    let locale = use_locale();
    let int = |n: u64| locale.integer(i64::try_from(n).unwrap_or(i64::MAX));
    let ldc_share = (stats.benefiting_ldc * 100 + stats.pledges / 2)
        .checked_div(stats.pledges)
        .unwrap_or(0);
    let query = f.query();
    view! {
        <section aria-labelledby="counter-heading" class="counter-box">
            <h2 id="counter-heading" class="visually-hidden">{locale.t(Key::CounterHeading)}</h2>
            <dl class="counter-figures">
                <div><dt>{locale.t(Key::StatPledges)}</dt><dd data-stat="pledges">{int(stats.pledges)}</dd></div>
                <div><dt>{locale.t(Key::StatUsd)}</dt><dd data-stat="usd">{usd_text(locale, stats.usd_cents)}</dd></div>
                {(stats.cosigner_usd_cents > 0).then(|| view! {
                    <div><dt>{locale.t(Key::StatCosigned)}</dt><dd data-stat="cosigned">{usd_text(locale, stats.cosigner_usd_cents)}</dd></div>
                })}
                <div><dt>{locale.t(Key::StatOrganisations)}</dt><dd data-stat="organisations">{int(stats.organisations)}</dd></div>
                <div><dt>{locale.t(Key::StatGovernments)}</dt><dd data-stat="governments">{int(stats.governments)}</dd></div>
                <div><dt>{locale.t(Key::StatCountries)}</dt><dd data-stat="countries">{int(stats.countries)}</dd></div>
                <div><dt>{locale.t(Key::StatDelivered)}</dt><dd data-stat="delivered">{usd_text(locale, stats.delivered_usd_cents)}</dd></div>
                <div><dt>{locale.t(Key::StatReporting)}</dt><dd data-stat="reporting">{int(stats.reporting)}</dd></div>
                <div><dt>{locale.t(Key::StatLdcShare)}</dt><dd data-stat="ldc-share">{locale.fmt(Key::Percent, &[("percent", Arg::Int(i64::try_from(ldc_share).unwrap_or_default()))])}</dd></div>
            </dl>
            {(stats.without_usd > 0).then(|| view! {
                <p class="hint">{locale.fmt(Key::StatWithoutUsd, &[("count", Arg::Int(i64::try_from(stats.without_usd).unwrap_or_default()))])}</p>
            })}
            <p><a href=with_query("/dashboard", &query)>{locale.t(Key::OpenDashboard)}</a></p>
        </section>
    }
}

pub(crate) fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{query}")
    }
}

/// Whether the server refused the filters as typed (a search outside its limits).
pub(crate) fn refused_filters(error: &AppError) -> bool {
    !error.field_issues().is_empty()
}

/// The filter form again, with the server's message next to the field it refused; no results.
#[component]
pub(crate) fn RefusedFilters(
    f: CompendiumFilter,
    error: AppError,
    action: &'static str,
) -> impl IntoView {
    set_page_status(&error);
    view! { <FilterForm f action issues=error.field_issues().to_vec() /> }
}

/// The filter form, shared by the list and the dashboard.
#[component]
pub(crate) fn FilterForm(
    f: CompendiumFilter,
    action: &'static str,
    /// What the server refused in these filters, shown next to its field.
    #[prop(optional)]
    issues: Vec<FieldIssue>,
) -> impl IntoView {
    let locale = use_locale();
    let search_invalid = if issues.iter().any(|i| i.field == "q") {
        "true"
    } else {
        "false"
    };
    let issues = Signal::derive(move || issues.clone());
    let mut countries: Vec<(String, String)> = CountryTable::shared()
        .map(|t| {
            t.countries
                .iter()
                .map(|c| (c.alpha2.clone(), country_name(&c.alpha2, locale).to_owned()))
                .collect()
        })
        .unwrap_or_default();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    let groups = coded_options(
        locale,
        CountryGroup::ALL,
        CountryGroup::code,
        CountryGroup::label,
    );
    let no_report = ("none".to_owned(), locale.t(Key::LightNone).to_owned());
    let mut progress = coded_options(
        locale,
        crate::progress_lifecycle::ProgressStatus::ALL,
        crate::progress_lifecycle::ProgressStatus::code,
        crate::progress_lifecycle::ProgressStatus::label,
    );
    progress.push(no_report.clone());
    let mut lights = coded_options(
        locale,
        crate::progress_lifecycle::TrafficLight::ALL,
        crate::progress_lifecycle::TrafficLight::code,
        crate::progress_lifecycle::TrafficLight::label,
    );
    lights.push((
        "inactive".to_owned(),
        locale.t(Key::LightInactive).to_owned(),
    ));
    lights.push(no_report);
    let sorts = vec![
        ("newest".to_owned(), locale.t(Key::SortNewest).to_owned()),
        ("value".to_owned(), locale.t(Key::SortValue).to_owned()),
    ];
    view! {
        <form method="get" action=action class="filters" role="search" aria-label=locale.t(Key::CompendiumFilters)>
            // The event an event page linked here with stays chosen; the link clears it.
            {f.event().map(|slug| view! {
                <p class="field event-filter">
                    <input type="hidden" name="event" value=slug.clone() />
                    {message(locale, Key::AnnouncedAt, &[("event", (&slug).into())])} " "
                    <a href=format!("/events/{slug}")>{locale.t(Key::PublicEventPage)}</a>
                </p>
            })}
            <div class="field search">
                <label for="q">{locale.t(Key::CompendiumSearch)}</label>
                <input
                    id="q"
                    name="q"
                    type="search"
                    value=f.q.clone().unwrap_or_default()
                    aria-describedby="q-hint q-error"
                    aria-invalid=search_invalid
                    maxlength=SEARCH_MAX_CHARS.to_string()
                />
                <p id="q-hint" class="hint">{locale.t(Key::CompendiumSearchHint)}</p>
                <IssueFor field="q" issues />
            </div>
            {filter_select(locale, "focus_area", Key::FieldFocusArea, f.focus_area.clone(), coded_options(locale, FocusArea::ALL, FocusArea::code, FocusArea::label))}
            {filter_select(locale, "pledge_type", Key::FieldType, f.pledge_type.clone(), coded_options(locale, PledgeType::ALL, PledgeType::code, PledgeType::label))}
            {filter_select(locale, "stakeholder_type", Key::FieldStakeholderType, f.stakeholder_type.clone(), coded_options(locale, StakeholderType::ALL, StakeholderType::code, StakeholderType::label))}
            {filter_select(locale, "region", Key::FilterRegion, f.region.clone(), coded_options(locale, ItuRegion::ALL, ItuRegion::code, ItuRegion::label))}
            {filter_select(locale, "country", Key::FilterCountry, f.country.clone().map(|c| c.to_ascii_uppercase()), countries)}
            {filter_select(locale, "group", Key::FilterGroup, f.group.clone(), groups)}
            {usd_range_fields(locale, f.usd_min.clone(), f.usd_max.clone())}
            <div class="field">
                <label for="year">{locale.t(Key::FilterYear)}</label>
                <input id="year" name="year" type="number" min="2000" max="2100" value=f.year.clone().unwrap_or_default() />
            </div>
            <div class="field">
                <label for="organisation">{locale.t(Key::FilterOrganisation)}</label>
                <input id="organisation" name="organisation" value=f.organisation.clone().unwrap_or_default() maxlength="200" />
            </div>
            {filter_select(locale, "progress", Key::FieldProgressStatus, f.progress.clone(), progress)}
            {filter_select(locale, "light", Key::ProgressLightLabel, f.light.clone(), lights)}
            {filter_select(locale, "sort", Key::FilterSort, f.sort.clone(), sorts)}
            <div class="form-actions">
                <button type="submit" class="primary">{locale.t(Key::ApplyFilters)}</button>
                <a href=action>{locale.t(Key::ClearFilters)}</a>
            </div>
        </form>
    }
}

#[component]
fn Results(f: CompendiumFilter, p: CompendiumPage) -> impl IntoView {
    let locale = use_locale();
    let query = f.query();
    let total = i64::try_from(p.total).unwrap_or(i64::MAX);
    let downloads = [
        ("csv", Key::ExportCsv),
        ("xlsx", Key::ExportXlsx),
        ("json", Key::ExportJson),
        ("docx", Key::ExportDocx),
    ];
    let next = p
        .next
        .clone()
        .map(|cursor| format!("/?{}", f.query_after(&cursor)));
    view! {
        <p class="counter" data-testid="published-count" role="status">
            {locale.fmt(Key::CompendiumCount, &[("count", Arg::Int(total))])}
        </p>
        <nav class="downloads" aria-label=locale.t(Key::Downloads)>
            <span>{locale.t(Key::Downloads)}": "</span>
            {downloads.into_iter().map(|(ext, key)| view! {
                <a href=with_query(&format!("/compendium.{ext}"), &query) download="">{locale.t(key)}</a>
            }).collect_view()}
        </nav>
        {if p.pledges.is_empty() {
            view! { <p>{locale.t(Key::CompendiumEmpty)}</p> }.into_any()
        } else {
            view! {
                <ul class="pledge-list">
                    {p.pledges.into_iter().map(|p| view! { <li>{pledge_card(locale, p)}</li> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(next.is_some() || p.later_page).then(|| view! {
            <nav class="pager" aria-label=locale.t(Key::Pages)>
                {p.later_page.then(|| view! { <a href=with_query("/", &query)>{locale.t(Key::FirstPage)}</a> })}
                {next.map(|href| view! { <a rel="next" href=href>{locale.t(Key::NextPage)}</a> })}
            </nav>
        })}
    }
}

fn pledge_card(locale: Locale, p: PublicPledge) -> impl IntoView {
    let heading = format!("pledge-{}", p.public_ref);
    let benefits = CountryGroup::ALL
        .iter()
        .map(|g| (*g, p.benefit(*g).level))
        .collect::<Vec<_>>();
    view! {
        <article class="pledge-card" aria-labelledby=heading.clone()>
            <h2 id=heading.clone() dir="auto"><a href=format!("/compendium/{}", p.public_ref)>{p.title}</a></h2>
            <p class="meta">
                {match &p.organisation_profile {
                    Some(href) => view! { <span><a href=href.clone()>{message(locale, Key::By, &[("organisation", (&p.organisation_name).into())])}</a></span> }.into_any(),
                    None => view! { <span>{message(locale, Key::By, &[("organisation", (&p.organisation_name).into())])}</span> }.into_any(),
                }}
                {(!p.partners.is_empty()).then(|| view! {
                    <span>{message(locale, Key::WithPartners, &[("partners", (&p.partners.join(", ")).into())])}</span>
                })}
                <span class="tag">{locale.t(p.pledge_type.label())}</span>
                {p.usd_cents.map(|c| view! { <span>{usd_text(locale, c)}</span> })}
                <span>{locale.fmt(Key::PublishedOn, &[("date", (&locale.date(p.published_on)).into())])}</span>
                <span class="ref">{p.public_ref.clone()}</span>
                {p.events.iter().map(|e| view! {
                    <span class="tag announced">
                        <a href=format!("/events/{}", e.slug)>{message(locale, Key::AnnouncedAt, &[("event", (&e.name).into())])}</a>
                    </span>
                }).collect_view()}
            </p>
            <ul class="focus-areas" aria-label=locale.t(Key::FieldFocusAreas)>
                {p.focus_areas
                    .into_iter()
                    .map(|f| view! {
                        <li><strong>{locale.t(f.label())}</strong>": "{locale.t(f.meaning())}</li>
                    })
                    .collect_view()}
            </ul>
            <p class="description" dir="auto">{p.summary}</p>
            <dl class="benefits" aria-label=locale.t(Key::Benefits)>
                {benefits
                    .into_iter()
                    .map(|(group, level)| view! {
                        <div>
                            <dt><abbr title=locale.t(group.label())>{locale.t(group.short_label())}</abbr></dt>
                            <dd>{locale.t(level.label())}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        </article>
    }
}
