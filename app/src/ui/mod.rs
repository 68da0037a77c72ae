//! Pages and components. Every page renders fully on the server (works without JavaScript) and
//! hydrates for live validation and navigation without reloads.
mod components;
mod locale_source;
mod page_title;
mod pages;
mod typed_before_hydration;

use leptos::prelude::*;
use leptos_meta::{MetaTags, Stylesheet, Title, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

use crate::api::{Logout, current_user};
use crate::domain::SessionUser;
use crate::error::AppError;
use crate::i18n::{Key, use_locale};
use components::SiteHeader;
use pages::{
    AccountPage, AuditLogPage, CoalitionDeskPage, CoalitionPage, CompendiumPage, ConfirmEmailPage,
    DashboardPage, EditPledgePage, ExchangeRatesPage, ForgotPasswordPage, LoginPage, MyPledgesPage,
    NewPledgePage, NotFoundPage, OrganisationPage, PledgePage, PublicPledgePage, RegisterPage,
    ResetPasswordPage, ReviewPledgePage, ReviewQueuePage, RevisionPage, VerifyEmailPage,
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = locale_source::request_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code() dir=locale.direction().code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
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
    // Effects run only once the wasm has hydrated the page: the mark tells browser tests (and
    // anyone debugging a slow link) that the page is now interactive.
    Effect::new(|_| {
        if let Some(body) = document().body() {
            let _ = body.set_attribute("data-hydrated", "true");
        }
    });
    view! {
        <Stylesheet id="leptos" href="/pkg/p2c.css" />
        <Title text=locale.t(Key::AppName) />
        <Router>
            <Layout />
        </Router>
    }
}

#[component]
fn Layout() -> impl IntoView {
    let locale = use_locale();
    let logout = ServerAction::<Logout>::new();
    provide_context(LogoutAction(logout));
    let user = Resource::new(move || logout.version().get(), |_| current_user());
    provide_context(UserResource(user));

    view! {
        <SiteHeader />
        <main id="main" tabindex="-1">
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=CompendiumPage ssr=SsrMode::Async />
                <Route path=path!("/dashboard") view=DashboardPage ssr=SsrMode::Async />
                <Route path=path!("/compendium/:reference") view=PublicPledgePage ssr=SsrMode::Async />
                <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
                <Route path=path!("/pledges/new") view=NewPledgePage ssr=SsrMode::Async />
                <Route path=path!("/my/pledges") view=MyPledgesPage ssr=SsrMode::Async />
                <Route path=path!("/my/pledges/:id") view=PledgePage ssr=SsrMode::Async />
                <Route path=path!("/my/pledges/:id/edit") view=EditPledgePage ssr=SsrMode::Async />
                <Route path=path!("/my/pledges/:id/revisions/:revision") view=RevisionPage ssr=SsrMode::Async />
                <Route path=path!("/admin/rates") view=ExchangeRatesPage ssr=SsrMode::Async />
                <Route path=path!("/review") view=ReviewQueuePage ssr=SsrMode::Async />
                <Route path=path!("/review/:id") view=ReviewPledgePage ssr=SsrMode::Async />
                <Route path=path!("/admin/audit") view=AuditLogPage ssr=SsrMode::Async />
                <Route path=path!("/register") view=RegisterPage ssr=SsrMode::Async />
                <Route path=path!("/verify") view=VerifyEmailPage ssr=SsrMode::Async />
                <Route path=path!("/password/forgot") view=ForgotPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/password/reset") view=ResetPasswordPage ssr=SsrMode::Async />
                <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                <Route path=path!("/account/email") view=ConfirmEmailPage ssr=SsrMode::Async />
                <Route path=path!("/organisation") view=OrganisationPage ssr=SsrMode::Async />
                <Route path=path!("/admin/coalition") view=CoalitionDeskPage ssr=SsrMode::Async />
                <Route path=path!("/coalition") view=CoalitionPage ssr=SsrMode::Async />
            </Routes>
        </main>
        <footer class="site-footer">
            <p>{locale.t(Key::FooterText)}</p>
        </footer>
    }
}
