//! The pledge form: sections of labelled fields, the same `PledgeInput` rules live in the browser
//! and on the server, consistency hints, and autosave of the working copy while JavaScript runs.
mod fields;
mod issues;
mod scope_picker;
mod sections;
mod targets;

use std::collections::HashSet;
use std::time::Duration;

use leptos::form::FromFormData;
use leptos::prelude::*;

use self::issues::{FormIssues, field_of};
use self::scope_picker::ScopeSection;
use self::sections::{
    AboutSection, BenefitSection, ContactSection, FrameworkSection, MarketSection, MoneySection,
};
use self::targets::TargetsSection;
use crate::api::{SavePledge, autosave_pledge};
use crate::domain::{EditStart, PledgeInput};
use crate::i18n::{Arg, Key, use_locale};
use crate::ui::components::{ErrorNotice, issues_of};
use crate::ui::typed_before_hydration::restore_after_hydration;

/// How long typing must pause before the working copy is saved.
const AUTOSAVE_AFTER: Duration = Duration::from_secs(2);

#[derive(Clone, Copy, PartialEq, Eq)]
enum SaveState {
    Idle,
    Saving,
    Saved(chrono::DateTime<chrono::Utc>),
    Failed,
}

#[component]
pub fn PledgeForm(start: EditStart, action: ServerAction<SavePledge>) -> impl IntoView {
    let locale = use_locale();
    let form = NodeRef::<leptos::html::Form>::new();
    let input = RwSignal::new(start.input.clone());
    let pledge_id = RwSignal::new(start.pledge_id);
    let state = RwSignal::new(start.saved_at.map_or(SaveState::Idle, SaveState::Saved));
    let changes = RwSignal::new(0_u64);
    // Set when the form is sent: a pending autosave must not start a second pledge beside it.
    let leaving = RwSignal::new(false);
    let issues = FormIssues {
        live: Memo::new(move |_| input.with(PledgeInput::issues)),
        touched: RwSignal::new(HashSet::new()),
        server: issues_of(action),
        show_all: RwSignal::new(false),
    };
    provide_context(issues);
    let today = start.today;
    let flags = Memo::new(move |_| input.with(|i| i.consistency_flags(today)));
    let countries = Signal::derive(move || input.with(|i| i.scope_countries.clone()));

    // What was typed before the wasm arrived becomes the starting point; filled fields count as visited.
    restore_after_hydration(form, move |SavePledge { input: typed, .. }: SavePledge| {
        for field in filled_fields(&typed) {
            issues.touch(field);
        }
        input.set(typed);
    });
    let read_form = move || {
        let Some(el) = form.get_untracked() else {
            return;
        };
        if let Ok(data) = leptos::web_sys::FormData::new_with_form(&el)
            && let Ok(SavePledge { input: typed, .. }) = SavePledge::from_form_data(&data)
        {
            input.set(typed);
            changes.update(|n| *n += 1);
        }
    };
    // Every save names this open form and how many edits it holds, so the server keeps the newest
    // when an older autosave arrives late (see `FormStamp`). The key is made in the browser: a
    // server-rendered one would be the same for every tab.
    let form_key = RwSignal::new(None::<String>);
    Effect::new(move |_| form_key.set(Some(new_form_key())));
    // One autosave at a time; edits made meanwhile are saved when it answers.
    let in_flight = RwSignal::new(false);
    let again = RwSignal::new(false);
    // The form may be gone (the person pressed Save draft or Submit) by the time a timer or an
    // answer arrives: every signal is read and written with `try_`, and a disposed form is left alone.
    let autosave = move || {
        if !start.editable {
            return;
        }
        if in_flight.try_get_untracked() != Some(false) {
            again.try_set(true);
            return;
        }
        let (Some(typed), Some(id), Some(key), Some(seq)) = (
            input.try_get_untracked(),
            pledge_id.try_get_untracked(),
            form_key.try_get_untracked(),
            changes.try_get_untracked(),
        ) else {
            return;
        };
        in_flight.try_set(true);
        state.try_set(SaveState::Saving);
        leptos::task::spawn_local(async move {
            let seq = i64::try_from(seq).ok();
            match autosave_pledge(id, typed, key, seq).await {
                Ok(saved) => {
                    if id.is_none() && pledge_id.try_get_untracked().is_some() {
                        // A reload must open this pledge, not start another.
                        let url = format!("/my/pledges/{}/edit", saved.pledge_id);
                        if let Ok(history) = window().history() {
                            let _ = history.replace_state_with_url(
                                &leptos::wasm_bindgen::JsValue::NULL,
                                "",
                                Some(&url),
                            );
                        }
                    }
                    pledge_id.try_set(Some(saved.pledge_id));
                    state.try_set(SaveState::Saved(saved.saved_at));
                }
                Err(_) => {
                    state.try_set(SaveState::Failed);
                }
            }
            in_flight.try_set(false);
            if again.try_get_untracked() == Some(true) {
                again.try_set(false);
                // Counted as an edit: the pause starts again and the newest copy is saved.
                changes.try_update(|n| *n += 1);
            }
        });
    };
    // Each change restarts the pause; the save runs when typing has stopped for a moment.
    Effect::new(move |_| {
        let seen = changes.get();
        if seen == 0 {
            return;
        }
        set_timeout(
            move || {
                if changes.try_get_untracked() == Some(seen)
                    && leaving.try_get_untracked() == Some(false)
                {
                    autosave();
                }
            },
            AUTOSAVE_AFTER,
        );
    });

    let status_text = move || match state.get() {
        SaveState::Idle => String::new(),
        SaveState::Saving => locale.t(Key::DraftSaving).to_owned(),
        SaveState::Saved(at) => locale.fmt(
            Key::DraftSavedAt,
            &[("time", Arg::Text(&locale.date_time(at)))],
        ),
        SaveState::Failed => locale.t(Key::DraftSaveFailed).to_owned(),
    };
    let server_error = move || action.value().get().and_then(Result::err);
    // A refused submission keeps the person on the form: autosave carries on.
    Effect::new(move |_| {
        if action.value().with(|v| matches!(v, Some(Err(_)))) {
            leaving.set(false);
        }
    });
    // Not disabled while an autosave runs: a disabled button loses the keyboard focus.
    let busy = move || action.pending().get();
    let s = start.input;
    view! {
        {move || server_error().map(|error| view! { <ErrorNotice error /> })}
        // ActionForm does not take event handlers: the events bubble up to this wrapper.
        <div
            on:submit=move |_| leaving.set(true)
            on:input=move |_| read_form()
            on:change=move |_| read_form()
            on:focusout=move |ev| {
                let name = event_target::<leptos::web_sys::Element>(&ev).get_attribute("name");
                if let Some(field) = name.as_deref().and_then(field_of) {
                    issues.touch(field);
                }
            }
        >
        <ActionForm action node_ref=form attr:class="stack pledge-form">
            {move || pledge_id.get().map(|id| view! { <input type="hidden" name="pledge" value=id /> })}
            {move || form_key.get().map(|key| view! {
                <input type="hidden" name="form_key" value=key />
                <input type="hidden" name="form_seq" value=move || changes.get() />
            })}
            <AboutSection start=s.clone() />
            <ScopeSection start=s.clone() chosen=countries />
            <MoneySection start=s.clone() />
            <BenefitSection start=s.clone() />
            <div class="notice notice-warning" role="status" hidden=move || flags.with(Vec::is_empty)>
                <p><strong>{locale.t(Key::FlagsHeading)}</strong></p>
                <ul>
                    {move || flags.get().into_iter().map(|f| view! { <li>{locale.t(f.message())}</li> }).collect_view()}
                </ul>
            </div>
            <TargetsSection start=s.clone() />
            <FrameworkSection start=s.clone() />
            <MarketSection start=s.clone() opportunities=start.opportunities.clone() />
            <ContactSection start=s />
            <div class="form-actions">
                <button type="submit" name="intent" value="draft" class="secondary" formnovalidate disabled=busy>
                    {locale.t(Key::SaveDraft)}
                </button>
                <button
                    type="submit"
                    name="intent"
                    value="submit"
                    class="primary"
                    disabled=busy
                    on:click=move |_| issues.show_all.set(true)
                >
                    {move || locale.t(if action.pending().get() { Key::Submitting } else { Key::SubmitPledge })}
                </button>
                <p class="save-state" role="status" aria-live="polite">{status_text}</p>
            </div>
        </ActionForm>
        </div>
    }
}

/// 128 random bits in hex: this tab's form among every other of the same person.
fn new_form_key() -> String {
    use leptos::web_sys::js_sys::Math;
    (0..4)
        .map(|_| format!("{:08x}", (Math::random() * 4_294_967_296.0) as u32))
        .collect()
}

/// The fields that hold something, by rule name (`title`, `ldc.level`, `targets.0.due`): what a
/// person typed before the page was interactive counts as visited, so its messages show at once.
fn filled_fields(input: &PledgeInput) -> Vec<String> {
    fn walk(prefix: &str, value: &serde_json::Value, out: &mut Vec<String>) {
        use serde_json::Value;
        match value {
            Value::String(s) if !s.trim().is_empty() => out.push(prefix.to_owned()),
            Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_string) => {
                out.push(prefix.to_owned());
            }
            Value::Array(items) => {
                for (n, item) in items.iter().enumerate() {
                    walk(&format!("{prefix}.{n}"), item, out);
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    let name = if prefix.is_empty() {
                        key.clone()
                    } else {
                        format!("{prefix}.{key}")
                    };
                    walk(&name, item, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(value) = serde_json::to_value(input) {
        walk("", &value, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filled_fields_are_named_as_the_rules_name_them() {
        let mut input = PledgeInput {
            title: "Wi".into(),
            focus_areas: vec!["access".into()],
            ..PledgeInput::default()
        };
        input.ldc.level = "primary".into();
        input.targets = vec![crate::domain::TargetInput {
            due: "2027-01-01".into(),
            ..Default::default()
        }];
        let mut got = filled_fields(&input);
        got.sort();
        assert_eq!(got, ["focus_areas", "ldc.level", "targets.0.due", "title"]);
    }
}
