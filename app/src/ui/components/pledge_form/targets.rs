//! SMART targets: rows of indicator, baseline, target value, unit and due date. Spare empty rows
//! are offered (and ignored when empty); with JavaScript a button adds more.
use leptos::prelude::*;

use super::fields::Input;
use crate::domain::{INDICATOR_MAX, PledgeInput, TARGETS_MAX, TargetInput, UNIT_MAX};
use crate::i18n::{Arg, Key, use_locale};
use crate::ui::components::FieldError;

#[component]
pub fn TargetsSection(start: PledgeInput) -> impl IntoView {
    let locale = use_locale();
    let filled: Vec<TargetInput> = start
        .targets
        .into_iter()
        .filter(|t| !t.is_blank())
        .collect();
    // Without JavaScript, a saved draft comes back with one spare row more.
    let first_rows = (filled.len() + 1).clamp(2, TARGETS_MAX);
    let rows = RwSignal::new(first_rows);
    let message = match super::issues::use_form_issues() {
        Some(i) => i.message("targets".to_owned()),
        None => Signal::derive(|| None),
    };
    let row = move |n: usize, t: TargetInput| {
        let label = move |key: Key| locale.fmt(key, &[("n", Arg::Int(n as i64 + 1))]);
        view! {
            <fieldset class="target-row">
                <legend>{label(Key::TargetNumber)}</legend>
                <Input field=format!("targets.{n}.indicator") label=Key::FieldIndicator value=t.indicator maxlength=INDICATOR_MAX class="wide" />
                <Input field=format!("targets.{n}.baseline") label=Key::FieldBaseline value=t.baseline inputmode="decimal" maxlength=40 />
                <Input field=format!("targets.{n}.target") label=Key::FieldTargetValue value=t.target inputmode="decimal" maxlength=40 />
                <Input field=format!("targets.{n}.unit") label=Key::FieldUnit value=t.unit maxlength=UNIT_MAX />
                <Input field=format!("targets.{n}.due") label=Key::FieldDue kind="date" value=t.due />
            </fieldset>
        }
    };
    let first: Vec<_> = (0..first_rows)
        .map(|n| row(n, filled.get(n).cloned().unwrap_or_default()))
        .collect();
    let interactive = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));
    let no_more = move || !interactive.get() || rows.get() >= TARGETS_MAX;
    view! {
        <fieldset class="section" aria-describedby="targets-hint targets-error">
            <legend>{locale.t(Key::SectionTargets)}</legend>
            <p id="targets-hint" class="hint">{locale.t(Key::HintTargets)}</p>
            {first}
            {move || (first_rows..rows.get()).map(|n| row(n, TargetInput::default())).collect_view()}
            <FieldError id="targets-error" message />
            <button
                type="button"
                class="secondary"
                hidden=no_more
                on:click=move |_| rows.update(|r| *r = (*r + 1).min(TARGETS_MAX))
            >
                {locale.t(Key::AddTarget)}
            </button>
        </fieldset>
    }
}
