//! Rate limits (the GCRA of the `governor` crate), keyed by whatever is being protected: a client's
//! address, an account's e-mail address, or both.
use std::hash::Hash;
use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::error::AppError;

/// At most `per_minute` attempts a minute for each key, all of them at once if need be.
pub struct Limiter<K: Hash + Eq + Clone> {
    inner: DefaultKeyedRateLimiter<K>,
}

impl<K: Hash + Eq + Clone> Limiter<K> {
    pub fn per_minute(per_minute: NonZeroU32) -> Limiter<K> {
        Limiter {
            inner: RateLimiter::keyed(Quota::per_minute(per_minute)),
        }
    }

    /// Counts one attempt; `Err` carries how long until the next one is allowed.
    pub fn check(&self, key: &K) -> Result<(), Duration> {
        self.inner.check_key(key).map_err(|not_until| {
            not_until.wait_time_from(governor::clock::Clock::now(self.inner.clock()))
        })
    }

    /// Drops the state of keys that are back to full allowance, so memory does not grow with every
    /// address ever seen. Called by the periodic sweeper.
    pub fn forget_idle(&self) {
        self.inner.retain_recent();
        self.inner.shrink_to_fit();
    }
}

/// A client's address as the limits count it. One IPv6 subscriber is usually given a whole /64 and
/// may pick any address in it, so IPv6 addresses count per /64 network; an IPv4 address written as
/// IPv6 (`::ffff:1.2.3.4`) counts as that IPv4 address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientAddr(IpAddr);

impl ClientAddr {
    /// Stands for a request whose address could not be learnt: such requests share one allowance
    /// rather than going unlimited.
    pub const UNKNOWN: ClientAddr = ClientAddr(IpAddr::V6(Ipv6Addr::UNSPECIFIED));

    pub fn of(ip: IpAddr) -> ClientAddr {
        match ip.to_canonical() {
            IpAddr::V4(v4) => ClientAddr(IpAddr::V4(v4)),
            IpAddr::V6(v6) => {
                let network = u128::from(v6) & !u128::from(u64::MAX);
                ClientAddr(IpAddr::V6(Ipv6Addr::from(network)))
            }
        }
    }
}

impl std::fmt::Display for ClientAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            IpAddr::V4(v4) => v4.fmt(f),
            IpAddr::V6(v6) => write!(f, "{v6}/64"),
        }
    }
}

/// The longest a password check is held back when its account is being tried from many addresses.
const SLOW_DOWN_AT_MOST: Duration = Duration::from_secs(2);

/// The limits the application applies itself (the server's router adds per-address limits on
/// anonymous forms and downloads).
///
/// Every password check (sign-in, changing the password or the address, confirming a registration)
/// passes [`RateLimits::admit_password_check`]: refused beyond the limit of its address, and of its
/// account from that address; beyond the limit of its account from everywhere it is only slowed
/// down. So a stranger can exhaust their own allowance but never lock the owner out.
pub struct RateLimits {
    per_address: Limiter<ClientAddr>,
    per_account_and_address: Limiter<(String, ClientAddr)>,
    per_account: Limiter<String>,
    anonymous_reports: Limiter<ClientAddr>,
}

impl RateLimits {
    pub fn new(
        per_account: NonZeroU32,
        per_address: NonZeroU32,
        reports_per_address: NonZeroU32,
    ) -> RateLimits {
        RateLimits {
            per_address: Limiter::per_minute(per_address),
            per_account_and_address: Limiter::per_minute(per_account),
            per_account: Limiter::per_minute(per_account),
            anonymous_reports: Limiter::per_minute(reports_per_address),
        }
    }

    /// Counts one report of a problem sent without signing in. The address is only counted in
    /// memory, never stored with the report.
    pub fn admit_anonymous_report(&self, from: ClientAddr) -> Result<(), AppError> {
        self.anonymous_reports.check(&from).map_err(|_| {
            tracing::warn!(%from, "report refused: too many from this address");
            AppError::TooManyRequests
        })
    }

    /// Counts one password check of `account` (a normalised e-mail address) from `from`.
    pub async fn admit_password_check(
        &self,
        account: &str,
        from: ClientAddr,
    ) -> Result<(), AppError> {
        let account = account.to_owned();
        if self.per_address.check(&from).is_err() {
            tracing::warn!(%from, "password check refused: too many from this address");
            return Err(AppError::TooManyRequests);
        }
        if self
            .per_account_and_address
            .check(&(account.clone(), from))
            .is_err()
        {
            tracing::warn!(account = %super::accounts::auth::masked_email(&account), %from, "password check refused: too many for this account from this address");
            return Err(AppError::TooManyRequests);
        }
        if let Err(wait) = self.per_account.check(&account) {
            tracing::info!(account = %super::accounts::auth::masked_email(&account), "password check slowed down: many for this account");
            tokio::time::sleep(wait.min(SLOW_DOWN_AT_MOST)).await;
        }
        Ok(())
    }

    pub fn forget_idle(&self) {
        self.per_address.forget_idle();
        self.per_account_and_address.forget_idle();
        self.per_account.forget_idle();
        self.anonymous_reports.forget_idle();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_refused_after_its_quota_and_others_are_not() {
        let limiter = Limiter::per_minute(NonZeroU32::new(3).unwrap());
        for _ in 0..3 {
            assert!(limiter.check(&"a").is_ok());
        }
        let wait = limiter.check(&"a").unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(20));
        assert!(limiter.check(&"b").is_ok());
    }

    fn addr(s: &str) -> ClientAddr {
        ClientAddr::of(s.parse().unwrap())
    }

    #[test]
    fn ipv6_addresses_count_per_64_and_ipv4_per_address() {
        assert_eq!(
            addr("2001:db8:1:2:aaaa::1"),
            addr("2001:db8:1:2:ffff:1:2:3")
        );
        assert_ne!(addr("2001:db8:1:2::1"), addr("2001:db8:1:3::1"));
        assert_eq!(
            addr("2001:db8:1:2:aaaa::1").to_string(),
            "2001:db8:1:2::/64"
        );
        assert_ne!(addr("203.0.113.7"), addr("203.0.113.8"));
        assert_eq!(addr("::ffff:203.0.113.7"), addr("203.0.113.7"));
        assert_eq!(addr("203.0.113.7").to_string(), "203.0.113.7");
    }

    #[tokio::test]
    async fn wrong_guesses_from_one_address_never_lock_the_owner_out_elsewhere() {
        let limits = RateLimits::new(
            NonZeroU32::new(10).unwrap(),
            NonZeroU32::new(30).unwrap(),
            NonZeroU32::new(1).unwrap(),
        );
        let (stranger, owner) = (addr("203.0.113.7"), addr("198.51.100.4"));
        for _ in 0..10 {
            assert_eq!(
                limits.admit_password_check("a@x.example", stranger).await,
                Ok(())
            );
        }
        assert_eq!(
            limits.admit_password_check("a@x.example", stranger).await,
            Err(AppError::TooManyRequests)
        );
        // The owner, elsewhere, is only slowed down.
        assert_eq!(
            limits.admit_password_check("a@x.example", owner).await,
            Ok(())
        );
    }

    #[tokio::test]
    async fn one_address_trying_many_accounts_is_refused() {
        let limits = RateLimits::new(
            NonZeroU32::new(10).unwrap(),
            NonZeroU32::new(3).unwrap(),
            NonZeroU32::new(1).unwrap(),
        );
        let from = addr("2001:db8::1");
        for n in 0..3 {
            let account = format!("p{n}@x.example");
            assert_eq!(limits.admit_password_check(&account, from).await, Ok(()));
        }
        // Another address of the same /64 shares the allowance.
        assert_eq!(
            limits
                .admit_password_check("p9@x.example", addr("2001:db8::2"))
                .await,
            Err(AppError::TooManyRequests)
        );
    }
}
