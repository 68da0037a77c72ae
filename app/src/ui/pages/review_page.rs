//! `/review/{id}`: one pledge on the reviewer's desk. Who holds it, the organisation and its
//! verification, what changed since the previous revision, consistency flags, possible duplicates,
//! the due-diligence checklist with the decision, the conversation and the history.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api::{
    DecidePledge, HoldPledge, PostPledgeMessage, UnpublishPledge, review_pledge, stashed_decision,
};
use crate::domain::text_diff::Change;
use crate::domain::{CheckAnswer, CheckItem, ChecklistInput, ReviewPage};
use crate::error::AppError;
use crate::i18n::{Arg, Key, use_locale};
use crate::organisation_lifecycle::Verification;
use crate::pledge_lifecycle::PledgeStatus;
use crate::reference::StakeholderType;
use crate::ui::components::{
    Conversation, ErrorNotice, HistoryTable, IssueFor, RevisionContent, issues_of, stash_of,
    stashed,
};
use crate::ui::page_title::page_title;

#[component]
pub fn ReviewPledgePage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let Some(id) = use_params_map()
        .read_untracked()
        .get("id")
        .and_then(|v| v.parse::<i32>().ok())
    else {
        return view! { <ErrorNotice error=AppError::NotFound /> }.into_any();
    };
    let hold = ServerAction::<HoldPledge>::new();
    let decide = ServerAction::<DecidePledge>::new();
    let unpublish = ServerAction::<UnpublishPledge>::new();
    let post = ServerAction::<PostPledgeMessage>::new();
    let page = Resource::new(
        move || {
            (
                hold.version().get(),
                decide.version().get(),
                unpublish.version().get(),
                post.version().get(),
            )
        },
        move |_| review_pledge(id),
    );
    // A refused decision sent without JavaScript comes back with what the reviewer had ticked.
    let kept = stashed(stash_of(decide), stashed_decision);
    let decided = move || {
        let from_url = query.read().get("decided");
        let from_action = decide
            .value()
            .get()
            .and_then(Result::ok)
            .map(|s| s.code().to_owned());
        from_action.or(from_url)
    };
    view! {
        <p><a href="/review">{locale.t(Key::BackToQueue)}</a></p>
        {move || decided().and_then(|s| PledgeStatus::parse(&s).map(|s| (s, s.code()))).map(|(s, _)| view! {
            <div class="notice notice-success" role="status">
                <p>{locale.fmt(Key::DecisionRecorded, &[("status", Arg::Text(locale.t(s.label())))])}</p>
            </div>
        })}
        {move || hold.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        {move || unpublish.value().get().and_then(Result::err).filter(|e| e.field_issues().is_empty()).map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let kept = kept.await;
                match page.await {
                    Ok(p) => {
                        let (checklist, message) = match kept {
                            Some(k) => (k.checklist, k.message.unwrap_or_default()),
                            None => (p.checklist.clone(), String::new()),
                        };
                        view! { <Review p checklist message hold decide unpublish post /> }.into_any()
                    }
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

#[component]
fn Review(
    p: ReviewPage,
    checklist: ChecklistInput,
    message: String,
    hold: ServerAction<HoldPledge>,
    decide: ServerAction<DecidePledge>,
    unpublish: ServerAction<UnpublishPledge>,
    post: ServerAction<PostPledgeMessage>,
) -> impl IntoView {
    let locale = use_locale();
    let title = if p.title.is_empty() {
        locale.t(Key::UntitledDraft).to_owned()
    } else {
        p.title.clone()
    };
    let (id, version) = (p.id, p.version);
    let stakeholder = StakeholderType::parse(&p.organisation.stakeholder_type)
        .map(|s| locale.t(s.label()).to_owned())
        .unwrap_or_default();
    let verified = p.verification == Verification::Verified;
    let flags = p
        .current
        .as_ref()
        .map(|c| c.flags.clone())
        .unwrap_or_default();
    let moves = p.moves;
    let decides = moves.approve || moves.request_changes || moves.reject;
    let holder = match &p.assignee {
        Some(c) if c.id == p.me => locale.t(Key::HeldByYou).to_owned(),
        Some(c) => locale.fmt(Key::HeldBy, &[("name", Arg::Text(&c.name))]),
        None => locale.t(Key::HeldByNobody).to_owned(),
    };
    let colleagues: Vec<_> = p
        .reviewers
        .iter()
        .filter(|c| Some(c.id) != p.assignee.as_ref().map(|a| a.id))
        .cloned()
        .collect();
    view! {
        <Title text=page_title(&title) />
        <h1><bdi>{title}</bdi></h1>
        <p>
            <span class=format!("status status-{}", p.status.code())>{locale.t(p.status.label())}</span>
            {p.needs_second_approval.then(|| view! { " " <span class="status status-second_approval">{locale.t(Key::FourEyesNeeded)}</span> })}
        </p>

        <section aria-labelledby="desk-heading" class="desk">
            <h2 id="desk-heading">{locale.t(Key::DeskHeading)}</h2>
            <p>{holder}</p>
            {p.first_approver.clone().map(|c| view! {
                <p>{locale.fmt(Key::FirstApprovalBy, &[("name", Arg::Text(&c.name))])}</p>
            })}
            <div class="form-actions">
                {moves.claim.then(|| view! {
                    <ActionForm action=hold attr:class="inline">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="version" value=version />
                        <input type="hidden" name="action" value="claim" />
                        <button type="submit" class="primary">{locale.t(Key::ClaimPledge)}</button>
                    </ActionForm>
                })}
                {moves.release.then(|| view! {
                    <ActionForm action=hold attr:class="inline">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="version" value=version />
                        <input type="hidden" name="action" value="release" />
                        <button type="submit" class="secondary">{locale.t(Key::ReleasePledge)}</button>
                    </ActionForm>
                })}
                {(moves.assign && !colleagues.is_empty()).then(|| view! {
                    <ActionForm action=hold attr:class="inline assign">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="version" value=version />
                        <input type="hidden" name="action" value="assign" />
                        <label for="assignee">{locale.t(Key::AssignTo)}</label>
                        <select id="assignee" name="assignee" required>
                            {colleagues.into_iter().map(|c| view! { <option value=c.id.to_string()>{c.name}</option> }).collect_view()}
                        </select>
                        <button type="submit" class="secondary">{locale.t(Key::AssignPledge)}</button>
                    </ActionForm>
                })}
            </div>
        </section>

        <section aria-labelledby="organisation-heading">
            <h2 id="organisation-heading">{locale.t(Key::OrganisationHeading)}</h2>
            <dl class="facts">
                <dt>{locale.t(Key::FieldOrgName)}</dt><dd><bdi>{p.organisation.name.clone()}</bdi></dd>
                <dt>{locale.t(Key::FieldStakeholderType)}</dt><dd>{stakeholder}</dd>
                <dt>{locale.t(Key::FieldCountry)}</dt><dd>{crate::reference::country_name(&p.organisation.country, locale)}</dd>
                <dt>{locale.t(Key::VerificationHeading)}</dt>
                <dd><span class=format!("status verification-{}", p.verification.code())>{locale.t(p.verification.label())}</span></dd>
            </dl>
            {(!verified).then(|| view! { <p class="notice notice-warning">{locale.t(Key::ApprovalNeedsVerified)}</p> })}
            {(p.participants.len() > 1).then(|| view! {
                <p>{locale.t(Key::PartnersHeading)}": "
                    {p.participants.iter().filter(|x| x.role != "lead").map(|x| format!("{} ({})", x.name, x.status)).collect::<Vec<_>>().join(", ")}
                </p>
            })}
        </section>

        {(!flags.is_empty()).then(|| view! {
            <section aria-labelledby="flags-heading" class="notice notice-warning">
                <h2 id="flags-heading">{locale.t(Key::ConsistencyHeading)}</h2>
                <ul class="flags">{flags.iter().map(|f| view! { <li>{locale.t(f.message())}</li> }).collect_view()}</ul>
            </section>
        })}

        {p.previous.clone().map(|prev| {
            let changes = p.changes.clone();
            view! {
                <section aria-labelledby="changes-heading" class="changes">
                    <h2 id="changes-heading">{locale.fmt(Key::ChangesSince, &[("n", Arg::Int(i64::from(prev.number)))])}</h2>
                    {if changes.is_empty() {
                        view! { <p>{locale.t(Key::NoChanges)}</p> }.into_any()
                    } else {
                        view! {
                            <dl class="diff">
                                {changes.into_iter().map(|c| view! {
                                    <dt>{c.label}</dt>
                                    <dd>{c.pieces.into_iter().map(|piece| match piece.change {
                                        Change::Same => view! { <span>{piece.text}</span> }.into_any(),
                                        Change::Added => view! { <ins>{piece.text}</ins> }.into_any(),
                                        Change::Removed => view! { <del>{piece.text}</del> }.into_any(),
                                    }).collect_view()}</dd>
                                }).collect_view()}
                            </dl>
                        }.into_any()
                    }}
                </section>
            }
        })}

        <section aria-labelledby="duplicates-heading">
            <h2 id="duplicates-heading">{locale.t(Key::DuplicatesHeading)}</h2>
            {if p.duplicates.is_empty() {
                view! { <p>{locale.t(Key::NoDuplicates)}</p> }.into_any()
            } else {
                view! {
                    <table>
                        <thead><tr>
                            <th scope="col">{locale.t(Key::ColTitle)}</th>
                            <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                            <th scope="col">{locale.t(Key::ColStatus)}</th>
                            <th scope="col">{locale.t(Key::ColSimilarity)}</th>
                        </tr></thead>
                        <tbody>
                            {p.duplicates.iter().cloned().map(|d| view! {
                                <tr>
                                    <th scope="row"><a href=format!("/review/{}", d.id)><bdi>{d.title}</bdi></a></th>
                                    <td><bdi>{d.organisation_name}</bdi></td>
                                    <td>{locale.t(d.status.label())}</td>
                                    <td class="number">{locale.fmt(Key::SimilarityScore, &[("score", Arg::Int(i64::from(d.score)))])}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>

        {p.current.clone().map(|revision| view! {
            <section aria-labelledby="content-heading">
                <h2 id="content-heading">{locale.fmt(Key::RevisionOf, &[("n", Arg::Int(i64::from(revision.number))), ("date", Arg::Text(&locale.date_time(revision.created_at)))])}</h2>
                <RevisionContent revision />
            </section>
        })}

        {decides.then(|| view! { <DecisionForm id version checklist message moves decide /> })}

        {moves.unpublish.then(|| {
            let issues = issues_of(unpublish);
            view! {
                <details class="unpublish">
                    <summary>{locale.t(Key::UnpublishPledge)}</summary>
                    <ActionForm action=unpublish attr:class="stack">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="version" value=version />
                        <div class="field">
                            <label for="unpublish-reason">{locale.t(Key::UnpublishReason)}</label>
                            <textarea id="unpublish-reason" name="reason" rows="3" maxlength="4000" required aria-describedby="reason-error"></textarea>
                            <IssueFor field="reason" issues />
                        </div>
                        <button type="submit" class="danger">{locale.t(Key::UnpublishPledge)}</button>
                    </ActionForm>
                </details>
            }
        })}

        <Conversation pledge_id=id messages=p.messages.clone() itu=true post />

        <PledgeSuggestions pledge_id=id />

        <HistoryTable history=p.history.clone() />
    }
}

/// The due-diligence checklist and the three decisions. The checklist goes with every decision;
/// approval needs it complete and without a failed item.
#[component]
fn DecisionForm(
    id: i32,
    version: i32,
    checklist: ChecklistInput,
    message: String,
    moves: crate::domain::ReviewMoves,
    decide: ServerAction<DecidePledge>,
) -> impl IntoView {
    let locale = use_locale();
    let issues = issues_of(decide);
    view! {
        <section aria-labelledby="decision-heading" class="decision">
            <h2 id="decision-heading">{locale.t(Key::DecisionHeading)}</h2>
            {move || decide.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
            <ActionForm action=decide attr:class="stack">
                <input type="hidden" name="id" value=id />
                <input type="hidden" name="input[seen_version]" value=version />
                <fieldset class="checklist">
                    <legend>{locale.t(Key::ChecklistHeading)}</legend>
                    {CheckItem::ALL.iter().map(|item| {
                        let code = item.code();
                        let given = checklist.answers.get(code).cloned().unwrap_or_default();
                        let note = checklist.notes.get(code).cloned().unwrap_or_default();
                        let field = format!("check_{code}");
                        let error_id = format!("{field}-error");
                        view! {
                            <fieldset class="check" aria-describedby=error_id.clone()>
                                <legend>{locale.t(item.label())}</legend>
                                <div class="choices inline">
                                    {CheckAnswer::ALL.iter().map(|a| {
                                        let radio = format!("check-{code}-{}", a.code());
                                        view! {
                                            <span class="choice">
                                                <input type="radio" id=radio.clone() name=format!("input[checklist][answers][{code}]") value=a.code() checked=given == a.code() />
                                                <label for=radio>{locale.t(a.label())}</label>
                                            </span>
                                        }
                                    }).collect_view()}
                                </div>
                                <label for=format!("note-{code}") class="note-label">{locale.t(Key::CheckNote)}</label>
                                <input type="text" id=format!("note-{code}") name=format!("input[checklist][notes][{code}]") value=note maxlength="1000" />
                                <IssueFor field=field issues />
                            </fieldset>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="decision-message">{locale.t(Key::ReviewMessage)}</label>
                    <p class="hint" id="decision-message-hint">{locale.t(Key::ReviewMessageHint)}</p>
                    <textarea id="decision-message" name="input[message]" rows="4" maxlength="4000" aria-describedby="decision-message-hint message-error">{message}</textarea>
                    <IssueFor field="message" issues />
                </div>
                <IssueFor field="decision" issues />
                <div class="form-actions">
                    {moves.approve.then(|| view! { <button type="submit" name="input[decision]" value="approve" class="primary">{locale.t(Key::Approve)}</button> })}
                    {moves.request_changes.then(|| view! { <button type="submit" name="input[decision]" value="request_changes" class="secondary">{locale.t(Key::RequestChanges)}</button> })}
                    {moves.reject.then(|| view! { <button type="submit" name="input[decision]" value="reject" class="danger">{locale.t(Key::Reject)}</button> })}
                </div>
            </ActionForm>
        </section>
    }
}

/// Open opportunities this pledge could answer, ranked as organisations see them.
#[component]
fn PledgeSuggestions(pledge_id: i32) -> impl IntoView {
    let locale = use_locale();
    let found = Resource::new(move || pledge_id, crate::api::pledge_suggestions);
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                match found.await {
                    Ok(list) if !list.is_empty() => view! {
                        <section aria-labelledby="suggestions">
                            <h2 id="suggestions">{locale.t(Key::OpportunitySuggestions)}</h2>
                            <crate::ui::pages::marketplace::SuggestionList suggestions=list />
                        </section>
                    }.into_any(),
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}
