//! A pledge's facts as text in the reader's language: the same words on the pages and in the
//! exports (CSV, XLSX, DOCX).
use crate::domain::{Benefit, Money};
use crate::i18n::{Arg, Key, Locale};
use crate::reference::{ItuRegion, country_name, currency_name};

/// "Primary beneficiary · 60 % of the resources".
pub fn benefit_text(locale: Locale, b: &Benefit) -> String {
    let mut text = locale.t(b.level.label()).to_owned();
    if let Some(share) = b.share_pct {
        text.push_str(&format!(
            " · {}",
            locale.fmt(Key::SharePercent, &[("share", Arg::Int(i64::from(share)))])
        ));
    }
    text
}

/// "Worldwide, Africa, Rwanda, Kenya" in the reader's language.
pub fn scope_text(
    locale: Locale,
    global: bool,
    regions: &[ItuRegion],
    countries: &[String],
) -> String {
    let mut parts: Vec<String> = Vec::new();
    if global {
        parts.push(locale.t(Key::FieldScopeGlobal).to_owned());
    }
    parts.extend(regions.iter().map(|r| locale.t(r.label()).to_owned()));
    parts.extend(
        countries
            .iter()
            .map(|code| country_name(code, locale).to_owned()),
    );
    parts.join(", ")
}

/// "2 500 000,50 EUR (euro)".
pub fn money_text(locale: Locale, m: &Money) -> String {
    format!(
        "{} {} ({})",
        locale.decimal_text(&m.amount_text()),
        m.currency,
        currency_name(&m.currency, locale)
    )
}

/// Whole US dollars from cents, grouped as the reader writes numbers: "USD 1,250,000".
pub fn usd_text(locale: Locale, cents: i64) -> String {
    format!("USD {}", locale.integer(cents / 100))
}

/// Labels joined by "; ".
pub fn labels(locale: Locale, keys: impl IntoIterator<Item = Key>) -> String {
    keys.into_iter()
        .map(|k| locale.t(k))
        .collect::<Vec<_>>()
        .join("; ")
}

/// A pledge's value as every list prints it: USD, then the amount in its own currency; `None`
/// when it has neither.
pub fn value_text(
    locale: Locale,
    amount: Option<&Money>,
    usd_cents: Option<i64>,
) -> Option<String> {
    match (amount, usd_cents) {
        (Some(m), Some(c)) => Some(format!(
            "{} · {}",
            usd_text(locale, c),
            money_text(locale, m)
        )),
        (Some(m), None) => Some(money_text(locale, m)),
        (None, Some(c)) => Some(usd_text(locale, c)),
        (None, None) => None,
    }
}

/// "LDC: Primary beneficiary · LLDC: Partly … · SIDS: Not targeted"
pub fn benefit_levels_text(
    locale: Locale,
    [ldc, lldc, sids]: [crate::reference::BenefitLevel; 3],
) -> String {
    use crate::reference::CountryGroup as G;
    [(G::Ldc, ldc), (G::Lldc, lldc), (G::Sids, sids)]
        .iter()
        .map(|(g, level)| format!("{}: {}", locale.t(g.short_label()), locale.t(level.label())))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A local date and time of an event ("2 November 2027 14:00").
pub fn local_time_text(locale: Locale, t: chrono::NaiveDateTime) -> String {
    format!("{} {}", locale.date(t.date()), t.format("%H:%M"))
}
