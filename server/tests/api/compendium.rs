//! The public compendium on a seeded set with known answers: filters and search (Chinese and
//! Arabic included), keyset paging, permalinks, the open API's list, no unpublished pledge in any
//! page, export or API answer, and the page cache. The exports are in `compendium_exports.rs`.
use std::collections::BTreeSet;
use std::io::Read;

use app::domain::{CompendiumPage, CompendiumStats};
use calamine::Reader;

use crate::helpers::{
    ADMIN, Backend, MINISTRY, ORGANISER, PACIFIC, REVIEWER, Session, TestApp,
    blocked_inline_scripts, pledge_form,
};

pub(crate) const MARK: &str = "7Q";
pub(crate) const ALPHA: &str = "Solar school labs ALPHA-7Q";
pub(crate) const BRAVO: &str = "宽带村村通 BRAVO-7Q";
pub(crate) const CHARLIE: &str = "ربط المدارس الجزرية CHARLIE-7Q";
pub(crate) const DELTA: &str = "Island investment fund DELTA-7Q";
pub(crate) const HOSTILE: &str = "=HYPERLINK(\"http://evil.example\",\"click\") ECHO-7Q";
pub(crate) const PARTNER: &str = "Fiji Telecom Authority 7Q";

/// Filter parameters as the URL has them.
pub(crate) type Filter<'a> = Vec<(&'a str, &'a str)>;

/// `form` with `key` set to `values` (every earlier value of it removed).
pub(crate) fn set<'a>(
    mut form: Vec<(&'a str, &'a str)>,
    key: &'a str,
    values: &[&'a str],
) -> Vec<(&'a str, &'a str)> {
    form.retain(|(k, _)| *k != key);
    form.extend(values.iter().map(|v| (key, *v)));
    form
}

/// A pledge in Fiji that benefits SIDS and no other group.
pub(crate) fn island<'a>(
    title: &'a str,
    areas: &[&'a str],
    pledge_type: &'a str,
) -> Vec<(&'a str, &'a str)> {
    let f = set(
        pledge_form(title, areas),
        "input[scope_countries][]",
        &["FJ"],
    );
    let f = set(f, "input[ldc][level]", &["none"]);
    let f = set(f, "input[lldc][level]", &["none"]);
    let f = set(f, "input[sids][level]", &["primary"]);
    let f = set(
        f,
        "input[sids][statement]",
        &["Fiji is a small island developing State."],
    );
    set(f, "input[pledge_type]", &[pledge_type])
}

pub(crate) async fn version(app: &TestApp, id: &str) -> String {
    app.one_string(&format!(
        "SELECT CAST(version AS TEXT) FROM pledges WHERE id = {id}"
    ))
    .await
}

pub(crate) async fn submit(s: &Session, form: &[(&str, &str)]) -> String {
    s.call("save_pledge", form)
        .await
        .unwrap_or_else(|e| panic!("submit: {e:?}"))
}

pub(crate) async fn publish(
    app: &TestApp,
    reviewer: &Session,
    s: &Session,
    form: &[(&str, &str)],
) -> String {
    let id = submit(s, form).await;
    reviewer
        .approve(&id, &version(app, &id).await)
        .await
        .unwrap_or_else(|e| panic!("approve: {e:?}"));
    id
}

/// The ministry submits a pledge titled `title` for access and a reviewer publishes it.
pub(crate) async fn publish_titled(app: &TestApp, title: &str) -> String {
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    publish(app, &reviewer, &ministry, &pledge_form(title, &["access"])).await
}

pub(crate) fn filter_form(filter: &[(&str, &str)]) -> Vec<(String, String)> {
    filter
        .iter()
        .map(|(k, v)| (format!("filter[{k}]"), (*v).to_owned()))
        .collect()
}

pub(crate) async fn list(s: &Session, filter: &[(&str, &str)]) -> CompendiumPage {
    let form = filter_form(filter);
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let body = s.call("compendium_list", &refs).await.unwrap();
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

pub(crate) async fn totals(s: &Session, filter: &[(&str, &str)]) -> CompendiumStats {
    let form = filter_form(filter);
    let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let body = s.call("compendium_totals", &refs).await.unwrap();
    serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

/// Titles of this test's pledges the filter finds (the demo data's are left out).
pub(crate) async fn found(s: &Session, filter: &[(&str, &str)]) -> BTreeSet<String> {
    list(s, filter)
        .await
        .pledges
        .into_iter()
        .map(|p| p.title)
        .filter(|t| t.contains(MARK))
        .collect()
}

pub(crate) fn titles(list: &[&str]) -> BTreeSet<String> {
    list.iter().map(|t| (*t).to_owned()).collect()
}

pub(crate) fn query(filter: &[(&str, &str)]) -> String {
    let mut url = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in filter {
        url.append_pair(k, v);
    }
    url.finish()
}

/// The main part of a DOCX: `word/document.xml`, as Word reads it out of the zip.
pub(crate) fn document_xml(docx: Vec<u8>) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

pub(crate) async fn download(
    s: &Session,
    path: &str,
) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let response = s
        .client
        .get(format!("{}{path}", s.base))
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    (status, headers, response.bytes().await.unwrap().to_vec())
}

/// The known set: five published pledges of two organisations, one of them joint.
pub(crate) struct Known {
    pub delta: String,
}

pub(crate) async fn seed_known(app: &TestApp) -> Known {
    let ministry = app.sign_in(MINISTRY).await;
    let pacific = app.sign_in(PACIFIC).await;
    let reviewer = app.sign_in(REVIEWER).await;
    publish(app, &reviewer, &ministry, &pledge_form(ALPHA, &["access"])).await;
    publish(
        app,
        &reviewer,
        &ministry,
        &set(
            pledge_form(BRAVO, &["adoption"]),
            "input[pledge_type]",
            &["policy"],
        ),
    )
    .await;
    publish(
        app,
        &reviewer,
        &pacific,
        &island(CHARLIE, &["access", "adoption"], "advocacy"),
    )
    .await;
    let mut delta_form = island(DELTA, &["accelerate"], "financial");
    delta_form.extend([("input[amount]", "2,000,000"), ("input[currency]", "USD")]);
    // Under the four-eyes threshold (USD 10 million): one approval publishes it.
    let delta = publish(app, &reviewer, &pacific, &delta_form).await;
    // A partner named in an edit after publication: public once the edit is approved.
    let mut edit = delta_form.clone();
    edit.extend([
        ("pledge", delta.as_str()),
        ("input[named_partners]", PARTNER),
    ]);
    publish(app, &reviewer, &pacific, &edit).await;
    publish(
        app,
        &reviewer,
        &ministry,
        &pledge_form(HOSTILE, &["value_creation"]),
    )
    .await;
    Known { delta }
}

async fn filters_and_search_find_exactly_the_known_answers(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let known = seed_known(&app).await;
    let public = app.anonymous();

    let cases: Vec<(Filter, Vec<&str>)> = vec![
        (
            vec![("q", MARK)],
            vec![ALPHA, BRAVO, CHARLIE, DELTA, HOSTILE],
        ),
        (vec![("focus_area", "access")], vec![ALPHA, CHARLIE]),
        (
            vec![("focus_area", "adoption"), ("group", "sids")],
            vec![CHARLIE],
        ),
        (vec![("group", "sids")], vec![CHARLIE, DELTA]),
        (vec![("group", "ldc")], vec![ALPHA, BRAVO, HOSTILE]),
        (
            vec![("pledge_type", "financial"), ("usd_min", "1,000,000")],
            vec![DELTA],
        ),
        (vec![("usd_max", "1000000")], vec![]),
        (
            vec![("stakeholder_type", "government")],
            vec![ALPHA, BRAVO, HOSTILE],
        ),
        (vec![("region", "asia_pacific")], vec![CHARLIE, DELTA]),
        (vec![("region", "africa")], vec![ALPHA, BRAVO, HOSTILE]),
        (vec![("country", "fj")], vec![CHARLIE, DELTA]),
        (vec![("organisation", "fiji telecom")], vec![DELTA]),
        (vec![("year", "1999")], vec![]),
        // Chinese: a two-character word (shorter than a trigram) and a three-character one.
        (vec![("q", "宽带")], vec![BRAVO]),
        (vec![("q", "村村通")], vec![BRAVO]),
        // Arabic, and words that must all appear, in any case.
        (vec![("q", "المدارس")], vec![CHARLIE]),
        (vec![("q", "SOLAR labs")], vec![ALPHA]),
        (vec![("q", "solar bravo")], vec![]),
        // Organisation names are searched too; LIKE's wildcards are taken literally.
        (vec![("q", "fiji telecom authority")], vec![DELTA]),
        (vec![("q", "%%")], vec![]),
        (vec![("q", "_7q")], vec![]),
        // Unknown codes are ignored, never an error.
        (
            vec![("focus_area", "nonsense"), ("q", "delta-7q")],
            vec![DELTA],
        ),
    ];
    for (filter, expected) in &cases {
        assert_eq!(found(&public, filter).await, titles(expected), "{filter:?}");
        // The open API answers the same.
        let body = public
            .page(&format!("/api/v1/pledges?limit=100&{}", query(filter)))
            .await;
        let api: serde_json::Value = serde_json::from_str(&body).unwrap();
        let api_titles: BTreeSet<String> = api["pledges"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|p| p["title"].as_str())
            .filter(|t| t.contains(MARK))
            .map(str::to_owned)
            .collect();
        assert_eq!(api_titles, titles(expected), "API {filter:?}");
    }

    // Highest value first puts the two-million-dollar pledge ahead of the known set.
    let by_value = list(&public, &[("q", MARK), ("sort", "value")]).await;
    assert_eq!(by_value.pledges[0].title, DELTA);
    assert_eq!(by_value.pledges[0].usd_cents, Some(200_000_000));

    // The permalink: every public field, the partner, and never the contact person.
    let delta = list(&public, &[("q", "DELTA-7Q")]).await.pledges.remove(0);
    assert!(
        delta.public_ref.starts_with("P2C-20"),
        "{}",
        delta.public_ref
    );
    assert!(
        delta
            .public_ref
            .ends_with(&format!("{:05}", known.delta.parse::<i32>().unwrap()))
    );
    assert_eq!(delta.partners, vec![PARTNER.to_owned()]);
    let html = public
        .page(&format!("/compendium/{}", delta.public_ref))
        .await;
    for text in [
        DELTA,
        PARTNER,
        "Fiji is a small island developing State.",
        "Health centres connected",
    ] {
        assert!(
            html.contains(text),
            "{text} missing from the permalink page"
        );
    }
    assert!(!html.contains("contact@pledge.example"));
    let api = public
        .page(&format!("/api/v1/pledges/{}", delta.public_ref))
        .await;
    assert!(api.contains(PARTNER) && !api.contains("contact@pledge.example"));
    for missing in ["/compendium/P2C-2026-99999", "/compendium/nonsense"] {
        assert_eq!(public.get(missing).await.0, 404, "{missing}");
    }
    assert_eq!(public.get("/api/v1/pledges/P2C-2026-99999").await.0, 404);

    // The list page itself, without JavaScript: the filters come from the address.
    let page = public.page(&format!("/?{}", query(&[("q", "宽带")]))).await;
    assert!(page.contains(BRAVO) && !page.contains(ALPHA));
    let page = public.page("/?focus_area=access&group=sids").await;
    assert!(page.contains(CHARLIE) && !page.contains(DELTA));
}

async fn keyset_pages_show_every_pledge_once_in_order(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let mut published = Vec::new();
    for n in 0..27 {
        let title = format!("Bulk pledge {n:02} PAGE-7Q");
        published.push(
            publish(
                &app,
                &reviewer,
                &ministry,
                &pledge_form(&title, &["access"]),
            )
            .await,
        );
    }
    let public = app.anonymous();
    for sort in ["newest", "value"] {
        let first = list(&public, &[("q", "page-7q"), ("sort", sort)]).await;
        assert_eq!(first.total, 27);
        assert_eq!(first.pledges.len(), 25);
        let cursor = first.next.clone().expect("a second page");
        let second = list(
            &public,
            &[("q", "page-7q"), ("sort", sort), ("after", &cursor)],
        )
        .await;
        assert_eq!(second.pledges.len(), 2);
        assert!(second.next.is_none() && second.later_page);
        let seen: Vec<String> = first
            .pledges
            .iter()
            .chain(&second.pledges)
            .map(|p| p.title.clone())
            .collect();
        let distinct: BTreeSet<&String> = seen.iter().collect();
        assert_eq!(distinct.len(), 27, "{sort}: every pledge once");
        // Published one after the other (and with equal values), the newest comes first.
        assert_eq!(seen[0], "Bulk pledge 26 PAGE-7Q", "{sort}");
        assert_eq!(seen[26], "Bulk pledge 00 PAGE-7Q", "{sort}");
        // A cursor of the other order, or a forged one, starts at the top.
        let other = list(
            &public,
            &[("q", "page-7q"), ("sort", sort), ("after", "x9.9")],
        )
        .await;
        assert_eq!(other.pledges[0].title, seen[0]);
    }
    // Without JavaScript: the page's "Next page" link carries the cursor.
    let html = public.page("/?q=page-7q").await;
    let next = scraper::Html::parse_document(&html)
        .select(&scraper::Selector::parse("a[rel=next]").unwrap())
        .next()
        .and_then(|a| a.value().attr("href").map(str::to_owned))
        .expect("a next-page link");
    let html = public.page(&next).await;
    assert!(html.contains("Bulk pledge 01 PAGE-7Q") && html.contains("Bulk pledge 00 PAGE-7Q"));
    assert!(!html.contains("Bulk pledge 02 PAGE-7Q"));
}

async fn no_unpublished_pledge_appears_anywhere(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    let admin = app.sign_in(ADMIN).await;
    let titled = |state: &str| format!("Hidden pledge HIDDEN-7Q {state}");

    let mut draft = pledge_form("", &["access"]);
    let draft_title = titled("draft");
    draft = set(draft, "input[title]", &[&draft_title]);
    draft = set(draft, "intent", &["draft"]);
    submit(&ministry, &draft).await;
    submit(&ministry, &pledge_form(&titled("submitted"), &["access"])).await;
    let rejected = submit(&ministry, &pledge_form(&titled("rejected"), &["access"])).await;
    reviewer
        .decide(
            &rejected,
            &version(&app, &rejected).await,
            "reject",
            "Not a pledge.",
            None,
        )
        .await
        .unwrap();
    let withdrawn = publish(
        &app,
        &reviewer,
        &ministry,
        &pledge_form(&titled("withdrawn"), &["access"]),
    )
    .await;
    let unpublished = publish(
        &app,
        &reviewer,
        &ministry,
        &pledge_form(&titled("unpublished"), &["access"]),
    )
    .await;
    let public = app.anonymous();
    let refs: Vec<String> = list(&public, &[("q", "hidden-7q")])
        .await
        .pledges
        .into_iter()
        .map(|p| p.public_ref)
        .collect();
    assert_eq!(refs.len(), 2, "both are public before they are taken down");
    ministry
        .call(
            "withdraw_pledge",
            &[
                ("id", &withdrawn),
                ("version", &version(&app, &withdrawn).await),
                ("reason", "Merged into another pledge."),
            ],
        )
        .await
        .unwrap();
    admin
        .call(
            "unpublish_pledge",
            &[
                ("id", &unpublished),
                ("version", &version(&app, &unpublished).await),
                ("reason", "Duplicate."),
            ],
        )
        .await
        .unwrap();

    // The titles, not the search term the page repeats in its search box.
    let hidden = |text: &str| text.to_lowercase().contains("hidden pledge hidden-7q");
    assert_eq!(list(&public, &[("q", "hidden-7q")]).await.total, 0);
    assert_eq!(totals(&public, &[("q", "hidden-7q")]).await.pledges, 0);
    for path in [
        "/".to_owned(),
        "/?q=hidden-7q".to_owned(),
        "/dashboard?q=hidden-7q".to_owned(),
        "/compendium.csv".to_owned(),
        "/compendium.json".to_owned(),
        "/api/v1/pledges?limit=100".to_owned(),
        "/api/v1/pledges?q=hidden-7q".to_owned(),
    ] {
        let (status, _, bytes) = download(&public, &path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            !hidden(&String::from_utf8_lossy(&bytes)),
            "{path} shows a pledge the public may not see"
        );
    }
    let organiser = app.sign_in(ORGANISER).await;
    let (_, _, bytes) = download(&organiser, "/compendium.csv").await;
    assert!(
        !hidden(&String::from_utf8_lossy(&bytes)),
        "organisers' export too"
    );
    let (_, _, bytes) = download(&public, "/compendium.xlsx").await;
    let mut book = calamine::Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    for name in book.sheet_names().to_vec() {
        let range = book.worksheet_range(&name).unwrap();
        assert!(
            range.rows().flatten().all(|c| !hidden(&c.to_string())),
            "sheet {name}"
        );
    }
    let (_, _, bytes) = download(&public, "/compendium.docx").await;
    let xml = document_xml(bytes);
    assert!(!hidden(&xml));
    for r in refs {
        assert_eq!(public.get(&format!("/compendium/{r}")).await.0, 404, "{r}");
        assert_eq!(
            public.get(&format!("/api/v1/pledges/{r}")).await.0,
            404,
            "{r}"
        );
    }
}

async fn public_pages_are_cached_revalidated_and_dropped_on_publication(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let public = app.anonymous();
    let get_with = |tag: Option<String>, encoding: Option<&'static str>| {
        let s = &public;
        async move {
            let mut request = s
                .client
                .get(format!("{}/", s.base))
                .header("Accept", "text/html");
            if let Some(tag) = tag {
                request = request.header("If-None-Match", tag);
            }
            if let Some(encoding) = encoding {
                request = request.header("Accept-Encoding", encoding);
            }
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            let headers = response.headers().clone();
            (status, headers, response.bytes().await.unwrap().to_vec())
        }
    };
    let get = |tag| async move {
        let (status, headers, body) = get_with(tag, None).await;
        (status, headers, String::from_utf8(body).unwrap())
    };
    let (status, first, body) = get(None).await;
    assert_eq!(status, 200);
    let tag = first["etag"].to_str().unwrap().to_owned();
    // The second answer comes from the cache: the same bytes, and a policy that allows exactly
    // the page's own inline scripts by their hashes (a nonce shared by every visitor would be
    // no nonce).
    let (_, second, again) = get(None).await;
    assert_eq!(second["etag"].to_str().unwrap(), tag);
    assert_eq!(again, body);
    let csp = second["content-security-policy"].to_str().unwrap();
    assert_eq!(first["content-security-policy"].to_str().unwrap(), csp);
    assert!(!csp.contains("'nonce-"), "{csp}");
    assert!(body.contains("<script"));
    assert_eq!(blocked_inline_scripts(csp, &again), Vec::<String>::new());
    let injected = again.replacen("<script", "<script>alert(1)</script><script", 1);
    assert_eq!(
        blocked_inline_scripts(csp, &injected),
        vec!["alert(1)".to_owned()],
        "a script the renderer did not write stays blocked"
    );
    // Sent as one stored buffer, the cached answer says its length, as a file would.
    assert!(!second.contains_key("content-encoding"));
    assert_eq!(
        second["content-length"].to_str().unwrap(),
        again.len().to_string()
    );
    // Browsers get the page compressed, under a tag of each encoding: gzip made when the page
    // was stored, and brotli made once, off the async threads, when a browser first asks for it
    // (most uncached addresses are asked for once); meanwhile that browser gets gzip.
    let (status, first, _) = get_with(None, Some("gzip, deflate, br")).await;
    assert_eq!(status, 200);
    assert_eq!(first["content-encoding"], "gzip");
    let mut tries = 0;
    let (compressed, br) = loop {
        let (status, headers, body) = get_with(None, Some("gzip, deflate, br")).await;
        assert_eq!(status, 200);
        if headers["content-encoding"] == "br" {
            break (headers, body);
        }
        tries += 1;
        assert!(tries < 100, "no brotli copy was made");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let br_tag = compressed["etag"].to_str().unwrap().to_owned();
    assert_ne!(br_tag, tag);
    assert!(br.len() < body.len() / 4, "{} of {}", br.len(), body.len());
    let mut unpacked = String::new();
    brotli::Decompressor::new(&br[..], 4096)
        .read_to_string(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, body);
    let (_, gzipped, _) = get_with(None, Some("gzip")).await;
    assert_eq!(gzipped["content-encoding"], "gzip");
    assert!(
        compressed["vary"]
            .to_str()
            .unwrap()
            .to_ascii_lowercase()
            .contains("accept-encoding")
    );
    let (status, _, empty) = get_with(Some(br_tag), Some("br")).await;
    assert_eq!((status, empty.len()), (304, 0));
    // A returning browser downloads nothing while nothing was published.
    let (status, not_modified, empty) = get(Some(tag.clone())).await;
    assert_eq!((status, empty.as_str()), (304, ""));
    // The stored page keeps the policy it came with.
    assert!(!not_modified.contains_key("content-security-policy"));

    // A publication drops the cached pages at once.
    let ministry = app.sign_in(MINISTRY).await;
    let reviewer = app.sign_in(REVIEWER).await;
    publish(
        &app,
        &reviewer,
        &ministry,
        &pledge_form("Fresh pledge CACHE-7Q", &["access"]),
    )
    .await;
    let (status, after, body) = get(Some(tag.clone())).await;
    assert_eq!(status, 200);
    assert_ne!(after["etag"].to_str().unwrap(), tag);
    assert!(body.contains("Fresh pledge CACHE-7Q"));
    // Signed-in people get their own page, never a cached one.
    let (status, mine) = ministry.get("/").await;
    assert_eq!(status, 200);
    assert!(mine.contains("Signed in as"));
    let (_, _, anonymous) = get(None).await;
    assert!(!anonymous.contains("Signed in as"));
}

crate::on_both_databases!(
    public_pages_are_cached_revalidated_and_dropped_on_publication,
    filters_and_search_find_exactly_the_known_answers,
    keyset_pages_show_every_pledge_once_in_order,
    no_unpublished_pledge_appears_anywhere,
);
