//! Request bodies are small (forms), except the letter-of-intent upload, which may carry a 5 MB
//! signed PDF, and the progress report, which may carry five evidence files of 10 MB. A body over its route's limit is refused with 413 before it is read, when the
//! browser announces its length, and cut off at the limit when it does not.
//!
//! A body that is too large is read to its end (up to `DRAIN_CAP`) and discarded before the
//! answer: a browser still sending a 20 MB scan would otherwise see the connection reset, not the
//! form again with "the file is larger than 5 MB". Beyond the cap the connection is simply closed.
use app::domain::LETTER_PDF_MAX_BYTES;
use app::domain::progress::{EVIDENCE_FILES_MAX, EVIDENCE_MAX_BYTES};
use app::error::AppError;
use axum::{
    body::Body,
    extract::{Request, State},
    http::header,
    middleware::Next,
    response::Response,
};
use http_body_util::Limited;

use super::refusal::{refuse, refuse_form};

/// The upload route's limit: the PDF plus room for the form's other fields and multipart framing.
const UPLOAD_LIMIT: usize = LETTER_PDF_MAX_BYTES + 256 * 1024;
pub const UPLOAD_PATH: &str = "/api/submit_letter";
/// The progress report's limit: its files plus room for the fields and framing.
const EVIDENCE_LIMIT: usize = EVIDENCE_FILES_MAX * EVIDENCE_MAX_BYTES + 512 * 1024;
pub const EVIDENCE_PATH: &str = "/api/submit_progress";
const DRAIN_CAP: usize = 64 * 1024 * 1024;

pub async fn limit_bodies(State(default): State<usize>, request: Request, next: Next) -> Response {
    let limit = match request.uri().path() {
        UPLOAD_PATH => UPLOAD_LIMIT.max(default),
        EVIDENCE_PATH => EVIDENCE_LIMIT.max(default),
        _ => default,
    };
    let announced = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    match announced {
        Some(n) if n > limit && n <= DRAIN_CAP => {
            let (parts, body) = request.into_parts();
            let _ = http_body_util::BodyExt::collect(Limited::new(body, DRAIN_CAP)).await;
            let request = Request::from_parts(parts, Body::empty());
            return refuse_form(&request, AppError::TooLarge, None);
        }
        Some(n) if n > limit => return refuse(&request, AppError::TooLarge),
        _ => {}
    }
    let request = request.map(|body| Body::new(Limited::new(body, limit)));
    next.run(request).await
}
