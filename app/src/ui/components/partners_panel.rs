//! The organisations on a pledge. The lead invites registered organisations, lets confirmed
//! partners edit or not, and takes partners off; an invited organisation answers here. Partners
//! without an account are pledge content: the pledge form names them, and review sees them.
use leptos::prelude::*;

use crate::api::{AnswerInvitation, InvitePartner, RemovePartner, SetPartnerEditing};
use crate::domain::PledgeDetail;
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, IssueFor, issues_of};

fn status_key(status: &str, role: &str) -> Key {
    match (role, status) {
        ("lead", _) => Key::PartLead,
        (_, "invited") => Key::PartInvited,
        (_, "declined") => Key::PartDeclined,
        _ => Key::PartConfirmed,
    }
}

/// The panel's actions. The pledge page owns them, so it loads the pledge again after each one.
#[derive(Clone, Copy)]
pub struct PartnerActions {
    invite: ServerAction<InvitePartner>,
    remove: ServerAction<RemovePartner>,
    editing: ServerAction<SetPartnerEditing>,
    answer: ServerAction<AnswerInvitation>,
}

impl PartnerActions {
    pub fn new() -> PartnerActions {
        PartnerActions {
            invite: ServerAction::new(),
            remove: ServerAction::new(),
            editing: ServerAction::new(),
            answer: ServerAction::new(),
        }
    }

    /// Changes whenever one of the actions has completed.
    pub fn versions(self) -> [usize; 4] {
        [
            self.invite.version().get(),
            self.remove.version().get(),
            self.editing.version().get(),
            self.answer.version().get(),
        ]
    }
}

#[component]
pub fn PartnersPanel(detail: PledgeDetail, actions: PartnerActions) -> impl IntoView {
    let locale = use_locale();
    let PartnerActions {
        invite,
        remove,
        editing,
        answer,
    } = actions;
    let lead = detail.part == "lead";
    let id = detail.id;
    let errors = move || {
        [
            invite.value().get().and_then(Result::err),
            remove.value().get().and_then(Result::err),
            editing.value().get().and_then(Result::err),
            answer.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next()
    };
    let invite_issues = issues_of(invite);
    view! {
        <section class="partners" aria-labelledby="partners-heading">
            <h2 id="partners-heading">{locale.t(Key::PartnersHeading)}</h2>
            <p class="hint">{locale.t(Key::PartnersIntro)}</p>
            {move || errors().map(|error| view! { <ErrorNotice error /> })}
            {(detail.part == "invited").then(|| view! {
                <div class="notice" role="status">
                    <p>{locale.t(Key::InvitationQuestion)}</p>
                    <ActionForm action=answer attr:class="inline-form">
                        <input type="hidden" name="pledge" value=id />
                        <button type="submit" name="answer" value="confirm" class="primary">{locale.t(Key::ConfirmPartnership)}</button>
                        <button type="submit" name="answer" value="decline" class="secondary">{locale.t(Key::DeclinePartnership)}</button>
                    </ActionForm>
                </div>
            })}
            <ul class="participants">
                {detail.participants.iter().cloned().map(|p| {
                    let removable = lead && p.role == "partner";
                    view! {
                        <li>
                            <bdi>{p.name}</bdi>" – "{locale.t(status_key(&p.status, &p.role))}
                            {removable.then(|| view! {
                                <ActionForm action=remove attr:class="inline-form">
                                    <input type="hidden" name="pledge" value=id />
                                    <input type="hidden" name="participant" value=p.id />
                                    <button type="submit" class="link-button">{locale.t(Key::RemovePartner)}</button>
                                </ActionForm>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            {lead.then(|| view! {
                <ActionForm action=invite attr:class="stack">
                    <input type="hidden" name="pledge" value=id />
                    <div class="field">
                        <label for="partner">{locale.t(Key::InvitePartnerLabel)}</label>
                        <select id="partner" name="organisation" aria-describedby="partner-error">
                            <option value="">{locale.t(Key::ChooseOrganisation)}</option>
                            {detail.invitable.iter().map(|o| view! { <option value=o.id>{o.name.clone()}</option> }).collect_view()}
                        </select>
                        <IssueFor field="partner" issues=invite_issues />
                    </div>
                    <button type="submit" class="secondary">{locale.t(Key::InvitePartner)}</button>
                </ActionForm>
                <p class="hint">{locale.t(Key::NamedPartnersInForm)}</p>
                <ActionForm action=editing attr:class="inline-form">
                    <input type="hidden" name="pledge" value=id />
                    <p>{locale.t(if detail.partners_may_edit { Key::PartnersMayEdit } else { Key::PartnersMayNotEdit })}</p>
                    <button type="submit" name="allowed" value=if detail.partners_may_edit { "no" } else { "yes" } class="secondary">
                        {locale.t(if detail.partners_may_edit { Key::StopPartnerEditing } else { Key::AllowPartnerEditing })}
                    </button>
                </ActionForm>
            })}
        </section>
    }
}
