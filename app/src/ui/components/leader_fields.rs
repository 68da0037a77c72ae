use leptos::prelude::*;

use super::{IssueFor, TextArea};
use crate::domain::{FieldIssue, LeaderApplicationInput};
use crate::i18n::{Key, use_locale};
use crate::reference::{Constituency, FocusArea};

/// Where the application to lead is filled in: its own form, or inside the registration form
/// (where its fields are nested under `lead`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LeaderFieldsIn {
    OwnForm,
    Registration,
}

struct Names {
    area: (&'static str, &'static str),
    constituency: (&'static str, &'static str),
    commitment: (&'static str, &'static str),
    attend: (&'static str, &'static str),
}

impl LeaderFieldsIn {
    /// (issue field, form name) of each field.
    fn names(self) -> Names {
        match self {
            LeaderFieldsIn::OwnForm => Names {
                area: ("focus_area", "input[focus_area]"),
                constituency: ("constituency", "input[constituency]"),
                commitment: ("commitment", "input[commitment]"),
                attend: ("leader_will_attend", "input[leader_will_attend]"),
            },
            LeaderFieldsIn::Registration => Names {
                area: ("lead.focus_area", "input[lead][focus_area]"),
                constituency: ("lead.constituency", "input[lead][constituency]"),
                commitment: ("lead.commitment", "input[lead][commitment]"),
                attend: ("lead.leader_will_attend", "input[lead][leader_will_attend]"),
            },
        }
    }
}

/// The fields of an application to lead a focus area: area, constituency, commitment, and the
/// confirmation that the organisation's top leader will attend.
#[component]
pub fn LeaderFields(
    within: LeaderFieldsIn,
    issues: Signal<Vec<FieldIssue>>,
    start: LeaderApplicationInput,
) -> impl IntoView {
    let locale = use_locale();
    let n = within.names();
    let id = |field: &str| field.replace('.', "-");
    let area_id = id(n.area.0);
    let constituency_id = id(n.constituency.0);
    let attend_id = id(n.attend.0);
    view! {
        <div class="field">
            <label for=area_id.clone()>{locale.t(Key::FieldFocusArea)}</label>
            <select id=area_id.clone() name=n.area.1 aria-describedby=format!("{area_id}-error")>
                <option value="">{locale.t(Key::ChooseOption)}</option>
                {FocusArea::ALL
                    .iter()
                    .map(|a| view! { <option value=a.code() selected=start.focus_area == a.code()>{locale.t(a.label())}</option> })
                    .collect_view()}
            </select>
            <IssueFor field=n.area.0 issues />
        </div>
        <div class="field">
            <label for=constituency_id.clone()>{locale.t(Key::FieldConstituency)}</label>
            <select id=constituency_id.clone() name=n.constituency.1 aria-describedby=format!("{constituency_id}-error")>
                <option value="">{locale.t(Key::ChooseOption)}</option>
                {Constituency::ALL
                    .iter()
                    .map(|c| view! { <option value=c.code() selected=start.constituency == c.code()>{locale.t(c.label())}</option> })
                    .collect_view()}
            </select>
            <IssueFor field=n.constituency.0 issues />
        </div>
        <TextArea field=n.commitment.0 name=n.commitment.1 label=Key::FieldCommitment issues value=start.commitment.clone() maxlength=2000 required=within == LeaderFieldsIn::OwnForm />
        <div class="choice">
            <input type="checkbox" id=attend_id.clone() name=n.attend.1 value="yes" checked=start.leader_will_attend == "yes" aria-describedby=format!("{attend_id}-error") />
            <label for=attend_id>{locale.t(Key::FieldLeaderWillAttend)}</label>
        </div>
        <IssueFor field=n.attend.0 issues />
    }
}
