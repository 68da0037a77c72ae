//! Dated exchange rates, kept by ITU admins, and the USD equivalent of a pledge's amount. The USD
//! figure is stored with the rate and its date, so any total can be computed again later.
use chrono::{NaiveDate, Utc};
use rust_decimal::{Decimal, RoundingStrategy};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::domain::{DecimalText, FieldIssue, Money, SessionUser};
use crate::error::AppError;
use crate::reference::currency;
use crate::ssr::entity::exchange_rate;

/// A rate as used for one conversion: US dollars for one unit, and the day it applies from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rate {
    pub usd_per_unit: String,
    pub on: NaiveDate,
}

/// The USD equivalent in cents, rounded half to even (banker's rounding, so sums do not drift up).
pub fn usd_cents(money: &Money, rate: &Rate) -> Result<i64, AppError> {
    let rate: Decimal = rate
        .usd_per_unit
        .parse()
        .map_err(|e| crate::ssr::errors::internal("stored exchange rate", e))?;
    let amount = Decimal::from_i128_with_scale(i128::from(money.minor), u32::from(money.exponent));
    let cents = amount
        .checked_mul(rate)
        .and_then(|v| v.checked_mul(Decimal::ONE_HUNDRED))
        .ok_or_else(|| crate::ssr::errors::internal("usd conversion", "overflow"))?
        .round_dp_with_strategy(0, RoundingStrategy::MidpointNearestEven);
    i64::try_from(cents).map_err(|e| crate::ssr::errors::internal("usd conversion", e))
}

/// The newest rate for `code` on or before `on`; US dollars need none.
pub async fn rate_on<C: ConnectionTrait>(
    conn: &C,
    code: &str,
    on: NaiveDate,
) -> Result<Option<Rate>, AppError> {
    if code == "USD" {
        return Ok(Some(Rate {
            usd_per_unit: "1".into(),
            on,
        }));
    }
    Ok(exchange_rate::Entity::find()
        .filter(exchange_rate::Column::Currency.eq(code))
        .filter(exchange_rate::Column::RateDate.lte(on))
        .order_by_desc(exchange_rate::Column::RateDate)
        .one(conn)
        .await?
        .map(|r| Rate {
            usd_per_unit: r.usd_per_unit,
            on: r.rate_date,
        }))
}

/// A rate an admin types: a positive decimal with at most 12 digits on either side of the point.
pub fn parse_rate(text: &str) -> Option<String> {
    DecimalText::parse(text)
        .filter(|d| !d.is_zero() && d.whole.len() <= 12 && d.fraction.len() <= 12)
        .map(|d| d.canonical())
}

/// An ITU admin records a rate. One rate per currency and day; a second one for the same day is refused.
pub async fn add(
    db: &DatabaseConnection,
    actor: &SessionUser,
    code: &str,
    on: &str,
    usd_per_unit: &str,
) -> Result<(), AppError> {
    if actor.role != crate::pledge_lifecycle::Role::Admin {
        return Err(AppError::Forbidden);
    }
    let mut issues = Vec::new();
    let code = code.trim().to_ascii_uppercase();
    if currency(&code).is_none() || code == "USD" {
        issues.push(FieldIssue::new("currency", "currency"));
    }
    let date = crate::domain::parse_pledge_date(on).ok();
    if date.is_none() {
        issues.push(FieldIssue::new("rate_date", "pledge_date"));
    }
    let rate = parse_rate(usd_per_unit);
    if rate.is_none() {
        issues.push(FieldIssue::new("usd_per_unit", "rate"));
    }
    let (Some(date), Some(rate), true) = (date, rate, issues.is_empty()) else {
        return Err(AppError::Validation(issues));
    };
    let taken = exchange_rate::Entity::find()
        .filter(exchange_rate::Column::Currency.eq(&code))
        .filter(exchange_rate::Column::RateDate.eq(date))
        .one(db)
        .await?
        .is_some();
    if taken {
        return Err(AppError::Validation(vec![FieldIssue::new(
            "rate_date",
            "rate_taken",
        )]));
    }
    exchange_rate::ActiveModel {
        currency: Set(code),
        rate_date: Set(date),
        usd_per_unit: Set(rate),
        created_by: Set(actor.user_id),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The newest rates first, for the admin page.
pub async fn recent(
    db: &DatabaseConnection,
    limit: u64,
) -> Result<Vec<crate::api::RateLine>, AppError> {
    use sea_orm::QuerySelect;
    Ok(exchange_rate::Entity::find()
        .order_by_desc(exchange_rate::Column::RateDate)
        .order_by_asc(exchange_rate::Column::Currency)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(|r| crate::api::RateLine {
            currency: r.currency,
            rate_date: r.rate_date,
            usd_per_unit: r.usd_per_unit,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn money(minor: i64, code: &str, exponent: u8) -> Money {
        Money {
            minor,
            currency: code.into(),
            exponent,
        }
    }

    fn rate(text: &str) -> Rate {
        Rate {
            usd_per_unit: text.into(),
            on: NaiveDate::MIN,
        }
    }

    #[test]
    fn conversions_are_exact_and_round_half_to_even() {
        assert_eq!(
            usd_cents(&money(250_000_050, "EUR", 2), &rate("1.0825")).ok(),
            Some(270_625_054)
        );
        assert_eq!(
            usd_cents(&money(1_000_000, "JPY", 0), &rate("0.0066")).ok(),
            Some(660_000)
        );
        assert_eq!(
            usd_cents(&money(1_234, "BHD", 3), &rate("2.6596")).ok(),
            Some(328)
        );
        // 0.125 USD → 12.5 cents → 12 (to even); 0.135 → 13.5 → 14.
        assert_eq!(usd_cents(&money(125, "XXA", 3), &rate("1")).ok(), Some(12));
        assert_eq!(usd_cents(&money(135, "XXA", 3), &rate("1")).ok(), Some(14));
    }

    #[test]
    fn rates_as_admins_type_them() {
        assert_eq!(parse_rate("1.0825").as_deref(), Some("1.0825"));
        assert_eq!(parse_rate("0,0066").as_deref(), Some("0.0066"));
        assert_eq!(parse_rate("0"), None);
        assert_eq!(parse_rate("-1"), None);
        assert_eq!(parse_rate("1e3"), None);
        assert_eq!(parse_rate("0.0000000000001"), None);
    }
}
