use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::my_pledges;
use crate::i18n::{Key, use_locale};
use crate::ui::components::ErrorNotice;
use crate::ui::pages::ProgressDuties;

#[component]
pub fn MyPledgesPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let just_submitted = move || query.read().get("submitted").is_some();
    let rows = Resource::new(|| (), |_| my_pledges());
    view! {
        <Title text=locale.t(Key::MyPledgesTitle) />
        <h1>{locale.t(Key::MyPledgesTitle)}</h1>
        <p><a class="button primary" href="/pledges/new">{locale.t(Key::NavNewPledge)}</a></p>
        <Show when=just_submitted>
            <div class="notice notice-success" role="status">
                <p>{locale.t(Key::PledgeSubmittedNotice)}</p>
            </div>
        </Show>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) if rows.is_empty() => view! { <p>{locale.t(Key::MyPledgesEmpty)}</p> }.into_any(),
                    Ok(rows) => view! {
                        <table>
                            // Named, as "Our pledges" also lists their progress reports in a table.
                            <caption class="visually-hidden">{locale.t(Key::MyPledgesTitle)}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{locale.t(Key::ColTitle)}</th>
                                    <th scope="col">{locale.t(Key::ColType)}</th>
                                    <th scope="col">{locale.t(Key::ColStatus)}</th>
                                    <th scope="col">{locale.t(Key::ColPart)}</th>
                                    <th scope="col">{locale.t(Key::ColSubmitted)}</th>
                                    <th scope="col">{locale.t(Key::ColMessage)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|r| view! {
                                        <tr>
                                            <th scope="row">
                                                <a href=format!("/my/pledges/{}", r.id)>
                                                    <bdi>{if r.title.is_empty() { locale.t(Key::UntitledDraft).to_owned() } else { r.title }}</bdi>
                                                </a>
                                            </th>
                                            <td>{r.pledge_type.map(|t| locale.t(t.label()))}</td>
                                            <td><span class=format!("status status-{}", r.status.code())>{locale.t(r.status.label())}</span></td>
                                            <td>{locale.t(match r.part.as_str() { "lead" => Key::PartLead, "invited" => Key::PartInvited, _ => Key::PartConfirmed })}</td>
                                            <td>{r.submitted_at.map(|d| locale.date_time(d))}</td>
                                            <td><bdi>{r.reviewer_message}</bdi></td>
                                        </tr>
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
        <ProgressDuties />
    }
}
