//! One revision of a pledge, as its organisations and ITU read it: every field, the USD figure
//! with the rate it came from, and the LDC/LLDC/SIDS consistency flags of its submission day.
use leptos::prelude::*;

use crate::domain::{Benefit, RevisionView};
use crate::i18n::{Arg, Key, Locale, use_locale};
use crate::reference::{CountryGroup, country_name, currency_name};

fn benefit_text(locale: Locale, b: &Benefit) -> String {
    let mut text = locale.t(b.level.label()).to_owned();
    if let Some(share) = b.share_pct {
        text.push_str(&format!(
            " · {}",
            locale.fmt(Key::SharePercent, &[("share", Arg::Int(i64::from(share)))])
        ));
    }
    text
}

#[component]
pub fn RevisionContent(revision: RevisionView) -> impl IntoView {
    let locale = use_locale();
    let c = revision.content;
    let scope = {
        let mut parts: Vec<String> = Vec::new();
        if c.scope.global {
            parts.push(locale.t(Key::FieldScopeGlobal).to_owned());
        }
        parts.extend(
            c.scope
                .regions
                .iter()
                .map(|r| locale.t(r.label()).to_owned()),
        );
        parts.extend(
            c.scope
                .countries
                .iter()
                .map(|code| country_name(code, locale).to_owned()),
        );
        parts.join(", ")
    };
    let amount = c.amount.as_ref().map(|m| {
        format!(
            "{} {} ({})",
            locale.decimal_text(&m.amount_text()),
            m.currency,
            currency_name(&m.currency, locale)
        )
    });
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
                <dt>{locale.t(Key::SectionContact)}</dt>
                <dd><bdi>{c.contact_name}</bdi>" · "<bdi>{c.contact_email}</bdi></dd>
            </dl>
            <h3>{locale.t(Key::FieldDescription)}</h3>
            <p class="description"><bdi>{c.description}</bdi></p>
            <h3>{locale.t(Key::SectionTargets)}</h3>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{locale.t(Key::FieldIndicator)}</th>
                        <th scope="col">{locale.t(Key::FieldBaseline)}</th>
                        <th scope="col">{locale.t(Key::FieldTargetValue)}</th>
                        <th scope="col">{locale.t(Key::FieldUnit)}</th>
                        <th scope="col">{locale.t(Key::FieldDue)}</th>
                    </tr>
                </thead>
                <tbody>
                    {c.targets.into_iter().map(|t| view! {
                        <tr>
                            <th scope="row"><bdi>{t.indicator}</bdi></th>
                            <td>{t.baseline.map(|b| locale.decimal_text(&b))}</td>
                            <td>{locale.decimal_text(&t.target)}</td>
                            <td><bdi>{t.unit}</bdi></td>
                            <td>{locale.date(t.due)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </article>
    }
}
