//! Labelled controls of the pledge form, built once: each has its label, optional hint, message,
//! `aria-describedby` and `aria-invalid`. Values are written as HTML attributes (never driven by
//! signals), so what a person types before the page hydrates is kept.
use leptos::prelude::*;

use super::issues::{id_of, use_form_issues};
use crate::i18n::{Key, use_locale};
use crate::ui::components::FieldError;

/// The form name of a rule field: `targets.0.due` → `input[targets][0][due]`.
pub fn name_of(field: &str) -> String {
    format!("input[{}]", field.split('.').collect::<Vec<_>>().join("]["))
}

fn message_for(field: &str) -> Signal<Option<Key>> {
    match use_form_issues() {
        Some(issues) => issues.message(field.to_owned()),
        None => Signal::derive(|| None),
    }
}

/// The ids a field's parts refer to each other by, and its message.
struct Parts {
    id: String,
    hint_id: String,
    error_id: String,
    described: String,
    message: Signal<Option<Key>>,
}

fn parts(field: &str, has_hint: bool) -> Parts {
    let id = id_of(field);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = if has_hint {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    Parts {
        id,
        hint_id,
        error_id,
        described,
        message: message_for(field),
    }
}

fn invalid(message: Signal<Option<Key>>) -> impl Fn() -> &'static str + Copy {
    move || {
        if message.get().is_some() {
            "true"
        } else {
            "false"
        }
    }
}

/// A one-line input. `label_text` replaces the label key where the label carries a number
/// ("Indicator, target 2").
#[component]
pub fn Input(
    #[prop(into)] field: String,
    label: Key,
    #[prop(optional)] label_text: Option<String>,
    #[prop(optional)] hint: Option<Key>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: String,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(default = false)] required: bool,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    let Parts {
        id,
        hint_id,
        error_id,
        described,
        message,
    } = parts(&field, hint.is_some());
    view! {
        <div class=format!("field {}", class.unwrap_or_default())>
            <label for=id.clone()>{label_text.unwrap_or_else(|| locale.t(label).to_owned())}</label>
            {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{locale.t(h)}</p> })}
            <input
                id=id
                name=name_of(&field)
                type=kind
                value=value
                required=required
                maxlength=maxlength.map(|m| m.to_string())
                inputmode=inputmode
                autocomplete=autocomplete.unwrap_or("off")
                aria-describedby=described
                aria-invalid=invalid(message)
            />
            <FieldError id=error_id message />
        </div>
    }
}

#[component]
pub fn LongText(
    #[prop(into)] field: String,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    #[prop(optional, into)] value: String,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(default = 5)] rows: u8,
    #[prop(default = false)] required: bool,
) -> impl IntoView {
    let locale = use_locale();
    let Parts {
        id,
        hint_id,
        error_id,
        described,
        message,
    } = parts(&field, hint.is_some());
    view! {
        <div class="field">
            <label for=id.clone()>{locale.t(label)}</label>
            {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{locale.t(h)}</p> })}
            <textarea
                id=id
                name=name_of(&field)
                rows=rows.to_string()
                required=required
                maxlength=maxlength.map(|m| m.to_string())
                aria-describedby=described
                aria-invalid=invalid(message)
            >
                {value}
            </textarea>
            <FieldError id=error_id message />
        </div>
    }
}

/// A drop-down list; `options` are (code, label) in the order shown.
#[component]
pub fn Select(
    #[prop(into)] field: String,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    placeholder: Key,
    options: Vec<(String, String)>,
    #[prop(optional, into)] chosen: String,
) -> impl IntoView {
    let locale = use_locale();
    let Parts {
        id,
        hint_id,
        error_id,
        described,
        message,
    } = parts(&field, hint.is_some());
    view! {
        <div class="field">
            <label for=id.clone()>{locale.t(label)}</label>
            {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{locale.t(h)}</p> })}
            <select id=id name=name_of(&field) aria-describedby=described aria-invalid=invalid(message)>
                <option value="">{locale.t(placeholder)}</option>
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        let selected = code == chosen;
                        view! { <option value=code selected=selected>{text}</option> }
                    })
                    .collect_view()}
            </select>
            <FieldError id=error_id message />
        </div>
    }
}

/// A group of check boxes (`many`) or radio buttons, with its legend, hint and message.
#[component]
pub fn Choices(
    #[prop(into)] field: String,
    legend: Key,
    #[prop(optional)] legend_text: Option<String>,
    #[prop(optional)] hint: Option<Key>,
    options: Vec<(String, String)>,
    chosen: Vec<String>,
    #[prop(default = true)] many: bool,
    #[prop(optional)] class: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    let Parts {
        id,
        hint_id,
        error_id,
        described,
        message,
    } = parts(&field, hint.is_some());
    let name = if many {
        format!("{}[]", name_of(&field))
    } else {
        name_of(&field)
    };
    view! {
        <fieldset class=format!("field {}", class.unwrap_or_default()) aria-describedby=described aria-invalid=invalid(message)>
            <legend>{legend_text.unwrap_or_else(|| locale.t(legend).to_owned())}</legend>
            {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{locale.t(h)}</p> })}
            <div class="choices">
                {options
                    .into_iter()
                    .map(|(code, text)| {
                        let option_id = format!("{id}-{code}");
                        let checked = chosen.contains(&code);
                        view! {
                            <div class="choice">
                                <input
                                    type=if many { "checkbox" } else { "radio" }
                                    id=option_id.clone()
                                    name=name.clone()
                                    value=code
                                    checked=checked
                                />
                                <label for=option_id>{text}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <FieldError id=error_id message />
        </fieldset>
    }
}

/// One check box that sends `yes` when ticked (consent, "global").
#[component]
pub fn Tick(
    #[prop(into)] field: String,
    label: Key,
    #[prop(optional)] hint: Option<Key>,
    checked: bool,
) -> impl IntoView {
    let locale = use_locale();
    let Parts {
        id,
        hint_id,
        error_id,
        described,
        message,
    } = parts(&field, hint.is_some());
    view! {
        <div class="field choice">
            <input
                type="checkbox"
                id=id.clone()
                name=name_of(&field)
                value="yes"
                checked=checked
                aria-describedby=described
                aria-invalid=invalid(message)
            />
            <label for=id>{locale.t(label)}</label>
            {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{locale.t(h)}</p> })}
            <FieldError id=error_id message />
        </div>
    }
}
