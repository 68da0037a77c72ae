//! `/review`: ITU's due-diligence queue. Filters live in the URL (a plain GET form, so a filtered
//! queue can be bookmarked, shared and used without JavaScript); pages come from the server.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::review_queue;
use crate::domain::{QueueFilter, QueuePage};
use crate::i18n::{Arg, Key, use_locale};
use crate::pledge_lifecycle::PledgeStatus;
use crate::reference::{FocusArea, ItuRegion, PledgeType, StakeholderType};
use crate::ui::components::{ErrorNotice, filter_select, usd_range_fields};

fn filter_from(query: &leptos_router::params::ParamsMap) -> QueueFilter {
    let get = |name: &str| query.get(name).filter(|v| !v.trim().is_empty());
    QueueFilter {
        status: get("status"),
        focus_area: get("focus_area"),
        pledge_type: get("pledge_type"),
        stakeholder_type: get("stakeholder_type"),
        region: get("region"),
        usd_min: get("usd_min"),
        usd_max: get("usd_max"),
        min_days: get("min_days"),
        assignee: get("assignee"),
        sort: get("sort"),
        page: get("page"),
    }
}

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let filter = Memo::new(move |_| filter_from(&query.read()));
    let page = Resource::new(move || filter.get(), review_queue);
    view! {
        <Title text=locale.t(Key::ReviewTitle) />
        <h1>{locale.t(Key::ReviewTitle)}</h1>
        <p class="lead">{locale.t(Key::ReviewIntro)}</p>
        <Transition fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let f = filter.get();
                match page.await {
                    Ok(p) => view! { <Queue f p /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Queue(f: QueueFilter, p: QueuePage) -> impl IntoView {
    let locale = use_locale();
    let status_now = f
        .status
        .as_deref()
        .and_then(PledgeStatus::parse)
        .filter(|s| PledgeStatus::IN_QUEUE.contains(s));
    let counts = p.counts.clone();
    let tabs = counts
        .into_iter()
        .map(|(s, n)| {
            let mut with = f.clone();
            with.status = Some(s.code().to_owned());
            let current = (status_now == Some(s)).then_some("true");
            view! {
                <li>
                    <a href=format!("/review?{}", with.query(None)) aria-current=current>
                        {locale.t(s.label())}" "<span class="count">{n}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let codes = |all: Vec<(String, Key)>| {
        all.into_iter()
            .map(|(c, k)| (c, locale.t(k).to_owned()))
            .collect::<Vec<_>>()
    };
    let statuses = codes(
        PledgeStatus::IN_QUEUE
            .iter()
            .map(|s| (s.code().to_owned(), s.label()))
            .collect(),
    );
    let areas = codes(
        FocusArea::ALL
            .iter()
            .map(|a| (a.code().to_owned(), a.label()))
            .collect(),
    );
    let types = codes(
        PledgeType::ALL
            .iter()
            .map(|t| (t.code().to_owned(), t.label()))
            .collect(),
    );
    let stakeholders = codes(
        StakeholderType::ALL
            .iter()
            .map(|t| (t.code().to_owned(), t.label()))
            .collect(),
    );
    let regions = codes(
        ItuRegion::ALL
            .iter()
            .map(|r| (r.code().to_owned(), r.label()))
            .collect(),
    );
    let mut assignees = vec![
        ("me".to_owned(), locale.t(Key::AssigneeMe).to_owned()),
        ("none".to_owned(), locale.t(Key::AssigneeNobody).to_owned()),
    ];
    assignees.extend(
        p.reviewers
            .iter()
            .map(|c| (c.id.to_string(), c.name.clone())),
    );
    let sorts = codes(vec![
        ("oldest".to_owned(), Key::SortOldest),
        ("newest".to_owned(), Key::SortNewest),
        ("value".to_owned(), Key::SortValue),
    ]);
    let page_link = {
        let f = f.clone();
        move |n: u32| format!("/review?{}", f.query(Some(n)))
    };
    let (page, pages) = (p.page, p.pages);
    view! {
        <nav aria-label=locale.t(Key::QueueStates)>
            <ul class="tabs">{tabs}</ul>
        </nav>
        <form method="get" action="/review" class="filters" role="search" aria-label=locale.t(Key::QueueFilters)>
            {filter_select(locale, "status", Key::ColStatus, f.status.clone(), statuses)}
            {filter_select(locale, "focus_area", Key::FieldFocusArea, f.focus_area.clone(), areas)}
            {filter_select(locale, "pledge_type", Key::FieldType, f.pledge_type.clone(), types)}
            {filter_select(locale, "stakeholder_type", Key::FieldStakeholderType, f.stakeholder_type.clone(), stakeholders)}
            {filter_select(locale, "region", Key::FilterRegion, f.region.clone(), regions)}
            {usd_range_fields(locale, f.usd_min.clone(), f.usd_max.clone())}
            <div class="field">
                <label for="min_days">{locale.t(Key::FilterMinDays)}</label>
                <input id="min_days" name="min_days" type="number" min="0" value=f.min_days.clone().unwrap_or_default() size="5" />
            </div>
            {filter_select(locale, "assignee", Key::FilterAssignee, f.assignee.clone(), assignees)}
            {filter_select(locale, "sort", Key::FilterSort, f.sort.clone(), sorts)}
            <div class="form-actions">
                <button type="submit" class="primary">{locale.t(Key::ApplyFilters)}</button>
                <a href="/review">{locale.t(Key::ClearFilters)}</a>
            </div>
        </form>
        <p role="status">{locale.fmt(Key::QueueCount, &[("count", Arg::Int(i64::try_from(p.total).unwrap_or(i64::MAX)))])}</p>
        {if p.rows.is_empty() {
            view! { <p>{locale.t(Key::ReviewEmpty)}</p> }.into_any()
        } else {
            view! {
                <table class="queue">
                    <caption class="visually-hidden">{locale.t(Key::ReviewTitle)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{locale.t(Key::ColTitle)}</th>
                            <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                            <th scope="col">{locale.t(Key::ColType)}</th>
                            <th scope="col">{locale.t(Key::ColUsd)}</th>
                            <th scope="col">{locale.t(Key::ColWaiting)}</th>
                            <th scope="col">{locale.t(Key::ColStatus)}</th>
                            <th scope="col">{locale.t(Key::ColAssignee)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {p.rows.into_iter().map(|r| {
                            let stakeholder = StakeholderType::parse(&r.stakeholder_type).map(|s| locale.t(s.label()).to_owned()).unwrap_or_default();
                            view! {
                                <tr data-pledge=r.id data-version=r.version>
                                    <th scope="row">
                                        <a href=format!("/review/{}", r.id)><bdi>{r.title}</bdi></a>
                                        {(!r.flags.is_empty()).then(|| view! {
                                            <ul class="flags">{r.flags.iter().map(|f| view! { <li>{locale.t(f.message())}</li> }).collect_view()}</ul>
                                        })}
                                    </th>
                                    <td><bdi>{r.organisation_name}</bdi><br /><span class="hint">{stakeholder}</span></td>
                                    <td>{r.pledge_type.map(|t| locale.t(t.label()))}</td>
                                    <td class="number">{r.usd_cents.map(|c| format!("USD {}", locale.integer(c / 100)))}</td>
                                    <td>{locale.fmt(Key::DaysWaiting, &[("days", Arg::Int(r.days_waiting))])}</td>
                                    <td><span class=format!("status status-{}", r.status.code())>{locale.t(r.status.label())}</span></td>
                                    <td>{r.assignee_name.map(|n| view! { <bdi>{n}</bdi> }.into_any()).unwrap_or_else(|| view! { <span class="hint">{locale.t(Key::AssigneeNobody)}</span> }.into_any())}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label=locale.t(Key::Pages)>
                {(page > 1).then(|| view! { <a rel="prev" href=page_link(page - 1)>{locale.t(Key::PreviousPage)}</a> })}
                " "<span>{locale.fmt(Key::PageOf, &[("page", Arg::Int(i64::from(page))), ("pages", Arg::Int(i64::from(pages)))])}</span>" "
                {(page < pages).then(|| view! { <a rel="next" href=page_link(page + 1)>{locale.t(Key::NextPage)}</a> })}
            </nav>
        })}
    }
}
