//! Every page but the compendium list is a lazy route: its code is split out of the main wasm
//! (`cargo leptos build --split`) into chunks fetched when one of its group is first shown (the
//! server-rendered page preloads them). A visitor to the compendium downloads the main wasm only;
//! the dashboard and a permalink add a small chunk; the pledge form, the reviewer's desk and the
//! account pages stay on the server until somebody signs in. On the server the routes render
//! exactly as eager ones.
//!
//! Pages are split in groups rather than one chunk set each: pages of a group share most of their
//! code, and a few larger chunks load faster on a slow link than hundreds of small ones.
use leptos::lazy;
use leptos::prelude::*;
use leptos_router::LazyRoute;

use super::pages::*;

/// Declares a group: an enum naming its pages, one lazily loaded function rendering any of them,
/// and a route type per page for `<Route view=…>`.
macro_rules! lazy_group {
    ($group:ident, $preload:ident, $which:ident { $($route:ident => $page:ident),+ $(,)? }) => {
        // Variants are named after the page components they render.
        #[allow(clippy::enum_variant_names)]
        #[derive(Clone, Copy, Debug)]
        pub enum $which {
            $($page),+
        }

        #[lazy]
        fn $group(which: $which) -> AnyView {
            match which {
                $($which::$page => view! { <$page /> }.into_any()),+
            }
        }

        $(
            #[derive(Debug)]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    $group($which::$page).await
                }

                async fn preload() {
                    // The preload function exists only where the code is split: in the browser.
                    #[cfg(target_arch = "wasm32")]
                    $preload().await;
                }
            }
        )+
    };
}

lazy_group!(public_pages, __preload_public_pages, PublicPages {
    DashboardRoute => DashboardPage,
    PublicPledgeRoute => PublicPledgePage,
});

lazy_group!(event_pages, __preload_event_pages, EventPages {
    EventsRoute => EventsPage,
    EventRoute => EventPage,
});

lazy_group!(market_pages, __preload_market_pages, MarketPages {
    OpportunitiesRoute => OpportunitiesPage,
    OpportunityRoute => OpportunityPage,
    OrganisationProfileRoute => OrganisationProfilePage,
});

lazy_group!(market_desk_pages, __preload_market_desk_pages, MarketDeskPages {
    OpportunityFormRoute => OpportunityFormPage,
    SignOnQueueRoute => SignOnQueuePage,
    ReportQueueRoute => ReportQueuePage,
    OpportunityPostersRoute => OpportunityPostersPage,
});

lazy_group!(organiser_pages, __preload_organiser_pages, OrganiserPages {
    OrganiserEventsRoute => OrganiserEventsPage,
    EventDeskRoute => EventDeskPage,
    RunOfShowRoute => RunOfShowPage,
    CeremonyRoute => CeremonyPage,
    MyEventsRoute => MyEventsPage,
    VideoHostsRoute => VideoHostsPage,
});

lazy_group!(account_pages, __preload_account_pages, AccountPages {
    LoginRoute => LoginPage,
    RegisterRoute => RegisterPage,
    VerifyEmailRoute => VerifyEmailPage,
    ForgotPasswordRoute => ForgotPasswordPage,
    ResetPasswordRoute => ResetPasswordPage,
    AccountRoute => AccountPage,
    ConfirmEmailRoute => ConfirmEmailPage,
});

lazy_group!(organisation_pages, __preload_organisation_pages, OrganisationPages {
    OrganisationRoute => OrganisationPage,
    CoalitionRoute => CoalitionPage,
});

lazy_group!(pledge_pages, __preload_pledge_pages, PledgePages {
    NewPledgeRoute => NewPledgePage,
    MyPledgesRoute => MyPledgesPage,
    PledgeRoute => PledgePage,
    EditPledgeRoute => EditPledgePage,
    RevisionRoute => RevisionPage,
    ProgressReportRoute => ProgressReportPage,
    RecipientsRoute => RecipientsPage,
});

lazy_group!(desk_pages, __preload_desk_pages, DeskPages {
    ExchangeRatesRoute => ExchangeRatesPage,
    ReviewQueueRoute => ReviewQueuePage,
    ReviewPledgeRoute => ReviewPledgePage,
    AuditLogRoute => AuditLogPage,
    CoalitionDeskRoute => CoalitionDeskPage,
    ProgressReviewRoute => ProgressReviewPage,
    CyclesRoute => CyclesPage,
});
