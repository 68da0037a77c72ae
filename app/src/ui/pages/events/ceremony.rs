//! `/organiser/events/{slug}/ceremony`: the signing ceremony sheet, to print: each Leader and
//! Member, the person who signs, and a line to sign on.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::programme::event_dates;
use crate::api::ceremony_sheet;
use crate::i18n::{Key, use_locale};
use crate::pledge_text::labels;
use crate::ui::components::ErrorNotice;
use crate::ui::page_title::page_title;

#[component]
pub fn CeremonyPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let sheet = Resource::new(move || slug.get(), ceremony_sheet);
    view! {
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match sheet.await {
                    Ok((e, rows)) => view! {
                        <Title text=page_title(&format!("{} · {}", locale.t(Key::CeremonySheet), e.name)) />
                        <h1>{locale.t(Key::CeremonySheet)} " · " <bdi>{e.name.clone()}</bdi></h1>
                        <p class="lead"><bdi>{e.place.clone()}</bdi> " · " {event_dates(locale, &e)}</p>
                        <p class="no-print"><a href=format!("/organiser/events/{}#ceremony", e.slug)>{locale.t(Key::BackToDesk)}</a></p>
                        {if rows.is_empty() {
                            view! { <p class="empty">{locale.t(Key::SignatoriesEmpty)}</p> }.into_any()
                        } else {
                            view! {
                                <table class="ceremony">
                                    <thead><tr>
                                        <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                                        <th scope="col">{locale.t(Key::ColCapacity)}</th>
                                        <th scope="col">{locale.t(Key::ColSignatory)}</th>
                                        <th scope="col">{locale.t(Key::ColSignature)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {rows.into_iter().map(|s| {
                                            let capacity = if s.leads.is_empty() {
                                                locale.t(Key::CoalitionMember).to_owned()
                                            } else {
                                                format!("{}: {}", locale.t(Key::CoalitionLeader), labels(locale, s.leads.iter().map(|a| a.label())))
                                            };
                                            let who = match (&s.signatory_name, &s.signatory_title) {
                                                (Some(n), Some(t)) => format!("{n}, {t}"),
                                                _ => locale.t(Key::SignatoryUnconfirmed).to_owned(),
                                            };
                                            view! {
                                                <tr>
                                                    <th scope="row"><bdi>{s.organisation.clone()}</bdi></th>
                                                    <td>{capacity}</td>
                                                    <td><bdi>{who}</bdi></td>
                                                    <td class="signature-line"></td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            }.into_any()
                        }}
                    }.into_any(),
                    Err(error) => view! { <Title text=locale.t(error.message_key()) /><ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
