//! `/admin/rates`: the dated exchange rates that turn pledged amounts into US dollars. Admins add a
//! rate; a revision keeps the rate it was converted with, so a later rate never changes old figures.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{AddExchangeRate, exchange_rates};
use crate::i18n::{Key, use_locale};
use crate::reference::{currencies, currency_name};
use crate::ui::components::{ErrorNotice, IssueFor, TextField, issues_of};

#[component]
pub fn ExchangeRatesPage() -> impl IntoView {
    let locale = use_locale();
    let add = ServerAction::<AddExchangeRate>::new();
    let rates = Resource::new(move || add.version().get(), |_| exchange_rates());
    let issues = issues_of(add);
    view! {
        <Title text=locale.t(Key::RatesTitle) />
        <h1>{locale.t(Key::RatesTitle)}</h1>
        <p class="lead">{locale.t(Key::RatesIntro)}</p>
        {move || add.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        <ActionForm action=add attr:class="stack">
            <div class="field">
                <label for="currency">{locale.t(Key::FieldCurrency)}</label>
                <select id="currency" name="currency" aria-describedby="currency-error">
                    <option value="">{locale.t(Key::ChooseCurrency)}</option>
                    {currencies()
                        .iter()
                        .filter(|c| c.code != "USD")
                        .map(|c| view! { <option value=c.code.clone()>{format!("{} – {}", c.code, currency_name(&c.code, locale))}</option> })
                        .collect_view()}
                </select>
                <IssueFor field="currency" issues />
            </div>
            <TextField field="rate_date" name="rate_date" label=Key::FieldRateDate kind="date" issues />
            <TextField field="usd_per_unit" name="usd_per_unit" label=Key::FieldUsdPerUnit hint=Key::HintUsdPerUnit issues maxlength=40 />
            <button type="submit" class="primary">{locale.t(Key::AddRate)}</button>
        </ActionForm>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rates.await {
                    Ok(rows) => view! {
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{locale.t(Key::FieldCurrency)}</th>
                                    <th scope="col">{locale.t(Key::FieldRateDate)}</th>
                                    <th scope="col">{locale.t(Key::FieldUsdPerUnit)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows.into_iter().map(|r| view! {
                                    <tr>
                                        <th scope="row">{r.currency}</th>
                                        <td>{locale.date(r.rate_date)}</td>
                                        <td>{locale.decimal_text(&r.usd_per_unit)}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
