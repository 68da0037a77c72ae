//! `/opportunities/{slug}`: what an opportunity needs, its funding bar (pledged against needed,
//! delivered once progress reports exist; published pledges only), the pledges answering it, a
//! way to pledge to it, and a way to report a problem.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::parts::{FundingBar, OrgName};
use super::report_form::ReportForm;
use crate::api::opportunity_page;
use crate::domain::marketplace::OpportunityDetail;
use crate::i18n::{Arg, Key, use_locale};
use crate::marketplace_lifecycle::OpportunityStatus;
use crate::pledge_text::{money_text, usd_text};
use crate::reference::country_name;
use crate::ui::components::ErrorNotice;
use crate::ui::page_title::page_title;

#[component]
pub fn OpportunityPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = Resource::new(move || slug.get(), opportunity_page);
    view! {
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(o) => view! { <OpportunityView o /> }.into_any(),
                    Err(error) => view! {
                        <Title text=locale.t(error.message_key()) />
                        <ErrorNotice error />
                        <p><a href="/opportunities">{locale.t(Key::OpportunitiesTitle)}</a></p>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OpportunityView(o: OpportunityDetail) -> impl IntoView {
    let locale = use_locale();
    let s = o.summary;
    let pledge_to = format!("/pledges/new?answers={}", s.slug);
    let places: Vec<String> = s
        .regions
        .iter()
        .map(|r| locale.t(r.label()).to_owned())
        .chain(
            s.countries
                .iter()
                .map(|c| country_name(c, locale).to_owned()),
        )
        .collect();
    view! {
        <Title text=page_title(&s.title) />
        <p><a href="/opportunities">{locale.t(Key::OpportunitiesTitle)}</a></p>
        <h1><bdi>{s.title.clone()}</bdi></h1>
        <p class="lead">
            <span class="tag">{locale.t(s.kind.label())}</span> " · "
            <span class="status">{locale.t(s.status.label())}</span>
        </p>
        <p dir="auto">{s.summary.clone()}</p>
        <section aria-labelledby="funding">
            <h2 id="funding">{locale.t(Key::FundingTitle)}</h2>
            <FundingBar funding=s.funding />
        </section>
        <dl class="facts">
            <dt>{locale.t(Key::FieldFocusAreas)}</dt>
            <dd>{s.focus_areas.iter().map(|a| locale.t(a.label())).collect::<Vec<_>>().join(", ")}</dd>
            <dt>{locale.t(Key::OpportunityPlaces)}</dt>
            <dd>{if places.is_empty() { locale.t(Key::OpportunityEverywhere).to_owned() } else { places.join(", ") }}</dd>
            <dt>{locale.t(Key::FieldGroups)}</dt>
            <dd>{s.groups.iter().map(|g| locale.t(g.short_label())).collect::<Vec<_>>().join(", ")}</dd>
            <dt>{locale.t(Key::MoneyNeeded)}</dt>
            <dd>{match (&s.needed, s.funding.needed_usd_cents) {
                (Some(m), Some(usd)) if m.currency != "USD" => format!("{} ({})", money_text(locale, m), usd_text(locale, usd)),
                (Some(m), _) => money_text(locale, m),
                (None, _) => "—".to_owned(),
            }}</dd>
            <dt>{locale.t(Key::InKindNeeded)}</dt>
            <dd>
                {s.in_kind.iter().map(|k| locale.t(k.label())).collect::<Vec<_>>().join(", ")}
                {(!o.in_kind_note.is_empty()).then(|| view! { " · " <span dir="auto">{o.in_kind_note.clone()}</span> })}
            </dd>
            <dt>{locale.t(Key::OpportunityTimeline)}</dt>
            <dd>{match (o.starts_on, o.ends_on) {
                (None, None) => "—".to_owned(),
                (s, e) => format!("{} – {}", s.map(|d| locale.date(d)).unwrap_or_default(), e.map(|d| locale.date(d)).unwrap_or_default()),
            }}</dd>
            <dt>{locale.t(Key::OpportunityContact)}</dt>
            <dd><bdi>{o.contact_name.clone()}</bdi> " · " <a href=format!("mailto:{}", o.contact_email)>{o.contact_email.clone()}</a></dd>
        </dl>
        <div dir="auto" class="description">{o.description.clone()}</div>
        {(s.status == OpportunityStatus::Open).then(|| view! {
            <p><a class="button primary" href=pledge_to>{locale.t(Key::PledgeToOpportunity)}</a></p>
        })}
        <section aria-labelledby="answers">
            <h2 id="answers">{locale.t(Key::AnsweringPledges)}</h2>
            {if o.answers.is_empty() {
                view! { <p class="empty">{locale.t(Key::AnsweringNone)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain">
                        {o.answers.into_iter().map(|a| view! {
                            <li>
                                <a href=format!("/compendium/{}", a.public_ref)><bdi>{a.title.clone()}</bdi></a>
                                " · " <OrgName org=a.organisation />
                                {a.usd_cents.map(|c| view! { " · " {usd_text(locale, c)} })}
                                {a.cosigner_usd_cents.map(|c| view! { " · " {locale.fmt(Key::CoSignersAdd, &[("usd", Arg::Text(&usd_text(locale, c)))])} })}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <ReportForm kind="opportunity" subject=s.slug.clone() />
    }
}
