//! The reviewers' desks of the marketplace: `/review/sign-ons` (approve or reject each sign-on to
//! an open pledge, a reason to reject) and `/review/reports` (reported pages with their reports
//! counted; dismiss, ask the organisation or unpublish, always with a reason).
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{DecideReport, DecideSignOn, report_queue, sign_on_queue};
use crate::i18n::{Arg, Key, use_locale};
use crate::marketplace_lifecycle::ReportAction;
use crate::pledge_text::{money_text, usd_text};
use crate::ui::components::ErrorNotice;

#[component]
pub fn SignOnQueuePage() -> impl IntoView {
    let locale = use_locale();
    let decide = ServerAction::<DecideSignOn>::new();
    let rows = Resource::new(move || decide.version().get(), |_| sign_on_queue());
    view! {
        <Title text=locale.t(Key::SignOnQueueTitle) />
        <h1>{locale.t(Key::SignOnQueueTitle)}</h1>
        <p>{locale.t(Key::SignOnQueueIntro)}</p>
        {move || decide.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) if rows.is_empty() => view! { <p class="empty">{locale.t(Key::SignOnQueueEmpty)}</p> }.into_any(),
                    Ok(rows) => rows.into_iter().map(|r| {
                        let reason_id = format!("reject-reason-{}", r.id);
                        view! {
                            <article class="card">
                                <h2>
                                    <bdi>{r.organisation_name.clone()}</bdi> " → "
                                    {match &r.public_ref {
                                        Some(reference) => view! { <a href=format!("/compendium/{reference}")><bdi>{r.pledge_title.clone()}</bdi></a> }.into_any(),
                                        None => view! { <bdi>{r.pledge_title.clone()}</bdi> }.into_any(),
                                    }}
                                </h2>
                                <p>
                                    {r.amount.as_ref().map(|m| money_text(locale, m)).unwrap_or_else(|| "—".into())}
                                    {r.usd_cents.map(|c| view! { " (" {usd_text(locale, c)} ")" })}
                                    {(!r.in_kind.is_empty()).then(|| view! { " · " {r.in_kind.iter().map(|k| locale.t(k.label())).collect::<Vec<_>>().join(", ")} })}
                                </p>
                                <p dir="auto">{r.role.clone()}</p>
                                <ActionForm action=decide attr:class="inline">
                                    <input type="hidden" name="sign_on_id" value=r.id.to_string() />
                                    <input type="hidden" name="version" value=r.version.to_string() />
                                    <input type="hidden" name="decision" value="approve" />
                                    <button type="submit" class="primary">{locale.fmt(Key::ApproveSignOn, &[("organisation", Arg::Text(&r.organisation_name))])}</button>
                                </ActionForm>
                                <ActionForm action=decide attr:class="stack">
                                    <input type="hidden" name="sign_on_id" value=r.id.to_string() />
                                    <input type="hidden" name="version" value=r.version.to_string() />
                                    <input type="hidden" name="decision" value="reject" />
                                    <div class="field">
                                        <label for=reason_id.clone()>{locale.t(Key::RejectReason)}</label>
                                        <textarea id=reason_id name="reason" rows="2" maxlength="2000" required=true></textarea>
                                    </div>
                                    <button type="submit" class="danger">{locale.t(Key::RejectSignOn)}</button>
                                </ActionForm>
                            </article>
                        }
                    }).collect_view().into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn ReportQueuePage() -> impl IntoView {
    let locale = use_locale();
    let decide = ServerAction::<DecideReport>::new();
    let items = Resource::new(move || decide.version().get(), |_| report_queue());
    view! {
        <Title text=locale.t(Key::ReportQueueTitle) />
        <h1>{locale.t(Key::ReportQueueTitle)}</h1>
        <p>{locale.t(Key::ReportQueueIntro)}</p>
        {move || decide.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match items.await {
                    Ok(items) if items.is_empty() => view! { <p class="empty">{locale.t(Key::ReportQueueEmpty)}</p> }.into_any(),
                    Ok(items) => items.into_iter().map(|item| {
                        let count = i64::try_from(item.open).unwrap_or(i64::MAX);
                        let note_id = format!("note-{}-{}", item.subject_kind.code(), item.subject_id);
                        view! {
                            <article class="card">
                                <h2>
                                    {match &item.link {
                                        Some(href) => view! { <a href=href.clone()><bdi>{item.label.clone()}</bdi></a> }.into_any(),
                                        None => view! { <bdi>{item.label.clone()}</bdi> }.into_any(),
                                    }}
                                </h2>
                                <p class="meta">{locale.fmt(Key::ReportCount, &[("count", Arg::Int(count))])}</p>
                                <ul class="plain">
                                    {item.reports.iter().map(|r| view! {
                                        <li>
                                            <strong>{locale.t(r.reason.label())}</strong> " · " {locale.t(r.state.label())} " · "
                                            {locale.date(r.created_at.date_naive())}
                                            {r.reporter_email.clone().map(|e| view! { " · " <a href=format!("mailto:{e}")>{e.clone()}</a> })}
                                            <p dir="auto">{r.message.clone()}</p>
                                        </li>
                                    }).collect_view()}
                                </ul>
                                <ActionForm action=decide attr:class="stack">
                                    <input type="hidden" name="subject_kind" value=item.subject_kind.code() />
                                    <input type="hidden" name="subject_id" value=item.subject_id.to_string() />
                                    <div class="field">
                                        <label for=note_id.clone()>{locale.t(Key::ReportDecisionNote)}</label>
                                        <textarea id=note_id name="note" rows="2" maxlength="2000" required=true></textarea>
                                    </div>
                                    {(!item.may_unpublish).then(|| view! { <p class="hint">{locale.t(Key::UnpublishAdminsOnly)}</p> })}
                                    <div class="form-actions">
                                        {ReportAction::ALL.iter().filter(|a| item.may_unpublish || **a != ReportAction::Unpublish).map(|a| view! {
                                            <button type="submit" name="action" value=a.code()
                                                class=if *a == ReportAction::Unpublish { "danger" } else { "" }>
                                                {locale.t(a.label())}
                                            </button>
                                        }).collect_view()}
                                    </div>
                                </ActionForm>
                            </article>
                        }
                    }).collect_view().into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
