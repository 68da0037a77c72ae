use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::message;
use crate::domain::SessionUser;
use crate::i18n::{Key, Locale, use_locale};
use crate::ui::{LogoutAction, UserResource};

#[component]
pub fn SiteHeader() -> impl IntoView {
    let locale = use_locale();
    let UserResource(user) = expect_context();
    let LogoutAction(logout) = expect_context();

    let nav_for = move |u: Option<SessionUser>| {
        let links = match &u {
            Some(u) if u.role.is_itu_staff() => view! {
                <a href="/review">{locale.t(Key::NavReview)}</a>
                <a href="/review/progress">{locale.t(Key::NavProgressReview)}</a>
                <a href="/review/sign-ons">{locale.t(Key::SignOnQueueTitle)}</a>
                <a href="/review/reports">{locale.t(Key::ReportQueueTitle)}</a>
                <a href="/my/pledges">{locale.t(Key::NavMyPledges)}</a>
                {(u.role == crate::pledge_lifecycle::Role::Admin)
                    .then(|| view! {
                        <a href="/admin/coalition">{locale.t(Key::NavCoalitionDesk)}</a>
                        <a href="/admin/rates">{locale.t(Key::RatesTitle)}</a>
                        <a href="/admin/cycles">{locale.t(Key::CyclesTitle)}</a>
                        <a href="/organiser/events">{locale.t(Key::NavOrganiserEvents)}</a>
                        <a href="/admin/video-hosts">{locale.t(Key::VideoHostsTitle)}</a>
                        <a href="/admin/opportunity-posters">{locale.t(Key::PostersTitle)}</a>
                        <a href="/admin/audit">{locale.t(Key::AuditTitle)}</a>
                    })}
                <a href="/account">{locale.t(Key::NavAccount)}</a>
            }
            .into_any(),
            Some(u) if u.role.acts_for_organisation() => view! {
                <a href="/pledges/new">{locale.t(Key::NavNewPledge)}</a>
                <a href="/my/pledges">{locale.t(Key::NavMyPledges)}</a>
                <a href="/my/events">{locale.t(Key::NavMyEvents)}</a>
                <a href="/organisation">{locale.t(Key::NavOrganisation)}</a>
                <a href="/account">{locale.t(Key::NavAccount)}</a>
            }
            .into_any(),
            Some(_) => view! {
                <a href="/organiser/events">{locale.t(Key::NavOrganiserEvents)}</a>
                <a href="/account">{locale.t(Key::NavAccount)}</a>
            }
            .into_any(),
            None => view! { <a href="/register">{locale.t(Key::NavRegister)}</a> }.into_any(),
        };
        let account = match u {
            Some(u) => view! {
                <span class="who">
                    {message(locale, Key::SignedInAs, &[("name", (&u.display_name).into()), ("organisation", (&u.organisation_name).into())])}
                </span>
                <ActionForm action=logout attr:class="inline">
                    <button type="submit" class="link-button">{locale.t(Key::SignOut)}</button>
                </ActionForm>
            }
            .into_any(),
            None => view! { <a href="/login">{locale.t(Key::SignIn)}</a> }.into_any(),
        };
        view! {
            <nav aria-label=locale.t(Key::AppName) class="main-nav">
                <a href="/">{locale.t(Key::NavCompendium)}</a>
                <a href="/dashboard">{locale.t(Key::NavDashboard)}</a>
                <a href="/coalition">{locale.t(Key::NavCoalition)}</a>
                <a href="/events">{locale.t(Key::NavEvents)}</a>
                <a href="/opportunities">{locale.t(Key::NavOpportunities)}</a>
                {links}
            </nav>
            <div class="account">{account}</div>
        }
    };

    view! {
        <header class="site-header">
            <a class="skip-link" href="#main">{locale.t(Key::SkipToContent)}</a>
            <div class="brand">
                <span class="brand-itu">{locale.t(Key::ItuShort)}</span>
                <a href="/" class="brand-name">{locale.t(Key::AppName)}</a>
            </div>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move { nav_for(user.await.ok().flatten()) })}
            </Transition>
            <LanguageSwitch current=locale />
        </header>
    }
}

/// Plain links to a server route that stores the choice in a cookie and comes back here;
/// `rel="external"` makes them full loads, so the whole page is rendered in the new language.
#[component]
fn LanguageSwitch(current: Locale) -> impl IntoView {
    let location = use_location();
    let back = Memo::new(move |_| {
        let search = location.search.get();
        let path = location.pathname.get();
        if search.is_empty() {
            path
        } else {
            format!("{path}?{search}")
        }
    });
    view! {
        <nav class="language-switch" aria-label=current.t(Key::Language)>
            {Locale::ALL
                .iter()
                .map(|l| {
                    let l = *l;
                    let href = move || format!("/lang/{}?next={}", l.code(), back.with(|b| urlencode(b)));
                    view! {
                        <a
                            href=href
                            rel="external"
                            lang=l.code()
                            hreflang=l.code()
                            aria-current=(l == current).then_some("true")
                        >
                            {l.native_name()}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
