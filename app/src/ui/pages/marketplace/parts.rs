//! Pieces shared by the marketplace's pages: an organisation's name linked to its profile, the
//! funding bar, the reasons of a suggestion, and an opportunity's line in a list.
use leptos::prelude::*;

use crate::domain::marketplace::matching::Reason;
use crate::domain::marketplace::{Funding, OpportunitySummary, OrgMention, Suggestion};
use crate::i18n::{Arg, Key, Locale, use_locale};
use crate::pledge_text::{money_text, usd_text};

/// A name, linked to the organisation's public profile when it has one.
#[component]
pub fn OrgName(org: OrgMention) -> impl IntoView {
    match org.profile {
        Some(href) => view! { <a href=href><bdi>{org.name}</bdi></a> }.into_any(),
        None => view! { <bdi>{org.name}</bdi> }.into_any(),
    }
}

/// Pledged (with co-signers) and delivered against the need, as text and as a bar that screen
/// readers read as a meter.
#[component]
pub fn FundingBar(funding: Funding) -> impl IntoView {
    let locale = use_locale();
    let committed = funding.committed_usd_cents();
    let pledged = usd_text(locale, funding.pledged_usd_cents);
    let cosigned = usd_text(locale, funding.cosigned_usd_cents);
    let delivered = usd_text(locale, funding.delivered_usd_cents);
    let count = i64::try_from(funding.pledges).unwrap_or(i64::MAX);
    view! {
        <div class="funding">
            {match (funding.needed_usd_cents, funding.percent()) {
                (Some(needed), Some(percent)) => view! {
                    <p>
                        {locale.fmt(Key::FundingOf, &[
                            ("committed", Arg::Text(&usd_text(locale, committed))),
                            ("needed", Arg::Text(&usd_text(locale, needed))),
                        ])}
                    </p>
                    <meter class="funding-bar" min="0" max="100" value=percent.to_string()
                        aria-label=locale.t(Key::FundingBarLabel)>{format!("{percent} %")}</meter>
                    {funding.delivered_percent().map(|d| view! {
                        <meter class="delivered-bar" min="0" max="100" value=d.to_string()
                            aria-label=locale.t(Key::DeliveredBarLabel)>{format!("{d} %")}</meter>
                    })}
                }.into_any(),
                _ => view! {
                    <p>{locale.fmt(Key::FundingCommitted, &[("committed", Arg::Text(&usd_text(locale, committed)))])}</p>
                }.into_any(),
            }}
            <p class="meta">
                {locale.fmt(Key::FundingLines, &[
                    ("count", Arg::Int(count)),
                    ("pledged", Arg::Text(&pledged)),
                    ("cosigned", Arg::Text(&cosigned)),
                    ("delivered", Arg::Text(&delivered)),
                ])}
            </p>
        </div>
    }
}

pub fn reason_text(locale: Locale, reasons: &[Reason]) -> String {
    reasons
        .iter()
        .map(|r| match r {
            Reason::FocusArea(a) => locale.t(a.label()).to_owned(),
            Reason::Region(r) => locale.t(r.label()).to_owned(),
            Reason::Country(c) => crate::reference::country_name(c, locale).to_owned(),
            Reason::Group(g) => locale.t(g.short_label()).to_owned(),
            Reason::SimilarSize => locale.t(Key::ReasonSimilarSize).to_owned(),
            Reason::Funder => locale.t(Key::ReasonFunder).to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// One opportunity in a list: title, kind and status, what it needs, its bar.
#[component]
pub fn OpportunityItem(o: OpportunitySummary) -> impl IntoView {
    let locale = use_locale();
    let href = format!("/opportunities/{}", o.slug);
    view! {
        <h3><a href=href><bdi>{o.title.clone()}</bdi></a></h3>
        <p class="meta">
            <span class="tag">{locale.t(o.kind.label())}</span> " · "
            <span class="status">{locale.t(o.status.label())}</span>
            {o.focus_areas.iter().map(|a| view! { " · " <span class="tag">{locale.t(a.label())}</span> }).collect_view()}
            {o.needed.as_ref().map(|m| view! { " · " {money_text(locale, m)} })}
        </p>
        <p dir="auto">{o.summary.clone()}</p>
        <FundingBar funding=o.funding />
    }
}

#[component]
pub fn SuggestionList(suggestions: Vec<Suggestion>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <ul class="plain opportunity-list">
            {suggestions.into_iter().map(|s| {
                let why = reason_text(locale, &s.reasons);
                view! {
                    <li>
                        <OpportunityItem o=s.opportunity />
                        <p class="reason">{locale.fmt(Key::SuggestionReason, &[("reasons", Arg::Text(&why))])}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
