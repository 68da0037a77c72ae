//! One revision of a pledge, as its organisations and ITU read it: every field, the USD figure
//! with the rate it came from, and the LDC/LLDC/SIDS consistency flags of its submission day.
use leptos::prelude::*;

use super::pledge_facts::TargetsTable;
use crate::domain::RevisionView;
use crate::i18n::{Arg, Key, use_locale};
use crate::pledge_text::{benefit_text, money_text, scope_text};
use crate::reference::CountryGroup;

#[component]
pub fn RevisionContent(revision: RevisionView) -> impl IntoView {
    let locale = use_locale();
    let c = revision.content;
    let scope = scope_text(locale, c.scope.global, &c.scope.regions, &c.scope.countries);
    let amount = c.amount.as_ref().map(|m| money_text(locale, m));
    let usd = match (
        revision.usd_cents,
        &revision.usd_rate,
        revision.usd_rate_date,
    ) {
        (Some(cents), Some(rate), Some(on)) => Some(locale.fmt(
            Key::UsdEquivalent,
            &[
                (
                    "usd",
                    Arg::Text(&locale.decimal_text(&crate::domain::minor_units_text(cents, 2))),
                ),
                ("rate", Arg::Text(&locale.decimal_text(rate))),
                ("date", Arg::Text(&locale.date(on))),
            ],
        )),
        _ => c
            .amount
            .as_ref()
            .map(|_| locale.t(Key::UsdNotConverted).to_owned()),
    };
    let flags = revision.flags;
    let benefits: Vec<_> = CountryGroup::ALL
        .iter()
        .map(|g| (*g, c.benefit(*g).clone()))
        .collect();
    let sdgs = c
        .sdgs
        .iter()
        .map(|s| locale.t(s.label()))
        .collect::<Vec<_>>()
        .join("; ");
    let kap = c
        .kap
        .iter()
        .map(|k| locale.t(k.label()))
        .collect::<Vec<_>>()
        .join("; ");
    let areas = c
        .focus_areas
        .iter()
        .map(|a| locale.t(a.label()))
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <article class="revision">
            <h2><bdi>{c.title}</bdi></h2>
            <p class="lead"><bdi>{c.summary}</bdi></p>
            {(!flags.is_empty()).then(|| view! {
                <div class="notice notice-warning" role="note">
                    <p><strong>{locale.fmt(Key::FlagsOn, &[("date", Arg::Text(&locale.date(revision.groups_on)))])}</strong></p>
                    <ul>{flags.iter().map(|f| view! { <li>{locale.t(f.message())}</li> }).collect_view()}</ul>
                </div>
            })}
            <dl class="facts">
                <dt>{locale.t(Key::FieldType)}</dt>
                <dd>{locale.t(c.pledge_type.label())}</dd>
                <dt>{locale.t(Key::FieldFocusAreas)}</dt>
                <dd>{areas}</dd>
                <dt>{locale.t(Key::SectionScope)}</dt>
                <dd><bdi>{scope}</bdi></dd>
                {amount.map(|a| view! { <dt>{locale.t(Key::FieldAmount)}</dt><dd>{a}</dd> })}
                {usd.map(|u| view! { <dt>{locale.t(Key::UsdLabel)}</dt><dd>{u}</dd> })}
                <dt>{locale.t(Key::SectionDates)}</dt>
                <dd>{format!("{} – {}", locale.date(c.start), locale.date(c.end))}</dd>
                {benefits.into_iter().map(|(g, b)| {
                    view! {
                        <dt>{locale.t(g.label())}</dt>
                        <dd>{benefit_text(locale, &b)}{(!b.statement.is_empty()).then(|| view! { <br /><bdi>{b.statement.clone()}</bdi> })}</dd>
                    }
                }).collect_view()}
                {(!sdgs.is_empty()).then(|| view! { <dt>{locale.t(Key::FieldSdgs)}</dt><dd>{sdgs}</dd> })}
                {(!kap.is_empty()).then(|| view! { <dt>{locale.t(Key::FieldKap)}</dt><dd>{kap}</dd> })}
                {(!c.named_partners.is_empty()).then(|| view! {
                    <dt>{locale.t(Key::FieldNamedPartners)}</dt>
                    <dd><ul class="plain">{c.named_partners.iter().map(|n| view! { <li><bdi>{n.clone()}</bdi></li> }).collect_view()}</ul></dd>
                })}
                <dt>{locale.t(Key::SectionContact)}</dt>
                <dd><bdi>{c.contact_name}</bdi>" · "<bdi>{c.contact_email}</bdi></dd>
            </dl>
            <h3>{locale.t(Key::FieldDescription)}</h3>
            <p class="description"><bdi>{c.description}</bdi></p>
            <h3>{locale.t(Key::SectionTargets)}</h3>
            <TargetsTable targets=c.targets />
        </article>
    }
}
