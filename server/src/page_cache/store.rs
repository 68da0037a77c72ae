//! The stored answers, within a budget of bytes. Past it, the least recently used answers are
//! dropped one by one until the new one fits: a flood of new addresses (each search is one)
//! pushes out what nobody asked for lately, never the pages everyone reads. An answer of an
//! older compendium version can never be served again, so the first answer of a newer version
//! drops them all.
use std::collections::HashMap;
use std::sync::Arc;

use app::i18n::Locale;

use super::Page;

struct Entry {
    page: Arc<Page>,
    /// The store's clock when the entry was last read or written.
    used: u64,
}

/// Per language, by normal address.
pub struct Store {
    by_locale: HashMap<Locale, HashMap<String, Entry>>,
    bytes: usize,
    budget: usize,
    clock: u64,
    /// The newest version stored.
    version: i64,
}

fn cost(address: &str, page: &Page) -> usize {
    address.len() + page.size()
}

impl Store {
    pub fn new(budget: usize) -> Store {
        Store {
            by_locale: HashMap::new(),
            bytes: 0,
            budget,
            clock: 0,
            version: 0,
        }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    pub fn get(&mut self, locale: Locale, address: &str, version: i64) -> Option<Arc<Page>> {
        let now = self.tick();
        let entry = self.by_locale.get_mut(&locale)?.get_mut(address)?;
        if entry.page.version != version {
            return None;
        }
        entry.used = now;
        Some(Arc::clone(&entry.page))
    }

    pub fn keep(&mut self, locale: Locale, address: String, page: Arc<Page>) {
        let size = cost(&address, &page);
        if size > self.budget || page.version < self.version {
            return;
        }
        if page.version > self.version {
            self.by_locale.clear();
            self.bytes = 0;
            self.version = page.version;
        }
        self.remove(locale, &address);
        while self.bytes + size > self.budget && self.evict_least_recent() {}
        let used = self.tick();
        self.bytes += size;
        self.by_locale
            .entry(locale)
            .or_default()
            .insert(address, Entry { page, used });
    }

    fn remove(&mut self, locale: Locale, address: &str) {
        let Some(by_address) = self.by_locale.get_mut(&locale) else {
            return;
        };
        if let Some(old) = by_address.remove(address) {
            self.bytes = self.bytes.saturating_sub(cost(address, &old.page));
        }
    }

    /// Drops the entry read longest ago; `false` when there is none. A scan: it runs once per
    /// page rendered past the budget, and a render costs far more than a look at every entry.
    fn evict_least_recent(&mut self) -> bool {
        let oldest = self
            .by_locale
            .iter()
            .flat_map(|(locale, by_address)| {
                by_address
                    .iter()
                    .map(move |(address, e)| (e.used, *locale, address))
            })
            .min_by_key(|(used, _, _)| *used)
            .map(|(_, locale, address)| (locale, address.clone()));
        match oldest {
            Some((locale, address)) => {
                self.remove(locale, &address);
                true
            }
            None => false,
        }
    }

    #[cfg(test)]
    pub fn bytes(&self) -> usize {
        self.bytes
    }
}
