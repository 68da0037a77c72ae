//! Builds the HTTP application and serves it until SIGTERM or Ctrl-C.
use std::sync::Arc;

use app::error::AppError;
use app::ssr::rate_limit::RateLimits;
use app::ssr::{
    AuthSettings, ServerContext, accounts::auth, accounts::registrations, form_stash, seed,
};
use app::{App, shell};
use axum::{
    Router, ServiceExt,
    body::Body,
    http::StatusCode,
    middleware,
    response::{IntoResponse, Response},
    routing::get,
};
use chrono::Utc;
use leptos::config::{Env, LeptosOptions};
use leptos::prelude::{provide_context, use_context};
use leptos::server_fn::error::SERVER_FN_ERROR_HEADER;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_layer::Layer;

use crate::config::Settings;
use crate::digest_worker::DigestWorker;
use crate::mail_worker::MailWorker;
use crate::routes::export_files::ExportFiles;
use crate::security::{self, ClientIpSource, CspNonce, EdgeSettings, PerIpLimits, PerMinute};
use crate::{db, page_cache, routes};
use app::ssr::mail::MailTransport;

/// The state of every route. Axum clones it for each request, so it is one `Arc`.
#[derive(Clone)]
pub struct AppState(Arc<SharedState>);

pub struct SharedState {
    pub leptos_options: LeptosOptions,
    pub ctx: ServerContext,
    pub edge_limits: Arc<PerIpLimits>,
    pub export_files: Arc<ExportFiles>,
}

impl std::ops::Deref for AppState {
    type Target = SharedState;

    fn deref(&self) -> &SharedState {
        &self.0
    }
}

impl axum::extract::FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

impl axum::extract::FromRef<AppState> for ServerContext {
    fn from_ref(state: &AppState) -> Self {
        state.ctx.clone()
    }
}

impl axum::extract::FromRef<AppState> for Arc<ExportFiles> {
    fn from_ref(state: &AppState) -> Self {
        Arc::clone(&state.export_files)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("demo data or compendium: {0}")]
    Seed(app::error::AppError),
    #[error("network: {0}")]
    Io(#[from] std::io::Error),
    #[error("mail: {0}")]
    Mail(String),
}

pub async fn run(settings: Settings) -> Result<(), StartupError> {
    let db = db::connect(&settings.database_url).await?;
    tracing::info!(backend = ?db.get_database_backend(), "database ready and migrated");
    let filled = app::ssr::compendium::projection::fill_if_empty(&db)
        .await
        .map_err(StartupError::Seed)?;
    if filled > 0 {
        tracing::info!(
            pledges = filled,
            "public compendium filled from published pledges"
        );
    }
    if settings.seed_demo && seed::seed_demo(&db).await.map_err(StartupError::Seed)? {
        tracing::info!("demo data seeded");
        if settings.seed_bulk > 0 {
            let made = app::ssr::bulk_seed::seed_published(&db, settings.seed_bulk)
                .await
                .map_err(StartupError::Seed)?;
            tracing::info!(pledges = made, "synthetic published pledges seeded");
        }
    }

    let listener = TcpListener::bind(settings.addr).await?;
    let addr = listener.local_addr()?;
    let (app, state) = router(&settings, db, addr);
    tokio::spawn(mail_worker(&settings, &state)?.run());
    if let Some(every) = settings.digest_every {
        tokio::spawn(
            DigestWorker {
                db: state.ctx.db.clone(),
                public_url: state.ctx.public_url.to_string(),
                hour: settings.digest_hour_utc,
                every,
            }
            .run(),
        );
    }
    if let Some(every) = settings.reminder_every {
        tokio::spawn(
            crate::progress::reminder_worker::ReminderWorker {
                db: state.ctx.db.clone(),
                public_url: state.ctx.public_url.to_string(),
                every,
            }
            .run(),
        );
    }
    tokio::spawn(sweep_periodically(state, settings.sweep_every));

    // Scripts and tests read this line to learn the port (the address may ask for port 0).
    println!("Partner2Connect is listening on http://{addr}");
    if settings.seed_demo {
        println!("Demo logins (password {}):", seed::DEMO_PASSWORD);
        for account in &seed::ACCOUNTS {
            println!(
                "  {:<32} {:<12} {}",
                account.email,
                account.role.code(),
                account.org
            );
        }
    }
    axum::serve(
        listener,
        ServiceExt::<axum::extract::Request>::into_make_service_with_connect_info::<
            std::net::SocketAddr,
        >(app),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    tracing::info!("stopped");
    Ok(())
}

fn mail_worker(settings: &Settings, state: &AppState) -> Result<MailWorker, StartupError> {
    let transport = match &settings.smtp_url {
        Some(url) => MailTransport::smtp(url).map_err(StartupError::Mail)?,
        None => MailTransport::files(settings.outbox_dir.clone())?,
    };
    let from = settings
        .mail_from
        .parse()
        .map_err(|e| StartupError::Mail(format!("P2C_MAIL_FROM: {e}")))?;
    tracing::info!(
        transport = if settings.smtp_url.is_some() {
            "smtp"
        } else {
            "files"
        },
        "mail worker started"
    );
    Ok(MailWorker {
        db: state.ctx.db.clone(),
        transport,
        from,
        poll: settings.outbox_poll,
        retry_base: settings.outbox_retry_base,
    })
}

/// The whole application: the routes behind the edge layers, and the page cache in front.
pub fn router(
    settings: &Settings,
    db: sea_orm::DatabaseConnection,
    addr: std::net::SocketAddr,
) -> (page_cache::CachedPages<Router>, AppState) {
    let leptos_options = LeptosOptions::builder()
        .output_name("p2c")
        .site_root(settings.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .env(if settings.production {
            Env::PROD
        } else {
            Env::DEV
        })
        .site_addr(addr)
        .build();
    let ctx = ServerContext {
        db,
        auth: Arc::new(AuthSettings {
            secure_cookies: settings.secure_cookies,
            session_days: settings.session_days,
        }),
        limits: Arc::new(RateLimits::new(
            settings.sign_ins_per_account_per_minute,
            settings.password_checks_per_address_per_minute,
            settings.anonymous_reports_per_ip_per_minute,
        )),
        public_url: settings
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{addr}"))
            .into(),
        letters_dir: settings.letters_dir.clone().into(),
        evidence_dir: settings.evidence_dir.clone().into(),
        four_eyes_usd_cents: settings.four_eyes_usd.saturating_mul(100),
    };
    let state = AppState(Arc::new(SharedState {
        leptos_options,
        ctx,
        edge_limits: Arc::new(PerIpLimits::new(PerMinute {
            anonymous_posts: settings.anonymous_posts_per_ip_per_minute,
            downloads: settings.downloads_per_ip_per_minute,
            page_renders: settings.page_renders_per_ip_per_minute,
            api: settings.api_per_ip_per_minute,
        })),
        export_files: Arc::new(ExportFiles::new(settings.export_gate.clone())),
    }));
    let route_list = generate_route_list(App);
    let pages = page_cache::PageCache::with_budget(settings.page_cache_bytes);
    tokio::spawn(pages.clone().watch(state.ctx.db.clone()));

    let routes = Router::new()
        .route("/healthz", get(routes::health::health))
        .route("/lang/{code}", get(routes::language::switch_language))
        .route("/i18n/{file}", get(routes::messages::fluent_file))
        .route("/letters/{id}/pdf", get(routes::letter_pdf::download))
        .route(
            "/evidence/{id}",
            get(crate::progress::evidence_file::download),
        )
        .route("/admin/audit.csv", get(routes::audit_csv::download))
        .route(
            "/organiser/events/{slug}/run.docx",
            get(crate::events::run_files::docx),
        )
        .route(
            "/organiser/events/{slug}/run.xlsx",
            get(crate::events::run_files::xlsx),
        )
        .route("/compendium.csv", get(routes::compendium_export::csv))
        .route("/compendium.json", get(routes::compendium_export::json))
        .route("/compendium.xlsx", get(routes::compendium_export::xlsx))
        .route("/compendium.docx", get(routes::compendium_export::docx))
        .route("/opportunities.csv", get(routes::opportunity_export::csv))
        .route("/opportunities.xlsx", get(routes::opportunity_export::xlsx))
        .route(
            "/opportunities/answers.csv",
            get(routes::opportunity_export::answers_csv),
        )
        .nest("/api/v1", routes::open_api::routes())
        // Route services are cloned for every request: what they hold is shared behind an `Arc`,
        // so a request costs one reference count, not a copy of the options and the context
        // (those copies were a quarter of the time of a cached page).
        .leptos_routes_with_context(
            &state,
            route_list,
            {
                let ctx = Arc::new(state.ctx.clone());
                move || provide_request_context(&ctx)
            },
            {
                let options = Arc::new(state.leptos_options.clone());
                move || shell(LeptosOptions::clone(&options))
            },
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            {
                let ctx = Arc::new(state.ctx.clone());
                move || provide_request_context(&ctx)
            },
            shell,
        ))
        .layer(middleware::map_response(with_error_status))
        // The wasm shrinks to about 40% and pages to a fifth: it matters most on slow connections.
        .layer(CompressionLayer::new())
        .with_state(state.clone());
    let edge = EdgeSettings {
        https: settings.secure_cookies,
        body_limit: settings.body_limit,
        client_ip: settings
            .client_ip_header
            .clone()
            .map_or(ClientIpSource::Peer, ClientIpSource::Header),
    };
    let https = edge.https;
    let app = security::protect(routes, edge, state.edge_limits.clone());
    let cached = page_cache::CachedPagesLayer(Arc::new(page_cache::CacheState {
        ctx: state.ctx.clone(),
        cache: pages,
        https,
    }));
    (cached.layer(app), state)
}

/// What every render and server function can read: the services, and this response's CSP nonce.
fn provide_request_context(ctx: &ServerContext) {
    provide_context(ctx.clone());
    if let Some(CspNonce(nonce)) = use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<CspNonce>().cloned())
    {
        provide_context(nonce);
    }
}

/// Server functions answer every error with 500; the error itself knows its status (400 for bad
/// input, 401, 403, 404, 409 for a lost race, 429). Redirects of forms without JavaScript are left as they are.
async fn with_error_status(response: Response) -> Response {
    let is_error = response.status() == StatusCode::INTERNAL_SERVER_ERROR
        && response.headers().contains_key(SERVER_FN_ERROR_HEADER);
    if !is_error {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match axum::body::to_bytes(body, 1024 * 1024).await {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!(error = %e, "reading a server function's error");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    if let Ok(error) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = error.status();
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Deletes expired sessions, stashed forms and unconfirmed registrations, and forgets idle
/// rate-limit keys, every `every`.
async fn sweep_periodically(state: AppState, every: std::time::Duration) {
    let mut ticks = tokio::time::interval(every);
    loop {
        ticks.tick().await;
        let sessions = auth::sweep_expired_sessions(&state.ctx.db).await;
        let stashes = form_stash::sweep(&state.ctx.db).await;
        let registrations = registrations::sweep_unconfirmed(&state.ctx.db, Utc::now()).await;
        state.ctx.limits.forget_idle();
        state.edge_limits.forget_idle();
        match (sessions, stashes, registrations) {
            (Ok(sessions), Ok(stashes), Ok(registrations)) => {
                tracing::debug!(
                    sessions,
                    stashes,
                    registrations,
                    "swept expired sessions, stashed forms and unconfirmed registrations"
                );
            }
            // The error was logged where it happened; the next tick tries again.
            _ => tracing::warn!("sweep incomplete"),
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}
