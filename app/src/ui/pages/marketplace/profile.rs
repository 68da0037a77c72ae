//! `/organisations/{id-name}`: a verified organisation's public profile: its type, country and
//! coalition role, its published pledges with their totals, the opportunities it answered and the
//! events where it announced.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::load_organisation_profile;
use crate::domain::marketplace::OrganisationProfile;
use crate::i18n::{Arg, Key, use_locale};
use crate::pledge_text::usd_text;
use crate::reference::country_name;
use crate::ui::components::ErrorNotice;
use crate::ui::page_title::page_title;

#[component]
pub fn OrganisationProfilePage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let page = Resource::new(move || slug.get(), load_organisation_profile);
    view! {
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(p) => view! { <ProfileView p /> }.into_any(),
                    Err(error) => view! {
                        <Title text=locale.t(error.message_key()) />
                        <ErrorNotice error />
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ProfileView(p: OrganisationProfile) -> impl IntoView {
    let locale = use_locale();
    let count = i64::try_from(p.pledges.len()).unwrap_or(i64::MAX);
    view! {
        <Title text=page_title(&p.name) />
        <h1><bdi>{p.name.clone()}</bdi></h1>
        <p class="lead">
            {locale.t(p.stakeholder_type.label())} " · " {country_name(&p.country, locale)}
            {(!p.website.is_empty()).then(|| view! { " · " <a href=p.website.clone() rel="noopener noreferrer external">{p.website.clone()}</a> })}
        </p>
        {(!p.description.is_empty()).then(|| view! { <p dir="auto">{p.description.clone()}</p> })}
        <section aria-labelledby="roles">
            <h2 id="roles">{locale.t(Key::CoalitionRole)}</h2>
            {if p.roles.is_empty() {
                view! { <p class="empty">{locale.t(Key::NoCoalitionRole)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain">
                        {p.roles.iter().map(|r| view! {
                            <li>{locale.fmt(if r.leader { Key::RoleLeaderOf } else { Key::RoleMemberOf }, &[("area", Arg::Text(locale.t(r.focus_area.label())))])}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
        <section aria-labelledby="profile-pledges">
            <h2 id="profile-pledges">{locale.t(Key::ProfilePledges)}</h2>
            <p>{locale.fmt(Key::ProfileTotals, &[
                ("count", Arg::Int(count)),
                ("usd", Arg::Text(&usd_text(locale, p.pledged_usd_cents))),
                ("cosigned", Arg::Text(&usd_text(locale, p.cosigned_usd_cents))),
            ])}</p>
            <ul class="plain">
                {p.pledges.iter().map(|x| view! {
                    <li>
                        <a href=format!("/compendium/{}", x.public_ref)><bdi>{x.title.clone()}</bdi></a>
                        " · " <span class="tag">{locale.t(x.pledge_type.label())}</span>
                        " · " {locale.t(match x.part.as_str() { "lead" => Key::PartLead, "partner" => Key::PartPartner, _ => Key::PartCoSigner })}
                        {x.usd_cents.map(|c| view! { " · " {usd_text(locale, c)} })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        {(!p.opportunities.is_empty()).then(|| view! {
            <section aria-labelledby="profile-opportunities">
                <h2 id="profile-opportunities">{locale.t(Key::ProfileOpportunities)}</h2>
                <ul class="plain">
                    {p.opportunities.iter().map(|o| view! {
                        <li><a href=format!("/opportunities/{}", o.slug)><bdi>{o.title.clone()}</bdi></a></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        {(!p.events.is_empty()).then(|| view! {
            <section aria-labelledby="profile-events">
                <h2 id="profile-events">{locale.t(Key::ProfileEvents)}</h2>
                <ul class="plain">
                    {p.events.iter().map(|e| view! {
                        <li><a href=format!("/events/{}", e.slug)><bdi>{e.name.clone()}</bdi></a></li>
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}
