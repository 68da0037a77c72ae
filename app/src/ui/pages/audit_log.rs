//! `/admin/audit`: the whole audit log for ITU admins (pledge state changes and coalition events:
//! organisations, Leaders, letters of intent, accounts and roles, pledge partners), filtered by
//! who, when, what and about what (in the URL, a plain GET form), with the same filter as a CSV.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::audit_log;
use crate::domain::{AuditFilter, AuditPage};
use crate::i18n::{Arg, Key, use_locale};
use crate::leader_lifecycle::LeaderStatus;
use crate::letter_lifecycle::LetterStatus;
use crate::organisation_lifecycle::{Membership, Verification};
use crate::pledge_lifecycle::{PledgeAction, PledgeStatus, Role};
use crate::ui::components::ErrorNotice;

fn filter_from(query: &leptos_router::params::ParamsMap) -> AuditFilter {
    let get = |name: &str| query.get(name).filter(|v| !v.trim().is_empty());
    AuditFilter {
        who: get("who"),
        from: get("from"),
        until: get("until"),
        action: get("action"),
        pledge: get("pledge"),
        page: get("page"),
        subject: get("subject"),
    }
}

/// What an entry can be about, as the filter offers it (the codes `audit::record` writes).
const SUBJECTS: [(&str, Key); 14] = [
    ("pledge", Key::AuditAboutPledge),
    ("organisation", Key::AuditAboutOrganisation),
    ("leader", Key::AuditAboutLeader),
    ("letter", Key::AuditAboutLetter),
    ("account", Key::AuditAboutAccount),
    ("pledge_partner", Key::AuditAboutPartners),
    ("progress_report", Key::AuditAboutProgress),
    ("reporting_cycle", Key::AuditAboutCycle),
    ("event", Key::AuditAboutEvent),
    ("announcement", Key::AuditAboutAnnouncement),
    ("event_session", Key::AuditAboutSession),
    ("opportunity", Key::AuditAboutOpportunity),
    ("sign_on", Key::AuditAboutSignOn),
    ("report", Key::AuditAboutReport),
];

/// The coalition's actions that are not also pledge actions (`submit`, `approve`, `reject` are).
const COALITION_ACTIONS: [(&str, Key); 36] = [
    ("verify", Key::AuditDoVerify),
    ("apply", Key::AuditDoApply),
    ("nominate", Key::AuditDoNominate),
    ("accept", Key::AuditDoAccept),
    ("decline", Key::AuditDoDecline),
    ("revoke", Key::AuditDoRevoke),
    ("set_role", Key::AuditDoSetRole),
    ("change_password", Key::AuditDoChangePassword),
    ("change_email", Key::AuditDoChangeEmail),
    ("invite", Key::AuditDoInvite),
    ("confirm", Key::AuditDoConfirm),
    ("name_partner", Key::AuditDoNamePartner),
    ("remove_partner", Key::AuditDoRemovePartner),
    ("partner_rights", Key::AuditDoPartnerRights),
    ("file", Key::AuditDoFile),
    ("request_more", Key::AuditDoRequestMore),
    ("take_down", Key::AuditDoTakeDown),
    ("restore", Key::AuditDoRestore),
    ("add", Key::AuditDoAdd),
    ("set_due", Key::AuditDoSetDue),
    ("set_progress_recipients", Key::AuditDoSetProgressRecipients),
    ("request", Key::AuditDoRequest),
    ("schedule", Key::AuditDoSchedule),
    ("unschedule", Key::AuditDoUnschedule),
    ("drop", Key::AuditDoDrop),
    ("edit", Key::AuditDoEdit),
    ("remove", Key::AuditDoRemove),
    ("open_signatories", Key::AuditDoOpenSignatories),
    ("add_video", Key::AuditDoAddVideo),
    ("post", Key::AuditDoPost),
    ("sign_on", Key::AuditDoSignOn),
    ("close_sign_on", Key::AuditDoCloseSignOn),
    ("dismiss", Key::AuditDoDismiss),
    ("ask", Key::AuditDoAsk),
    ("grant_opportunities", Key::AuditDoGrantOpportunities),
    ("revoke_opportunities", Key::AuditDoRevokeOpportunities),
];

fn action_label(locale: crate::i18n::Locale, code: &str) -> String {
    PledgeAction::parse(code)
        .map(PledgeAction::label)
        .or_else(|| {
            COALITION_ACTIONS
                .iter()
                .find(|(c, _)| *c == code)
                .map(|(_, k)| *k)
        })
        .map(|k| locale.t(k).to_owned())
        .unwrap_or_else(|| code.to_owned())
}

/// A state in words, read as the subject's own vocabulary; an unknown code is shown as stored.
fn state_label(locale: crate::i18n::Locale, subject: &str, code: &str) -> String {
    let key = match subject {
        "pledge" => PledgeStatus::parse(code).map(PledgeStatus::label),
        "organisation" => Verification::parse(code).map(Verification::label),
        "leader" => LeaderStatus::parse(code).map(LeaderStatus::label),
        "letter" => LetterStatus::parse(code).map(LetterStatus::label),
        "account" => Membership::parse(code)
            .map(Membership::label)
            .or_else(|| Role::parse(code).map(Role::label)),
        "event" => crate::event_lifecycle::EventStatus::parse(code).map(|s| s.label()),
        "announcement" => crate::event_lifecycle::AnnouncementState::parse(code).map(|s| s.label()),
        "event_session" => crate::event_lifecycle::SessionKind::parse(code).map(|s| s.label()),
        "opportunity" => {
            crate::marketplace_lifecycle::OpportunityStatus::parse(code).map(|s| s.label())
        }
        "sign_on" => crate::marketplace_lifecycle::SignOnState::parse(code).map(|s| s.label()),
        "report" => crate::marketplace_lifecycle::ReportState::parse(code).map(|s| s.label()),
        "pledge_partner" => match code {
            "invited" => Some(Key::PartInvited),
            "confirmed" => Some(Key::PartConfirmed),
            "declined" => Some(Key::PartDeclined),
            "named" => Some(Key::NamedByLead),
            _ => None,
        },
        _ => None,
    };
    match (key, code) {
        (Some(key), _) => locale.t(key).to_owned(),
        (None, "" | "none") => "–".to_owned(),
        (None, _) => code.to_owned(),
    }
}

fn subject_label(locale: crate::i18n::Locale, subject: &str) -> String {
    SUBJECTS
        .iter()
        .find(|(c, _)| *c == subject)
        .map(|(_, k)| locale.t(*k).to_owned())
        .unwrap_or_else(|| subject.to_owned())
}

#[component]
pub fn AuditLogPage() -> impl IntoView {
    let locale = use_locale();
    let query = use_query_map();
    let filter = Memo::new(move |_| filter_from(&query.read()));
    let page = Resource::new(move || filter.get(), audit_log);
    view! {
        <Title text=locale.t(Key::AuditTitle) />
        <h1>{locale.t(Key::AuditTitle)}</h1>
        <p class="lead">{locale.t(Key::AuditIntro)}</p>
        <Transition fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                let f = filter.get();
                match page.await {
                    Ok(p) => view! { <Audit f p /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Audit(f: AuditFilter, p: AuditPage) -> impl IntoView {
    let locale = use_locale();
    let chosen = f.action.clone().unwrap_or_default();
    let about = f.subject.clone().unwrap_or_default();
    let csv = format!("/admin/audit.csv?{}", f.query(None));
    let link = {
        let f = f.clone();
        move |n: u32| format!("/admin/audit?{}", f.query(Some(n)))
    };
    let (page, pages) = (p.page, p.pages);
    view! {
        <form method="get" action="/admin/audit" class="filters" role="search" aria-label=locale.t(Key::AuditFilters)>
            <div class="field">
                <label for="who">{locale.t(Key::AuditWho)}</label>
                <input id="who" name="who" value=f.who.clone().unwrap_or_default() />
            </div>
            <div class="field">
                <label for="from">{locale.t(Key::AuditFrom)}</label>
                <input id="from" name="from" type="date" value=f.from.clone().unwrap_or_default() />
            </div>
            <div class="field">
                <label for="until">{locale.t(Key::AuditUntil)}</label>
                <input id="until" name="until" type="date" value=f.until.clone().unwrap_or_default() />
            </div>
            <div class="field">
                <label for="action">{locale.t(Key::AuditAction)}</label>
                <select id="action" name="action">
                    <option value="">{locale.t(Key::FilterAny)}</option>
                    {PledgeAction::ALL.iter().map(|a| (a.code(), a.label()))
                        .chain(COALITION_ACTIONS.iter().copied())
                        .map(|(code, label)| {
                            let selected = code == chosen;
                            view! { <option value=code selected=selected>{locale.t(label)}</option> }
                        }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="subject">{locale.t(Key::AuditAbout)}</label>
                <select id="subject" name="subject">
                    <option value="">{locale.t(Key::FilterAny)}</option>
                    {SUBJECTS.iter().map(|(code, label)| {
                        let selected = *code == about;
                        view! { <option value=*code selected=selected>{locale.t(*label)}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="pledge">{locale.t(Key::AuditPledge)}</label>
                <input id="pledge" name="pledge" inputmode="numeric" size="8" value=f.pledge.clone().unwrap_or_default() />
            </div>
            <div class="form-actions">
                <button type="submit" class="primary">{locale.t(Key::ApplyFilters)}</button>
                <a href="/admin/audit">{locale.t(Key::ClearFilters)}</a>
                <a href=csv download="">{locale.t(Key::DownloadCsv)}</a>
            </div>
        </form>
        <p role="status">{locale.fmt(Key::AuditCount, &[("count", Arg::Int(i64::try_from(p.total).unwrap_or(i64::MAX)))])}</p>
        <table class="audit">
            <caption class="visually-hidden">{locale.t(Key::AuditTitle)}</caption>
            <thead><tr>
                <th scope="col">{locale.t(Key::ColWhen)}</th>
                <th scope="col">{locale.t(Key::ColWho)}</th>
                <th scope="col">{locale.t(Key::AuditAbout)}</th>
                <th scope="col">{locale.t(Key::AuditAction)}</th>
                <th scope="col">{locale.t(Key::AuditFromTo)}</th>
                <th scope="col">{locale.t(Key::ColMessage)}</th>
                <th scope="col">{locale.t(Key::ChecklistHeading)}</th>
            </tr></thead>
            <tbody>
                {p.rows.into_iter().map(|r| {
                    let action = action_label(locale, &r.action);
                    let change = format!("{} → {}", state_label(locale, &r.subject, &r.from), state_label(locale, &r.subject, &r.to));
                    let about = subject_label(locale, &r.subject);
                    let name = match r.pledge_id {
                        Some(id) => view! { <a href=format!("/review/{id}")>{r.subject_name.clone()}</a> }.into_any(),
                        None => view! { <bdi>{r.subject_name.clone()}</bdi> }.into_any(),
                    };
                    view! {
                        <tr data-subject=r.subject.clone()>
                            <td><time datetime=r.at.to_rfc3339()>{locale.date_time(r.at)}</time></td>
                            <td><bdi>{r.actor}</bdi><br /><span class="hint">{r.actor_email}</span></td>
                            <td>{about}" "{name}
                                {r.revision_id.map(|rev| view! { <br /><span class="hint">{locale.fmt(Key::AuditRevision, &[("id", Arg::Int(i64::from(rev)))])}</span> })}</td>
                            <td>{action}</td>
                            <td>{change}</td>
                            <td><bdi>{r.reason}</bdi></td>
                            <td><pre class="checklist-text">{r.checklist}</pre></td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        {(pages > 1).then(|| view! {
            <nav class="pager" aria-label=locale.t(Key::Pages)>
                {(page > 1).then(|| view! { <a rel="prev" href=link(page - 1)>{locale.t(Key::PreviousPage)}</a> })}
                " "<span>{locale.fmt(Key::PageOf, &[("page", Arg::Int(i64::from(page))), ("pages", Arg::Int(i64::from(pages)))])}</span>" "
                {(page < pages).then(|| view! { <a rel="next" href=link(page + 1)>{locale.t(Key::NextPage)}</a> })}
            </nav>
        })}
    }
}
