//! `/dashboard`: what the published pledges add up to, under the same filters as the list. Each
//! chart is SVG drawn on the server, with the same figures in a table beside it for screen readers
//! and for copying into a report.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::compendium::{Counter, FilterForm, RefusedFilters, filter_from, refused_filters};
use crate::api::compendium_totals;
use crate::domain::{CompendiumFilter, CompendiumStats, Split};
use crate::i18n::{Arg, Key, Locale, use_locale};
use crate::pledge_text::usd_text;
use crate::ui::components::ErrorNotice;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let filter = Memo::new(move |_| CompendiumFilter {
        after: None,
        ..filter_from(&query.read())
    });
    let stats = Resource::new(move || filter.get(), compendium_totals);
    view! {
        <Title text=locale.t(Key::DashboardTitle) />
        <h1>{locale.t(Key::DashboardTitle)}</h1>
        <p class="lead">{locale.t(Key::DashboardIntro)}</p>
        <Transition fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let f = filter.get();
                match stats.await {
                    Ok(s) => view! {
                        <Counter stats=s.clone() f=f.clone() />
                        <FilterForm f action="/dashboard" />
                        <Charts s />
                    }.into_any(),
                    Err(error) if refused_filters(&error) => view! {
                        <RefusedFilters f error action="/dashboard" />
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Charts(s: CompendiumStats) -> impl IntoView {
    let locale = use_locale();
    let charts = vec![
        (
            "by-focus-area",
            Key::ChartByFocusArea,
            s.by_focus_area
                .iter()
                .map(|(a, v)| (a.label(), *v))
                .collect(),
        ),
        (
            "by-type",
            Key::ChartByType,
            s.by_type.iter().map(|(t, v)| (t.label(), *v)).collect(),
        ),
        (
            "by-stakeholder",
            Key::ChartByStakeholder,
            s.by_stakeholder
                .iter()
                .map(|(t, v)| (t.label(), *v))
                .collect(),
        ),
        (
            "by-region",
            Key::ChartByRegion,
            s.by_region.iter().map(|(r, v)| (r.label(), *v)).collect(),
        ),
        (
            "by-group",
            Key::ChartByGroup,
            s.by_group.iter().map(|(g, v)| (g.label(), *v)).collect(),
        ),
    ];
    view! {
        <div class="charts">
            {charts.into_iter().map(|(id, title, items)| chart(locale, id, title, items)).collect_view()}
        </div>
    }
}

const WIDTH: u64 = 320;
const ROW: u64 = 28;

/// A horizontal bar chart of pledge counts; bars start at the reading side (right in Arabic).
fn chart(locale: Locale, id: &'static str, title: Key, items: Vec<(Key, Split)>) -> impl IntoView {
    let rtl = locale.direction().code() == "rtl";
    let max = items
        .iter()
        .map(|(_, s)| s.pledges)
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * items.len() as u64;
    let heading = format!("{id}-heading");
    let int = |n: u64| locale.integer(i64::try_from(n).unwrap_or(i64::MAX));
    // Delivered against pledged, in whole per cent; a dash where nothing with a USD value was pledged.
    let share = move |s: Split| {
        if s.usd_cents <= 0 {
            "–".to_owned()
        } else {
            let percent = (i128::from(s.delivered_usd_cents) * 100 + i128::from(s.usd_cents) / 2)
                / i128::from(s.usd_cents);
            locale.fmt(
                Key::Percent,
                &[(
                    "percent",
                    Arg::Int(i64::try_from(percent).unwrap_or(i64::MAX)),
                )],
            )
        }
    };
    let bars = items
        .iter()
        .enumerate()
        .map(|(i, (key, split))| {
            let length = WIDTH * split.pledges / max;
            let y = ROW * i as u64;
            let x = if rtl { WIDTH - length } else { 0 };
            let label_x = if rtl { WIDTH - 4 } else { 4 };
            view! {
                <g>
                    <rect x=x y=y + 4 width=length.max(1) height=ROW - 8 rx="3" class="bar" />
                    <text x=label_x y=y + ROW / 2 + 5 text-anchor="start" class="bar-label">
                        {format!("{} · {}", locale.t(*key), int(split.pledges))}
                    </text>
                </g>
            }
        })
        .collect_view();
    let rows = items
        .into_iter()
        .map(|(key, split)| {
            view! {
                <tr>
                    <th scope="row">{locale.t(key)}</th>
                    <td class="number">{int(split.pledges)}</td>
                    <td class="number">{usd_text(locale, split.usd_cents)}</td>
                    <td class="number">{usd_text(locale, split.delivered_usd_cents)}</td>
                    <td class="number">{share(split)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="chart" aria-labelledby=heading.clone()>
            <h2 id=heading.clone()>{locale.t(title)}</h2>
            <svg viewBox=format!("0 0 {WIDTH} {height}") width="100%" role="img"
                aria-label=locale.fmt(Key::ChartAlt, &[("title", Arg::Text(locale.t(title)))])
                direction=if rtl { "rtl" } else { "ltr" }>
                {bars}
            </svg>
            <table>
                <caption class="visually-hidden">{locale.t(title)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{locale.t(Key::ColCategory)}</th>
                        <th scope="col">{locale.t(Key::StatPledges)}</th>
                        <th scope="col">{locale.t(Key::ColUsd)}</th>
                        <th scope="col">{locale.t(Key::ColDelivered)}</th>
                        <th scope="col">{locale.t(Key::ColDeliveredShare)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}
