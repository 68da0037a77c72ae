//! The compendium's totals and the splits of its charts, for the pledges a filter finds: one pass
//! over the in-memory index (see `index`). A joint pledge counts once; in the splits by focus area
//! and region it counts once in each it names.
use sea_orm::ConnectionTrait;

use crate::domain::{CompendiumFilter, CompendiumStats};
use crate::error::AppError;

/// Totals and the splits of the charts, for the pledges the filters find.
#[tracing::instrument(skip(conn))]
pub async fn stats<C: ConnectionTrait>(
    conn: &C,
    f: &CompendiumFilter,
) -> Result<CompendiumStats, AppError> {
    f.check_search()?;
    Ok(super::index::current(conn).await?.stats(f))
}
