use axum::{extract::State, http::StatusCode};

use crate::startup::AppState;

/// 200 when the server can reach its database, 503 when it cannot.
pub async fn health(State(state): State<AppState>) -> (StatusCode, &'static str) {
    match crate::db::ping(&state.ctx.db).await {
        Ok(()) => (StatusCode::OK, "ok"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
