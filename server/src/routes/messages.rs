use app::i18n::messages_file;
use axum::{
    extract::{Path, Query},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Version {
    v: Option<String>,
}

/// `/i18n/fr.ftl?v=…`: the Fluent file the browser installs before hydrating a page in French.
/// The current version is cached for a year (its URL changes with its content); any other
/// answer must be revalidated.
pub async fn fluent_file(Path(file): Path<String>, Query(version): Query<Version>) -> Response {
    let Some((source, current)) = file
        .strip_suffix(".ftl")
        .and_then(|code| messages_file(code, version.v.as_deref()))
    else {
        return (StatusCode::NOT_FOUND, "unknown language").into_response();
    };
    let cache = if current {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CACHE_CONTROL, cache),
        ],
        source,
    )
        .into_response()
}
