use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::coalition;
use crate::domain::OrganisationSummary;
use crate::i18n::{Key, use_locale};
use crate::reference::{StakeholderType, country_name};
use crate::ui::components::ErrorNotice;

/// The public coalition page: each focus area with its Leaders and Members.
#[component]
pub fn CoalitionPage() -> impl IntoView {
    let locale = use_locale();
    let areas = Resource::new(|| (), |_| coalition());
    view! {
        <Title text=locale.t(Key::CoalitionTitle) />
        <h1>{locale.t(Key::CoalitionTitle)}</h1>
        <p class="lead">{locale.t(Key::CoalitionIntro)}</p>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match areas.await {
                    Ok(areas) => areas
                        .into_iter()
                        .map(|a| {
                            let heading_id = format!("area-{}", a.area.code());
                            view! {
                                <section class="coalition-area" aria-labelledby=heading_id.clone()>
                                    <h2 id=heading_id.clone()>{locale.t(a.area.label())} " – " {locale.t(a.area.meaning())}</h2>
                                    <h3>{locale.t(Key::CoalitionLeaders)}</h3>
                                    <OrganisationTable rows=a.leaders />
                                    <h3>{locale.t(Key::CoalitionMembers)}</h3>
                                    <OrganisationTable rows=a.members />
                                </section>
                            }
                        })
                        .collect_view()
                        .into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn OrganisationTable(rows: Vec<OrganisationSummary>) -> impl IntoView {
    let locale = use_locale();
    if rows.is_empty() {
        return view! { <p class="empty">{locale.t(Key::CoalitionNone)}</p> }.into_any();
    }
    view! {
        <table>
            <thead>
                <tr>
                    <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                    <th scope="col">{locale.t(Key::ColType)}</th>
                    <th scope="col">{locale.t(Key::ColCountry)}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|o| {
                        let kind = StakeholderType::parse(&o.stakeholder_type).map(|t| locale.t(t.label())).unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">{o.name}</th>
                                <td>{kind}</td>
                                <td>{country_name(&o.country, locale)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
