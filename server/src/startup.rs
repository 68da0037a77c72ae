//! Builds the HTTP application and serves it until SIGTERM or Ctrl-C.
use std::sync::Arc;

use app::ssr::{AuthSettings, ServerContext, seed};
use app::{App, shell};
use axum::{
    Router, body::Body, extract::State, http::Request, response::IntoResponse, routing::get,
};
use leptos::config::{Env, LeptosOptions};
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, generate_route_list, handle_server_fns_with_context};
use tokio::net::TcpListener;
use tower_http::{compression::CompressionLayer, trace::TraceLayer};

use crate::config::Settings;
use crate::{db, routes};

#[derive(Clone, axum::extract::FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub ctx: ServerContext,
}

#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error("database: {0}")]
    Database(#[from] sea_orm::DbErr),
    #[error("demo data: {0}")]
    Seed(app::error::AppError),
    #[error("network: {0}")]
    Io(#[from] std::io::Error),
}

pub async fn run(settings: Settings) -> Result<(), StartupError> {
    let db = db::connect(&settings.database_url).await?;
    tracing::info!(backend = ?db.get_database_backend(), "database ready and migrated");
    if settings.seed_demo && seed::seed_demo(&db).await.map_err(StartupError::Seed)? {
        tracing::info!("demo data seeded");
    }

    let listener = TcpListener::bind(settings.addr).await?;
    let addr = listener.local_addr()?;
    let app = router(&settings, db, addr);

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
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    tracing::info!("stopped");
    Ok(())
}

pub fn router(
    settings: &Settings,
    db: sea_orm::DatabaseConnection,
    addr: std::net::SocketAddr,
) -> Router {
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
    };
    let state = AppState {
        leptos_options,
        ctx,
    };
    let route_list = generate_route_list(App);

    Router::new()
        .route("/healthz", get(routes::health::health))
        .route("/lang/{code}", get(routes::language::switch_language))
        .route(
            "/api/{*fn_name}",
            get(server_fn_handler).post(server_fn_handler),
        )
        .leptos_routes_with_context(
            &state,
            route_list,
            {
                let ctx = state.ctx.clone();
                move || provide_context(ctx.clone())
            },
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            {
                let ctx = state.ctx.clone();
                move || provide_context(ctx.clone())
            },
            shell,
        ))
        // The wasm shrinks to about 40% and pages to a fifth: it matters most on slow connections.
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

async fn server_fn_handler(
    State(state): State<AppState>,
    request: Request<Body>,
) -> impl IntoResponse {
    handle_server_fns_with_context(move || provide_context(state.ctx.clone()), request).await
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
