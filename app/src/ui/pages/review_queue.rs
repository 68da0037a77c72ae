use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{ApprovePledge, review_queue};
use crate::domain::PledgeRow;
use crate::i18n::{Key, Locale, use_locale};
use crate::ui::components::ErrorNotice;

#[component]
pub fn ReviewQueuePage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let approve = ServerAction::<ApprovePledge>::new();
    // Refetched after every decision, successful or not, so a conflict shows the current state.
    let rows = Resource::new(move || approve.version().get(), |_| review_queue());
    let approved = move || {
        query.read().get("approved").is_some() && !matches!(approve.value().get(), Some(Err(_)))
    };
    let failure = move || approve.value().get().and_then(Result::err);

    view! {
        <Title text=locale.t(Key::ReviewTitle) />
        <h1>{locale.t(Key::ReviewTitle)}</h1>
        <p class="lead">{locale.t(Key::ReviewIntro)}</p>
        <Show when=approved>
            <div class="notice notice-success" role="status">
                <p>{locale.t(Key::ApprovedNotice)}</p>
            </div>
        </Show>
        {move || failure().map(|error| view! { <ErrorNotice error /> })}
        <Transition fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) if rows.is_empty() => view! { <p>{locale.t(Key::ReviewEmpty)}</p> }.into_any(),
                    Ok(rows) => queue_table(locale, rows, approve).into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

fn queue_table(
    locale: Locale,
    rows: Vec<PledgeRow>,
    approve: ServerAction<ApprovePledge>,
) -> impl IntoView {
    view! {
        <table>
            <thead>
                <tr>
                    <th scope="col">{locale.t(Key::ColTitle)}</th>
                    <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                    <th scope="col">{locale.t(Key::ColType)}</th>
                    <th scope="col">{locale.t(Key::ColSubmitted)}</th>
                    <th scope="col">{locale.t(Key::ColStatus)}</th>
                    <th scope="col">{locale.t(Key::ColActions)}</th>
                </tr>
            </thead>
            <tbody>
                {rows
                    .into_iter()
                    .map(|r| view! {
                        <tr>
                            <th scope="row">
                                <a href=format!("/my/pledges/{}", r.id)><bdi>{r.title}</bdi></a>
                                {(!r.flags.is_empty()).then(|| view! {
                                    <ul class="flags">{r.flags.iter().map(|f| view! { <li>{locale.t(f.message())}</li> }).collect_view()}</ul>
                                })}
                            </th>
                            <td><bdi>{r.organisation_name}</bdi></td>
                            <td>{r.pledge_type.map(|t| locale.t(t.label()))}</td>
                            <td>{r.submitted_at.map(|d| locale.date_time(d))}</td>
                            <td>{locale.t(r.status.label())}</td>
                            <td>
                                <ActionForm action=approve attr:class="inline">
                                    <input type="hidden" name="id" value=r.id />
                                    <input type="hidden" name="version" value=r.version />
                                    <button type="submit" class="primary" disabled=move || approve.pending().get()>
                                        {locale.t(Key::Approve)}
                                    </button>
                                </ActionForm>
                            </td>
                        </tr>
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
