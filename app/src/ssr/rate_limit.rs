//! Rate limits (the GCRA of the `governor` crate), keyed by whatever is being protected: a client's
//! IP address, an account's e-mail address.
use std::hash::Hash;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

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

/// The limits the application applies itself (the server's router adds per-IP limits).
pub struct RateLimits {
    /// Sign-in attempts per account (normalised e-mail address), whatever address they come from.
    pub sign_in_per_account: Limiter<String>,
}

impl RateLimits {
    pub fn new(sign_in_per_account: NonZeroU32) -> RateLimits {
        RateLimits {
            sign_in_per_account: Limiter::per_minute(sign_in_per_account),
        }
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
}
