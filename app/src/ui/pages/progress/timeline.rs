//! The progress timeline: each filed report with its status, traffic light, per cent, targets
//! reached and money disbursed. The public sees it on the permalink; the pledge's organisations
//! and ITU see private evidence and comments as well.
use leptos::prelude::*;

use crate::domain::progress::{PublicProgress, ReportView};
use crate::i18n::{Arg, Key, Locale, use_locale};
use crate::pledge_text::{money_text, usd_text};
use crate::progress_lifecycle::TrafficLight;
use crate::reference::country_name;

/// The light as a word with its colour class; "inactive" says more than the last light.
#[component]
pub fn LightBadge(
    light: Option<TrafficLight>,
    #[prop(default = false)] inactive: bool,
) -> impl IntoView {
    let locale = use_locale();
    let (class, key) = match (inactive, light) {
        (true, _) => ("light light-inactive", Key::LightInactive),
        (false, Some(l)) => (
            match l {
                TrafficLight::OnTrack => "light light-on-track",
                TrafficLight::AtRisk => "light light-at-risk",
                TrafficLight::OffTrack => "light light-off-track",
            },
            l.label(),
        ),
        (false, None) => ("light light-none", Key::LightNone),
    };
    view! { <span class=class>{locale.t(key)}</span> }
}

fn countries_text(locale: Locale, codes: &[String]) -> String {
    codes
        .iter()
        .map(|c| country_name(c, locale))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One report as an article of the timeline.
#[component]
pub fn ReportArticle(
    report: ReportView,
    #[prop(optional)] extra: Option<AnyView>,
) -> impl IntoView {
    let locale = use_locale();
    let r = report;
    let heading_id = format!("report-{}-title", r.id);
    let labelled_by = heading_id.clone();
    let date = locale.date(r.filed_at.date_naive());
    let percent = locale.fmt(
        Key::ProgressPercentLabel,
        &[("percent", Arg::Text(&r.percent.to_string()))],
    );
    view! {
        <article class="report" id=format!("report-{}", r.id) aria-labelledby=labelled_by>
            <h3 id=heading_id>{locale.fmt(Key::ReportHeading, &[("date", Arg::Text(&date))])}</h3>
            <p class="meta">
                {match &r.cycle {
                    Some(c) => locale.fmt(Key::ReportCycle, &[("cycle", Arg::Text(c))]),
                    None => locale.t(Key::ReportInterim).to_owned(),
                }}
                " · "
                <bdi>{locale.fmt(Key::ReportBy, &[("organisation", Arg::Text(&r.filed_by_organisation))])}</bdi>
                " · "
                <span class="status">{locale.t(r.state.label())}</span>
            </p>
            <dl class="facts">
                <dt>{locale.t(Key::FieldProgressStatus)}</dt>
                <dd>
                    {locale.t(r.status.label())}
                    {(!r.status_reason.is_empty()).then(|| view! { <br /><bdi>{r.status_reason.clone()}</bdi> })}
                </dd>
                <dt>{locale.t(Key::ProgressLightLabel)}</dt>
                <dd><LightBadge light=Some(r.light) /></dd>
                <dt>{locale.t(Key::FieldPercent)}</dt>
                <dd>
                    <meter min="0" max="100" value=r.percent.to_string() aria-label=percent.clone()></meter>
                    " " {percent}
                </dd>
                {r.disbursed.as_ref().map(|m| view! {
                    <dt>{locale.t(Key::ProgressDisbursedLabel)}</dt>
                    <dd>
                        {money_text(locale, m)}
                        {r.disbursed_on.map(|d| format!(" ({})", locale.date(d)))}
                        <br />
                        {match r.disbursed_usd_cents {
                            Some(c) => usd_text(locale, c),
                            None => locale.t(Key::ProgressUsdUnknown).to_owned(),
                        }}
                    </dd>
                })}
                {(!r.countries.is_empty()).then(|| view! {
                    <dt>{locale.t(Key::ProgressCountriesLabel)}</dt>
                    <dd>{countries_text(locale, &r.countries)}</dd>
                })}
                {r.beneficiaries.as_ref().map(|b| view! {
                    <dt>{locale.t(Key::ProgressBeneficiariesLabel)}</dt>
                    <dd><bdi>{format!("{b} {}", r.beneficiaries_unit)}</bdi></dd>
                })}
            </dl>
            {(!r.targets.is_empty()).then(|| view! {
                <table>
                    <caption>{locale.t(Key::ProgressTargets)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{locale.t(Key::FieldIndicator)}</th>
                            <th scope="col">{locale.t(Key::FieldValueReached)}</th>
                            <th scope="col">{locale.t(Key::FieldReachedOn)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {r.targets.iter().map(|t| {
                            let due = locale.date(t.due);
                            view! {
                                <tr>
                                    <th scope="row">
                                        <bdi>{t.indicator.clone()}</bdi><br />
                                        <small>{locale.fmt(Key::ProgressTargetLine, &[("target", Arg::Text(&t.target)), ("unit", Arg::Text(&t.unit)), ("due", Arg::Text(&due))])}</small>
                                    </th>
                                    <td>{t.value.clone().map(|v| format!("{v} {}", t.unit))}</td>
                                    <td>{t.reached_on.map(|d| locale.date(d))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            })}
            <p class="description"><bdi>{r.narrative.clone()}</bdi></p>
            {(!r.links.is_empty() || !r.files.is_empty()).then(|| view! {
                <h4>{locale.t(Key::ProgressEvidenceLabel)}</h4>
                <ul>
                    {r.links.iter().map(|l| view! {
                        <li><a href=l.clone() rel="nofollow noopener noreferrer external"><bdi>{l.clone()}</bdi></a></li>
                    }).collect_view()}
                    {r.files.iter().map(|f| view! {
                        <li>
                            <a href=format!("/evidence/{}", f.id) rel="external" download><bdi>{f.name.clone()}</bdi></a>
                            {(!f.public).then(|| view! { " (" {locale.t(Key::ProgressPrivateFile)} ")" })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {(!r.comments.is_empty()).then(|| view! {
                <h4>{locale.t(Key::ProgressComments)}</h4>
                <ul class="comments">
                    {r.comments.iter().map(|c| view! {
                        <li>
                            <p class="meta"><bdi>{format!("{} ({})", c.author, c.organisation)}</bdi> " · " {locale.date_time(c.at)}</p>
                            <p><bdi>{c.body.clone()}</bdi></p>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {extra}
        </article>
    }
}

/// The permalink's progress section: the light and the public timeline.
#[component]
pub fn PublicProgressSection(progress: PublicProgress) -> impl IntoView {
    let locale = use_locale();
    view! {
        <section class="progress" aria-labelledby="progress-title">
            <h2 id="progress-title">{locale.t(Key::ProgressTimeline)}</h2>
            <p>{locale.t(Key::ProgressLightLabel)} ": " <LightBadge light=progress.light inactive=progress.inactive /></p>
            {if progress.timeline.is_empty() {
                view! { <p>{locale.t(Key::ProgressNoReports)}</p> }.into_any()
            } else {
                progress.timeline.into_iter().map(|report| view! { <ReportArticle report /> }).collect_view().into_any()
            }}
        </section>
    }
}
