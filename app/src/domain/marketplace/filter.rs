//! The filters of the public list of opportunities, its exports and its API. As in the
//! compendium, unknown values are ignored (a stale shared link still opens) and the normal form
//! is what the page cache keys on.
use serde::{Deserialize, Serialize};

use crate::domain::{CompendiumFilter, FieldIssue, terms_of};
use crate::marketplace_lifecycle::{OpportunityKind, OpportunityStatus};
use crate::reference::{CountryGroup, FocusArea, ItuRegion};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct OpportunityFilter {
    /// Words that must all appear in the title or summary.
    pub q: Option<String>,
    /// `project`, `regional_initiative`, `flagship_initiative` or `campaign`.
    pub kind: Option<String>,
    pub focus_area: Option<String>,
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// `ldc`, `lldc` or `sids`.
    pub group: Option<String>,
    /// `open` (the default list shows every status), `funded` or `closed`.
    pub status: Option<String>,
}

/// Names and order of the parameters, for links, forms and the OpenAPI document.
pub const OPPORTUNITY_PARAMETERS: [&str; 7] = [
    "q",
    "kind",
    "focus_area",
    "region",
    "country",
    "group",
    "status",
];

impl OpportunityFilter {
    fn values(&self) -> [&Option<String>; 7] {
        [
            &self.q,
            &self.kind,
            &self.focus_area,
            &self.region,
            &self.country,
            &self.group,
            &self.status,
        ]
    }

    pub fn set(&mut self, name: &str, value: String) -> bool {
        let field = match name {
            "q" => &mut self.q,
            "kind" => &mut self.kind,
            "focus_area" => &mut self.focus_area,
            "region" => &mut self.region,
            "country" => &mut self.country,
            "group" => &mut self.group,
            "status" => &mut self.status,
            _ => return false,
        };
        *field = Some(value);
        true
    }

    pub fn kind(&self) -> Option<OpportunityKind> {
        OpportunityKind::parse(self.kind.as_deref()?.trim())
    }
    pub fn focus_area(&self) -> Option<FocusArea> {
        FocusArea::parse(self.focus_area.as_deref()?.trim())
    }
    pub fn region(&self) -> Option<ItuRegion> {
        ItuRegion::parse(self.region.as_deref()?.trim())
    }
    pub fn country(&self) -> Option<String> {
        let c = self.country.as_deref()?.trim().to_ascii_uppercase();
        (c.len() == 2 && c.bytes().all(|b| b.is_ascii_uppercase())).then_some(c)
    }
    pub fn group(&self) -> Option<CountryGroup> {
        CountryGroup::parse(self.group.as_deref()?.trim())
    }
    pub fn status(&self) -> Option<OpportunityStatus> {
        OpportunityStatus::parse(self.status.as_deref()?.trim())
    }
    pub fn terms(&self) -> Vec<String> {
        terms_of(self.q.as_deref().unwrap_or_default())
    }

    /// The compendium's search limits, so both lists refuse the same searches.
    pub fn search_issue(&self) -> Option<FieldIssue> {
        CompendiumFilter {
            q: self.q.clone(),
            ..Default::default()
        }
        .search_issue()
    }

    pub fn normalised(&self) -> OpportunityFilter {
        OpportunityFilter {
            q: self
                .q
                .as_deref()
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .map(str::to_owned),
            kind: self.kind().map(|k| k.code().to_owned()),
            focus_area: self.focus_area().map(|a| a.code().to_owned()),
            region: self.region().map(|r| r.code().to_owned()),
            country: self.country(),
            group: self.group().map(|g| g.code().to_owned()),
            status: self.status().map(|s| s.code().to_owned()),
        }
    }

    pub fn query(&self) -> String {
        OPPORTUNITY_PARAMETERS
            .iter()
            .zip(self.values())
            .filter_map(|(name, value)| {
                let v = value.as_deref().map(str::trim).filter(|v| !v.is_empty())?;
                Some(format!("{name}={}", url_escape(v)))
            })
            .collect::<Vec<_>>()
            .join("&")
    }
}

fn url_escape(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_normal_form_drops_what_does_not_change_the_list() {
        let mut f = OpportunityFilter::default();
        assert!(f.set("q", "  schools ".into()));
        assert!(f.set("kind", "nonsense".into()));
        assert!(f.set("country", "mw".into()));
        assert!(f.set("focus_area", "access".into()));
        assert!(!f.set("after", "x".into()));
        let n = f.normalised();
        assert_eq!(n.query(), "q=schools&focus_area=access&country=MW");
        assert_eq!(n.normalised(), n);
        let spaced = OpportunityFilter {
            q: Some("école rurale".into()),
            ..Default::default()
        };
        assert_eq!(spaced.query(), "q=%C3%A9cole%20rurale");
    }
}
