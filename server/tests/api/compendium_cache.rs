//! The page cache cannot be bypassed or flushed: addresses that show the same page are one entry,
//! a flood of junk addresses leaves the pages people read in place, a full cache drops its least
//! recently used pages only, and the open API's totals are kept like the pages.
//!
//! How a test tells a stored page from a new render: every render draws a new CSP nonce and
//! writes it into the page, so the same bytes twice are the same render, served from the cache.
use crate::compendium::publish_titled;
use crate::helpers::{Backend, Session, TestApp};

async fn html(s: &Session, path: &str) -> String {
    let (status, body) = s.get(path).await;
    assert_eq!(status, 200, "GET {path}: {body}");
    body
}

async fn same_page_for_every_spelling_of_its_address(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let public = app.anonymous();
    let home = html(&public, "/").await;
    assert!(
        home.contains("nonce="),
        "each render has a nonce of its own"
    );
    for same in [
        "/?x=1",
        "/?sort=newest",
        "/?q=&focus_area=&year=&x=%FF",
        "/?focus_area=atlantis",
    ] {
        assert_eq!(html(&public, same).await, home, "{same} is /");
    }
    let filtered = html(&public, "/?focus_area=access&group=ldc").await;
    assert_ne!(filtered, home);
    assert_eq!(
        html(&public, "/?group=ldc&utm_source=mail&focus_area=access").await,
        filtered,
        "the filters in any order, unknown parameters dropped"
    );
    // Rendered for the normal address: its links back to itself carry no junk.
    let junk_first = html(&public, "/dashboard?junk=7&country=fj").await;
    assert!(
        !junk_first.contains("junk"),
        "rendered for /dashboard?country=FJ"
    );
    assert_eq!(html(&public, "/dashboard?country=FJ").await, junk_first);
}

async fn a_thousand_junk_addresses_leave_the_list_in_the_cache(backend: Backend) {
    // Few renders allowed: the thousand requests below pass only if none of them is a render.
    let app = TestApp::spawn_with(backend, &[("P2C_PAGE_RENDERS_PER_IP_PER_MINUTE", "5")]).await;
    let public = app.anonymous();
    let home = html(&public, "/").await;
    for i in 0..1000 {
        let path = format!("/?junk{i}={i}&utm_campaign=c{i}");
        let (status, body) = public.get(&path).await;
        assert_eq!(status, 200, "{path}");
        assert!(body == home, "{path} was rendered anew");
    }
    assert_eq!(html(&public, "/").await, home, "/ is still the stored page");
}

async fn a_full_cache_drops_the_least_recently_used_pages_only(backend: Backend) {
    let app = TestApp::spawn_with(backend, &[("P2C_PAGE_CACHE_BYTES", "1000000")]).await;
    let public = app.anonymous();
    let home = html(&public, "/").await;
    let first_search = html(&public, "/?q=unfound0").await;
    // Each search is a page of its own; forty of them hold more than the budget.
    for i in 1..40 {
        html(&public, &format!("/?q=unfound{i}")).await;
        assert_eq!(html(&public, "/").await, home, "after {i} searches");
    }
    assert_ne!(
        html(&public, "/?q=unfound0").await,
        first_search,
        "the page nobody read again was dropped and rendered anew"
    );
    let last = html(&public, "/?q=unfound39").await;
    assert_eq!(
        html(&public, "/?q=unfound39").await,
        last,
        "recent pages stay"
    );
}

async fn stats_are_served_from_the_cache_and_dropped_on_publication(backend: Backend) {
    // Two API answers a minute: the totals asked for ten times come from the cache.
    let app = TestApp::spawn_with(backend, &[("P2C_API_PER_IP_PER_MINUTE", "2")]).await;
    let public = app.anonymous();
    let stats = |tag: Option<String>| {
        let s = &public;
        async move {
            let mut request = s
                .client
                .get(format!("{}/api/v1/stats?group=&x=1", s.base))
                .header("Origin", "https://data.example");
            if let Some(tag) = tag {
                request = request.header("If-None-Match", tag);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            (status, headers, response.text().await.unwrap())
        }
    };
    let (status, first, body) = stats(None).await;
    assert_eq!(status, 200, "{body}");
    let before: serde_json::Value = serde_json::from_str(&body).unwrap();
    let tag = first["etag"].to_str().unwrap().to_owned();
    for _ in 0..10 {
        let (status, headers, again) = stats(None).await;
        assert_eq!(status, 200, "{again}");
        assert_eq!(again, body);
        assert_eq!(headers["etag"].to_str().unwrap(), tag);
        assert_eq!(headers["access-control-allow-origin"], "*");
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap()
                .starts_with("application/json")
        );
    }
    let (status, _, empty) = stats(Some(tag.clone())).await;
    assert_eq!((status, empty.as_str()), (304, ""));

    publish_titled(&app, "Counted pledge STATS-7Q").await;
    let (status, after, body) = stats(Some(tag.clone())).await;
    assert_eq!(status, 200, "{body}");
    assert_ne!(after["etag"].to_str().unwrap(), tag);
    let now: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        now["pledges"].as_u64().unwrap(),
        before["pledges"].as_u64().unwrap() + 1
    );
}

crate::on_both_databases!(
    same_page_for_every_spelling_of_its_address,
    a_thousand_junk_addresses_leave_the_list_in_the_cache,
    a_full_cache_drops_the_least_recently_used_pages_only,
    stats_are_served_from_the_cache_and_dropped_on_publication,
);
