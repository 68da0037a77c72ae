//! The browser entry point: hydrate the server-rendered page and nothing else.
//!
//! First the messages of the page's language are fetched (the wasm carries English only); if that
//! fails the page stays as the server rendered it, which works without scripts. Hydration is
//! asynchronous because most pages are lazy routes, whose wasm chunks load first.
use leptos::prelude::document;

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        if let Err(e) = app::i18n::load_page_messages().await {
            leptos::logging::error!("not hydrating: the page's messages did not load: {e:?}");
            return;
        }
        let Some(body) = document().body() else {
            return;
        };
        leptos::mount::hydrate_from_async(body.clone(), app::App)
            .await
            .forget();
        // Set once the whole page, its lazy route included, is live: the mark tells browser tests
        // (and anyone debugging a slow link) that the page is now interactive.
        let _ = body.set_attribute("data-hydrated", "true");
    });
}
