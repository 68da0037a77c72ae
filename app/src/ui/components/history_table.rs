//! A pledge's history (its audit entries) as its organisations and ITU read it.
use leptos::prelude::*;

use crate::domain::EventView;
use crate::i18n::{Key, use_locale};
use crate::pledge_lifecycle::PledgeStatus;

#[component]
pub fn HistoryTable(history: Vec<EventView>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{locale.t(Key::HistoryHeading)}</h2>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{locale.t(Key::ColWhen)}</th>
                        <th scope="col">{locale.t(Key::ColWho)}</th>
                        <th scope="col">{locale.t(Key::ColStatus)}</th>
                        <th scope="col">{locale.t(Key::ColMessage)}</th>
                    </tr>
                </thead>
                <tbody>
                    {history.into_iter().map(|e| {
                        let to = PledgeStatus::parse(&e.to).map(|s| locale.t(s.label()).to_owned()).unwrap_or(e.to);
                        view! {
                            <tr>
                                <td>{locale.date_time(e.at)}</td>
                                <td><bdi>{e.actor}</bdi></td>
                                <td>{to}</td>
                                <td><bdi>{e.reason}</bdi></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
