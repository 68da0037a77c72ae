//! `/admin/audit`: the pledge audit log for ITU admins, filtered by who, when and what (in the
//! URL, a plain GET form), with the same filter as a CSV download.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::audit_log;
use crate::domain::{AuditFilter, AuditPage};
use crate::i18n::{Arg, Key, use_locale};
use crate::pledge_lifecycle::{PledgeAction, PledgeStatus};
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
    }
}

fn status_label(locale: crate::i18n::Locale, code: &str) -> String {
    PledgeStatus::parse(code)
        .map(|s| locale.t(s.label()).to_owned())
        .unwrap_or_else(|| code.to_owned())
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
                    {PledgeAction::ALL.iter().map(|a| {
                        let selected = a.code() == chosen;
                        view! { <option value=a.code() selected=selected>{locale.t(a.label())}</option> }
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
                <th scope="col">{locale.t(Key::AuditPledge)}</th>
                <th scope="col">{locale.t(Key::AuditAction)}</th>
                <th scope="col">{locale.t(Key::AuditFromTo)}</th>
                <th scope="col">{locale.t(Key::ColMessage)}</th>
                <th scope="col">{locale.t(Key::ChecklistHeading)}</th>
            </tr></thead>
            <tbody>
                {p.rows.into_iter().map(|r| {
                    let action = PledgeAction::parse(&r.action).map(|a| locale.t(a.label()).to_owned()).unwrap_or(r.action.clone());
                    view! {
                        <tr>
                            <td><time datetime=r.at.to_rfc3339()>{locale.date_time(r.at)}</time></td>
                            <td><bdi>{r.actor}</bdi><br /><span class="hint">{r.actor_email}</span></td>
                            <td><a href=format!("/review/{}", r.pledge_id)>{format!("#{}", r.pledge_id)}</a>
                                {r.revision_id.map(|rev| view! { <br /><span class="hint">{locale.fmt(Key::AuditRevision, &[("id", Arg::Int(i64::from(rev)))])}</span> })}</td>
                            <td>{action}</td>
                            <td>{status_label(locale, &r.from)}" → "{status_label(locale, &r.to)}</td>
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
