//! The open API, `/api/v1`: published pledges under the compendium's filters, one pledge by its
//! public reference, the totals, the marketplace's opportunities (under the list's filters, and
//! one by its slug with the pledges answering it), and the documents that describe them (OpenAPI
//! 3.1, and the JSON Schema of the `/compendium.json` download), generated from the Rust types.
//! Read-only, so any site may call it (CORS open for GET).
use app::domain::events::EventMention;
use app::domain::marketplace::{
    AnsweringPledge, CoSigner, Funding, OpportunityDetail, OpportunityFilter, OpportunityMention,
    OpportunitySummary, OrgMention,
};
use app::domain::progress::ProgressSummary;
use app::domain::{Benefit, CompendiumFilter, CompendiumStats, Money, PublicPledge, Split, Target};
use app::error::AppError;
use app::marketplace_lifecycle::{InKind, OpportunityKind, OpportunityStatus};
use app::progress_lifecycle::{ProgressStatus, TrafficLight};
use app::reference::{
    BenefitLevel, CountryGroup, FocusArea, ItuRegion, KapPriority, PledgeType, Sdg, StakeholderType,
};
use app::ssr::marketplace::opportunities;
use app::ssr::{ServerContext, compendium, compendium::stats};
use axum::{
    Json, Router,
    extract::{Path, Query, State},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use tower_http::cors::{Any, CorsLayer};
use utoipa::{IntoParams, OpenApi, ToSchema};

/// A page of published pledges.
#[derive(Serialize, ToSchema)]
pub struct PledgePage {
    pub as_at: DateTime<Utc>,
    /// How many pledges the filters find in all.
    pub total: u64,
    /// Pass as `after` for the next page; absent on the last page.
    pub next: Option<String>,
    pub pledges: Vec<PublicPledge>,
}

/// The public opportunities the filters find, newest first (opportunities are few: one page).
#[derive(Serialize, ToSchema)]
pub struct OpportunityPage {
    pub as_at: DateTime<Utc>,
    pub total: u64,
    pub opportunities: Vec<OpportunitySummary>,
}

/// One bar of a split: its code, how many pledges, their known USD value in cents, and the money
/// their progress reports say was disbursed (US cents).
#[derive(Serialize, ToSchema)]
pub struct Bucket {
    pub code: String,
    pub pledges: u64,
    pub usd_cents: i64,
    pub delivered_usd_cents: i64,
}

/// The totals of the pledges the filters find; a joint pledge counts once.
#[derive(Serialize, ToSchema)]
pub struct Stats {
    pub as_at: DateTime<Utc>,
    pub pledges: u64,
    /// Sum of the known US dollar values, in cents.
    pub usd_cents: i64,
    /// Pledges without a US dollar value yet (not in `usd_cents`).
    pub without_usd: u64,
    pub organisations: u64,
    pub governments: u64,
    pub countries: u64,
    pub benefiting_ldc: u64,
    /// Money the newest public progress reports say was disbursed, in US cents (each pledge once).
    pub delivered_usd_cents: i64,
    /// Pledges with at least one public progress report.
    pub reporting: u64,
    pub by_focus_area: Vec<Bucket>,
    pub by_type: Vec<Bucket>,
    pub by_stakeholder_type: Vec<Bucket>,
    pub by_region: Vec<Bucket>,
    pub by_group: Vec<Bucket>,
}

fn buckets<T: Copy>(items: &[(T, Split)], code: fn(T) -> &'static str) -> Vec<Bucket> {
    items
        .iter()
        .map(|(k, s)| Bucket {
            code: code(*k).to_owned(),
            pledges: s.pledges,
            usd_cents: s.usd_cents,
            delivered_usd_cents: s.delivered_usd_cents,
        })
        .collect()
}

impl Stats {
    fn from(s: CompendiumStats) -> Stats {
        Stats {
            as_at: s.as_at.unwrap_or_else(Utc::now),
            pledges: s.pledges,
            usd_cents: s.usd_cents,
            without_usd: s.without_usd,
            organisations: s.organisations,
            governments: s.governments,
            countries: s.countries,
            benefiting_ldc: s.benefiting_ldc,
            delivered_usd_cents: s.delivered_usd_cents,
            reporting: s.reporting,
            by_focus_area: buckets(&s.by_focus_area, FocusArea::code),
            by_type: buckets(&s.by_type, PledgeType::code),
            by_stakeholder_type: buckets(&s.by_stakeholder, StakeholderType::code),
            by_region: buckets(&s.by_region, ItuRegion::code),
            by_group: buckets(&s.by_group, CountryGroup::code),
        }
    }
}

/// An error, as the API answers it.
#[derive(Serialize, ToSchema)]
pub struct ApiError {
    pub error: String,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageSize {
    /// Pledges per page, 1 to 100 (default 25).
    pub limit: Option<u64>,
}

fn failure(e: AppError) -> Response {
    (
        e.status(),
        Json(ApiError {
            error: e.to_string(),
        }),
    )
        .into_response()
}

#[utoipa::path(get, path = "/api/v1/pledges", params(CompendiumFilter, PageSize),
    responses((status = 200, description = "Published pledges, newest (or highest value) first", body = PledgePage)))]
async fn pledges(
    State(ctx): State<ServerContext>,
    Query(filter): Query<CompendiumFilter>,
    Query(size): Query<PageSize>,
) -> Response {
    let size = size.limit.unwrap_or(25).clamp(1, 100);
    match compendium::page_of(&ctx.db, &filter, size).await {
        Ok(p) => Json(PledgePage {
            as_at: p.as_at,
            total: p.total,
            next: p.next,
            pledges: p.pledges,
        })
        .into_response(),
        Err(e) => failure(e),
    }
}

#[utoipa::path(get, path = "/api/v1/pledges/{reference}",
    params(("reference" = String, Path, description = "The public reference, e.g. P2C-2026-00123")),
    responses((status = 200, body = PublicPledge), (status = 404, body = ApiError)))]
async fn pledge(State(ctx): State<ServerContext>, Path(reference): Path<String>) -> Response {
    match compendium::by_ref(&ctx.db, &reference).await {
        Ok(p) => Json(p).into_response(),
        Err(e) => failure(e),
    }
}

#[utoipa::path(get, path = "/api/v1/stats", params(CompendiumFilter),
    responses((status = 200, body = Stats)))]
async fn stats(
    State(ctx): State<ServerContext>,
    Query(filter): Query<CompendiumFilter>,
) -> Response {
    match stats::stats(&ctx.db, &filter).await {
        Ok(s) => Json(Stats::from(s)).into_response(),
        Err(e) => failure(e),
    }
}

#[utoipa::path(get, path = "/api/v1/opportunities", params(OpportunityFilter),
    responses((status = 200, description = "Public opportunities with their funding, newest first", body = OpportunityPage),
        (status = 400, body = ApiError)))]
async fn opportunity_list(
    State(ctx): State<ServerContext>,
    Query(filter): Query<OpportunityFilter>,
) -> Response {
    let as_at = Utc::now();
    match opportunities::list(&ctx.db, &filter.normalised()).await {
        Ok(found) => Json(OpportunityPage {
            as_at,
            total: found.len() as u64,
            opportunities: found,
        })
        .into_response(),
        Err(e) => failure(e),
    }
}

#[utoipa::path(get, path = "/api/v1/opportunities/{slug}",
    params(("slug" = String, Path, description = "The last part of the opportunity's address, e.g. rw-health-links")),
    responses((status = 200, description = "The opportunity, its funding and the published pledges that answer it", body = OpportunityDetail),
        (status = 404, body = ApiError)))]
async fn opportunity(State(ctx): State<ServerContext>, Path(slug): Path<String>) -> Response {
    match opportunities::detail(&ctx.db, &slug).await {
        Ok(o) => Json(o).into_response(),
        Err(e) => failure(e),
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Partner2Connect pledge compendium",
        version = "1",
        description = "Published pledges of ITU's Partner2Connect Digital Coalition, after ITU's due diligence, and the opportunities they answer."
    ),
    paths(pledges, pledge, stats, opportunity_list, opportunity),
    components(schemas(
        PublicPledge,
        EventMention,
        ProgressSummary,
        ProgressStatus,
        TrafficLight,
        Money,
        Benefit,
        Target,
        FocusArea,
        PledgeType,
        StakeholderType,
        ItuRegion,
        KapPriority,
        BenefitLevel,
        CountryGroup,
        Sdg,
        PledgePage,
        Stats,
        Bucket,
        OpportunityPage,
        OpportunitySummary,
        OpportunityDetail,
        AnsweringPledge,
        Funding,
        OrgMention,
        OpportunityMention,
        CoSigner,
        OpportunityKind,
        OpportunityStatus,
        InKind,
        ApiError
    ))
)]
pub struct ApiDoc;

async fn openapi() -> Response {
    Json(ApiDoc::openapi()).into_response()
}

/// The JSON Schema (2020-12) of `/compendium.json`; its pledges are the API's `PublicPledge`.
pub fn export_schema() -> serde_json::Value {
    let doc = serde_json::to_value(ApiDoc::openapi()).unwrap_or_default();
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Partner2Connect pledge compendium export",
        "type": "object",
        "required": ["as_at", "total", "pledges"],
        "additionalProperties": false,
        "properties": {
            "as_at": { "type": "string", "format": "date-time" },
            "total": { "type": "integer", "minimum": 0 },
            "pledges": { "type": "array", "items": { "$ref": "#/components/schemas/PublicPledge" } }
        },
        "components": { "schemas": doc.pointer("/components/schemas").cloned().unwrap_or_default() }
    })
}

async fn schema() -> Response {
    Json(export_schema()).into_response()
}

/// The routes, to be nested at `/api/v1`.
pub fn routes<S>() -> Router<S>
where
    S: Clone + Send + Sync + 'static,
    ServerContext: axum::extract::FromRef<S>,
{
    Router::new()
        .route("/pledges", get(pledges))
        .route("/pledges/{reference}", get(pledge))
        .route("/stats", get(stats))
        .route("/opportunities", get(opportunity_list))
        .route("/opportunities/{slug}", get(opportunity))
        .route("/openapi.json", get(openapi))
        .route("/compendium.schema.json", get(schema))
        .fallback(|| async {
            (
                StatusCode::NOT_FOUND,
                [(header::CONTENT_TYPE, "application/json")],
                "{\"error\":\"not found\"}",
            )
        })
        .layer(
            CorsLayer::new()
                .allow_origin(Any)
                .allow_methods([axum::http::Method::GET]),
        )
}
