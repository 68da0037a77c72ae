use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::published_pledges;
use crate::domain::PublicPledge;
use crate::i18n::{Key, Locale, use_locale};
use crate::reference::CountryGroup;
use crate::ui::components::{ErrorNotice, message};

#[component]
pub fn CompendiumPage() -> impl IntoView {
    let locale = use_locale();
    let pledges = Resource::new(|| (), |_| published_pledges());
    view! {
        <Title text=locale.t(Key::CompendiumTitle) />
        <h1>{locale.t(Key::CompendiumTitle)}</h1>
        <p class="lead">{locale.t(Key::CompendiumIntro)}</p>
        <Suspense fallback=move || view! { <p>{locale.t(Key::Loading)}</p> }>
            {move || Suspend::new(async move {
                match pledges.await {
                    Ok(list) => compendium(locale, list).into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn compendium(locale: Locale, list: Vec<PublicPledge>) -> impl IntoView {
    let count = locale.fmt(Key::CompendiumCount, &[("count", list.len().into())]);
    let body = if list.is_empty() {
        view! { <p>{locale.t(Key::CompendiumEmpty)}</p> }.into_any()
    } else {
        view! {
            <ul class="pledge-list">
                {list.into_iter().map(|p| view! { <li>{pledge_card(locale, p)}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <p class="counter" data-testid="published-count">{count}</p>
        {body}
    }
}

fn pledge_card(locale: Locale, p: PublicPledge) -> impl IntoView {
    let benefits = [
        (CountryGroup::Ldc, p.benefit_ldc),
        (CountryGroup::Lldc, p.benefit_lldc),
        (CountryGroup::Sids, p.benefit_sids),
    ];
    view! {
        <article class="pledge-card" aria-labelledby=format!("pledge-{}", p.id)>
            <h2 id=format!("pledge-{}", p.id) dir="auto">{p.title}</h2>
            <p class="meta">
                <span>{message(locale, Key::By, &[("organisation", (&p.organisation_name).into())])}</span>
                {(!p.partners.is_empty()).then(|| view! {
                    <span>{message(locale, Key::WithPartners, &[("partners", (&p.partners.join(", ")).into())])}</span>
                })}
                <span class="tag">{locale.t(p.pledge_type.label())}</span>
                {p.published_on.map(|d| view! {
                    <span>{locale.fmt(Key::PublishedOn, &[("date", (&locale.date(d)).into())])}</span>
                })}
            </p>
            <ul class="focus-areas" aria-label=locale.t(Key::FieldFocusAreas)>
                {p.focus_areas
                    .into_iter()
                    .map(|f| view! {
                        <li><strong>{locale.t(f.label())}</strong>": "{locale.t(f.meaning())}</li>
                    })
                    .collect_view()}
            </ul>
            <p class="description" dir="auto">{p.summary}</p>
            <dl class="benefits" aria-label=locale.t(Key::Benefits)>
                {benefits
                    .into_iter()
                    .map(|(group, level)| view! {
                        <div>
                            <dt><abbr title=locale.t(group.label())>{locale.t(group.short_label())}</abbr></dt>
                            <dd>{locale.t(level.label())}</dd>
                        </div>
                    })
                    .collect_view()}
            </dl>
        </article>
    }
}
