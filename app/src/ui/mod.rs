//! Pages and components. Every page renders fully on the server (works without JavaScript) and
//! hydrates for live validation and navigation without reloads.
mod components;
mod lazy_routes;
mod locale_source;
mod page_title;
mod pages;
mod typed_before_hydration;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    Lazy, SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::api::{Logout, current_user};
use crate::domain::SessionUser;
use crate::error::AppError;
use crate::i18n::{Key, use_locale};
use components::SiteHeader;
use pages::{CompendiumPage, NotFoundPage};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = locale_source::request_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.direction().code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                // In the shell, which only the server renders: no code for it in the wasm.
                <meta name="description" content=locale.t(Key::MetaDescription) />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HydrationScripts options defer=true />
                {messages_links(locale)}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The Fluent file of a page not in English, for the browser to fetch before it hydrates: named for
/// the script, and preloaded so it arrives alongside the wasm rather than after it.
fn messages_links(locale: crate::i18n::Locale) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let href = crate::i18n::messages_href(locale);
    #[cfg(not(feature = "ssr"))]
    let href: Option<String> = {
        let _ = locale;
        None
    };
    href.map(|href| {
        view! {
            <meta name=crate::i18n::MESSAGES_META content=href.clone() />
            <link rel="preload" href=href r#as="fetch" crossorigin="anonymous" />
        }
    })
}

/// The signed-in user, shared by the header and the pages; refetched after sign-in and sign-out.
#[derive(Clone, Copy)]
pub struct UserResource(pub Resource<Result<Option<SessionUser>, AppError>>);

/// Sign-out lives in the header on every page. (Sign-in is the login page's own action: only actions
/// created inside the routes see the error a form without JavaScript was redirected back with.)
#[derive(Clone, Copy)]
pub struct LogoutAction(pub ServerAction<Logout>);

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    provide_context(locale_source::request_locale());
    let locale = use_locale();
    // True while the router fetches the next page (its wasm chunk, its data): the old page stays
    // until the new one is ready, so the wait is shown rather than looking like a frozen page.
    let (routing, set_routing) = signal(false);
    view! {
        <Stylesheet id="leptos" href="/pkg/p2c.css" />
        <Title text=locale.t(Key::AppName) />
        <Router set_is_routing=set_routing>
            <Layout routing />
        </Router>
    }
}

#[component]
fn Layout(routing: ReadSignal<bool>) -> impl IntoView {
    let locale = use_locale();
    let logout = ServerAction::<Logout>::new();
    provide_context(LogoutAction(logout));
    let user = Resource::new(move || logout.version().get(), |_| current_user());
    provide_context(UserResource(user));

    view! {
        <SiteHeader />
        <div class="route-loading" aria-hidden="true" hidden=move || !routing.get()></div>
        <main id="main" tabindex="-1" aria-busy=move || routing.get().then_some("true")>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=CompendiumPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard") view={Lazy::<lazy_routes::DashboardRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/compendium/:reference") view={Lazy::<lazy_routes::PublicPledgeRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/login") view={Lazy::<lazy_routes::LoginRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/pledges/new") view={Lazy::<lazy_routes::NewPledgeRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/my/pledges") view={Lazy::<lazy_routes::MyPledgesRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/my/pledges/:id") view={Lazy::<lazy_routes::PledgeRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/my/pledges/:id/progress") view={Lazy::<lazy_routes::ProgressReportRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/my/pledges/:id/edit") view={Lazy::<lazy_routes::EditPledgeRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/my/pledges/:id/revisions/:revision") view={Lazy::<lazy_routes::RevisionRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/rates") view={Lazy::<lazy_routes::ExchangeRatesRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/review") view={Lazy::<lazy_routes::ReviewQueueRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/review/progress") view={Lazy::<lazy_routes::ProgressReviewRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/review/sign-ons") view={Lazy::<lazy_routes::SignOnQueueRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/review/reports") view={Lazy::<lazy_routes::ReportQueueRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/review/:id") view={Lazy::<lazy_routes::ReviewPledgeRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/cycles") view={Lazy::<lazy_routes::CyclesRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organisation/reminders") view={Lazy::<lazy_routes::RecipientsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/audit") view={Lazy::<lazy_routes::AuditLogRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/register") view={Lazy::<lazy_routes::RegisterRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/verify") view={Lazy::<lazy_routes::VerifyEmailRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/password/forgot") view={Lazy::<lazy_routes::ForgotPasswordRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/password/reset") view={Lazy::<lazy_routes::ResetPasswordRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/account") view={Lazy::<lazy_routes::AccountRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/account/email") view={Lazy::<lazy_routes::ConfirmEmailRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organisation") view={Lazy::<lazy_routes::OrganisationRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/coalition") view={Lazy::<lazy_routes::CoalitionDeskRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/coalition") view={Lazy::<lazy_routes::CoalitionRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/events") view={Lazy::<lazy_routes::EventsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/events/:slug") view={Lazy::<lazy_routes::EventRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organiser/events") view={Lazy::<lazy_routes::OrganiserEventsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organiser/events/:slug") view={Lazy::<lazy_routes::EventDeskRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organiser/events/:slug/run") view={Lazy::<lazy_routes::RunOfShowRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organiser/events/:slug/ceremony") view={Lazy::<lazy_routes::CeremonyRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/my/events") view={Lazy::<lazy_routes::MyEventsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/opportunities") view={Lazy::<lazy_routes::OpportunitiesRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/opportunities/new") view={Lazy::<lazy_routes::OpportunityFormRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/opportunities/:slug") view={Lazy::<lazy_routes::OpportunityRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/opportunities/:slug/edit") view={Lazy::<lazy_routes::OpportunityFormRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/organisations/:slug") view={Lazy::<lazy_routes::OrganisationProfileRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/opportunity-posters") view={Lazy::<lazy_routes::OpportunityPostersRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/video-hosts") view={Lazy::<lazy_routes::VideoHostsRoute>::new()} ssr=SsrMode::Async />
            </Routes>
        </main>
        <footer class="site-footer">
            <p>{locale.t(Key::FooterText)}</p>
        </footer>
    }
}
