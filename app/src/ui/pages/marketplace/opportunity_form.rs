//! `/opportunities/new` and `/opportunities/{slug}/edit`: ITU admins and reviewers with the
//! "opportunities" right post and edit an opportunity. Posts without JavaScript too; a refused
//! form comes back with what was typed and a message next to each field.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::{SaveOpportunity, opportunity_form, stashed_opportunity};
use crate::domain::FieldIssue;
use crate::domain::marketplace::{
    IN_KIND_NOTE_MAX, OPPORTUNITY_DESCRIPTION_MAX, OPPORTUNITY_SUMMARY_MAX, OPPORTUNITY_TITLE_MAX,
    OpportunityInput,
};
use crate::i18n::{Key, use_locale};
use crate::marketplace_lifecycle::{InKind, OpportunityKind, OpportunityStatus};
use crate::reference::{
    CountryGroup, CountryTable, FocusArea, ItuRegion, country_name, currencies,
};
use crate::ui::components::{
    ErrorNotice, FieldError, TextArea, TextField, coded_options, issues_of, stash_of, stashed,
};
use crate::ui::pages::events::CodeSelect;

fn message_of(issues: Signal<Vec<FieldIssue>>, field: &'static str) -> Signal<Option<Key>> {
    Signal::derive(move || {
        issues
            .get()
            .into_iter()
            .find(|i| i.field == field)
            .map(|i| i.message_key())
    })
}

/// Check boxes of one vocabulary, with the message on the group.
#[component]
fn CheckGroup(
    field: &'static str,
    legend: Key,
    options: Vec<(String, String)>,
    chosen: Vec<String>,
    issues: Signal<Vec<FieldIssue>>,
) -> impl IntoView {
    let locale = use_locale();
    let error_id = format!("{field}-error");
    let described = error_id.clone();
    let message = message_of(issues, field);
    view! {
        <fieldset class="field" aria-describedby=described
            aria-invalid=move || if message.get().is_some() { "true" } else { "false" }>
            <legend>{locale.t(legend)}</legend>
            <div class="choices">
                {options.into_iter().map(|(code, text)| {
                    let id = format!("{field}-{code}");
                    let checked = chosen.contains(&code);
                    view! {
                        <div class="choice">
                            <input type="checkbox" id=id.clone() name=format!("input[{field}][]") value=code checked=checked />
                            <label for=id>{text}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
            <FieldError id=error_id message />
        </fieldset>
    }
}

#[component]
pub fn OpportunityFormPage() -> impl IntoView {
    let locale = use_locale();
    let params = use_params_map();
    let slug = Memo::new(move |_| params.read().get("slug").unwrap_or_default());
    let action = ServerAction::<SaveOpportunity>::new();
    let start = stashed(stash_of(action), stashed_opportunity);
    let form = Resource::new(move || slug.get(), opportunity_form);
    view! {
        <Title text=locale.t(Key::PostOpportunity) />
        <h1>{move || if slug.get().is_empty() { locale.t(Key::PostOpportunity) } else { locale.t(Key::EditOpportunity) }}</h1>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let stashed = start.await;
                match form.await {
                    Ok((ids, input)) => {
                        let input = stashed.unwrap_or(input);
                        view! { <OpportunityForm action ids input /> }.into_any()
                    }
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn OpportunityForm(
    action: ServerAction<SaveOpportunity>,
    ids: Option<(i32, i32)>,
    input: OpportunityInput,
) -> impl IntoView {
    let locale = use_locale();
    let issues = issues_of(action);
    let mut countries: Vec<(String, String)> = CountryTable::shared()
        .map(|t| {
            t.countries
                .iter()
                .map(|c| (c.alpha2.clone(), country_name(&c.alpha2, locale).to_owned()))
                .collect()
        })
        .unwrap_or_default();
    countries.sort_by(|a, b| a.1.cmp(&b.1));
    let currency_options: Vec<(String, String)> = currencies()
        .iter()
        .map(|c| (c.code.clone(), format!("{} – {}", c.code, c.name(locale))))
        .collect();
    let countries_message = message_of(issues, "countries");
    let chosen_countries = input.countries.clone();
    view! {
        <ActionForm action attr:class="stack opportunity-form">
            {ids.map(|(id, version)| view! {
                <input type="hidden" name="opportunity_id" value=id.to_string() />
                <input type="hidden" name="version" value=version.to_string() />
            })}
            <CodeSelect field="kind" name="input[kind]" label=Key::FieldOpportunityKind
                options=coded_options(locale, OpportunityKind::ALL, OpportunityKind::code, OpportunityKind::label)
                chosen=input.kind.clone() issues empty=Key::ChooseType />
            <TextField field="title" name="input[title]" label=Key::FieldTitle issues value=input.title.clone() maxlength=OPPORTUNITY_TITLE_MAX />
            <TextField field="slug" name="input[slug]" label=Key::FieldOpportunitySlug hint=Key::HintEventSlug issues value=input.slug.clone() maxlength=60 />
            <TextArea field="summary" name="input[summary]" label=Key::FieldSummary issues value=input.summary.clone() maxlength=OPPORTUNITY_SUMMARY_MAX />
            <TextArea field="description" name="input[description]" label=Key::FieldDescription issues value=input.description.clone() maxlength=OPPORTUNITY_DESCRIPTION_MAX />
            <CheckGroup field="focus_areas" legend=Key::FieldFocusAreas issues chosen=input.focus_areas.clone()
                options=coded_options(locale, FocusArea::ALL, FocusArea::code, FocusArea::label) />
            <CheckGroup field="regions" legend=Key::FilterRegion issues chosen=input.regions.clone()
                options=coded_options(locale, ItuRegion::ALL, ItuRegion::code, ItuRegion::label) />
            <div class="field">
                <label for="countries">{locale.t(Key::FieldTargetCountries)}</label>
                <select id="countries" name="input[countries][]" multiple=true size="6" aria-describedby="countries-error">
                    {countries.into_iter().map(|(code, name)| {
                        let selected = chosen_countries.contains(&code);
                        view! { <option value=code selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
                <FieldError id="countries-error" message=countries_message />
            </div>
            <CheckGroup field="groups" legend=Key::FieldGroups issues chosen=input.groups.clone()
                options=coded_options(locale, CountryGroup::ALL, CountryGroup::code, CountryGroup::label) />
            <div class="field-row">
                <TextField field="amount" name="input[amount]" label=Key::MoneyNeeded issues value=input.amount.clone() required=false maxlength=24 />
                <CodeSelect field="currency" name="input[currency]" label=Key::FieldCurrency options=currency_options chosen=input.currency.clone() issues required=false />
            </div>
            <CheckGroup field="in_kind" legend=Key::InKindNeeded issues chosen=input.in_kind.clone()
                options=coded_options(locale, InKind::ALL, InKind::code, InKind::label) />
            <TextArea field="in_kind_note" name="input[in_kind_note]" label=Key::FieldInKindNote issues value=input.in_kind_note.clone() maxlength=IN_KIND_NOTE_MAX required=false />
            <div class="field-row">
                <TextField field="starts_on" name="input[starts_on]" label=Key::FieldStartDate kind="date" issues value=input.starts_on.clone() required=false />
                <TextField field="ends_on" name="input[ends_on]" label=Key::FieldEndDate kind="date" issues value=input.ends_on.clone() required=false />
            </div>
            <TextField field="contact_name" name="input[contact_name]" label=Key::OpportunityContact issues value=input.contact_name.clone() maxlength=120 />
            <TextField field="contact_email" name="input[contact_email]" label=Key::Email kind="email" issues value=input.contact_email.clone() maxlength=254 />
            <CodeSelect field="status" name="input[status]" label=Key::FieldOpportunityStatus
                options=coded_options(locale, OpportunityStatus::ALL, OpportunityStatus::code, OpportunityStatus::label)
                chosen=input.status.clone() issues />
            {move || action.value().get().and_then(Result::err).filter(|e| e.field_issues().is_empty()).map(|error| view! { <ErrorNotice error /> })}
            <button type="submit" class="primary">{locale.t(Key::SaveOpportunity)}</button>
        </ActionForm>
    }
}
