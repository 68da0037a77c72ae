//! On a public pledge: its co-signers, and for a signed-in organisation the sign-on to an open
//! pledge (what it adds: money, in-kind help, its part), its own sign-on's state, or, for the lead,
//! closing sign-on.
use leptos::prelude::*;

use super::parts::OrgName;
use crate::api::{CloseSignOn, SignOn, WithdrawSignOn, load_sign_on_offer, stashed_sign_on};
use crate::domain::PublicPledge;
use crate::domain::marketplace::{ROLE_MAX, SignOnInput};
use crate::i18n::{Arg, Key, use_locale};
use crate::marketplace_lifecycle::{InKind, SignOnState};
use crate::pledge_text::{money_text, usd_text};
use crate::reference::currencies;
use crate::ui::components::{
    ErrorNotice, TextArea, TextField, coded_options, issues_of, stash_of, stashed,
};
use crate::ui::pages::events::CodeSelect;

/// The co-signers named on the public page, with what each adds.
#[component]
pub fn CoSigners(p: PublicPledge) -> impl IntoView {
    let locale = use_locale();
    (!p.cosigners.is_empty()).then(|| view! {
        <section aria-labelledby="cosigners">
            <h2 id="cosigners">{locale.t(Key::CoSignersTitle)}</h2>
            {p.cosigner_usd_cents.map(|c| view! {
                <p>{locale.fmt(Key::CoSignersAdd, &[("usd", Arg::Text(&usd_text(locale, c)))])}</p>
            })}
            <ul class="plain">
                {p.cosigners.into_iter().map(|c| view! {
                    <li>
                        <OrgName org=c.organisation />
                        {c.amount.as_ref().map(|m| view! { " · " {money_text(locale, m)} })}
                        {(!c.in_kind.is_empty()).then(|| view! { " · " {c.in_kind.iter().map(|k| locale.t(k.label())).collect::<Vec<_>>().join(", ")} })}
                        <p dir="auto">{c.role.clone()}</p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    })
}

/// Signing on (or closing sign-on), for signed-in organisations; nothing for the public.
#[component]
pub fn SignOnSection(reference: String) -> impl IntoView {
    let locale = use_locale();
    let sign = ServerAction::<SignOn>::new();
    let close = ServerAction::<CloseSignOn>::new();
    let withdraw = ServerAction::<WithdrawSignOn>::new();
    let issues = issues_of(sign);
    let start = stashed(stash_of(sign), stashed_sign_on);
    let key = reference.clone();
    let offer = Resource::new(
        move || {
            (
                sign.version().get(),
                close.version().get(),
                withdraw.version().get(),
            )
        },
        move |_| load_sign_on_offer(key.clone()),
    );
    let currency_options: Vec<(String, String)> = currencies()
        .iter()
        .map(|c| (c.code.clone(), format!("{} – {}", c.code, c.name(locale))))
        .collect();
    view! {
        <Suspense>
            {move || {
                let reference = reference.clone();
                let currency_options = currency_options.clone();
                Suspend::new(async move {
                    let given: SignOnInput = start.await.unwrap_or_default();
                    let Ok(offer) = offer.await else { return ().into_any() };
                    let (for_withdraw, for_close) = (reference.clone(), reference.clone());
                    let sign_in = format!("/login?next=/compendium/{reference}");
                    if !offer.open && offer.mine.is_none() {
                        return ().into_any();
                    }
                    view! {
                        <section aria-labelledby="sign-on-title" id="sign-on" class="no-print">
                            <h2 id="sign-on-title">{locale.t(Key::SignOnTitle)}</h2>
                            {offer.open.then(|| view! { <p>{locale.t(Key::SignOnOpen)}</p> })}
                            {offer.mine.clone().map(|m| view! {
                                <p role="status">{locale.fmt(Key::YourSignOn, &[("state", Arg::Text(locale.t(m.state.label())))])}</p>
                                {matches!(m.state, SignOnState::Submitted | SignOnState::Approved).then(|| view! {
                                    <ActionForm action=withdraw attr:class="inline">
                                        <input type="hidden" name="sign_on_id" value=m.id.to_string() />
                                        <input type="hidden" name="reference" value=for_withdraw.clone() />
                                        <button type="submit">{locale.t(Key::WithdrawSignOn)}</button>
                                    </ActionForm>
                                })}
                            })}
                            {(offer.open && offer.anonymous).then(|| view! {
                                <p><a href=sign_in>{locale.t(Key::SignInToSignOn)}</a></p>
                            })}
                            {offer.may_close.then(|| view! {
                                <ActionForm action=close attr:class="inline">
                                    <input type="hidden" name="reference" value=for_close.clone() />
                                    <button type="submit">{locale.t(Key::CloseSignOn)}</button>
                                </ActionForm>
                            })}
                            {offer.may_sign.then(|| view! {
                                <ActionForm action=sign attr:class="stack">
                                    <input type="hidden" name="reference" value=reference.clone() />
                                    <div class="field-row">
                                        <TextField field="amount" name="input[amount]" label=Key::FieldSignOnAmount issues value=given.amount.clone() required=false maxlength=24 />
                                        <CodeSelect field="currency" name="input[currency]" label=Key::FieldCurrency options=currency_options.clone() chosen=given.currency.clone() issues required=false empty=Key::ChooseCurrency />
                                    </div>
                                    <fieldset class="field">
                                        <legend>{locale.t(Key::FieldSignOnInKind)}</legend>
                                        <div class="choices">
                                            {coded_options(locale, InKind::ALL, InKind::code, InKind::label).into_iter().map(|(code, text)| {
                                                let id = format!("in_kind-{code}");
                                                let checked = given.in_kind.contains(&code);
                                                view! {
                                                    <div class="choice">
                                                        <input type="checkbox" id=id.clone() name="input[in_kind][]" value=code checked=checked />
                                                        <label for=id>{text}</label>
                                                    </div>
                                                }
                                            }).collect_view()}
                                        </div>
                                    </fieldset>
                                    <TextArea field="role" name="input[role]" label=Key::FieldSignOnRole issues value=given.role.clone() maxlength=ROLE_MAX />
                                    {move || sign.value().get().and_then(Result::err).filter(|e| e.field_issues().is_empty()).map(|error| view! { <ErrorNotice error /> })}
                                    <button type="submit" class="primary">{locale.t(Key::SignOnButton)}</button>
                                </ActionForm>
                            })}
                        </section>
                    }.into_any()
                })
            }}
        </Suspense>
    }
}
