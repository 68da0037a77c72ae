//! Open data: one JSON document, `{"as_at", "total", "pledges": [...]}`, each pledge a
//! `PublicPledge` as the OpenAPI document at `/api/v1/openapi.json` describes it. Streamed.
use sea_orm::ConnectionTrait;
use tokio::sync::mpsc::Sender;

use super::{Request, next_rows};
use crate::error::AppError;
use crate::ssr::compendium::{Batches, count};
use crate::ssr::errors::internal;

pub async fn write<C: ConnectionTrait>(
    conn: &C,
    req: &Request,
    out: &Sender<Vec<u8>>,
) -> Result<(), AppError> {
    let total = count(conn, &req.filter).await?;
    let head = format!(
        "{{\"as_at\":{},\"total\":{total},\"pledges\":[",
        serde_json::to_string(&req.as_at).map_err(|e| internal("json", e))?
    );
    if out.send(head.into_bytes()).await.is_err() {
        return Ok(());
    }
    let mut first = true;
    // Public fields only, whoever asks: open data is the same for everyone.
    let mut batches = Batches::new(&req.filter);
    while let Some(rows) = next_rows(conn, &mut batches, super::Audience::Public).await? {
        let mut chunk = Vec::with_capacity(rows.len() * 2048);
        for row in rows {
            if !first {
                chunk.push(b',');
            }
            first = false;
            serde_json::to_writer(&mut chunk, &row.doc).map_err(|e| internal("json", e))?;
        }
        if out.send(chunk).await.is_err() {
            return Ok(());
        }
    }
    // The end marks a complete document: a truncated download does not parse.
    let _ = out.send(b"]}".to_vec()).await;
    Ok(())
}
