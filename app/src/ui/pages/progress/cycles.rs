//! `/admin/cycles`: ITU admins keep the reporting cycles (by default each year, due 31 March).
use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::{AddCycle, SetCycleDue, reporting_cycles};
use crate::i18n::{Key, use_locale};
use crate::ui::components::{ErrorNotice, TextField, issues_of};

#[component]
pub fn CyclesPage() -> impl IntoView {
    let locale = use_locale();
    let add = ServerAction::<AddCycle>::new();
    let set_due = ServerAction::<SetCycleDue>::new();
    let cycles = Resource::new(
        move || (add.version().get(), set_due.version().get()),
        |_| reporting_cycles(),
    );
    let issues = issues_of(add);
    view! {
        <Title text=locale.t(Key::CyclesTitle) />
        <h1>{locale.t(Key::CyclesTitle)}</h1>
        <p>{locale.t(Key::CyclesIntro)}</p>
        {move || set_due.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error /> })}
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match cycles.await {
                    Ok(cycles) => view! {
                        <table>
                            <thead>
                                <tr>
                                    <th scope="col">{locale.t(Key::FieldCycleLabel)}</th>
                                    <th scope="col">{locale.t(Key::FieldPeriodStart)}</th>
                                    <th scope="col">{locale.t(Key::FieldPeriodEnd)}</th>
                                    <th scope="col">{locale.t(Key::FieldDueOn)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {cycles.into_iter().map(|c| {
                                    let due_id = format!("due-{}", c.id);
                                    view! {
                                        <tr>
                                            <th scope="row"><bdi>{c.label.clone()}</bdi></th>
                                            <td>{locale.date(c.period_start)}</td>
                                            <td>{locale.date(c.period_end)}</td>
                                            <td>
                                                <ActionForm action=set_due attr:class="inline">
                                                    <input type="hidden" name="cycle_id" value=c.id.to_string() />
                                                    <label class="visually-hidden" for=due_id.clone()>{locale.t(Key::FieldDueOn)} " " {c.label.clone()}</label>
                                                    <input id=due_id type="date" name="due_on" value=c.due_on.to_string() required />
                                                    <button type="submit">{locale.t(Key::SetDue)}</button>
                                                </ActionForm>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
        <h2>{locale.t(Key::AddCycle)}</h2>
        {move || add.value().get().and_then(Result::err).filter(|e| e.field_issues().is_empty()).map(|error| view! { <ErrorNotice error /> })}
        <ActionForm action=add attr:class="stack">
            <TextField field="label" name="label" label=Key::FieldCycleLabel issues maxlength=80 />
            <TextField field="period_start" name="period_start" label=Key::FieldPeriodStart issues kind="date" />
            <TextField field="period_end" name="period_end" label=Key::FieldPeriodEnd issues kind="date" />
            <TextField field="due_on" name="due_on" label=Key::FieldDueOn issues kind="date" />
            <button type="submit" class="primary">{locale.t(Key::AddCycle)}</button>
        </ActionForm>
    }
}
