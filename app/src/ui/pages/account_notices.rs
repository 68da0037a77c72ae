//! The account page's section for ITU reviewers: a mail for every pledge that joins the review
//! queue, or one digest a day.
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::{SetPledgeMail, pledge_mail_choice};
use crate::domain::PledgeMail;
use crate::i18n::{Key, use_locale};
use crate::ui::components::ErrorNotice;

#[component]
pub fn PledgeMailSection() -> impl IntoView {
    let locale = use_locale();
    let save = ServerAction::<SetPledgeMail>::new();
    let choice = Resource::new(move || save.version().get(), |_| pledge_mail_choice());
    let query = use_query_map();
    let saved = move || {
        query.read().get("notices").is_some() || save.value().get().is_some_and(|r| r.is_ok())
    };
    view! {
        <h2 id="pledge-mail">{locale.t(Key::NoticesTitle)}</h2>
        <Show when=saved><p role="status">{locale.t(Key::NoticesSaved)}</p></Show>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match choice.await {
                    Ok(current) => view! {
                        <ActionForm action=save attr:class="stack narrow">
                            <fieldset>
                                <legend>{locale.t(Key::NoticesIntro)}</legend>
                                {PledgeMail::ALL.iter().map(|option| {
                                    let id = format!("pledge-mail-{}", option.code());
                                    view! {
                                        <div class="choice">
                                            <input type="radio" id=id.clone() name="choice" value=option.code() checked=*option == current />
                                            <label for=id>{locale.t(option.label())}</label>
                                        </div>
                                    }
                                }).collect_view()}
                            </fieldset>
                            <button type="submit">{locale.t(Key::NoticesSave)}</button>
                        </ActionForm>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
