//! The organiser's forms: an event, a session, a Leader's video. They post without JavaScript too;
//! a refused form comes back with what was typed and a message next to each field.
use leptos::prelude::*;

use crate::api::{AddLeaderVideo, SaveEvent, SaveSession};
use crate::domain::events::{EventInput, SessionInput};
use crate::event_lifecycle::{EventStatus, SessionKind};
use crate::i18n::{Key, use_locale};
use crate::reference::FocusArea;
use crate::ui::components::{ErrorNotice, FieldError, TextArea, TextField, issues_of};

/// A select of codes with its label and the server's message for it.
#[component]
pub fn CodeSelect(
    field: &'static str,
    name: &'static str,
    label: Key,
    options: Vec<(String, String)>,
    chosen: String,
    issues: Signal<Vec<crate::domain::FieldIssue>>,
    #[prop(default = true)] required: bool,
    #[prop(optional)] empty: Option<Key>,
) -> impl IntoView {
    let locale = use_locale();
    let error_id = format!("{field}-error");
    let message = Signal::derive(move || {
        issues
            .get()
            .into_iter()
            .find(|i| i.field == field)
            .map(|i| i.message_key())
    });
    view! {
        <div class="field">
            <label for=field>{locale.t(label)}</label>
            <select id=field name=name required=required aria-describedby=error_id.clone()
                aria-invalid=move || if message.get().is_some() { "true" } else { "false" }>
                {empty.map(|k| view! { <option value="">{locale.t(k)}</option> })}
                {options.into_iter().map(|(code, text)| {
                    let selected = code == chosen;
                    view! { <option value=code selected=selected>{text}</option> }
                }).collect_view()}
            </select>
            <FieldError id=error_id message />
        </div>
    }
}

fn general_error<A>(action: ServerAction<A>) -> impl Fn() -> Option<AnyView>
where
    A: leptos::server_fn::ServerFn<Error = crate::error::AppError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    move || {
        action
            .value()
            .get()
            .and_then(Result::err)
            .filter(|e| e.field_issues().is_empty())
            .map(|error| view! { <ErrorNotice error /> }.into_any())
    }
}

#[component]
pub fn EventForm(
    action: ServerAction<SaveEvent>,
    start: EventInput,
    #[prop(optional)] event_id: Option<i32>,
    #[prop(optional)] version: Option<i32>,
) -> impl IntoView {
    let locale = use_locale();
    let issues = issues_of(action);
    let editing = event_id.is_some();
    let statuses = EventStatus::ALL
        .iter()
        .map(|s| (s.code().to_owned(), locale.t(s.label()).to_owned()))
        .collect::<Vec<_>>();
    let status = if start.status.is_empty() {
        EventStatus::Planned.code().to_owned()
    } else {
        start.status.clone()
    };
    view! {
        {general_error(action)}
        <ActionForm action attr:class="stack event-form">
            <input type="hidden" name="event_id" value=event_id.map(|i| i.to_string()).unwrap_or_default() />
            <input type="hidden" name="version" value=version.map(|v| v.to_string()).unwrap_or_default() />
            <TextField field="name" name="input[name]" label=Key::FieldEventName issues value=start.name.clone() maxlength=200 />
            {if editing {
                view! { <input type="hidden" name="input[slug]" value=start.slug.clone() /> }.into_any()
            } else {
                view! { <TextField field="slug" name="input[slug]" label=Key::FieldEventSlug hint=Key::HintEventSlug issues value=start.slug.clone() maxlength=60 /> }.into_any()
            }}
            <TextField field="place" name="input[place]" label=Key::FieldEventPlace issues value=start.place.clone() maxlength=200 />
            <TextField field="time_zone" name="input[time_zone]" label=Key::FieldTimeZone hint=Key::HintTimeZone issues value=start.time_zone.clone() maxlength=64 />
            <TextField field="starts_on" name="input[starts_on]" label=Key::FieldStartsOn issues kind="date" value=start.starts_on.clone() />
            <TextField field="ends_on" name="input[ends_on]" label=Key::FieldEndsOn issues kind="date" value=start.ends_on.clone() />
            <CodeSelect field="status" name="input[status]" label=Key::FieldEventStatus options=statuses chosen=status issues />
            <button type="submit" class="primary">{locale.t(if editing { Key::SaveEvent } else { Key::CreateEvent })}</button>
        </ActionForm>
    }
}

#[component]
pub fn SessionForm(
    action: ServerAction<SaveSession>,
    event_id: i32,
    start: SessionInput,
) -> impl IntoView {
    let locale = use_locale();
    let issues = issues_of(action);
    let kinds = SessionKind::ALL
        .iter()
        .map(|k| (k.code().to_owned(), locale.t(k.label()).to_owned()))
        .collect::<Vec<_>>();
    let areas = FocusArea::ALL
        .iter()
        .map(|a| (a.code().to_owned(), locale.t(a.label()).to_owned()))
        .collect::<Vec<_>>();
    view! {
        {general_error(action)}
        <ActionForm action attr:class="stack session-form">
            <input type="hidden" name="event_id" value=event_id.to_string() />
            <CodeSelect field="kind" name="input[kind]" label=Key::FieldSessionKind options=kinds chosen=start.kind.clone() issues />
            <TextField field="title" name="input[title]" label=Key::FieldSessionTitle issues value=start.title.clone() maxlength=200 />
            <TextField field="starts_at" name="input[starts_at]" label=Key::FieldSessionStarts hint=Key::HintEventLocalTime issues kind="datetime-local" value=start.starts_at.clone() />
            <TextField field="ends_at" name="input[ends_at]" label=Key::FieldSessionEnds issues kind="datetime-local" value=start.ends_at.clone() />
            <TextField field="room" name="input[room]" label=Key::FieldRoom issues value=start.room.clone() maxlength=100 />
            <TextField field="moderator" name="input[moderator]" label=Key::FieldModerator issues value=start.moderator.clone() maxlength=200 required=false />
            <CodeSelect field="focus_area" name="input[focus_area]" label=Key::FieldSessionFocusArea options=areas chosen=start.focus_area.clone() issues required=false empty=Key::NoFocusArea />
            <div class="field">
                <label for="speakers">{locale.t(Key::FieldSpeakers)}</label>
                <p id="speakers-hint" class="hint">{locale.t(Key::HintSpeakers)}</p>
                <textarea id="speakers" name="input[speakers]" rows="4" maxlength="8000" aria-describedby="speakers-hint speakers-error">{start.speakers.clone()}</textarea>
                <FieldError id="speakers-error" message=Signal::derive(move || issues.get().into_iter().find(|i| i.field == "speakers").map(|i| i.message_key())) />
            </div>
            <button type="submit" class="primary">{locale.t(Key::AddSession)}</button>
        </ActionForm>
    }
}

#[component]
pub fn LeaderVideoForm(
    action: ServerAction<AddLeaderVideo>,
    event_id: i32,
    leaders: Vec<(i32, String)>,
) -> impl IntoView {
    let locale = use_locale();
    let issues = issues_of(action);
    let options = leaders
        .into_iter()
        .map(|(id, name)| (id.to_string(), name))
        .collect::<Vec<_>>();
    view! {
        {general_error(action)}
        <ActionForm action attr:class="stack">
            <input type="hidden" name="event_id" value=event_id.to_string() />
            <CodeSelect field="organisation_id" name="organisation_id" label=Key::FieldLeader options chosen=String::new() issues />
            <TextField field="video_url" name="video[video_url]" label=Key::FieldVideoUrl hint=Key::HintVideoUrl issues kind="url" maxlength=500 />
            <TextField field="video_length" name="video[video_length]" label=Key::FieldVideoLength hint=Key::HintVideoLength issues maxlength=8 />
            <TextArea field="video_transcript" name="video[video_transcript]" label=Key::FieldTranscript issues maxlength=20000 />
            <button type="submit">{locale.t(Key::AddVideo)}</button>
        </ActionForm>
    }
}
