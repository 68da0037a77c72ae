use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{
    ApplyToLead, DecideJoin, organisation_overview, stashed_leader_application, stashed_letter,
};
use crate::domain::{LeaderApplicationInput, LetterInput, MyOrganisation};
use crate::error::AppError;
use crate::i18n::{Arg, Key, use_locale};
use crate::reference::FocusArea;
use crate::ui::components::{
    ErrorNotice, IssueFor, LeaderFields, LeaderFieldsIn, TextArea, TextField, issues_of, stash_of,
    stashed, url_error,
};

/// An organisation's own page: its verification, who asks to join it, its Leader applications
/// and its letters of intent.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let locale = use_locale();
    let decide = ServerAction::<DecideJoin>::new();
    let apply = ServerAction::<ApplyToLead>::new();
    let query = use_query_map();
    // The letter form is a plain multipart post (its server function has no `ServerAction`): a
    // refusal comes back in the URL, the way server functions report errors to forms.
    let letter = Signal::derive(move || url_error(&query.read(), "/api/submit_letter"));
    let stash = letter
        .get_untracked()
        .and_then(|e| e.stash_id().map(str::to_owned));
    let letter_start = stashed(stash, stashed_letter);
    let leader_stash = stash_of(apply);
    let stashed_application = stashed(leader_stash, stashed_leader_application);
    let overview = Resource::new(
        move || (decide.version().get(), apply.version().get()),
        |_| organisation_overview(),
    );
    let flag = move |name: &'static str| move || query.read().get(name).is_some();
    view! {
        <Title text=locale.t(Key::OrgTitle) />
        <h1>{locale.t(Key::OrgTitle)}</h1>
        <p><a href="/organisation/reminders">{locale.t(Key::RecipientsTitle)}</a></p>
        <Show when=flag("applied")><p role="status">{locale.t(Key::LeaderAppliedDone)}</p></Show>
        <Show when=flag("letter")><p role="status">{locale.t(Key::LetterDone)}</p></Show>
        {move || decide.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let start = letter_start.await.unwrap_or_default();
                let application = stashed_application.await.unwrap_or_default();
                match overview.await {
                    Ok(mine) => view! { <Overview mine decide apply letter start application /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Overview(
    mine: MyOrganisation,
    decide: ServerAction<DecideJoin>,
    apply: ServerAction<ApplyToLead>,
    letter: Signal<Option<AppError>>,
    start: LetterInput,
    application: LeaderApplicationInput,
) -> impl IntoView {
    let locale = use_locale();
    let apply_issues = issues_of(apply);
    let letter_issues = Signal::derive(move || {
        letter
            .get()
            .map(|e| e.field_issues().to_vec())
            .unwrap_or_default()
    });
    let letter_error = move || letter.get();
    let apply_error = move || {
        apply
            .value()
            .get()
            .and_then(Result::err)
            .filter(|e| e.field_issues().is_empty())
    };
    let has_open_letter = mine.letters.iter().any(|l| l.status.is_open());
    let reason = mine.verification_reason.clone();
    view! {
        <h2>{mine.summary.name.clone()}</h2>
        <p>
            <strong>{locale.t(Key::OrgStatus)} ": "</strong>
            <span class="status">{locale.t(mine.verification.label())}</span>
        </p>
        {reason.map(|r| view! { <p>{locale.fmt(Key::OrgReason, &[("reason", Arg::from(&r))])}</p> })}

        <section aria-labelledby="join-requests">
            <h2 id="join-requests">{locale.t(Key::JoinRequestsTitle)}</h2>
            {if mine.join_requests.is_empty() {
                view! { <p class="empty">{locale.t(Key::JoinRequestsEmpty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain">
                        {mine.join_requests.into_iter().map(|p| {
                            let id = p.id.to_string();
                            view! {
                                <li>
                                    {format!("{} <{}>", p.name, p.email)} " "
                                    <ActionForm action=decide attr:class="inline">
                                        <input type="hidden" name="person_id" value=id.clone() />
                                        <button type="submit" name="action" value="approve">{locale.t(Key::ApproveButton)}</button>
                                        <button type="submit" name="action" value="decline">{locale.t(Key::DeclineButton)}</button>
                                    </ActionForm>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>

        <section aria-labelledby="lead">
            <h2 id="lead">{locale.t(Key::LeaderTitle)}</h2>
            <p>{locale.t(Key::LeaderIntro)}</p>
            <ul class="plain">
                {mine.leaders.into_iter().map(|l| view! {
                    <li>
                        <strong>{locale.t(l.area.label())}</strong> ": "
                        <span class="status">{locale.t(l.status.label())}</span>
                        {l.reason.map(|r| view! { " – " {r} })}
                    </li>
                }).collect_view()}
            </ul>
            {move || apply_error().map(|error| view! { <ErrorNotice error /> })}
            <ActionForm action=apply attr:class="stack">
                <LeaderFields within=LeaderFieldsIn::OwnForm issues=apply_issues start=application />
                <button type="submit" class="primary">{locale.t(Key::LeaderApplyButton)}</button>
            </ActionForm>
        </section>

        <section aria-labelledby="letter">
            <h2 id="letter">{locale.t(Key::LetterTitle)}</h2>
            <p>{locale.t(Key::LetterIntro)}</p>
            {if mine.letters.is_empty() {
                ().into_any()
            } else {
                view! {
                    <h3>{locale.t(Key::LettersTitle)}</h3>
                    <ul class="plain">
                        {mine.letters.into_iter().map(|l| {
                            let areas: Vec<&str> = l.areas.iter().map(|a| locale.t(a.label())).collect();
                            view! {
                                <li>
                                    {locale.date(l.signed_on)} " – " {areas.join(", ")} ": "
                                    <span class="status">{locale.t(l.status.label())}</span>
                                    {l.reason.map(|r| view! { " – " {r} })}
                                    {l.has_pdf.then(|| view! { " " <a href=format!("/letters/{}/pdf", l.id) rel="external" download>{locale.t(Key::DownloadPdf)}</a> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {if has_open_letter {
                view! { <p class="notice">{locale.t(Key::LetterOpen)}</p> }.into_any()
            } else {
                view! {
                    {move || letter_error().map(|error| view! { <ErrorNotice error /> })}
                    // A plain multipart form: the PDF travels with the fields, with or without JavaScript.
                    <form method="post" action="/api/submit_letter" enctype="multipart/form-data" class="stack">
                        <fieldset class="field" aria-describedby="focus_areas-error">
                            <legend>{locale.t(Key::FieldLetterAreas)}</legend>
                            {FocusArea::ALL.iter().map(|a| {
                                let id = format!("letter-area-{}", a.code());
                                let checked = start.focus_areas.iter().any(|c| c == a.code());
                                view! {
                                    <div class="choice">
                                        <input type="checkbox" id=id.clone() name="focus_areas[]" value=a.code() checked=checked />
                                        <label for=id>{locale.t(a.label())} " – " {locale.t(a.meaning())}</label>
                                    </div>
                                }
                            }).collect_view()}
                            <IssueFor field="focus_areas" issues=letter_issues />
                        </fieldset>
                        <TextArea field="statement" name="statement" label=Key::FieldStatement issues=letter_issues value=start.statement.clone() maxlength=5000 />
                        <TextField field="signatory_name" name="signatory_name" label=Key::FieldSignatoryName issues=letter_issues value=start.signatory_name.clone() maxlength=120 />
                        <TextField field="signatory_title" name="signatory_title" label=Key::FieldSignatoryTitle issues=letter_issues value=start.signatory_title.clone() maxlength=120 />
                        <TextField field="signed_on" name="signed_on" label=Key::FieldSignedOn issues=letter_issues kind="date" value=start.signed_on.clone() />
                        <div class="field">
                            <label for="pdf">{locale.t(Key::FieldPdf)}</label>
                            <p id="pdf-hint" class="hint">{locale.t(Key::HintPdf)}</p>
                            <input type="file" id="pdf" name="pdf" accept="application/pdf,.pdf" aria-describedby="pdf-hint pdf-error" />
                            <IssueFor field="pdf" issues=letter_issues />
                        </div>
                        <button type="submit" class="primary">{locale.t(Key::LetterButton)}</button>
                    </form>
                }.into_any()
            }}
        </section>
    }
}
