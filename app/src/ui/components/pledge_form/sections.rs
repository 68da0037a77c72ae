//! The pledge form's sections, each a fieldset of labelled controls.
use leptos::prelude::*;

use super::fields::{Choices, Input, LongText, Select, Tick};
use crate::domain::{
    CONTACT_NAME_MAX, DESCRIPTION_MAX, PledgeInput, STATEMENT_MAX, SUMMARY_MAX, TITLE_MAX,
};
use crate::i18n::{Key, use_locale};
use crate::reference::{
    BenefitLevel, CountryGroup, FocusArea, KapPriority, PledgeType, Sdg, currencies, currency_name,
};

#[component]
pub fn AboutSection(start: PledgeInput) -> impl IntoView {
    let locale = use_locale();
    let types = PledgeType::ALL
        .iter()
        .map(|t| (t.code().to_owned(), locale.t(t.label()).to_owned()))
        .collect();
    let areas = FocusArea::ALL
        .iter()
        .map(|a| {
            let text = format!("{} – {}", locale.t(a.label()), locale.t(a.meaning()));
            (a.code().to_owned(), text)
        })
        .collect();
    view! {
        <fieldset class="section">
            <legend>{locale.t(Key::SectionAbout)}</legend>
            <Input field="title" label=Key::FieldTitle hint=Key::HintTitle value=start.title maxlength=TITLE_MAX required=true />
            <LongText field="summary" label=Key::FieldSummary hint=Key::HintSummary value=start.summary maxlength=SUMMARY_MAX rows=3 required=true />
            <LongText field="description" label=Key::FieldDescription hint=Key::HintDescription value=start.description maxlength=DESCRIPTION_MAX rows=8 required=true />
            <Select field="pledge_type" label=Key::FieldType placeholder=Key::ChooseType options=types chosen=start.pledge_type />
            <Choices field="focus_areas" legend=Key::FieldFocusAreas hint=Key::HintFocusAreas options=areas chosen=start.focus_areas />
            <LongText field="named_partners" label=Key::FieldNamedPartners hint=Key::FieldNamedPartnersHint value=start.named_partners rows=3 />
        </fieldset>
    }
}

#[component]
pub fn MoneySection(start: PledgeInput) -> impl IntoView {
    let locale = use_locale();
    let options = currencies()
        .iter()
        .map(|c| {
            (
                c.code.clone(),
                format!("{} – {}", c.code, currency_name(&c.code, locale)),
            )
        })
        .collect();
    view! {
        <fieldset class="section">
            <legend>{locale.t(Key::SectionMoney)}</legend>
            <p class="hint">{locale.t(Key::HintMoney)}</p>
            <div class="field-row">
                <Input field="amount" label=Key::FieldAmount hint=Key::HintAmount value=start.amount inputmode="decimal" maxlength=40 />
                <Select field="currency" label=Key::FieldCurrency placeholder=Key::ChooseCurrency options chosen=start.currency />
            </div>
        </fieldset>
    }
}

#[component]
pub fn BenefitSection(start: PledgeInput) -> impl IntoView {
    let locale = use_locale();
    view! {
        <fieldset class="section">
            <legend>{locale.t(Key::FieldBenefits)}</legend>
            <p class="hint">{locale.t(Key::HintBenefits)}</p>
            {CountryGroup::ALL
                .iter()
                .map(|group| {
                    let g = group.code();
                    let given = start.benefit(*group).clone();
                    let levels = BenefitLevel::ALL
                        .iter()
                        .rev()
                        .map(|l| (l.code().to_owned(), locale.t(l.label()).to_owned()))
                        .collect();
                    view! {
                        <fieldset class="benefit">
                            <legend>{locale.t(group.label())}</legend>
                            <Choices
                                field=format!("{g}.level")
                                legend=Key::FieldBenefitLevel
                                options=levels
                                chosen=vec![given.level]
                                many=false
                                class="radio-row"
                            />
                            <Input field=format!("{g}.share") label=Key::FieldBenefitShare hint=Key::HintBenefitShare value=given.share inputmode="numeric" maxlength=4 class="narrow" />
                            <LongText field=format!("{g}.statement") label=Key::FieldBenefitStatement value=given.statement maxlength=STATEMENT_MAX rows=2 />
                        </fieldset>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

#[component]
pub fn FrameworkSection(start: PledgeInput) -> impl IntoView {
    let locale = use_locale();
    let sdgs = Sdg::all()
        .map(|s| (s.number().to_string(), locale.t(s.label()).to_owned()))
        .collect();
    let kap = KapPriority::ALL
        .iter()
        .map(|k| (k.code().to_owned(), locale.t(k.label()).to_owned()))
        .collect();
    view! {
        <fieldset class="section">
            <legend>{locale.t(Key::SectionDates)}</legend>
            <div class="field-row">
                <Input field="start_date" label=Key::FieldStartDate kind="date" value=start.start_date required=true />
                <Input field="end_date" label=Key::FieldEndDate kind="date" value=start.end_date required=true />
            </div>
        </fieldset>
        <fieldset class="section">
            <legend>{locale.t(Key::SectionFrameworks)}</legend>
            <Choices field="sdgs" legend=Key::FieldSdgs hint=Key::HintOptional options=sdgs chosen=start.sdgs class="columns" />
            <Choices field="kap" legend=Key::FieldKap hint=Key::HintOptional options=kap chosen=start.kap />
        </fieldset>
    }
}

#[component]
pub fn ContactSection(start: PledgeInput) -> impl IntoView {
    let locale = use_locale();
    view! {
        <fieldset class="section">
            <legend>{locale.t(Key::SectionContact)}</legend>
            <p class="hint">{locale.t(Key::HintContact)}</p>
            <Input field="contact_name" label=Key::FieldContactName value=start.contact_name maxlength=CONTACT_NAME_MAX autocomplete="name" required=true />
            <Input field="contact_email" label=Key::FieldContactEmail kind="email" value=start.contact_email maxlength=254 autocomplete="email" required=true />
            <Tick field="consent" label=Key::FieldConsent checked={start.consent == "yes"} />
        </fieldset>
    }
}

/// The marketplace: the opportunities the pledge answers, and whether others may sign on.
#[component]
pub fn MarketSection(start: PledgeInput, opportunities: Vec<(String, String)>) -> impl IntoView {
    let locale = use_locale();
    let open = start.open_sign_on == "yes";
    view! {
        <fieldset class="section">
            <legend>{locale.t(Key::SectionMarket)}</legend>
            {(!opportunities.is_empty()).then(|| view! {
                <Choices field="answers" legend=Key::FieldAnswers hint=Key::HintOptional options=opportunities chosen=start.answers.clone() />
            })}
            <div class="choice">
                <input type="checkbox" id="open_sign_on" name="input[open_sign_on]" value="yes" checked=open aria-describedby="open_sign_on-hint" />
                <label for="open_sign_on">{locale.t(Key::OpenSignOnYes)}</label>
                <p id="open_sign_on-hint" class="hint">{locale.t(Key::HintOpenSignOn)}</p>
            </div>
        </fieldset>
    }
}
