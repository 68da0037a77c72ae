//! Every rule of the pledge form, one table row each: the broken value, the field and the code.
use chrono::NaiveDate;

use super::*;
use crate::reference::CountryGroup;

fn valid() -> PledgeInput {
    let benefit = |level: &str| BenefitInput {
        level: level.into(),
        share: String::new(),
        statement: if level == "none" {
            String::new()
        } else {
            "All 1,500 schools are in Rwanda, an LDC and LLDC.".into()
        },
    };
    PledgeInput {
        title: "Connect 1,500 rural schools in Rwanda".into(),
        summary: "Broadband for 1,500 public schools in all five provinces by 2027.".into(),
        description: "Fibre and satellite links for 1,500 schools, with two trained teachers each."
            .into(),
        pledge_type: "financial".into(),
        focus_areas: vec!["access".into(), "adoption".into()],
        scope_global: String::new(),
        scope_regions: vec![],
        scope_countries: vec!["RW".into()],
        amount: "2 500 000,50".into(),
        currency: "EUR".into(),
        ldc: benefit("primary"),
        lldc: benefit("partial"),
        sids: benefit("none"),
        targets: vec![
            TargetInput {
                indicator: "Schools connected".into(),
                baseline: "0".into(),
                target: "1500".into(),
                unit: "schools".into(),
                due: "2027-12-31".into(),
            },
            TargetInput::default(),
        ],
        start_date: "2026-01-01".into(),
        end_date: "2027-12-31".into(),
        sdgs: vec!["4".into(), "9".into()],
        kap: vec!["affordable_connectivity".into()],
        named_partners: String::new(),
        answers: Vec::new(),
        open_sign_on: String::new(),
        contact_name: "Amina Uwase".into(),
        contact_email: "Amina@MinICT.example".into(),
        consent: "yes".into(),
    }
}

fn issues_of(change: impl FnOnce(&mut PledgeInput)) -> Vec<(String, String)> {
    let mut input = valid();
    change(&mut input);
    input
        .issues()
        .into_iter()
        .map(|i| (i.field, i.code))
        .collect()
}

fn one(field: &str, code: &str) -> Vec<(String, String)> {
    vec![(field.to_owned(), code.to_owned())]
}

#[test]
fn a_complete_pledge_parses_exactly() {
    let content = valid().parse().unwrap_or_else(|e| panic!("{e:?}"));
    let money = content.amount.unwrap_or_else(|| panic!("amount"));
    assert_eq!(
        (money.minor, money.currency.as_str(), money.exponent),
        (250_000_050, "EUR", 2)
    );
    assert_eq!(
        content.targets.len(),
        1,
        "the spare empty row is not a target"
    );
    assert_eq!(content.contact_email, "amina@minict.example");
    assert_eq!(content.scope.countries, vec!["RW".to_owned()]);
}

#[test]
fn every_rule_names_its_field() {
    type Change = Box<dyn FnOnce(&mut PledgeInput)>;
    let long = |n: usize| "x".repeat(n);
    let cases: Vec<(Change, &str, &str)> = vec![
        (
            Box::new(|p| p.title = "Wifi".into()),
            "title",
            "title_length",
        ),
        (
            Box::new(move |p| p.title = long(201)),
            "title",
            "title_length",
        ),
        (
            Box::new(|p| p.title = "Connect\nschools now".into()),
            "title",
            "one_line",
        ),
        (
            Box::new(|p| p.summary = "short".into()),
            "summary",
            "summary_length",
        ),
        (
            Box::new(move |p| p.summary = long(601)),
            "summary",
            "summary_length",
        ),
        (
            Box::new(|p| p.description = "   too short    ".into()),
            "description",
            "description_length",
        ),
        (
            Box::new(move |p| p.description = long(10_001)),
            "description",
            "description_length",
        ),
        (
            Box::new(|p| p.pledge_type = "donation".into()),
            "pledge_type",
            "pledge_type",
        ),
        (
            Box::new(|p| p.focus_areas = vec![]),
            "focus_areas",
            "focus_areas",
        ),
        (
            Box::new(|p| p.focus_areas = vec!["access".into(), "space".into()]),
            "focus_areas",
            "focus_areas",
        ),
        (Box::new(|p| p.scope_countries = vec![]), "scope", "scope"),
        (
            Box::new(|p| p.scope_countries = vec!["XX".into()]),
            "scope_countries",
            "choice",
        ),
        (
            Box::new(|p| p.scope_regions = vec!["oceania".into()]),
            "scope_regions",
            "choice",
        ),
        (
            Box::new(|p| p.amount = String::new()),
            "amount",
            "amount_required",
        ),
        (Box::new(|p| p.amount = "lots".into()), "amount", "amount"),
        (
            Box::new(|p| p.amount = "0".into()),
            "amount",
            "amount_positive",
        ),
        (Box::new(|p| p.amount = "-5".into()), "amount", "amount"),
        (
            Box::new(|p| p.amount = "1000000000000".into()),
            "amount",
            "amount_too_large",
        ),
        (
            Box::new(|p| p.amount = "10.005".into()),
            "amount",
            "amount_decimals",
        ),
        (
            Box::new(|p| p.currency = "EURO".into()),
            "currency",
            "currency",
        ),
        (
            Box::new(|p| p.currency = String::new()),
            "currency",
            "currency",
        ),
        (
            Box::new(|p| p.ldc.level = "mostly".into()),
            "ldc.level",
            "benefit",
        ),
        (
            Box::new(|p| p.sids.level = String::new()),
            "sids.level",
            "benefit",
        ),
        (
            Box::new(|p| p.ldc.share = "101".into()),
            "ldc.share",
            "percent",
        ),
        (
            Box::new(|p| p.ldc.share = "-1".into()),
            "ldc.share",
            "percent",
        ),
        (
            Box::new(|p| p.ldc.share = "12.5".into()),
            "ldc.share",
            "percent",
        ),
        (
            Box::new(|p| p.sids.share = "10".into()),
            "sids.share",
            "share_without_benefit",
        ),
        (
            Box::new(|p| p.lldc.statement = String::new()),
            "lldc.statement",
            "benefit_statement",
        ),
        (
            Box::new(|p| p.lldc.statement = "short".into()),
            "lldc.statement",
            "statement_length",
        ),
        (
            Box::new(move |p| p.lldc.statement = long(501)),
            "lldc.statement",
            "statement_length",
        ),
        (
            Box::new(|p| p.targets = vec![TargetInput::default()]),
            "targets",
            "target_required",
        ),
        (
            Box::new(|p| p.targets = vec![p.targets[0].clone(); 21]),
            "targets",
            "too_many_targets",
        ),
        (
            Box::new(|p| p.targets[0].indicator = "x".into()),
            "targets.0.indicator",
            "indicator",
        ),
        (
            Box::new(|p| p.targets[0].baseline = "none".into()),
            "targets.0.baseline",
            "quantity",
        ),
        (
            Box::new(|p| p.targets[0].target = String::new()),
            "targets.0.target",
            "quantity",
        ),
        (
            Box::new(|p| p.targets[0].unit = String::new()),
            "targets.0.unit",
            "unit",
        ),
        (
            Box::new(|p| p.targets[0].due = "31/12/2027".into()),
            "targets.0.due",
            "pledge_date",
        ),
        (
            Box::new(|p| p.targets[0].due = "2028-01-01".into()),
            "targets.0.due",
            "target_due",
        ),
        (
            Box::new(|p| p.targets[0].due = "2025-12-31".into()),
            "targets.0.due",
            "target_due",
        ),
        (
            Box::new(|p| p.start_date = String::new()),
            "start_date",
            "pledge_date",
        ),
        (
            Box::new(|p| p.start_date = "1999-12-31".into()),
            "start_date",
            "pledge_date",
        ),
        (
            Box::new(|p| p.end_date = "2101-01-01".into()),
            "end_date",
            "pledge_date",
        ),
        (
            Box::new(|p| p.end_date = "2025-12-31".into()),
            "end_date",
            "date_order",
        ),
        (Box::new(|p| p.sdgs = vec!["18".into()]), "sdgs", "choice"),
        (Box::new(|p| p.kap = vec!["peace".into()]), "kap", "choice"),
        (
            Box::new(|p| p.contact_name = String::new()),
            "contact_name",
            "name",
        ),
        (
            Box::new(|p| p.contact_email = "amina".into()),
            "contact_email",
            "email",
        ),
        (
            Box::new(|p| p.consent = String::new()),
            "consent",
            "consent",
        ),
    ];
    for (change, field, code) in cases {
        assert_eq!(issues_of(change), one(field, code), "{field} {code}");
    }
}

#[test]
fn other_types_may_give_an_estimate_or_nothing() {
    let none = issues_of(|p| {
        p.pledge_type = "policy".into();
        p.amount = String::new();
        p.currency = String::new();
    });
    assert_eq!(none, vec![]);
    let estimate = issues_of(|p| {
        p.pledge_type = "project".into();
        p.amount = "1000".into();
        p.currency = "JPY".into();
    });
    assert_eq!(estimate, vec![]);
    // A yen has no decimals.
    assert_eq!(
        issues_of(|p| {
            p.amount = "1000.5".into();
            p.currency = "JPY".into();
        }),
        one("amount", "amount_decimals")
    );
}

#[test]
fn global_scope_and_a_region_are_scopes_and_a_zero_share_without_benefit_is_fine() {
    assert_eq!(
        issues_of(|p| {
            p.scope_countries = vec![];
            p.scope_global = "yes".into();
        }),
        vec![]
    );
    assert_eq!(
        issues_of(|p| {
            p.scope_countries = vec![];
            p.scope_regions = vec!["africa".into()];
        }),
        vec![]
    );
    assert_eq!(issues_of(|p| p.sids.share = "0".into()), vec![]);
    assert_eq!(issues_of(|p| p.ldc.share = "40 %".into()), vec![]);
}

#[test]
fn markup_is_text_like_any_other() {
    let content = {
        let mut p = valid();
        p.title = "<script>alert(1)</script> schools".into();
        p.parse().unwrap_or_else(|e| panic!("{e:?}"))
    };
    assert_eq!(content.title, "<script>alert(1)</script> schools");
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn flags(change: impl FnOnce(&mut PledgeInput), on: &str) -> Vec<ConsistencyFlag> {
    let mut input = valid();
    input.ldc.level = "none".into();
    input.lldc.level = "none".into();
    input.sids.level = "none".into();
    change(&mut input);
    input.consistency_flags(day(on))
}

#[test]
fn consistency_hints_follow_the_scope_and_the_date() {
    let ldc = |p: &mut PledgeInput| p.ldc.level = "primary".into();
    let sids = |p: &mut PledgeInput| p.sids.level = "partial".into();
    let lldc = |p: &mut PledgeInput| p.lldc.level = "primary".into();
    // Nepal is an LDC until 23 November 2026 and not from the 24th.
    let nepal_ldc = |p: &mut PledgeInput| {
        p.scope_countries = vec!["NP".into()];
        ldc(p);
    };
    assert_eq!(flags(nepal_ldc, "2026-11-23"), vec![]);
    assert_eq!(
        flags(nepal_ldc, "2026-11-24"),
        vec![ConsistencyFlag::NotInScope(CountryGroup::Ldc)]
    );
    // Bangladesh too; Rwanda stays.
    let bangladesh_and_rwanda = |p: &mut PledgeInput| {
        p.scope_countries = vec!["BD".into(), "RW".into()];
        ldc(p);
    };
    assert_eq!(flags(bangladesh_and_rwanda, "2026-11-24"), vec![]);
    // SIDS claimed for landlocked countries only.
    let landlocked = |p: &mut PledgeInput| {
        p.scope_countries = vec!["RW".into(), "BO".into()];
        sids(p);
    };
    assert_eq!(
        flags(landlocked, "2026-11-23"),
        vec![ConsistencyFlag::SidsForLandlocked]
    );
    // SIDS claimed for a coastal scope without an island state.
    let coastal = |p: &mut PledgeInput| {
        p.scope_countries = vec!["KE".into()];
        sids(p);
    };
    assert_eq!(
        flags(coastal, "2026-11-23"),
        vec![ConsistencyFlag::NotInScope(CountryGroup::Sids)]
    );
    // A region holding a SIDS (Fiji is in Asia-Pacific), or the world, satisfies the claim.
    let region = |p: &mut PledgeInput| {
        p.scope_countries = vec![];
        p.scope_regions = vec!["asia_pacific".into()];
        sids(p);
    };
    assert_eq!(flags(region, "2026-11-23"), vec![]);
    let europe = |p: &mut PledgeInput| {
        p.scope_countries = vec![];
        p.scope_regions = vec!["europe".into()];
        lldc(p);
    };
    // Europe holds LLDCs? North Macedonia and others are LLDCs in the UN list, so no flag.
    let europe_flags = flags(europe, "2026-11-23");
    let table = crate::reference::CountryTable::shared().unwrap_or_else(|| panic!("table"));
    let europe_has_lldc = table.countries.iter().any(|c| {
        c.itu_region == crate::reference::ItuRegion::Europe
            && c.is_in_on(CountryGroup::Lldc, day("2026-11-23"))
    });
    assert_eq!(europe_flags.is_empty(), europe_has_lldc);
    let global = |p: &mut PledgeInput| {
        p.scope_global = "yes".into();
        p.scope_countries = vec!["FR".into()];
        ldc(p);
        sids(p);
    };
    assert_eq!(flags(global, "2026-11-24"), vec![]);
    // Bhutan left the LDC list on 13 December 2023.
    let bhutan = |p: &mut PledgeInput| {
        p.scope_countries = vec!["BT".into()];
        ldc(p);
    };
    assert_eq!(flags(bhutan, "2023-12-12"), vec![]);
    assert_eq!(
        flags(bhutan, "2023-12-13"),
        vec![ConsistencyFlag::NotInScope(CountryGroup::Ldc)]
    );
    // No claim, no flag.
    assert_eq!(
        flags(|p| p.scope_countries = vec!["FR".into()], "2026-11-24"),
        vec![]
    );
}

#[test]
fn named_partners_are_at_most_twenty_one_line_names() {
    let names = |n: usize| {
        (1..=n)
            .map(|i| format!("Partner organisation {i}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(issues_of(|p| p.named_partners = names(20)), vec![]);
    assert_eq!(
        issues_of(|p| p.named_partners = names(21)),
        one("named_partners", "named_partners_too_many")
    );
    // Blank lines are no partners: twenty names with gaps between them pass.
    assert_eq!(
        issues_of(|p| p.named_partners = names(20).replace('\n', "\n\n  \n")),
        vec![]
    );
    assert_eq!(
        issues_of(|p| p.named_partners = "ITU\nX".into()),
        one("named_partners", "named_partner")
    );
    assert_eq!(
        issues_of(|p| p.named_partners = "x".repeat(PARTNER_NAME_MAX + 1)),
        one("named_partners", "named_partner")
    );
    assert_eq!(
        issues_of(|p| p.named_partners = "Rwanda\tEducation Board".into()),
        one("named_partners", "one_line")
    );
}

#[test]
fn named_partners_parse_trimmed_in_order_and_once_each() {
    let mut input = valid();
    input.named_partners =
        "  Rwanda Education Board \n\nمؤسسة الاتصالات\nrwanda education board\n中国信息通信研究院"
            .into();
    let content = input.parse().unwrap();
    assert_eq!(
        content.named_partners,
        [
            "Rwanda Education Board",
            "مؤسسة الاتصالات",
            "中国信息通信研究院"
        ]
    );
}
