//! The programme as every event page shows it: sessions in time order with their speakers.
use chrono::NaiveDateTime;
use leptos::prelude::*;

use crate::domain::events::{EventSummary, SessionView};
use crate::i18n::{Key, Locale, use_locale};

pub fn event_dates(locale: Locale, e: &EventSummary) -> String {
    format!("{} – {}", locale.date(e.starts_on), locale.date(e.ends_on))
}

pub use crate::pledge_text::local_time_text as local_time;

pub fn hours(t: NaiveDateTime) -> String {
    t.format("%H:%M").to_string()
}

/// One session: when, where, what kind, who speaks.
#[component]
pub fn SessionBlock(
    session: SessionView,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let locale = use_locale();
    let s = session;
    let heading = format!("session-{}", s.id);
    view! {
        <section class="session" class:changed=s.changed aria-labelledby=heading.clone()>
            <h3 id=heading.clone()>
                {s.changed.then(|| view! { <span class="tag changed-mark">{locale.t(Key::RunChanged)}</span> " " })}
                <bdi>{s.title.clone()}</bdi>
            </h3>
            <p class="meta">
                <time datetime=s.starts_at.format("%Y-%m-%dT%H:%M").to_string()>{local_time(locale, s.starts_at)}</time>
                "–" {hours(s.ends_at)} " · " <bdi>{s.room.clone()}</bdi> " · "
                <span class="tag">{locale.t(s.kind.label())}</span>
                {s.focus_area.map(|a| view! { " · " {locale.t(a.label())} })}
            </p>
            {(!s.moderator.is_empty()).then(|| view! {
                <p>{locale.t(Key::FieldModerator)} ": " <bdi>{s.moderator.clone()}</bdi></p>
            })}
            {(!s.speakers.is_empty()).then(|| view! {
                <ul class="speakers" aria-label=locale.t(Key::FieldSpeakers)>
                    {s.speakers.iter().map(|p| {
                        let line = [p.name.as_str(), p.title.as_str(), p.organisation.as_str()]
                            .iter()
                            .filter(|t| !t.is_empty())
                            .copied()
                            .collect::<Vec<_>>()
                            .join(", ");
                        view! { <li><bdi>{line}</bdi></li> }
                    }).collect_view()}
                </ul>
            })}
            {children.map(|c| c())}
        </section>
    }
}
