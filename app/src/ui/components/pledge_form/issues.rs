//! Which message each field of the pledge form shows. The rules are `PledgeInput::issues`, run on
//! every change as the person types; a field's message appears once they have left it (or tried to
//! submit), and until then the server's last answer speaks for it.
use std::collections::HashSet;

use leptos::prelude::*;

use crate::domain::FieldIssue;
use crate::i18n::Key;

#[derive(Clone, Copy)]
pub struct FormIssues {
    pub live: Memo<Vec<FieldIssue>>,
    pub touched: RwSignal<HashSet<String>>,
    pub server: Signal<Vec<FieldIssue>>,
    /// Set by a submit attempt: every field's message shows.
    pub show_all: RwSignal<bool>,
}

impl FormIssues {
    pub fn message(self, field: String) -> Signal<Option<Key>> {
        Signal::derive(move || {
            let find = |issues: &[FieldIssue]| {
                issues
                    .iter()
                    .find(|i| i.field == field)
                    .map(FieldIssue::message_key)
            };
            if self.show_all.get() || self.touched.with(|t| t.contains(&field)) {
                self.live.with(|issues| find(issues))
            } else {
                self.server.with(|issues| find(issues))
            }
        })
    }

    pub fn touch(self, field: String) {
        self.touched.update(|t| {
            t.insert(field);
        });
    }
}

pub fn use_form_issues() -> Option<FormIssues> {
    use_context::<FormIssues>()
}

/// The rule name of a form control: `input[ldc][statement]` → `ldc.statement`,
/// `input[targets][0][due]` → `targets.0.due`, `input[focus_areas][]` → `focus_areas`.
pub fn field_of(name: &str) -> Option<String> {
    let inner = name.strip_prefix("input[")?;
    let parts: Vec<&str> = inner
        .split("][")
        .map(|p| p.trim_end_matches(']'))
        .filter(|p| !p.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("."))
}

/// The HTML id of a field: dots become dashes.
pub fn id_of(field: &str) -> String {
    field.replace('.', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_map_to_rule_fields() {
        assert_eq!(field_of("input[title]").as_deref(), Some("title"));
        assert_eq!(
            field_of("input[ldc][statement]").as_deref(),
            Some("ldc.statement")
        );
        assert_eq!(
            field_of("input[targets][3][due]").as_deref(),
            Some("targets.3.due")
        );
        assert_eq!(
            field_of("input[focus_areas][]").as_deref(),
            Some("focus_areas")
        );
        assert_eq!(field_of("intent"), None);
    }
}
