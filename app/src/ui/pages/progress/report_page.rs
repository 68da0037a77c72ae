//! `/my/pledges/{id}/progress`: "Report progress". The form is one multipart post (evidence files
//! travel with the fields) that works the same with and without JavaScript; a refused filing comes
//! back with the message by each field and everything typed kept as the draft.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::timeline::ReportArticle;
use crate::api::{CommentProgress, report_desk};
use crate::domain::FieldIssue;
use crate::domain::progress::{BENEFICIARY_UNIT_MAX, NARRATIVE_MAX, ProgressDesk, REASON_MAX};
use crate::error::AppError;
use crate::i18n::{Arg, Key, use_locale};
use crate::progress_lifecycle::ProgressStatus;
use crate::reference::{CountryTable, country_name, currencies, currency_name};
use crate::ui::components::{ErrorNotice, IssueFor, TextArea, TextField, url_error};

#[component]
pub fn ProgressReportPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let query = use_query_map();
    let id = Memo::new(move |_| {
        params
            .read()
            .get("id")
            .and_then(|v| v.parse::<i32>().ok())
            .unwrap_or_default()
    });
    let refused = Signal::derive(move || url_error(&query.read(), "/api/submit_progress"));
    let desk = Resource::new(move || id.get(), report_desk);
    let flag = move |name: &'static str| move || query.read().get(name).is_some();
    view! {
        <Title text=locale.t(Key::ProgressTitle) />
        <h1>{locale.t(Key::ProgressTitle)}</h1>
        <Show when=flag("saved")><p class="notice notice-success" role="status">{locale.t(Key::ReportDraftSaved)}</p></Show>
        <Show when=flag("filed")><p class="notice notice-success" role="status">{locale.t(Key::ReportFiledNotice)}</p></Show>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match desk.await {
                    Ok(desk) => view! { <Desk desk refused /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Desk(desk: ProgressDesk, refused: Signal<Option<AppError>>) -> impl IntoView {
    let locale = use_locale();
    let comment = ServerAction::<CommentProgress>::new();
    let pledge_id = desk.pledge_id;
    let permalink = desk.public_ref.clone().map(|r| format!("/compendium/{r}"));
    let may_comment = desk.may_comment;
    view! {
        <p class="lead">
            <bdi>{desk.title.clone()}</bdi>
            {permalink.map(|href| view! { " · " <a href=href>{locale.t(Key::PublicRef)}</a> })}
        </p>
        <p>{locale.t(Key::ProgressIntro)}</p>
        {if desk.may_file {
            view! { <ReportForm desk=desk.clone() refused /> }.into_any()
        } else {
            view! { <p class="notice">{locale.t(Key::ProgressReadOnly)}</p> }.into_any()
        }}
        <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">{locale.t(Key::ProgressTimeline)}</h2>
            {if desk.timeline.is_empty() {
                view! { <p>{locale.t(Key::ProgressNoReports)}</p> }.into_any()
            } else {
                desk.timeline.into_iter().map(|report| {
                    let report_id = report.id;
                    let extra = may_comment.then(|| view! {
                        <ActionForm action=comment attr:class="stack">
                            <input type="hidden" name="pledge_id" value=pledge_id.to_string() />
                            <input type="hidden" name="report_id" value=report_id.to_string() />
                            <div class="field">
                                <label for=format!("comment-{report_id}")>{locale.t(Key::FieldComment)}</label>
                                <textarea id=format!("comment-{report_id}") name="body" rows="3" required maxlength="4000"></textarea>
                            </div>
                            <button type="submit">{locale.t(Key::CommentButton)}</button>
                        </ActionForm>
                    }.into_any());
                    view! { <ReportArticle report extra=extra.unwrap_or_else(|| ().into_any()) /> }
                }).collect_view().into_any()
            }}
        </section>
    }
}

#[component]
fn ReportForm(desk: ProgressDesk, refused: Signal<Option<AppError>>) -> impl IntoView {
    let locale = use_locale();
    let issues: Signal<Vec<FieldIssue>> = Signal::derive(move || {
        refused
            .get()
            .map(|e| e.field_issues().to_vec())
            .unwrap_or_default()
    });
    let start = desk.start.clone();
    let today = desk.today.to_string();
    let currency = if start.disbursed_currency.is_empty() {
        desk.currency.clone().unwrap_or_default()
    } else {
        start.disbursed_currency.clone()
    };
    let mut countries: Vec<(String, &'static str)> = CountryTable::shared()
        .map(|t| {
            t.countries
                .iter()
                .map(|c| (c.alpha2.clone(), country_name(&c.alpha2, locale)))
                .collect()
        })
        .unwrap_or_default();
    countries.sort_by(|a, b| a.1.cmp(b.1));
    let owed = match &desk.owed {
        Some(c) => {
            let due = locale.date(c.due_on);
            locale.fmt(
                Key::ProgressOwed,
                &[("cycle", Arg::Text(&c.label)), ("due", Arg::Text(&due))],
            )
        }
        None => locale.t(Key::ProgressInterim).to_owned(),
    };
    view! {
        {move || refused.get().map(|error| view! { <ErrorNotice error /> })}
        <form method="post" action="/api/submit_progress" enctype="multipart/form-data" class="stack" aria-labelledby="report-form-title">
            <h2 id="report-form-title">{locale.t(Key::ReportProgress)}</h2>
            <p class="notice">{owed}</p>
            {desk.draft_saved_at.map(|at| view! { <p class="hint">{locale.t(Key::DutyDraft)} " · " {locale.date_time(at)}</p> })}
            <input type="hidden" name="pledge_id" value=desk.pledge_id.to_string() />
            <div class="field">
                <label for="status">{locale.t(Key::FieldProgressStatus)}</label>
                <select id="status" name="status" required aria-describedby="status-error">
                    <option value="">{locale.t(Key::ChooseOption)}</option>
                    {ProgressStatus::ALL.iter().map(|s| view! {
                        <option value=s.code() selected=start.status == s.code()>{locale.t(s.label())}</option>
                    }).collect_view()}
                </select>
                <IssueFor field="status" issues />
            </div>
            <div class="field">
                <label for="status_reason">{locale.t(Key::FieldStatusReason)}</label>
                <p id="status_reason-hint" class="hint">{locale.t(Key::HintStatusReason)}</p>
                <textarea id="status_reason" name="status_reason" rows="3" maxlength=REASON_MAX.to_string() aria-describedby="status_reason-hint status_reason-error">{start.status_reason.clone()}</textarea>
                <IssueFor field="status_reason" issues />
            </div>
            <TextField field="percent" name="percent" label=Key::FieldPercent hint=Key::HintPercent issues kind="number" value=start.percent.clone() maxlength=3 />
            {(!desk.targets.is_empty()).then(|| view! {
                <fieldset class="section">
                    <legend>{locale.t(Key::ProgressTargets)}</legend>
                    {desk.targets.iter().enumerate().map(|(n, t)| {
                        let row = start.targets.get(n).cloned().unwrap_or_default();
                        let due = locale.date(t.due);
                        let value_id = format!("target_value_{n}");
                        let date_id = format!("target_reached_on_{n}");
                        view! {
                            <div class="field-row target-row">
                                <p class="target-name">
                                    <strong><bdi>{t.indicator.clone()}</bdi></strong><br />
                                    {locale.fmt(Key::ProgressTargetLine, &[("target", Arg::Text(&t.target)), ("unit", Arg::Text(&t.unit)), ("due", Arg::Text(&due))])}
                                </p>
                                <div class="field">
                                    <label for=value_id.clone()>{locale.t(Key::FieldValueReached)} " – " <bdi>{t.indicator.clone()}</bdi></label>
                                    <input id=value_id.clone() name=value_id.clone() inputmode="decimal" maxlength="40" value=row.value aria-describedby=format!("targets-{n}-value-error") />
                                    <IssueFor field=format!("targets.{n}.value") issues />
                                </div>
                                <div class="field">
                                    <label for=date_id.clone()>{locale.t(Key::FieldReachedOn)} " – " <bdi>{t.indicator.clone()}</bdi></label>
                                    <input id=date_id.clone() name=date_id.clone() type="date" max=today.clone() value=row.reached_on aria-describedby=format!("targets-{n}-reached_on-error") />
                                    <IssueFor field=format!("targets.{n}.reached_on") issues />
                                </div>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            })}
            <fieldset class="section">
                <legend>{locale.t(Key::ProgressMoney)}</legend>
                <p class="hint">{locale.t(Key::HintDisbursed)}</p>
                <div class="field-row">
                    <TextField field="disbursed_amount" name="disbursed_amount" label=Key::FieldDisbursedAmount issues value=start.disbursed_amount.clone() required=false maxlength=40 />
                    <div class="field">
                        <label for="disbursed_currency">{locale.t(Key::FieldDisbursedCurrency)}</label>
                        <select id="disbursed_currency" name="disbursed_currency" aria-describedby="disbursed_currency-error">
                            <option value="">{locale.t(Key::ChooseCurrency)}</option>
                            {currencies().iter().map(|c| view! {
                                <option value=c.code.clone() selected=c.code == currency>{format!("{} – {}", c.code, currency_name(&c.code, locale))}</option>
                            }).collect_view()}
                        </select>
                        <IssueFor field="disbursed_currency" issues />
                    </div>
                    <TextField field="disbursed_on" name="disbursed_on" label=Key::FieldDisbursedOn issues kind="date" value=start.disbursed_on.clone() required=false />
                </div>
            </fieldset>
            <div class="field">
                <label for="countries">{locale.t(Key::FieldDeliveredCountries)}</label>
                <p id="countries-hint" class="hint">{locale.t(Key::HintDeliveredCountries)}</p>
                <select id="countries" name="countries" multiple size="6" aria-describedby="countries-hint countries-error">
                    {countries.into_iter().map(|(code, name)| {
                        let chosen = start.countries.contains(&code);
                        view! { <option value=code selected=chosen>{name}</option> }
                    }).collect_view()}
                </select>
                <IssueFor field="countries" issues />
            </div>
            <div class="field-row">
                <TextField field="beneficiaries" name="beneficiaries" label=Key::FieldBeneficiaries issues value=start.beneficiaries.clone() required=false maxlength=40 />
                <TextField field="beneficiaries_unit" name="beneficiaries_unit" label=Key::FieldBeneficiariesUnit hint=Key::HintBeneficiariesUnit issues value=start.beneficiaries_unit.clone() required=false maxlength=BENEFICIARY_UNIT_MAX />
            </div>
            <TextArea field="narrative" name="narrative" label=Key::FieldNarrative issues value=start.narrative.clone() maxlength=NARRATIVE_MAX required=false />
            <div class="field">
                <label for="links">{locale.t(Key::FieldLinks)}</label>
                <p id="links-hint" class="hint">{locale.t(Key::HintLinks)}</p>
                <textarea id="links" name="links" rows="3" aria-describedby="links-hint links-error">{start.links.clone()}</textarea>
                <IssueFor field="links" issues />
            </div>
            {(!desk.draft_files.is_empty()).then(|| view! {
                <fieldset class="field">
                    <legend>{locale.t(Key::DraftFiles)}</legend>
                    {desk.draft_files.iter().map(|f| {
                        let id = format!("remove-file-{}", f.id);
                        view! {
                            <div class="choice">
                                <input type="checkbox" id=id.clone() name="remove_file" value=f.id.to_string() />
                                <label for=id>{locale.fmt(Key::RemoveFile, &[("name", Arg::Text(&f.name))])}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            })}
            <div class="field">
                <label for="files">{locale.t(Key::FieldFiles)}</label>
                <p id="files-hint" class="hint">{locale.t(Key::HintFiles)}</p>
                <input type="file" id="files" name="files" multiple accept="application/pdf,.pdf,image/png,.png,image/jpeg,.jpg,.jpeg" aria-describedby="files-hint files-error" />
                <IssueFor field="files" issues />
            </div>
            <div class="choice">
                <input type="checkbox" id="files_public" name="files_public" value="yes" checked=start.files_public == "yes" />
                <label for="files_public">{locale.t(Key::FieldFilesPublic)}</label>
            </div>
            <div class="actions">
                <button type="submit" name="intent" value="draft">{locale.t(Key::SaveReportDraft)}</button>
                <button type="submit" name="intent" value="file" class="primary">{locale.t(Key::FileReport)}</button>
            </div>
        </form>
    }
}
