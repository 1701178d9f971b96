//! Export every record to one JSON file, and import one back: all or
//! nothing, in a single transaction.
use std::collections::HashMap;

use chrono::Utc;
use rexie::TransactionMode;

use super::db::Storage;
use super::error::StorageError;
use super::js;
use super::sync;
use super::write::WriteTx;
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
/// every record is written in one durable transaction, so either all of it
/// lands or nothing changes. Existing records follow
/// [`backup_format::merge`]. A record written moves one revision past both
/// the stored one and the file's, so a tab still editing the version it
/// replaces cannot save over it (see [`Repo::save`](super::repo::Repo::save)).
pub async fn import(storage: &Storage, text: &str) -> Result<ImportSummary, BackupError> {
    let incoming = page_settings_parse_backup(text.to_string()).await?;
    let names = store_names();
    let tx = storage.write_tx(&names)?;
    let mut summary = ImportSummary::default();
    for (store_name, rows) in &incoming {
        let store = tx.store(store_name.as_str())?;
        let existing: HashMap<String, Row> = WriteTx::get_all(&store)
            .await?
            .iter()
            .filter_map(|v| js::row_from_js(v).ok())
            .map(|r| (r.id.clone(), r))
            .collect();
        for row in rows {
            let stored = existing.get(&row.id);
            match merge(stored, row) {
                Merge::Add => summary.added += 1,
                Merge::Replace => summary.updated += 1,
                Merge::Keep => {
                    summary.kept += 1;
                    continue;
                }
            }
            let rev = next_rev(stored.map_or(0, |r| r.rev), row.rev)?;
            WriteTx::put(&store, &js::row_to_js(&with_rev(row, rev)?))?;
        }
    }
    storage.commit(tx).await?;
    sync::announce_reload();
    Ok(summary)
}

/// The backup file checked in full ([`backup_format::parse`]). It reads
/// every record as its own type, so it holds every model's reading code:
/// fetched the first time a backup is imported, not with the settings page.
/// (`page_settings_`: it loads only inside the settings route, which the
/// chunk grouping and the service worker's lists read from the name,
/// tools/split.mjs and tools/sw-lists.mjs.)
#[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
async fn page_settings_parse_backup(
    text: String,
) -> Result<Vec<(StoreName, Vec<Row>)>, ImportError> {
    backup_format::parse(&text)
}

/// The revision an imported record is written with: past both the stored
/// one and the file's.
pub fn next_rev(stored: u32, file: u32) -> Result<u32, StorageError> {
    stored
        .max(file)
        .checked_add(1)
        .ok_or_else(|| StorageError::Other("revision overflow".into()))
}

/// `row` with revision `rev`, in its index field and in its body alike.
pub fn with_rev(row: &Row, rev: u32) -> Result<Row, StorageError> {
    let mut body: serde_json::Value = serde_json::from_str(&row.body)?;
    let obj = body
        .as_object_mut()
        .ok_or_else(|| StorageError::Other("record body is not an object".into()))?;
    obj.insert("rev".into(), rev.into());
    Ok(Row {
        rev,
        body: serde_json::to_string(&body)?,
        ..row.clone()
    })
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
