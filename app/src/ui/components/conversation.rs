//! A pledge's conversation: the thread, oldest first, and a form to write. Reviewers may mark a
//! message as an internal note, which the organisation never sees.
use leptos::prelude::*;

use crate::api::PostPledgeMessage;
use crate::domain::MessageView;
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, IssueFor, issues_of};

#[component]
pub fn Conversation(
    pledge_id: i32,
    messages: Vec<MessageView>,
    /// The reader is an ITU reviewer: internal notes are shown and can be written.
    itu: bool,
    post: ServerAction<PostPledgeMessage>,
) -> impl IntoView {
    let locale = use_locale();
    let issues = issues_of(post);
    let back = if itu { "review" } else { "pledge" };
    view! {
        <section id="conversation" aria-labelledby="conversation-heading" class="conversation">
            <h2 id="conversation-heading">{locale.t(Key::ConversationHeading)}</h2>
            {if messages.is_empty() {
                view! { <p class="hint">{locale.t(Key::ConversationEmpty)}</p> }.into_any()
            } else {
                view! {
                    <ol class="thread">
                        {messages.into_iter().map(|m| {
                            let class = if m.internal { "message internal" } else if m.from_itu { "message from-itu" } else { "message" };
                            view! {
                                <li class=class>
                                    <p class="meta">
                                        <bdi>{m.author}</bdi>
                                        {m.from_itu.then(|| view! { " · " {locale.t(Key::FromItu)} })}
                                        " · "<time datetime=m.at.to_rfc3339()>{locale.date_time(m.at)}</time>
                                        {m.internal.then(|| view! { " · " <strong>{locale.t(Key::InternalNote)}</strong> })}
                                    </p>
                                    <p class="body"><bdi>{m.body}</bdi></p>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
            {move || post.value().get().and_then(Result::err).filter(|e| e.field_issues().is_empty()).map(|error| view! { <ErrorNotice error /> })}
            <ActionForm action=post attr:class="stack">
                <input type="hidden" name="id" value=pledge_id />
                <input type="hidden" name="back" value=back />
                <div class="field">
                    <label for="message-body">{locale.t(if itu { Key::WriteToOrganisation } else { Key::WriteToItu })}</label>
                    <textarea id="message-body" name="body" rows="3" maxlength="4000" required aria-describedby="body-error"></textarea>
                    <IssueFor field="body" issues />
                </div>
                {itu.then(|| view! {
                    <div class="field tick">
                        <input type="checkbox" id="message-internal" name="internal" value="yes" />
                        <label for="message-internal">{locale.t(Key::InternalNoteOnly)}</label>
                    </div>
                })}
                <div class="form-actions">
                    <button type="submit" class="secondary">{locale.t(Key::SendMessage)}</button>
                </div>
            </ActionForm>
        </section>
    }
}
