//! One repository per record kind: typed reads and writes over one store.
use std::marker::PhantomData;

use chrono::{DateTime, Duration, Utc};
use rexie::TransactionMode;

use super::db::Storage;
use super::error::StorageError;
use super::js;
use super::sync;
use suitcase_core::formats::record::{Record, RecordKind, Row};

/// Typed access to the records of kind `T`.
pub struct Repo<T> {
    storage: Storage,
    _kind: PhantomData<T>,
}

impl<T> Clone for Repo<T> {
    fn clone(&self) -> Self {
        Repo {
            storage: self.storage.clone(),
            _kind: PhantomData,
        }
    }
}

impl<T: RecordKind> Repo<T> {
    /// The repository of `T` in `storage`.
    pub fn new(storage: Storage) -> Self {
        Repo {
            storage,
            _kind: PhantomData,
        }
    }

    fn store(&self) -> &'static str {
        T::STORE.as_str()
    }

    /// The record with `id`.
    pub async fn get(&self, id: &str) -> Result<Record<T>, StorageError> {
        let tx = self
            .storage
            .tx(&[self.store()], TransactionMode::ReadOnly)?;
        let value = tx.store(self.store())?.get(js::key(id)).await?;
        tx.done().await?;
        let row = js::row_from_js(&value.ok_or(StorageError::NotFound)?)?;
        decode(&row)
    }

    /// Every record of this kind, most recently changed first. (A store may
    /// hold several kinds; the others are left out.)
    pub async fn list(&self) -> Result<Vec<Record<T>>, StorageError> {
        let tx = self
            .storage
            .tx(&[self.store()], TransactionMode::ReadOnly)?;
        let values = tx.store(self.store())?.get_all(None, None).await?;
        tx.done().await?;
        let mut rows = values
            .iter()
            .map(js::row_from_js)
            .filter(|r| r.as_ref().map_or(true, |r| r.kind == T::KIND))
            .collect::<Result<Vec<_>, _>>()?;
        rows.sort_by(|a, b| b.updated_at.cmp(&a.updated_at));
        rows.iter().map(decode).collect()
    }

    /// How many records there are.
    pub async fn count(&self) -> Result<u32, StorageError> {
        let tx = self
            .storage
            .tx(&[self.store()], TransactionMode::ReadOnly)?;
        let n = tx.store(self.store())?.count(None).await?;
        tx.done().await?;
        Ok(n)
    }

    /// Saves `record` if nobody saved it since it was read (its `rev` is the
    /// stored one, or 0 for a new record). Returns the record as stored, with
    /// the next revision and a new `updated_at`. Resolves only after the
    /// transaction has committed.
    pub async fn save(&self, record: &Record<T>) -> Result<Record<T>, StorageError> {
        let mut next = record.clone();
        next.rev = record
            .rev
            .checked_add(1)
            .ok_or_else(|| StorageError::Other("revision overflow".into()))?;
        next.updated_at = later_than(Utc::now(), record.updated_at);
        if record.rev == 0 {
            next.created_at = next.updated_at;
        }
        let row = Row::from_record(&next)?;

        let tx = self
            .storage
            .tx(&[self.store()], TransactionMode::ReadWrite)?;
        let store = tx.store(self.store())?;
        let stored = store.get(js::key(&record.id)).await?;
        let stored_rev = match &stored {
            Some(v) => js::row_from_js(v)?.rev,
            None => 0,
        };
        if stored_rev != record.rev {
            // Nothing written: the transaction commits empty.
            tx.done().await?;
            return Err(StorageError::Conflict { stored: stored_rev });
        }
        store.put(&js::row_to_js(&row), None).await?;
        committed(&self.storage, tx).await?;
        sync::announce_change(self.store(), &next.id, next.rev);
        Ok(next)
    }

    /// Deletes the record and returns it (to offer "undo").
    pub async fn delete(&self, id: &str) -> Result<Record<T>, StorageError> {
        let tx = self
            .storage
            .tx(&[self.store()], TransactionMode::ReadWrite)?;
        let store = tx.store(self.store())?;
        let value = store
            .get(js::key(id))
            .await?
            .ok_or(StorageError::NotFound)?;
        store.delete(js::key(id)).await?;
        committed(&self.storage, tx).await?;
        sync::announce_change(self.store(), id, 0);
        decode(&js::row_from_js(&value)?)
    }

    /// Puts a deleted record back exactly as it was ("undo").
    pub async fn restore(&self, record: &Record<T>) -> Result<(), StorageError> {
        let row = Row::from_record(record)?;
        let tx = self
            .storage
            .tx(&[self.store()], TransactionMode::ReadWrite)?;
        tx.store(self.store())?
            .put(&js::row_to_js(&row), None)
            .await?;
        committed(&self.storage, tx).await?;
        sync::announce_change(self.store(), &record.id, record.rev);
        Ok(())
    }
}

/// Waits for the transaction and insists that it committed.
///
/// An abort we did not ask for is the connection closing (another tab
/// upgraded) or the browser refusing the write, most often for lack of space.
pub(crate) async fn committed(
    storage: &Storage,
    tx: rexie::Transaction,
) -> Result<(), StorageError> {
    match tx.done().await? {
        rexie::TransactionResult::Committed => Ok(()),
        rexie::TransactionResult::Aborted if !storage.is_open() => Err(StorageError::Closed),
        rexie::TransactionResult::Aborted => Err(StorageError::WriteAborted),
    }
}

fn decode<T: RecordKind>(row: &Row) -> Result<Record<T>, StorageError> {
    row.decode().map_err(|e| StorageError::Corrupt {
        id: row.id.clone(),
        detail: e.to_string(),
    })
}

/// `now`, or just after `previous` when the clock has not moved on (or went
/// back), so `updated_at` always increases.
fn later_than(now: DateTime<Utc>, previous: DateTime<Utc>) -> DateTime<Utc> {
    if now > previous {
        now
    } else {
        previous + Duration::milliseconds(1)
    }
}
