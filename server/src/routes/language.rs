use std::collections::HashMap;

use app::i18n::{LOCALE_COOKIE, Locale};
use app::ssr::safe_local_path;
use axum::{
    extract::{Path, Query},
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};

/// Remembers the chosen language for a year and goes back to the page the reader was on.
pub async fn switch_language(
    Path(code): Path<String>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let Some(locale) = Locale::parse(&code) else {
        return (StatusCode::NOT_FOUND, "unknown language").into_response();
    };
    let back =
        safe_local_path(query.get("next").map(String::as_str)).unwrap_or_else(|| "/".to_owned());
    let cookie = format!(
        "{LOCALE_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.code()
    );
    (
        StatusCode::SEE_OTHER,
        [(header::LOCATION, back), (header::SET_COOKIE, cookie)],
    )
        .into_response()
}
