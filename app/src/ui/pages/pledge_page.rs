//! `/my/pledges/{id}`: a pledge for its organisations (and ITU): its state, what to do next, the
//! newest revision, every earlier one, its partners and its history.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::{PostPledgeMessage, WithdrawPledge, load_pledge, pledge_revision, pledge_thread};
use crate::domain::PledgeDetail;
use crate::error::AppError;
use crate::i18n::{Arg, Key, use_locale};
use crate::ui::components::{
    Conversation, ErrorNotice, HistoryTable, IssueFor, PartnerActions, PartnersPanel,
    RevisionContent, issues_of,
};
use crate::ui::page_title::page_title;

fn param(name: &str) -> Option<i32> {
    use_params_map()
        .read_untracked()
        .get(name)
        .and_then(|v| v.parse().ok())
}

#[component]
pub fn PledgePage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let Some(id) = param("id") else {
        return view! { <ErrorNotice error=AppError::NotFound /> }.into_any();
    };
    let withdraw = ServerAction::<WithdrawPledge>::new();
    let post = ServerAction::<PostPledgeMessage>::new();
    let partners = PartnerActions::new();
    let detail = Resource::new(
        move || (withdraw.version().get(), partners.versions()),
        move |_| load_pledge(id),
    );
    let thread = Resource::new(move || post.version().get(), move |_| pledge_thread(id));
    let notice = move || {
        let q = query.read();
        if q.get("submitted").is_some() {
            Some(Key::PledgeSubmittedNotice)
        } else if q.get("withdrawn").is_some() {
            Some(Key::PledgeWithdrawnNotice)
        } else if q.get("invited").is_some() {
            Some(Key::PartnerInvitedNotice)
        } else {
            None
        }
    };
    view! {
        {move || notice().map(|k| view! { <div class="notice notice-success" role="status"><p>{locale.t(k)}</p></div> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let messages = thread.await.unwrap_or_default();
                match detail.await {
                    Ok(d) => view! { <PledgeOverview d withdraw post messages partners /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn PledgeOverview(
    d: PledgeDetail,
    withdraw: ServerAction<WithdrawPledge>,
    post: ServerAction<PostPledgeMessage>,
    messages: Vec<crate::domain::MessageView>,
    partners: PartnerActions,
) -> impl IntoView {
    let locale = use_locale();
    let title = if d.title.is_empty() {
        locale.t(Key::UntitledDraft).to_owned()
    } else {
        d.title.clone()
    };
    let id = d.id;
    let withdraw_issues = issues_of(withdraw);
    let revisions = d.revisions.clone();
    let history = d.history.clone();
    view! {
        <Title text=page_title(&title) />
        <h1><bdi>{title}</bdi></h1>
        <p>
            <span class=format!("status status-{}", d.status.code())>{locale.t(d.status.label())}</span>
        </p>
        {move || withdraw.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        <div class="pledge-actions">
            <Show when={let e = d.editable; move || e}>
                <a class="button primary" href=format!("/my/pledges/{id}/edit")>
                    {locale.t(if d.has_working_copy { Key::ContinueEditing } else { Key::EditPledge })}
                </a>
            </Show>
            <Show when={let w = d.may_withdraw; move || w}>
                <details class="withdraw">
                    <summary>{locale.t(Key::WithdrawPledge)}</summary>
                    <ActionForm action=withdraw attr:class="stack">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="version" value=d.version />
                        <div class="field">
                            <label for="reason">{locale.t(Key::WithdrawReason)}</label>
                            <textarea id="reason" name="reason" rows="3" maxlength="2000" required aria-describedby="reason-error"></textarea>
                            <IssueFor field="reason" issues=withdraw_issues />
                        </div>
                        <button type="submit" class="danger">{locale.t(Key::WithdrawPledge)}</button>
                    </ActionForm>
                </details>
            </Show>
        </div>
        {(d.part == "staff").then(|| view! {
            <p><a class="button primary" href=format!("/review/{id}")>{locale.t(Key::OpenReview)}</a></p>
        })}
        {d.reviewer_message.clone().map(|m| view! {
            <section class="notice notice-warning" aria-labelledby="reviewer-message-heading">
                <h2 id="reviewer-message-heading">{locale.t(Key::ReviewerSays)}</h2>
                <p><bdi>{m}</bdi></p>
            </section>
        })}
        {d.current.clone().map(|revision| view! {
            <p class="hint">{locale.fmt(Key::RevisionOf, &[("n", Arg::Int(i64::from(revision.number))), ("date", Arg::Text(&locale.date_time(revision.created_at)))])}</p>
            <RevisionContent revision />
        })}
        <PartnersPanel detail=d.clone() actions=partners />
        {(d.part != "invited" && d.part != "staff").then(|| view! { <Conversation pledge_id=id messages itu=false post /> })}
        <section aria-labelledby="revisions-heading">
            <h2 id="revisions-heading">{locale.t(Key::RevisionsHeading)}</h2>
            <ul>
                {revisions.into_iter().map(|r| view! {
                    <li>
                        <a href=format!("/my/pledges/{id}/revisions/{}", r.id)>
                            {locale.fmt(Key::RevisionOf, &[("n", Arg::Int(i64::from(r.number))), ("date", Arg::Text(&locale.date_time(r.created_at)))])}
                        </a>
                        " – "<bdi>{r.title}</bdi>
                        {r.is_public.then(|| view! { " " <span class="status status-published">{locale.t(Key::PublicRevision)}</span> })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <HistoryTable history=history />
    }
}

/// `/my/pledges/{id}/revisions/{revision}`: one earlier revision, kept as it was submitted.
#[component]
pub fn RevisionPage() -> impl IntoView {
    let locale = use_locale();
    let (Some(id), Some(rev)) = (param("id"), param("revision")) else {
        return view! { <ErrorNotice error=AppError::NotFound /> }.into_any();
    };
    let revision = Resource::new(move || (), move |_| pledge_revision(id, rev));
    view! {
        <p><a href=format!("/my/pledges/{id}")>{locale.t(Key::BackToPledge)}</a></p>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match revision.await {
                    Ok(revision) => view! {
                        <Title text=page_title(&revision.content.title) />
                        <h1>{locale.fmt(Key::RevisionOf, &[("n", Arg::Int(i64::from(revision.number))), ("date", Arg::Text(&locale.date_time(revision.created_at)))])}</h1>
                        <RevisionContent revision />
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}
