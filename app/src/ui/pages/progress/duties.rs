//! On "Our pledges": each published pledge with what it owes (due, overdue, up to date, closed),
//! its light, and one action: "Report progress".
use leptos::prelude::*;

use super::timeline::LightBadge;
use crate::api::progress_duties;
use crate::domain::progress::{Duty, DutyRow};
use crate::i18n::{Arg, Key, Locale, use_locale};
use crate::ui::components::ErrorNotice;

fn duty_text(locale: Locale, row: &DutyRow) -> String {
    let cycle = |key: Key| {
        row.cycle.as_ref().map_or_else(String::new, |c| {
            let due = locale.date(c.due_on);
            locale.fmt(
                key,
                &[("due", Arg::Text(&due)), ("cycle", Arg::Text(&c.label))],
            )
        })
    };
    match row.duty {
        Duty::Due => cycle(Key::DutyDue),
        Duty::Overdue => cycle(Key::DutyOverdue),
        Duty::UpToDate => locale.t(Key::DutyUpToDate).to_owned(),
        Duty::Closed => locale.t(Key::DutyClosed).to_owned(),
    }
}

#[component]
pub fn ProgressDuties() -> impl IntoView {
    let locale = use_locale();
    let rows = Resource::new(|| (), |_| progress_duties());
    view! {
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match rows.await {
                    Ok(rows) if rows.is_empty() => ().into_any(),
                    Ok(rows) => view! {
                        <section aria-labelledby="duties-title">
                            <h2 id="duties-title">{locale.t(Key::ProgressDutiesTitle)}</h2>
                            <p>{locale.t(Key::ProgressDutiesIntro)}</p>
                            <table>
                                <thead>
                                    <tr>
                                        <th scope="col">{locale.t(Key::ColTitle)}</th>
                                        <th scope="col">{locale.t(Key::ColStatus)}</th>
                                        <th scope="col">{locale.t(Key::ProgressLightLabel)}</th>
                                        <th scope="col">{locale.t(Key::ColActions)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {rows.into_iter().map(|r| {
                                        let text = duty_text(locale, &r);
                                        let class = match r.duty {
                                            Duty::Overdue => "duty duty-overdue",
                                            Duty::Due => "duty duty-due",
                                            Duty::UpToDate | Duty::Closed => "duty",
                                        };
                                        view! {
                                            <tr>
                                                <th scope="row"><bdi>{r.title.clone()}</bdi></th>
                                                <td>
                                                    <span class=class>{text}</span>
                                                    {r.last_filed.map(|at| view! { <br /><small>{locale.fmt(Key::DutyLastFiled, &[("date", Arg::Text(&locale.date(at.date_naive())))])}</small> })}
                                                    {r.has_draft.then(|| view! { <br /><small>{locale.t(Key::DutyDraft)}</small> })}
                                                </td>
                                                <td><LightBadge light=r.light inactive=r.inactive /></td>
                                                <td><a class="button" href=format!("/my/pledges/{}/progress", r.pledge_id)>{locale.t(Key::ReportProgress)}</a></td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </section>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
