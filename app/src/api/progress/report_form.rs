//! The report form: one `multipart/form-data` post, so evidence files travel with the fields, the
//! same with and without JavaScript. "Save draft" keeps everything as typed; "File the report"
//! files it or, when a rule is broken, keeps it as the draft and says what to change.
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

use crate::error::AppError;

#[server(endpoint = "submit_progress", input = MultipartFormData)]
pub async fn submit_progress(data: MultipartData) -> Result<(), AppError> {
    use crate::domain::progress::{EVIDENCE_FILES_MAX, ProgressInput};
    use crate::ssr::context;
    use crate::ssr::progress::evidence::{READ_LIMIT, Upload};
    use crate::ssr::progress::filing::{self, Posted};

    let bad = || AppError::Validation(Vec::new());
    let mut form = data.into_inner().ok_or_else(bad)?;
    let who = match context::require_user().await {
        Ok(who) => who,
        Err(e) => {
            // Up to 64 KB of a refused form is read before answering: a browser still sending a
            // small form then reads the answer instead of a reset connection. A large upload is
            // cut off, as a refused upload always is.
            let mut read = 0usize;
            'drain: while let Ok(Some(mut field)) = form.next_field().await {
                while let Ok(Some(chunk)) = field.chunk().await {
                    read += chunk.len();
                    if read > 64 * 1024 {
                        break 'drain;
                    }
                }
            }
            return Err(e);
        }
    };
    let ctx = context::server_context()?;
    let mut input = ProgressInput::default();
    let mut uploads = Vec::new();
    let mut remove = Vec::new();
    let mut pledge_id = None;
    let mut intent = String::new();
    while let Some(mut field) = form.next_field().await.map_err(|_| bad())? {
        let name = field.name().unwrap_or_default().to_owned();
        if name == "files" {
            let file_name = field.file_name().unwrap_or_default().to_owned();
            if uploads.len() >= EVIDENCE_FILES_MAX {
                // Counted, not read: one file too many is refused without holding its bytes.
                uploads.push(Upload {
                    name: file_name,
                    bytes: Vec::new(),
                    too_large: false,
                });
                continue;
            }
            let mut bytes = Vec::new();
            let mut too_large = false;
            while let Some(chunk) = field.chunk().await.map_err(|_| AppError::TooLarge)? {
                if bytes.len() + chunk.len() > READ_LIMIT {
                    too_large = true;
                    break;
                }
                bytes.extend_from_slice(&chunk);
            }
            // An empty file input still sends a part with no bytes: no file chosen.
            if !bytes.is_empty() || too_large {
                uploads.push(Upload {
                    name: file_name,
                    bytes,
                    too_large,
                });
            }
            continue;
        }
        let value = field.text().await.map_err(|_| bad())?;
        if let Some(rest) = name.strip_prefix("target_value_") {
            target_row(&mut input.targets, rest)?.value = value;
            continue;
        }
        if let Some(rest) = name.strip_prefix("target_reached_on_") {
            target_row(&mut input.targets, rest)?.reached_on = value;
            continue;
        }
        match name.as_str() {
            "pledge_id" => pledge_id = value.trim().parse::<i32>().ok(),
            "intent" => intent = value,
            "status" => input.status = value,
            "status_reason" => input.status_reason = value,
            "percent" => input.percent = value,
            "disbursed_amount" => input.disbursed_amount = value,
            "disbursed_currency" => input.disbursed_currency = value,
            "disbursed_on" => input.disbursed_on = value,
            "countries" | "countries[]" if input.countries.len() < 300 => {
                input.countries.push(value);
            }
            "beneficiaries" => input.beneficiaries = value,
            "beneficiaries_unit" => input.beneficiaries_unit = value,
            "narrative" => input.narrative = value,
            "links" => input.links = value,
            "files_public" => input.files_public = value,
            "remove_file" | "remove_file[]" => {
                if let Ok(id) = value.trim().parse::<i32>() {
                    remove.push(id);
                }
            }
            _ => {}
        }
    }
    let pledge_id = pledge_id.ok_or(AppError::NotFound)?;
    let posted = Posted {
        input,
        uploads,
        remove,
    };
    let today = chrono::Utc::now().date_naive();
    let result = if intent == "file" {
        filing::file(&ctx, &who, pledge_id, posted, today)
            .await
            .map(|_| "filed=1")
    } else {
        filing::save_draft(&ctx, &who, pledge_id, posted)
            .await
            .map(|()| "saved=1")
    };
    let flag = result?;
    crate::api::respond::redirect_local(&format!("/my/pledges/{pledge_id}/progress?{flag}"))
}

/// The row of target `n` ("0" to "19"), made as needed: fields may come in any order.
#[cfg(feature = "ssr")]
fn target_row<'a>(
    rows: &'a mut Vec<crate::domain::progress::TargetReachedInput>,
    n: &str,
) -> Result<&'a mut crate::domain::progress::TargetReachedInput, AppError> {
    let n: usize = n
        .parse()
        .ok()
        .filter(|n| *n < crate::domain::TARGETS_MAX)
        .ok_or(AppError::Validation(Vec::new()))?;
    if rows.len() <= n {
        rows.resize_with(n + 1, Default::default);
    }
    Ok(&mut rows[n])
}
