use leptos::prelude::*;

use super::FieldError;
use crate::domain::FieldIssue;
use crate::error::AppError;
use crate::i18n::{Key, use_locale};

/// The issues of the last answer of `action`, to show by the fields.
pub fn issues_of<A>(action: ServerAction<A>) -> Signal<Vec<FieldIssue>>
where
    A: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || {
        action
            .value()
            .get()
            .and_then(Result::err)
            .map(|e| e.field_issues().to_vec())
            .unwrap_or_default()
    })
}

/// The stash id in the last error of `action` (a form refused without JavaScript).
pub fn stash_of<A>(action: ServerAction<A>) -> Option<String>
where
    A: leptos::server_fn::ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    action
        .value()
        .get_untracked()
        .and_then(Result::err)
        .and_then(|e| e.stash_id().map(str::to_owned))
}

/// What the server kept of a form it refused without JavaScript (see `api::respond::refused`),
/// fetched by `fetch` (the form's `stashed_…` server function); `None` when nothing was kept.
pub fn stashed<T, F, Fut>(id: Option<String>, fetch: F) -> Resource<Option<T>>
where
    T: Clone + Send + Sync + serde::Serialize + serde::de::DeserializeOwned + 'static,
    F: Fn(String) -> Fut + Copy + Send + Sync + 'static,
    Fut: std::future::Future<Output = Result<Option<T>, AppError>> + Send + 'static,
{
    Resource::new(
        move || id.clone(),
        move |id| async move {
            match id {
                Some(id) => fetch(id).await.ok().flatten(),
                None => None,
            }
        },
    )
}

fn message_for(issues: Signal<Vec<FieldIssue>>, field: String) -> Signal<Option<Key>> {
    Signal::derive(move || {
        issues.with(|all| {
            all.iter()
                .find(|i| i.field == field)
                .map(FieldIssue::message_key)
        })
    })
}

/// A labelled one-line input with its hint and the server's message for it. `field` is the
/// name the server's issues use (`organisation.name`); the HTML id is derived from it.
#[component]
pub fn TextField(
    field: &'static str,
    name: &'static str,
    label: Key,
    issues: Signal<Vec<FieldIssue>>,
    #[prop(optional)] hint: Option<Key>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] value: String,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = true)] required: bool,
    #[prop(optional)] maxlength: Option<usize>,
    /// The HTML id when two forms on one page have a field of the same name.
    #[prop(optional)]
    id: Option<&'static str>,
) -> impl IntoView {
    let locale = use_locale();
    let id = id.map_or_else(|| field.replace('.', "-"), str::to_owned);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let message = message_for(issues, field.to_owned());
    view! {
        <div class="field">
            <label for=id.clone()>{locale.t(label)}</label>
            {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{locale.t(h)}</p> })}
            <input
                id=id
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                required=required
                maxlength=maxlength.map(|m| m.to_string())
                aria-describedby=format!("{hint_id} {error_id}")
                aria-invalid=move || if message.get().is_some() { "true" } else { "false" }
            />
            <FieldError id=error_id.clone() message />
        </div>
    }
}

/// A labelled multi-line input.
#[component]
pub fn TextArea(
    field: &'static str,
    name: &'static str,
    label: Key,
    issues: Signal<Vec<FieldIssue>>,
    #[prop(optional, into)] value: String,
    #[prop(optional)] maxlength: Option<usize>,
    #[prop(default = true)] required: bool,
) -> impl IntoView {
    let locale = use_locale();
    let id = field.replace('.', "-");
    let error_id = format!("{id}-error");
    let message = message_for(issues, field.to_owned());
    view! {
        <div class="field">
            <label for=id.clone()>{locale.t(label)}</label>
            <textarea
                id=id
                name=name
                rows="5"
                required=required
                maxlength=maxlength.map(|m| m.to_string())
                aria-describedby=error_id.clone()
                aria-invalid=move || if message.get().is_some() { "true" } else { "false" }
            >
                {value}
            </textarea>
            <FieldError id=error_id message />
        </div>
    }
}

/// The message of one field, for fields laid out by hand (choices, checkboxes, files).
#[component]
pub fn IssueFor(#[prop(into)] field: String, issues: Signal<Vec<FieldIssue>>) -> impl IntoView {
    let id = format!("{}-error", field.replace('.', "-"));
    view! { <FieldError id message=message_for(issues, field.to_owned()) /> }
}

/// The error a server function reported to a plain form through the redirect URL (`__path`, `__err`).
pub fn url_error(query: &leptos_router::params::ParamsMap, path: &str) -> Option<AppError> {
    use base64::Engine;
    if query.get("__path").as_deref() != Some(path) {
        return None;
    }
    let bytes = base64::engine::general_purpose::URL_SAFE
        .decode(query.get("__err")?)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}
