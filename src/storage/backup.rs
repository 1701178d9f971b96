//! Export every record to one JSON file, and import one back: all or
//! nothing, in a single transaction.
use std::collections::HashMap;

use chrono::Utc;
use rexie::TransactionMode;

use super::db::Storage;
use super::error::StorageError;
use super::js;
use super::repo::committed;
use super::sync;
use suitcase_core::formats::backup::{self as backup_format, merge, ImportError, Merge};
use suitcase_core::formats::record::{Row, StoreName};

/// Why an import did not happen.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BackupError {
    #[error(transparent)]
    File(#[from] ImportError),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// What an import did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
    pub kept: usize,
}

fn store_names() -> Vec<&'static str> {
    StoreName::ALL.iter().map(|s| s.as_str()).collect()
}

/// Every user record, per store, read in one transaction.
pub async fn read_all(storage: &Storage) -> Result<Vec<(StoreName, Vec<Row>)>, StorageError> {
    let names = store_names();
    let tx = storage.tx(&names, TransactionMode::ReadOnly)?;
    let mut out = Vec::new();
    for store in StoreName::ALL {
        let values = tx.store(store.as_str())?.get_all(None, None).await?;
        let rows = values
            .iter()
            .map(js::row_from_js)
            .collect::<Result<Vec<_>, _>>()?;
        out.push((store, rows));
    }
    tx.done().await?;
    Ok(out)
}

/// The backup document and how many records it holds.
pub async fn export(storage: &Storage) -> Result<(String, usize), StorageError> {
    let rows = read_all(storage).await?;
    let count = rows.iter().map(|(_, r)| r.len()).sum();
    let text = backup_format::build(&rows, Utc::now(), env!("CARGO_PKG_VERSION"))?;
    Ok((text, count))
}

/// Imports a backup document. The file is checked completely first; then
/// every record is written in one transaction, so either all of it lands or
/// nothing changes. Existing records follow [`backup_format::merge`].
pub async fn import(storage: &Storage, text: &str) -> Result<ImportSummary, BackupError> {
    let incoming = backup_format::parse(text)?;
    let names = store_names();
    let tx = storage.tx(&names, TransactionMode::ReadWrite)?;
    let mut summary = ImportSummary::default();
    for (store_name, rows) in &incoming {
        let store = tx.store(store_name.as_str()).map_err(StorageError::from)?;
        let existing: HashMap<String, Row> = store
            .get_all(None, None)
            .await
            .map_err(StorageError::from)?
            .iter()
            .filter_map(|v| js::row_from_js(v).ok())
            .map(|r| (r.id.clone(), r))
            .collect();
        let mut writes = Vec::new();
        for row in rows {
            match merge(existing.get(&row.id), row) {
                Merge::Add => summary.added += 1,
                Merge::Replace => summary.updated += 1,
                Merge::Keep => {
                    summary.kept += 1;
                    continue;
                }
            }
            writes.push((js::row_to_js(row), None));
        }
        store
            .put_all(writes.into_iter())
            .await
            .map_err(StorageError::from)?;
    }
    committed(storage, tx).await?;
    sync::announce_reload();
    Ok(summary)
}

/// Number of user records kept.
pub async fn count_all(storage: &Storage) -> Result<u32, StorageError> {
    let names = store_names();
    let tx = storage.tx(&names, TransactionMode::ReadOnly)?;
    let mut n = 0;
    for store in StoreName::ALL {
        n += tx.store(store.as_str())?.count(None).await?;
    }
    tx.done().await?;
    Ok(n)
}
