//! "Report a problem" on a public page (a pledge, an opportunity, an event): a reason, a message
//! and, only if the person wants an answer, an e-mail address. Works without JavaScript; a
//! refused form comes back with what was typed.
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::{ReportProblem, stashed_report};
use crate::domain::marketplace::{REPORT_MESSAGE_MAX, ReportInput};
use crate::i18n::{Key, use_locale};
use crate::marketplace_lifecycle::ReportReason;
use crate::ui::components::{
    ErrorNotice, FieldError, TextArea, TextField, issues_of, stash_of, stashed,
};

#[component]
pub fn ReportForm(kind: &'static str, subject: String) -> impl IntoView {
    let locale = use_locale();
    let action = ServerAction::<ReportProblem>::new();
    let issues = issues_of(action);
    let start = stashed(stash_of(action), stashed_report);
    let query = use_query_map();
    let reported = Memo::new(move |_| query.read().get("reported").is_some());
    let reason_message = Signal::derive(move || {
        issues
            .get()
            .into_iter()
            .find(|i| i.field == "reason")
            .map(|i| i.message_key())
    });
    view! {
        <details class="report no-print" id="report" open=move || reported.get()>
            <summary>{locale.t(Key::ReportProblem)}</summary>
            <Show when=move || reported.get()>
                <p role="status" class="notice">{locale.t(Key::ReportThanks)}</p>
            </Show>
            <Suspense>
                {move || {
                    let subject = subject.clone();
                    Suspend::new(async move {
                        let given: ReportInput = start.await.unwrap_or_default();
                        view! {
                            <ActionForm action attr:class="stack">
                                <input type="hidden" name="input[subject_kind]" value=kind />
                                <input type="hidden" name="input[subject]" value=subject />
                                <fieldset>
                                    <legend>{locale.t(Key::FieldReportReason)}</legend>
                                    {ReportReason::ALL.iter().map(|r| {
                                        let id = format!("reason-{}", r.code());
                                        let input_id = id.clone();
                                        let checked = given.reason == r.code();
                                        view! {
                                            <label for=id class="choice">
                                                <input type="radio" id=input_id name="input[reason]" value=r.code() checked=checked required=true />
                                                {locale.t(r.label())}
                                            </label>
                                        }
                                    }).collect_view()}
                                    <FieldError id="reason-error" message=reason_message />
                                </fieldset>
                                <TextArea field="message" name="input[message]" label=Key::FieldReportMessage issues value=given.message.clone() maxlength=REPORT_MESSAGE_MAX />
                                <TextField field="email" name="input[email]" label=Key::FieldReportEmail hint=Key::HintReportEmail kind="email" issues value=given.email.clone() required=false maxlength=254 />
                                {move || action.value().get().and_then(Result::err).filter(|e| e.field_issues().is_empty()).map(|error| view! { <ErrorNotice error /> })}
                                <button type="submit">{locale.t(Key::SendReport)}</button>
                            </ActionForm>
                        }
                    })
                }}
            </Suspense>
        </details>
    }
}
