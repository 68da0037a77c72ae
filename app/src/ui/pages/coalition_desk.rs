use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{
    DecideLeader, DecideLetter, DecideOrganisation, NominateLeader, SetRole, desk_overview,
};
use crate::domain::CoalitionDesk;
use crate::i18n::{Arg, Key, use_locale};
use crate::leader_lifecycle::LeaderStatus;
use crate::letter_lifecycle::LetterStatus;
use crate::pledge_lifecycle::Role;
use crate::reference::{FocusArea, country_name};
use crate::ui::components::ErrorNotice;

/// ITU admins' desk: verify organisations, nominate Leaders, decide letters, grant roles.
#[component]
pub fn CoalitionDeskPage() -> impl IntoView {
    let locale = use_locale();
    let verify = ServerAction::<DecideOrganisation>::new();
    let nominate = ServerAction::<NominateLeader>::new();
    let leader = ServerAction::<DecideLeader>::new();
    let letter = ServerAction::<DecideLetter>::new();
    let role = ServerAction::<SetRole>::new();
    let desk = Resource::new(
        move || {
            (
                verify.version().get(),
                nominate.version().get(),
                leader.version().get(),
                letter.version().get(),
                role.version().get(),
            )
        },
        |_| desk_overview(),
    );
    let error = move || {
        [
            verify.value().get().and_then(Result::err),
            nominate.value().get().and_then(Result::err),
            leader.value().get().and_then(Result::err),
            letter.value().get().and_then(Result::err),
            role.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
    };
    view! {
        <Title text=locale.t(Key::DeskTitle) />
        <h1>{locale.t(Key::DeskTitle)}</h1>
        {move || error().map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match desk.await {
                    Ok(desk) => view! { <Desk desk verify nominate leader letter role /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn ReasonField(id: String) -> impl IntoView {
    let locale = use_locale();
    view! {
        <label for=id.clone()>{locale.t(Key::FieldReason)}</label>
        <input id=id name="reason" type="text" maxlength="2000" />
    }
}

#[component]
fn Desk(
    desk: CoalitionDesk,
    verify: ServerAction<DecideOrganisation>,
    nominate: ServerAction<NominateLeader>,
    leader: ServerAction<DecideLeader>,
    letter: ServerAction<DecideLetter>,
    role: ServerAction<SetRole>,
) -> impl IntoView {
    let locale = use_locale();
    let organisations = desk.organisations.clone();
    view! {
        <section aria-labelledby="desk-organisations">
            <h2 id="desk-organisations">{locale.t(Key::DeskOrganisations)}</h2>
            {if desk.pending_organisations.is_empty() {
                view! { <p class="empty">{locale.t(Key::DeskOrganisationsEmpty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain">
                        {desk.pending_organisations.into_iter().map(|o| {
                            let reason_id = format!("org-reason-{}", o.id);
                            view! {
                                <li>
                                    <strong>{o.name.clone()}</strong> " – " {country_name(&o.country, locale)}
                                    <ActionForm action=verify attr:class="inline">
                                        <input type="hidden" name="organisation_id" value=o.id.to_string() />
                                        <button type="submit" name="action" value="verify">{locale.t(Key::VerifyOrgButton)}</button>
                                        <ReasonField id=reason_id />
                                        <button type="submit" name="action" value="reject">{locale.t(Key::RejectOrgButton)}</button>
                                    </ActionForm>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>

        <section aria-labelledby="desk-leaders">
            <h2 id="desk-leaders">{locale.t(Key::DeskLeaders)}</h2>
            <ul class="plain">
                {desk.seats.iter().map(|(area, count)| view! {
                    <li>{locale.fmt(Key::DeskSeats, &[("area", Arg::from(locale.t(area.label()))), ("count", Arg::Int(i64::from(*count)))])}</li>
                }).collect_view()}
            </ul>
            {if desk.leaders.is_empty() {
                view! { <p class="empty">{locale.t(Key::DeskLeadersEmpty)}</p> }.into_any()
            } else {
                view! {
                    <table>
                        <thead><tr>
                            <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                            <th scope="col">{locale.t(Key::FieldFocusArea)}</th>
                            <th scope="col">{locale.t(Key::ColStatus)}</th>
                            <th scope="col">{locale.t(Key::ColActions)}</th>
                        </tr></thead>
                        <tbody>
                            {desk.leaders.into_iter().map(|l| {
                                let reason_id = format!("leader-reason-{}", l.id);
                                let actions = match l.status {
                                    LeaderStatus::Applied => view! {
                                        <ActionForm action=nominate attr:class="inline">
                                            <input type="hidden" name="organisation_id" value=l.organisation.id.to_string() />
                                            <input type="hidden" name="focus_area" value=l.area.code() />
                                            <button type="submit">{locale.t(Key::NominateButton)}</button>
                                        </ActionForm>
                                        <ActionForm action=leader attr:class="inline">
                                            <input type="hidden" name="leader_id" value=l.id.to_string() />
                                            <ReasonField id=reason_id />
                                            <button type="submit" name="action" value="decline">{locale.t(Key::DeclineButton)}</button>
                                        </ActionForm>
                                    }.into_any(),
                                    LeaderStatus::Nominated => view! {
                                        <ActionForm action=leader attr:class="inline">
                                            <input type="hidden" name="leader_id" value=l.id.to_string() />
                                            <ReasonField id=reason_id />
                                            <button type="submit" name="action" value="revoke">{locale.t(Key::RevokeButton)}</button>
                                        </ActionForm>
                                    }.into_any(),
                                    LeaderStatus::Declined | LeaderStatus::Revoked => ().into_any(),
                                };
                                view! {
                                    <tr>
                                        <th scope="row">{l.organisation.name.clone()}</th>
                                        <td>{locale.t(l.area.label())}</td>
                                        <td><span class="status">{locale.t(l.status.label())}</span>
                                            {l.commitment.map(|c| view! { <p class="hint">{c}</p> })}</td>
                                        <td>{actions}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <h3>{locale.t(Key::DeskNominateTitle)}</h3>
            <ActionForm action=nominate attr:class="stack narrow">
                <div class="field">
                    <label for="nominate-organisation">{locale.t(Key::FieldOrganisation)}</label>
                    <select id="nominate-organisation" name="organisation_id" required>
                        <option value="">{locale.t(Key::ChooseOption)}</option>
                        {organisations.iter().map(|o| view! { <option value=o.id.to_string()>{o.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="nominate-area">{locale.t(Key::FieldFocusArea)}</label>
                    <select id="nominate-area" name="focus_area" required>
                        <option value="">{locale.t(Key::ChooseOption)}</option>
                        {FocusArea::ALL.iter().map(|a| view! { <option value=a.code()>{locale.t(a.label())}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="primary">{locale.t(Key::NominateButton)}</button>
            </ActionForm>
        </section>

        <section aria-labelledby="desk-letters">
            <h2 id="desk-letters">{locale.t(Key::DeskLetters)}</h2>
            {if desk.letters.is_empty() {
                view! { <p class="empty">{locale.t(Key::DeskLettersEmpty)}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain">
                        {desk.letters.into_iter().map(|l| {
                            let reason_id = format!("letter-reason-{}", l.id);
                            let areas: Vec<&str> = l.areas.iter().map(|a| locale.t(a.label())).collect();
                            let open = l.status == LetterStatus::Submitted;
                            view! {
                                <li class="letter">
                                    <strong>{l.organisation.name.clone()}</strong> " – " {areas.join(", ")} " – "
                                    <span class="status">{locale.t(l.status.label())}</span>
                                    <p>{l.statement.clone()}</p>
                                    <p class="hint">{l.signatory.clone()} ", " {locale.date(l.signed_on)}
                                        {l.has_pdf.then(|| view! { " " <a href=format!("/letters/{}/pdf", l.id) rel="external" download>{locale.t(Key::DownloadPdf)}</a> })}
                                    </p>
                                    <ActionForm action=letter attr:class="inline">
                                        <input type="hidden" name="letter_id" value=l.id.to_string() />
                                        <input type="hidden" name="version" value=l.version.to_string() />
                                        {open.then(|| view! { <button type="submit" name="action" value="accept">{locale.t(Key::AcceptButton)}</button> })}
                                        <ReasonField id=reason_id />
                                        {if open {
                                            view! { <button type="submit" name="action" value="decline">{locale.t(Key::DeclineButton)}</button> }.into_any()
                                        } else {
                                            view! { <button type="submit" name="action" value="revoke">{locale.t(Key::RevokeButton)}</button> }.into_any()
                                        }}
                                    </ActionForm>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>

        <section aria-labelledby="desk-people">
            <h2 id="desk-people">{locale.t(Key::DeskPeople)}</h2>
            <table>
                <thead><tr>
                    <th scope="col">{locale.t(Key::ColPerson)}</th>
                    <th scope="col">{locale.t(Key::ColOrganisation)}</th>
                    <th scope="col">{locale.t(Key::FieldRole)}</th>
                </tr></thead>
                <tbody>
                    {desk.people.into_iter().map(|p| {
                        let select_id = format!("role-{}", p.id);
                        view! {
                            <tr>
                                <th scope="row">{p.name.clone()} <br /> <span class="hint">{p.email.clone()}</span></th>
                                <td>{p.organisation_name.clone()}</td>
                                <td>
                                    <ActionForm action=role attr:class="inline">
                                        <input type="hidden" name="person_id" value=p.id.to_string() />
                                        <label class="visually-hidden" for=select_id.clone()>{locale.t(Key::FieldRole)}</label>
                                        <select id=select_id name="role">
                                            {Role::ALL.iter().map(|r| view! { <option value=r.code() selected=*r == p.role>{locale.t(r.label())}</option> }).collect_view()}
                                        </select>
                                        <button type="submit">{locale.t(Key::SetRoleButton)}</button>
                                    </ActionForm>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
