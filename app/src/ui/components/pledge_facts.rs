//! The targets of a pledge, as its organisations, ITU and the public all read them.
use leptos::prelude::*;

use crate::domain::Target;
use crate::i18n::{Key, use_locale};

#[component]
pub fn TargetsTable(targets: Vec<Target>) -> impl IntoView {
    let locale = use_locale();
    view! {
        <table>
            <thead>
                <tr>
                    <th scope="col">{locale.t(Key::FieldIndicator)}</th>
                    <th scope="col">{locale.t(Key::FieldBaseline)}</th>
                    <th scope="col">{locale.t(Key::FieldTargetValue)}</th>
                    <th scope="col">{locale.t(Key::FieldUnit)}</th>
                    <th scope="col">{locale.t(Key::FieldDue)}</th>
                </tr>
            </thead>
            <tbody>
                {targets.into_iter().map(|t| view! {
                    <tr>
                        <th scope="row"><bdi>{t.indicator}</bdi></th>
                        <td>{t.baseline.map(|b| locale.decimal_text(&b))}</td>
                        <td>{locale.decimal_text(&t.target)}</td>
                        <td><bdi>{t.unit}</bdi></td>
                        <td>{locale.date(t.due)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
