//! Searches outside their limits (too short or too long a word, too many words, too long in all)
//! are refused with a message next to the search field, in the reader's language, on the page a
//! browser without JavaScript gets; the server functions, the open API and the downloads refuse
//! them too, before any database work.
use app::domain::SEARCH_MAX_TERMS;
use app::error::AppError;
use app::i18n::{Key, Locale};

use crate::compendium::{filter_form, query};
use crate::helpers::{Backend, TestApp};

async fn page_in(app: &TestApp, path: &str, locale: Locale) -> (u16, scraper::Html) {
    let response = app
        .anonymous()
        .client
        .get(format!("{}{path}", app.base))
        .header("Accept", "text/html")
        .header("Accept-Language", locale.code())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (
        status,
        scraper::Html::parse_document(&response.text().await.unwrap()),
    )
}

fn text_of(page: &scraper::Html, selector: &str) -> String {
    let selector = scraper::Selector::parse(selector).unwrap();
    page.select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

async fn searches_outside_the_limits_are_answered_with_a_message(backend: Backend) {
    let app = TestApp::spawn(backend).await;
    let too_many = ["solar"; SEARCH_MAX_TERMS + 1].join(" ");
    let too_long_word = "x".repeat(101);
    let too_long = format!("{} {}", "y".repeat(100), "z".repeat(100));
    let cases = [
        ("a", Key::VSearchTermShort),
        ("solar a", Key::VSearchTermShort),
        (too_many.as_str(), Key::VSearchTooManyTerms),
        (too_long_word.as_str(), Key::VSearchTermLong),
        (too_long.as_str(), Key::VSearchTooLong),
    ];
    for (q, key) in cases {
        for locale in [Locale::En, Locale::Ar] {
            for path in ["/", "/dashboard"] {
                let address = format!("{path}?{}", query(&[("q", q), ("focus_area", "access")]));
                let (status, page) = page_in(&app, &address, locale).await;
                assert_eq!(status, 400, "{address}");
                // The message sits next to the field, which keeps what was typed.
                assert_eq!(
                    text_of(&page, "#q-error").trim(),
                    locale.t(key),
                    "{address}"
                );
                let field = scraper::Selector::parse("form[method=get] input#q").unwrap();
                let input = page
                    .select(&field)
                    .next()
                    .expect("the search form is there");
                assert_eq!(input.value().attr("aria-invalid"), Some("true"));
                assert_eq!(input.value().attr("value"), Some(q));
                assert!(
                    text_of(&page, ".pledge-list").is_empty(),
                    "no results for a refused search"
                );
            }
        }
        // The hydrated page's server functions, the API and the downloads refuse it too.
        let form = filter_form(&[("q", q)]);
        let refs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let public = app.anonymous();
        for endpoint in ["compendium_list", "compendium_totals"] {
            match public.call(endpoint, &refs).await {
                Err(AppError::Validation(issues)) => {
                    assert_eq!(issues[0].field, "q");
                    assert_eq!(issues[0].message_key(), key);
                }
                other => panic!("{endpoint}: {other:?}"),
            }
        }
        for path in ["/api/v1/pledges", "/api/v1/stats", "/compendium.csv"] {
            let (status, _) = public.get(&format!("{path}?{}", query(&[("q", q)]))).await;
            assert_eq!(status, 400, "{path} {q}");
        }
    }
    // Within the limits, the same form finds what it should.
    let (status, page) = page_in(&app, "/?q=%E5%AE%BD%E5%B8%A6+solar", Locale::En).await;
    assert_eq!(status, 200);
    assert!(text_of(&page, "#q-error").trim().is_empty());
}

crate::on_both_databases!(searches_outside_the_limits_are_answered_with_a_message);
