use std::collections::HashSet;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{SubmitPledge, stashed_pledge_form};
use crate::domain::{
    DESCRIPTION_MAX, DESCRIPTION_MIN, FieldIssue, PledgeInput, TITLE_MAX, TITLE_MIN,
};
use crate::i18n::{Key, use_locale};
use crate::reference::{BenefitLevel, CountryGroup, FocusArea, PledgeType};
use crate::ui::UserResource;
use crate::ui::components::{ErrorNotice, FieldError, stashed};
use crate::ui::typed_before_hydration::restore_after_hydration;

/// The pledge form. The same `PledgeInput` rules run here as the user types (after they leave a
/// field) and again on the server; the HTML constraints mirror them for browsers without JavaScript.
#[component]
pub fn NewPledgePage() -> impl IntoView {
    let locale = use_locale();
    let UserResource(user) = expect_context();
    let submit = ServerAction::<SubmitPledge>::new();
    // After a refusal without JavaScript the page is rendered again from the redirect URL, whose
    // error names the server-side stash of what was typed: the fields start from it.
    let stash = submit
        .value()
        .get_untracked()
        .and_then(Result::err)
        .and_then(|e| e.stash_id().map(str::to_owned));
    let kept = stashed(stash, stashed_pledge_form);
    view! {
        <Title text=locale.t(Key::NewPledgeTitle) />
        <h1>{locale.t(Key::NewPledgeTitle)}</h1>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match user.await {
                    Ok(Some(_)) => {
                        let start = kept.await.unwrap_or_default();
                        view! { <PledgeForm submit start /> }.into_any()
                    }
                    Ok(None) => view! { <ErrorNotice error=crate::error::AppError::NotSignedIn /> }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// `start` is what the fields show when the page is rendered: empty, or what a browser without
/// JavaScript sent before the server refused it. They are written as HTML attributes, so no script is needed.
#[component]
fn PledgeForm(submit: ServerAction<SubmitPledge>, start: PledgeInput) -> impl IntoView {
    let locale = use_locale();
    let form = NodeRef::<leptos::html::Form>::new();
    let title = RwSignal::new(start.title.clone());
    let description = RwSignal::new(start.description.clone());
    let pledge_type = RwSignal::new(start.pledge_type.clone());
    let focus_areas = RwSignal::new(start.focus_areas.clone());
    let benefit_ldc = RwSignal::new(start.benefit_ldc.clone());
    let benefit_lldc = RwSignal::new(start.benefit_lldc.clone());
    let benefit_sids = RwSignal::new(start.benefit_sids.clone());
    let benefits = [benefit_ldc, benefit_lldc, benefit_sids];
    // A field's message appears once the user has left it, not while they are still typing its first word.
    let touched = RwSignal::new(HashSet::<&'static str>::new());
    let touch = move |field: &'static str| {
        touched.update(|t| {
            t.insert(field);
        })
    };
    // What was typed, ticked or chosen before the wasm arrived becomes the starting point of live
    // validation; fields already filled in count as visited.
    restore_after_hydration(form, move |SubmitPledge { input }: SubmitPledge| {
        let filled = [
            ("title", !input.title.is_empty()),
            ("description", !input.description.is_empty()),
            ("pledge_type", !input.pledge_type.is_empty()),
            ("focus_areas", !input.focus_areas.is_empty()),
            ("benefit_ldc", !input.benefit_ldc.is_empty()),
            ("benefit_lldc", !input.benefit_lldc.is_empty()),
            ("benefit_sids", !input.benefit_sids.is_empty()),
        ];
        title.set(input.title);
        description.set(input.description);
        pledge_type.set(input.pledge_type);
        focus_areas.set(input.focus_areas);
        benefit_ldc.set(input.benefit_ldc);
        benefit_lldc.set(input.benefit_lldc);
        benefit_sids.set(input.benefit_sids);
        for (field, _) in filled.iter().filter(|(_, f)| *f) {
            touch(field);
        }
    });

    let live_issues = Memo::new(move |_| {
        PledgeInput {
            title: title.get(),
            description: description.get(),
            pledge_type: pledge_type.get(),
            focus_areas: focus_areas.get(),
            benefit_ldc: benefit_ldc.get(),
            benefit_lldc: benefit_lldc.get(),
            benefit_sids: benefit_sids.get(),
        }
        .issues()
    });
    let server_error = move || submit.value().get().and_then(Result::err);
    let message_for = move |field: &'static str| {
        Signal::derive(move || {
            let find = |issues: &[FieldIssue]| {
                issues
                    .iter()
                    .find(|i| i.field == field)
                    .map(FieldIssue::message_key)
            };
            if touched.with(|t| t.contains(field)) {
                live_issues.with(|issues| find(issues))
            } else {
                server_error().and_then(|e| find(e.field_issues()))
            }
        })
    };
    let invalid = move |field: &'static str| {
        let message = message_for(field);
        move || {
            if message.get().is_some() {
                "true"
            } else {
                "false"
            }
        }
    };

    let toggle_area = move |code: &'static str, on: bool| {
        focus_areas.update(|areas| {
            areas.retain(|a| a != code);
            if on {
                areas.push(code.to_owned());
            }
        });
        touch("focus_areas");
    };

    view! {
        <p class="lead">{locale.t(Key::NewPledgeIntro)}</p>
        {move || server_error().map(|error| view! { <ErrorNotice error /> })}
        <ActionForm action=submit node_ref=form attr:class="stack">
            <div class="field">
                <label for="title">{locale.t(Key::FieldTitle)}</label>
                <p id="title-hint" class="hint">{locale.t(Key::HintTitle)}</p>
                <input
                    id="title"
                    name="input[title]"
                    type="text"
                    required
                    minlength=TITLE_MIN.to_string()
                    maxlength=TITLE_MAX.to_string()
                    aria-describedby="title-hint title-error"
                    aria-invalid=invalid("title")
                    value=start.title.clone()
                    on:input=move |ev| title.set(event_target_value(&ev))
                    on:blur=move |_| touch("title")
                />
                <FieldError id="title-error" message=message_for("title") />
            </div>

            <div class="field">
                <label for="description">{locale.t(Key::FieldDescription)}</label>
                <p id="description-hint" class="hint">{locale.t(Key::HintDescription)}</p>
                <textarea
                    id="description"
                    name="input[description]"
                    rows="6"
                    required
                    minlength=DESCRIPTION_MIN.to_string()
                    maxlength=DESCRIPTION_MAX.to_string()
                    aria-describedby="description-hint description-error"
                    aria-invalid=invalid("description")
                    on:input=move |ev| description.set(event_target_value(&ev))
                    on:blur=move |_| touch("description")
                >
                    {start.description.clone()}
                </textarea>
                <FieldError id="description-error" message=message_for("description") />
            </div>

            <div class="field">
                <label for="pledge_type">{locale.t(Key::FieldType)}</label>
                <select
                    id="pledge_type"
                    name="input[pledge_type]"
                    required
                    aria-describedby="pledge_type-error"
                    aria-invalid=invalid("pledge_type")
                    on:change=move |ev| {
                        pledge_type.set(event_target_value(&ev));
                        touch("pledge_type");
                    }
                    on:blur=move |_| touch("pledge_type")
                >
                    <option value="">{locale.t(Key::ChooseType)}</option>
                    {PledgeType::ALL
                        .iter()
                        .map(|t| {
                            let chosen = start.pledge_type == t.code();
                            view! { <option value=t.code() selected=chosen>{locale.t(t.label())}</option> }
                        })
                        .collect_view()}
                </select>
                <FieldError id="pledge_type-error" message=message_for("pledge_type") />
            </div>

            <fieldset class="field" aria-describedby="focus_areas-hint focus_areas-error">
                <legend>{locale.t(Key::FieldFocusAreas)}</legend>
                <p id="focus_areas-hint" class="hint">{locale.t(Key::HintFocusAreas)}</p>
                {FocusArea::ALL
                    .iter()
                    .map(|area| {
                        let code = area.code();
                        let id = format!("focus-{code}");
                        view! {
                            <div class="choice">
                                <input
                                    type="checkbox"
                                    id=id.clone()
                                    name="input[focus_areas][]"
                                    value=code
                                    checked=start.focus_areas.iter().any(|a| a == code)
                                    on:change=move |ev| toggle_area(code, event_target_checked(&ev))
                                />
                                <label for=id>
                                    <strong>{locale.t(area.label())}</strong>
                                    " – "
                                    {locale.t(area.meaning())}
                                </label>
                            </div>
                        }
                    })
                    .collect_view()}
                <FieldError id="focus_areas-error" message=message_for("focus_areas") />
            </fieldset>

            <fieldset class="field">
                <legend>{locale.t(Key::FieldBenefits)}</legend>
                <p class="hint">{locale.t(Key::HintBenefits)}</p>
                {CountryGroup::ALL
                    .iter()
                    .zip(benefits)
                    .map(|(group, signal)| {
                        let field: &'static str = match group {
                            CountryGroup::Ldc => "benefit_ldc",
                            CountryGroup::Lldc => "benefit_lldc",
                            CountryGroup::Sids => "benefit_sids",
                        };
                        let error_id: &'static str = match group {
                            CountryGroup::Ldc => "benefit_ldc-error",
                            CountryGroup::Lldc => "benefit_lldc-error",
                            CountryGroup::Sids => "benefit_sids-error",
                        };
                        view! {
                            <fieldset class="radio-row" aria-describedby=error_id>
                                <legend>{locale.t(group.label())}</legend>
                                {BenefitLevel::ALL
                                    .iter()
                                    .map(|level| {
                                        let id = format!("{field}-{}", level.code());
                                        view! {
                                            <span class="choice">
                                                <input
                                                    type="radio"
                                                    id=id.clone()
                                                    name=format!("input[{field}]")
                                                    value=level.code()
                                                    checked=signal.get_untracked() == level.code()
                                                    required
                                                    on:change=move |ev| {
                                                        signal.set(event_target_value(&ev));
                                                        touch(field);
                                                    }
                                                />
                                                <label for=id>{locale.t(level.label())}</label>
                                            </span>
                                        }
                                    })
                                    .collect_view()}
                                <FieldError id=error_id message=message_for(field) />
                            </fieldset>
                        }
                    })
                    .collect_view()}
            </fieldset>

            <button
                type="submit"
                class="primary"
                disabled=move || submit.pending().get()
                on:click=move |_| {
                    for field in ["title", "description", "pledge_type", "focus_areas", "benefit_ldc", "benefit_lldc", "benefit_sids"] {
                        touch(field);
                    }
                }
            >
                {move || locale.t(if submit.pending().get() { Key::Submitting } else { Key::SubmitPledge })}
            </button>
        </ActionForm>
    }
}
