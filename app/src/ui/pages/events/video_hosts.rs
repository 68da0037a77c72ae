//! `/admin/video-hosts`: ITU admins keep the hosts video statements may link to.
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{SetVideoHost, video_hosts};
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, TextField, issues_of};

#[component]
pub fn VideoHostsPage() -> impl IntoView {
    let locale = use_locale();
    let set = ServerAction::<SetVideoHost>::new();
    let issues = issues_of(set);
    let hosts = Resource::new(move || set.version().get(), |_| video_hosts());
    view! {
        <Title text=locale.t(Key::VideoHostsTitle) />
        <h1>{locale.t(Key::VideoHostsTitle)}</h1>
        <p>{locale.t(Key::VideoHostsIntro)}</p>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match hosts.await {
                    Ok(hosts) => view! {
                        <ul class="plain">
                            {hosts.into_iter().map(|h| view! {
                                <li>
                                    <code>{h.clone()}</code> " "
                                    <ActionForm action=set attr:class="inline">
                                        <input type="hidden" name="host" value=h.clone() />
                                        <input type="hidden" name="allowed" value="no" />
                                        <button type="submit">{locale.t(Key::RemoveHost)}</button>
                                    </ActionForm>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
        <ActionForm action=set attr:class="stack">
            <input type="hidden" name="allowed" value="yes" />
            <TextField field="host" name="host" label=Key::FieldHost hint=Key::HintHost issues maxlength=253 />
            <button type="submit">{locale.t(Key::AddHost)}</button>
        </ActionForm>
    }
}
