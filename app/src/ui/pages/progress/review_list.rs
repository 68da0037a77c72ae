//! `/review/progress`: ITU's light review. Filed reports are public at once; a reviewer accepts
//! one, asks for more (the message goes to the pledge's conversation) or takes it down.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::timeline::LightBadge;
use crate::api::{ReviewProgress, progress_review_queue};
use crate::i18n::{Key, use_locale};
use crate::progress_lifecycle::{ReportAction, ReportState};
use crate::ui::components::ErrorNotice;

#[component]
pub fn ProgressReviewPage() -> impl IntoView {
    let locale = use_locale();
    let act = ServerAction::<ReviewProgress>::new();
    let query = use_query_map();
    let rows = Resource::new(move || act.version().get(), |_| progress_review_queue());
    let done = move || query.read().get("done").is_some();
    view! {
        <Title text=locale.t(Key::ReviewProgressTitle) />
        <h1>{locale.t(Key::ReviewProgressTitle)}</h1>
        <p>{locale.t(Key::ReviewProgressIntro)}</p>
        <Show when=done><p class="notice notice-success" role="status">{locale.t(Key::ApprovedNotice)}</p></Show>
        {move || act.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) if rows.is_empty() => view! { <p>{locale.t(Key::ReviewProgressEmpty)}</p> }.into_any(),
                    Ok(rows) => rows.into_iter().map(|r| {
                        let message_id = format!("message-{}", r.id);
                        let actions: Vec<ReportAction> = ReportAction::ALL
                            .iter()
                            .copied()
                            .filter(|a| crate::progress_lifecycle::next_report_state(r.state, *a, crate::pledge_lifecycle::Role::Reviewer, Some("x")).is_ok())
                            .filter(|a| *a != ReportAction::Restore || r.state == ReportState::TakenDown)
                            .collect();
                        view! {
                            <article class="report-row" aria-labelledby=format!("row-{}", r.id)>
                                <h2 id=format!("row-{}", r.id)>
                                    <a href=format!("/review/{}", r.pledge_id)><bdi>{r.title.clone()}</bdi></a>
                                </h2>
                                <p class="meta">
                                    <bdi>{r.organisation.clone()}</bdi> " · " {locale.date_time(r.filed_at)} " · "
                                    {locale.t(r.status.label())} " · " <LightBadge light=Some(r.light) /> " · "
                                    <span class="status">{locale.t(r.state.label())}</span>
                                    " · " <a href=format!("/my/pledges/{}/progress#report-{}", r.pledge_id, r.id)>{locale.t(Key::ProgressTimeline)}</a>
                                </p>
                                {(!r.own).then(|| view! {
                                    <ActionForm action=act attr:class="stack">
                                        <input type="hidden" name="report_id" value=r.id.to_string() />
                                        <input type="hidden" name="version" value=r.version.to_string() />
                                        <div class="field">
                                            <label for=message_id.clone()>{locale.t(Key::FieldReviewMessage)}</label>
                                            <textarea id=message_id.clone() name="message" rows="3" maxlength="4000"></textarea>
                                        </div>
                                        <div class="actions">
                                            {actions.into_iter().map(|a| view! {
                                                <button type="submit" name="action" value=a.code()>{locale.t(match a {
                                                    ReportAction::Accept => Key::AcceptReport,
                                                    ReportAction::RequestMore => Key::AskForMore,
                                                    ReportAction::TakeDown => Key::TakeDownReport,
                                                    ReportAction::Restore => Key::RestoreReport,
                                                })}</button>
                                            }).collect_view()}
                                        </div>
                                    </ActionForm>
                                })}
                            </article>
                        }
                    }).collect_view().into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
