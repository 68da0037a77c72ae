//! `/compendium/{reference}`: one published pledge at its permanent address, every public field.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::{pledge_progress, published_pledge};
use crate::domain::PublicPledge;
use crate::domain::marketplace::OrgMention;
use crate::i18n::{Arg, Key, use_locale};
use crate::pledge_text::{benefit_text, labels, money_text, scope_text, usd_text};
use crate::reference::CountryGroup;
use crate::ui::components::{ErrorNotice, TargetsTable};
use crate::ui::page_title::page_title;
use crate::ui::pages::PublicProgressSection;
use crate::ui::pages::marketplace::{CoSigners, OrgName, ReportForm, SignOnSection};

#[component]
pub fn PublicPledgePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let reference = Memo::new(move |_| params.read().get("reference").unwrap_or_default());
    let pledge = Resource::new(move || reference.get(), published_pledge);
    let progress = Resource::new(move || reference.get(), pledge_progress);
    view! {
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match pledge.await {
                    Ok(p) => {
                        let progress = progress.await.ok();
                        let reference = p.public_ref.clone();
                        view! {
                            <PledgeView p />
                            {progress.map(|progress| view! { <PublicProgressSection progress /> })}
                            <SignOnSection reference=reference.clone() />
                            <ReportForm kind="pledge" subject=reference />
                        }.into_any()
                    }
                    Err(error) => view! {
                        <Title text=locale.t(error.message_key()) />
                        <ErrorNotice error />
                        <p><a href="/">{locale.t(Key::BackToCompendium)}</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn PledgeView(p: PublicPledge) -> impl IntoView {
    let locale = use_locale();
    let areas = p
        .focus_areas
        .iter()
        .map(|a| format!("{}: {}", locale.t(a.label()), locale.t(a.meaning())))
        .collect::<Vec<_>>()
        .join("; ");
    let sdgs = labels(locale, p.sdgs.iter().map(|s| s.label()));
    let kap = labels(locale, p.kap.iter().map(|k| k.label()));
    let scope = scope_text(locale, p.scope_global, &p.regions, &p.countries);
    // Registered partners first, then those the lead named: nobody vouches for those but the lead.
    let registered = p.partners.len().saturating_sub(p.named_partners.len());
    let organisations = std::iter::once((
        p.organisation_name.clone(),
        false,
        p.organisation_profile.clone(),
    ))
    .chain(p.partners.iter().enumerate().map(|(n, name)| {
        let profile = p.partner_profiles.get(n).cloned().flatten();
        (name.clone(), n >= registered, profile)
    }))
    .collect::<Vec<_>>();
    let cosigned = p.clone();
    let benefits: Vec<_> = CountryGroup::ALL
        .iter()
        .map(|g| (*g, p.benefit(*g).clone()))
        .collect();
    let permalink = format!("/compendium/{}", p.public_ref);
    view! {
        <Title text=page_title(&p.title) />
        <p><a href="/">{locale.t(Key::BackToCompendium)}</a></p>
        <article class="revision public-pledge" aria-labelledby="pledge-title">
            <h1 id="pledge-title"><bdi>{p.title.clone()}</bdi></h1>
            <p class="lead"><bdi>{p.summary.clone()}</bdi></p>
            <dl class="facts">
                <dt>{locale.t(Key::PublicRef)}</dt>
                <dd><a href=permalink>{p.public_ref.clone()}</a></dd>
                <dt>{locale.t(Key::ColOrganisation)}</dt>
                <dd>
                    <ul class="plain">
                        {organisations.into_iter().map(|(o, named, profile)| view! {
                            <li><OrgName org=OrgMention { name: o, profile } />{named.then(|| view! { " " <small class="named-partner">"("{locale.t(Key::NamedByLead)}")"</small> })}</li>
                        }).collect_view()}
                    </ul>
                </dd>
                <dt>{locale.t(Key::FieldStakeholderType)}</dt>
                <dd>{locale.t(p.stakeholder_type.label())}</dd>
                <dt>{locale.t(Key::FieldType)}</dt>
                <dd>{locale.t(p.pledge_type.label())}</dd>
                <dt>{locale.t(Key::FieldFocusAreas)}</dt>
                <dd>{areas}</dd>
                <dt>{locale.t(Key::SectionScope)}</dt>
                <dd><bdi>{scope}</bdi></dd>
                {p.amount.as_ref().map(|m| view! { <dt>{locale.t(Key::FieldAmount)}</dt><dd>{money_text(locale, m)}</dd> })}
                {p.usd_cents.map(|c| view! { <dt>{locale.t(Key::UsdLabel)}</dt><dd>{usd_text(locale, c)}</dd> })}
                <dt>{locale.t(Key::SectionDates)}</dt>
                <dd>{format!("{} – {}", locale.date(p.start), locale.date(p.end))}</dd>
                {benefits.into_iter().map(|(g, b)| view! {
                    <dt>{locale.t(g.label())}</dt>
                    <dd>{benefit_text(locale, &b)}{(!b.statement.is_empty()).then(|| view! { <br /><bdi>{b.statement.clone()}</bdi> })}</dd>
                }).collect_view()}
                {(!sdgs.is_empty()).then(|| view! { <dt>{locale.t(Key::FieldSdgs)}</dt><dd>{sdgs}</dd> })}
                {(!kap.is_empty()).then(|| view! { <dt>{locale.t(Key::FieldKap)}</dt><dd>{kap}</dd> })}
                <dt>{locale.t(Key::PublishedLabel)}</dt>
                <dd>{locale.date(p.published_on)}</dd>
                {(!p.events.is_empty()).then(|| view! {
                    <dt>{locale.t(Key::AnnouncedAtLabel)}</dt>
                    <dd>
                        <ul class="plain">
                            {p.events.iter().map(|e| view! {
                                <li><a href=format!("/events/{}", e.slug)><bdi>{e.name.clone()}</bdi></a></li>
                            }).collect_view()}
                        </ul>
                    </dd>
                })}
                {(!p.answers.is_empty()).then(|| view! {
                    <dt>{locale.t(Key::AnswersOpportunities)}</dt>
                    <dd>
                        <ul class="plain">
                            {p.answers.iter().map(|o| view! {
                                <li><a href=format!("/opportunities/{}", o.slug)><bdi>{o.title.clone()}</bdi></a></li>
                            }).collect_view()}
                        </ul>
                    </dd>
                })}
            </dl>
            <h2>{locale.t(Key::FieldDescription)}</h2>
            <p class="description"><bdi>{p.description}</bdi></p>
            <h2>{locale.t(Key::SectionTargets)}</h2>
            <TargetsTable targets=p.targets />
            <p class="hint">{locale.fmt(Key::PermalinkHint, &[("reference", Arg::Text(&p.public_ref))])}</p>
        </article>
        <CoSigners p=cosigned />
    }
}
