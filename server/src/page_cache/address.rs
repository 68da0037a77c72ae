//! What the cache keeps, and under which address. The key is never the address as sent: it is
//! the path with the filters that change the answer, in their normal form (unknown parameters
//! dropped, ignored values and defaults removed, the filters in one order), so `/?x=1`,
//! `/?sort=newest` and `/` are one page, and made-up parameters cannot fill the cache.
use app::domain::CompendiumFilter;
use axum::http::HeaderValue;

/// The kinds of answer the cache keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cached {
    /// A public page as an anonymous visitor sees it, per language.
    Page,
    /// The open API's totals (`/api/v1/stats`): the same for everyone, in every language.
    Stats,
}

impl Cached {
    pub fn of(path: &str) -> Option<Cached> {
        if cacheable_page(path) {
            Some(Cached::Page)
        } else if path == STATS {
            Some(Cached::Stats)
        } else {
            None
        }
    }

    /// Whether a signed-in visitor gets an answer of their own (their name in the header).
    pub fn personal(self) -> bool {
        self == Cached::Page
    }

    /// The media type the stored answer must have.
    pub fn media_type(self) -> &'static str {
        match self {
            Cached::Page => "text/html",
            Cached::Stats => "application/json",
        }
    }

    pub fn vary(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Cached::Page => "Cookie, Accept-Language, Accept-Encoding",
            Cached::Stats => "Accept-Encoding",
        })
    }
}

const STATS: &str = "/api/v1/stats";

/// The public pages: the compendium list, its dashboard and each pledge's permalink; the
/// opportunities and each opportunity's page; organisation profiles. (Not ITU's opportunity form.)
pub fn cacheable_page(path: &str) -> bool {
    path == "/"
        || path == "/dashboard"
        || path.starts_with("/compendium/")
        || path == OPPORTUNITIES
        || (path.starts_with("/opportunities/")
            && path != "/opportunities/new"
            && path != "/opportunities/answers.csv"
            && !path.ends_with("/edit"))
        || path.starts_with("/organisations/")
}

const OPPORTUNITIES: &str = "/opportunities";

/// The address an answer is kept under, and rendered for: `path` with the normal form of the
/// filters in `query` that `path` reads (the list also its cursor; a permalink none).
pub fn normal_address(path: &str, query: Option<&str>) -> String {
    let query = query.unwrap_or_default();
    if path == OPPORTUNITIES {
        let mut filter = app::domain::marketplace::OpportunityFilter::default();
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
            filter.set(&name, value.into_owned());
        }
        let normal = filter.normalised().query();
        return if normal.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{normal}")
        };
    }
    let reads_filters = path == "/" || path == "/dashboard" || path == STATS;
    if !reads_filters || query.is_empty() {
        return path.to_owned();
    }
    let mut filter = CompendiumFilter::default();
    // The last value of a repeated parameter counts, as the pages read it.
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        filter.set(&name, value.into_owned());
    }
    let filter = filter.normalised();
    let normal = match filter.after.as_deref() {
        Some(cursor) if path == "/" => filter.query_after(cursor),
        _ => filter.query(),
    };
    if normal.is_empty() {
        path.to_owned()
    } else {
        format!("{path}?{normal}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_that_show_the_same_answer_are_one() {
        for same in [
            None,
            Some(""),
            Some("x=1"),
            Some("utm_source=mail&x=%FF"),
            Some("sort=newest&q=&focus_area=atlantis"),
            Some("q=%20%20&year=19x9"),
        ] {
            assert_eq!(normal_address("/", same), "/", "{same:?}");
        }
        assert_eq!(
            normal_address("/", Some("group=ldc&x=1&focus_area=access")),
            normal_address("/", Some("focus_area=access&group=ldc")),
            "order fixed"
        );
        assert_eq!(
            normal_address("/", Some("focus_area=access&group=ldc")),
            "/?focus_area=access&group=ldc"
        );
        assert_eq!(
            normal_address("/", Some("q=solar+schools&q=wind")),
            "/?q=wind",
            "the last value counts"
        );
        assert_eq!(
            normal_address("/", Some("q=solar+schools")),
            "/?q=solar%20schools"
        );
        assert_eq!(
            normal_address("/", Some("after=n1.2&sort=value")),
            "/?sort=value&after=n1.2"
        );
        assert_eq!(
            normal_address("/dashboard", Some("after=n1.2&country=fj")),
            "/dashboard?country=FJ",
            "the dashboard has no pages"
        );
        assert_eq!(
            normal_address("/compendium/P2C-2026-00001", Some("x=1")),
            "/compendium/P2C-2026-00001"
        );
        assert_eq!(
            normal_address("/api/v1/stats", Some("group=sids&limit=5")),
            "/api/v1/stats?group=sids"
        );
        assert_eq!(
            normal_address("/opportunities", Some("x=1&country=mw&kind=nonsense")),
            "/opportunities?country=MW"
        );
    }

    #[test]
    fn only_public_answers_are_cached() {
        assert_eq!(Cached::of("/"), Some(Cached::Page));
        assert_eq!(Cached::of("/compendium/P2C-2026-00001"), Some(Cached::Page));
        assert_eq!(Cached::of("/api/v1/stats"), Some(Cached::Stats));
        assert_eq!(
            Cached::of("/opportunities/malawi-schools"),
            Some(Cached::Page)
        );
        assert_eq!(Cached::of("/organisations/12-ministry"), Some(Cached::Page));
        for other in [
            "/compendium.xlsx",
            "/api/v1/pledges",
            "/my/pledges",
            "/login",
            "/opportunities/new",
            "/opportunities/malawi-schools/edit",
            "/opportunities/answers.csv",
        ] {
            assert_eq!(Cached::of(other), None, "{other}");
        }
    }
}
