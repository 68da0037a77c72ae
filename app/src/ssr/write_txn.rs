//! Transactions that will write. On SQLite they take the write lock at `BEGIN` (`IMMEDIATE`): a
//! deferred transaction that read first and wrote second would fail outright when another writer
//! committed in between, instead of waiting its turn. PostgreSQL ignores the option.
use sea_orm::{
    DatabaseConnection, DatabaseTransaction, SqliteTransactionMode, TransactionOptions,
    TransactionTrait,
};

use crate::error::AppError;

pub async fn write_txn(db: &DatabaseConnection) -> Result<DatabaseTransaction, AppError> {
    Ok(db
        .begin_with_options(TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..Default::default()
        })
        .await?)
}
