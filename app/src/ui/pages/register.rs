use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::{Register, joinable_organisations, stashed_registration};
use crate::domain::RegistrationInput;
use crate::domain::text_rules::PASSWORD_MAX;
use crate::i18n::{Key, Locale, use_locale};
use crate::reference::{CountryTable, StakeholderType, country_name};
use crate::ui::components::{
    ErrorNotice, IssueFor, LeaderFields, LeaderFieldsIn, TextField, issues_of, stash_of, stashed,
};

/// Registration: the person and their organisation (new, or one to join). Without JavaScript a
/// refused form comes back filled in from the server's stash, except the password.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let locale = use_locale();
    let register = ServerAction::<Register>::new();
    let query = use_query_map();
    let done = move || query.read().get("done").is_some();
    let stash = stash_of(register);
    let start = stashed(stash, stashed_registration);
    let orgs = Resource::new(|| (), |_| joinable_organisations());
    view! {
        <Title text=locale.t(Key::RegisterTitle) />
        <Show
            when=done
            fallback=move || view! {
                <h1>{locale.t(Key::RegisterTitle)}</h1>
                <p class="lead">{locale.t(Key::RegisterIntro)}</p>
                <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
                    {move || Suspend::new(async move {
                        let start = start.await.unwrap_or_else(|| RegistrationInput {
                            language: locale.code().to_owned(),
                            org_choice: "new".to_owned(),
                            ..Default::default()
                        });
                        let orgs = orgs.await.unwrap_or_default();
                        view! { <RegistrationForm register start orgs /> }
                    })}
                </Suspense>
            }
        >
            <h1>{locale.t(Key::RegisterDoneTitle)}</h1>
            <p class="lead" role="status">{locale.t(Key::RegisterDone)}</p>
        </Show>
    }
}

#[component]
fn RegistrationForm(
    register: ServerAction<Register>,
    start: RegistrationInput,
    orgs: Vec<crate::domain::OrganisationSummary>,
) -> impl IntoView {
    let locale = use_locale();
    let issues = issues_of(register);
    let error = move || register.value().get().and_then(Result::err);
    let countries = CountryTable::bundled()
        .map(|t| t.countries)
        .unwrap_or_default();
    let mut countries: Vec<(String, &'static str)> = countries
        .iter()
        .map(|c| (c.alpha2.clone(), country_name(&c.alpha2, locale)))
        .collect();
    countries.sort_by(|a, b| a.1.cmp(b.1));
    let o = start.organisation.clone();
    view! {
        {move || error().map(|error| view! { <ErrorNotice error /> })}
        <ActionForm action=register attr:class="stack">
            <fieldset class="field">
                <legend>{locale.t(Key::RegisterAboutYou)}</legend>
                <TextField field="name" name="input[name]" label=Key::FieldName issues value=start.name.clone() autocomplete="name" maxlength=120 />
                <TextField field="email" name="input[email]" label=Key::FieldEmail issues kind="email" value=start.email.clone() autocomplete="email" maxlength=254 />
                <TextField field="password" name="input[password]" label=Key::FieldPassword hint=Key::HintPassword issues kind="password" autocomplete="new-password" maxlength=PASSWORD_MAX />
                <div class="field">
                    <label for="language">{locale.t(Key::FieldLanguage)}</label>
                    <select id="language" name="input[language]">
                        {Locale::ALL
                            .iter()
                            .map(|l| {
                                let chosen = start.language == l.code();
                                view! { <option value=l.code() selected=chosen lang=l.code()>{l.native_name()}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            </fieldset>

            <fieldset class="field">
                <legend>{locale.t(Key::RegisterOrganisation)}</legend>
                <div class="choice">
                    <input type="radio" id="org_choice-new" name="input[org_choice]" value="new" checked=start.org_choice != "join" />
                    <label for="org_choice-new">{locale.t(Key::OrgChoiceNew)}</label>
                </div>
                <div class="choice">
                    <input type="radio" id="org_choice-join" name="input[org_choice]" value="join" checked=start.org_choice == "join" />
                    <label for="org_choice-join">{locale.t(Key::OrgChoiceJoin)}</label>
                </div>
                <IssueFor field="org_choice" issues />

                <fieldset class="field">
                    <legend>{locale.t(Key::OrgChoiceNew)}</legend>
                    <TextField field="organisation.name" name="input[organisation][name]" label=Key::FieldOrgName issues value=o.name.clone() required=false autocomplete="organization" maxlength=200 />
                    <div class="field">
                        <label for="organisation-stakeholder_type">{locale.t(Key::FieldStakeholderType)}</label>
                        <select id="organisation-stakeholder_type" name="input[organisation][stakeholder_type]" aria-describedby="organisation-stakeholder_type-error">
                            <option value="">{locale.t(Key::ChooseOption)}</option>
                            {StakeholderType::ALL
                                .iter()
                                .map(|t| view! { <option value=t.code() selected=o.stakeholder_type == t.code()>{locale.t(t.label())}</option> })
                                .collect_view()}
                        </select>
                        <IssueFor field="organisation.stakeholder_type" issues />
                    </div>
                    <div class="field">
                        <label for="organisation-country">{locale.t(Key::FieldCountry)}</label>
                        <select id="organisation-country" name="input[organisation][country]" aria-describedby="organisation-country-error">
                            <option value="">{locale.t(Key::ChooseOption)}</option>
                            {countries
                                .into_iter()
                                .map(|(code, name)| {
                                    let chosen = o.country == code;
                                    view! { <option value=code selected=chosen>{name}</option> }
                                })
                                .collect_view()}
                        </select>
                        <IssueFor field="organisation.country" issues />
                    </div>
                    <TextField field="organisation.website" name="input[organisation][website]" label=Key::FieldWebsite issues kind="url" value=o.website.clone() required=false autocomplete="url" maxlength=300 />
                    <div class="field">
                        <label for="organisation-description">{locale.t(Key::FieldOrgDescription)}</label>
                        <textarea id="organisation-description" name="input[organisation][description]" rows="4" maxlength="2000" aria-describedby="organisation-description-error">
                            {o.description.clone()}
                        </textarea>
                        <IssueFor field="organisation.description" issues />
                    </div>
                    <fieldset class="field">
                        <legend>{locale.t(Key::LeaderTitle)}</legend>
                        <p class="hint">{locale.t(Key::LeaderIntro)}</p>
                        <div class="choice">
                            <input type="checkbox" id="apply_to_lead" name="input[apply_to_lead]" value="yes" checked=start.apply_to_lead == "yes" />
                            <label for="apply_to_lead">{locale.t(Key::RegisterApplyToLead)}</label>
                        </div>
                        <LeaderFields within=LeaderFieldsIn::Registration issues start=start.lead.clone() />
                    </fieldset>
                </fieldset>

                <fieldset class="field">
                    <legend>{locale.t(Key::OrgChoiceJoin)}</legend>
                    <div class="field">
                        <label for="join_organisation">{locale.t(Key::FieldJoinOrganisation)}</label>
                        <select id="join_organisation" name="input[join_organisation]" aria-describedby="join_organisation-error">
                            <option value="">{locale.t(Key::ChooseOption)}</option>
                            {orgs
                                .into_iter()
                                .map(|org| {
                                    let chosen = start.join_organisation == org.id.to_string();
                                    view! { <option value=org.id.to_string() selected=chosen>{org.name}</option> }
                                })
                                .collect_view()}
                        </select>
                        <IssueFor field="join_organisation" issues />
                    </div>
                </fieldset>
            </fieldset>

            <button type="submit" class="primary" disabled=move || register.pending().get()>
                {locale.t(Key::RegisterButton)}
            </button>
        </ActionForm>
        <p><a href="/login">{locale.t(Key::SignIn)}</a></p>
    }
}
