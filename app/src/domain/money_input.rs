//! A sum of money as typed in two fields (amount, currency): the one rule every money field of
//! the marketplace uses, so an opportunity's need and a co-signer's contribution read alike.
use super::pledge_input::AMOUNT_MAX_MAJOR;
use super::{DecimalText, FieldIssue, Money};
use crate::reference::currency;

/// `None` when the amount is left empty; else an exact positive amount in the currency's minor
/// units, or the issue on the field at fault.
pub fn money_of(
    amount: &str,
    currency_code: &str,
    amount_field: &str,
    currency_field: &str,
) -> Result<Option<Money>, FieldIssue> {
    let amount = amount.trim();
    if amount.is_empty() {
        return Ok(None);
    }
    let Some(currency) = currency(currency_code.trim()) else {
        return Err(FieldIssue::new(currency_field, "currency"));
    };
    let Some(decimal) = DecimalText::parse(amount) else {
        return Err(FieldIssue::new(amount_field, "amount"));
    };
    if decimal.is_zero() {
        return Err(FieldIssue::new(amount_field, "amount_positive"));
    }
    if decimal
        .whole
        .parse::<i64>()
        .map_or(true, |major| major >= AMOUNT_MAX_MAJOR)
    {
        return Err(FieldIssue::new(amount_field, "amount_too_large"));
    }
    let minor = decimal
        .in_minor_units(currency.exponent)
        .ok_or_else(|| FieldIssue::new(amount_field, "amount_decimals"))?;
    Ok(Some(Money {
        minor,
        currency: currency.code.clone(),
        exponent: currency.exponent,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_reads_exactly_or_names_its_field() {
        let m = money_of(" 8 000 000 ", "USD", "a", "c");
        assert!(
            matches!(
                m,
                Ok(Some(Money {
                    minor: 800_000_000,
                    ..
                }))
            ),
            "{m:?}"
        );
        assert_eq!(money_of("", "", "a", "c"), Ok(None));
        assert_eq!(
            money_of("5", "XXX?", "a", "c").map_err(|i| i.code),
            Err("currency".into())
        );
        assert_eq!(
            money_of("0", "EUR", "a", "c").map_err(|i| i.field),
            Err("a".into())
        );
        assert_eq!(
            money_of("1.5", "JPY", "a", "c").map_err(|i| i.code),
            Err("amount_decimals".into())
        );
        assert_eq!(
            money_of("1000000000000", "USD", "a", "c").map_err(|i| i.code),
            Err("amount_too_large".into())
        );
    }
}
