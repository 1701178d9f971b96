//! One repository per record kind: typed reads and writes over one store.
use std::marker::PhantomData;

use chrono::{DateTime, Duration, Utc};
use rexie::TransactionMode;
use serde::de::DeserializeOwned;

use super::db::Storage;
use super::error::StorageError;
use super::js;
use super::prefs;
use super::sync;
use super::write::WriteTx;
use suitcase_core::formats::record::{timestamp, Record, RecordKind, Row};

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
        prefs::set_stored(true);
        decode(&row)
    }

    /// Every record of this kind, most recently changed first. (A store may
    /// hold several kinds; the others are left out.)
    pub async fn list(&self) -> Result<Vec<Record<T>>, StorageError> {
        self.list_as::<T>().await
    }

    /// Every record of this kind read as `S`, a shape with some of `T`'s
    /// fields (e.g. a list row's), in the order of [`list`](Self::list):
    /// the page that shows it does not carry `T`'s whole reading code.
    pub async fn list_as<S: DeserializeOwned>(&self) -> Result<Vec<Record<S>>, StorageError> {
        self.rows().await?.iter().map(decode).collect()
    }

    /// The rows of this kind, most recently changed first.
    async fn rows(&self) -> Result<Vec<Row>, StorageError> {
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
        suitcase_core::sort::by(&mut rows, |a, b| b.updated_at.cmp(&a.updated_at));
        if !rows.is_empty() {
            prefs::set_stored(true);
        }
        Ok(rows)
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

    /// Saves `record` if nobody saved it since it was read (the stored
    /// version has its `rev` and `updated_at`; nothing is stored for a new
    /// record, `rev` 0). Returns the record as stored, with the next
    /// revision and a new `updated_at`. The check and the write are one
    /// durable transaction; this resolves only after it has committed.
    ///
    /// A record deleted since it was read is [`StorageError::Deleted`]; one
    /// saved (or imported, or restored) since is [`StorageError::Conflict`].
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

        let tx = self.storage.write_tx(&[self.store()])?;
        let store = tx.store(self.store())?;
        let stored = match WriteTx::get(&store, &record.id).await? {
            Some(v) => Some(js::row_from_js(&v)?),
            None => None,
        };
        if let Err(e) = check_base(stored.as_ref(), record) {
            // Nothing written: the transaction commits empty.
            tx.finish().await;
            return Err(e);
        }
        WriteTx::put(&store, &js::row_to_js(&row))?;
        self.storage.commit(tx).await?;
        sync::announce_change(self.store(), &next.id, next.rev);
        Ok(next)
    }

    /// Adds the records `make` returns, given every stored record of this
    /// kind, reading and writing in one durable transaction: two runs at
    /// once (a double click, two tabs) are queued by the browser, and the
    /// second sees what the first added, so `make` can leave out what is
    /// already there. Returns the records added.
    pub async fn add_missing(
        &self,
        make: impl FnOnce(&[Record<T>]) -> Vec<T>,
    ) -> Result<Vec<Record<T>>, StorageError> {
        let tx = self.storage.write_tx(&[self.store()])?;
        let store = tx.store(self.store())?;
        let read = WriteTx::get_all(&store).await.and_then(|values| {
            values
                .iter()
                .map(js::row_from_js)
                .filter(|r| r.as_ref().map_or(true, |r| r.kind == T::KIND))
                .map(|r| r.and_then(|r| decode(&r)))
                .collect::<Result<Vec<Record<T>>, _>>()
        });
        let existing = match read {
            Ok(v) => v,
            Err(e) => {
                let _ = tx.abort();
                return Err(e);
            }
        };
        let now = Utc::now();
        let added: Vec<Record<T>> = make(&existing)
            .into_iter()
            .map(|data| Record {
                rev: 1,
                ..Record::new(js::fresh_id(), data, now)
            })
            .collect();
        let written = added.iter().try_for_each(|record| {
            WriteTx::put(&store, &js::row_to_js(&Row::from_record(record)?))
        });
        if let Err(e) = written {
            let _ = tx.abort();
            return Err(e);
        }
        self.storage.commit(tx).await?;
        for r in &added {
            sync::announce_change(self.store(), &r.id, r.rev);
        }
        Ok(added)
    }

    /// Deletes the record and returns it (to offer "undo").
    pub async fn delete(&self, id: &str) -> Result<Record<T>, StorageError> {
        let tx = self.storage.write_tx(&[self.store()])?;
        let store = tx.store(self.store())?;
        let Some(value) = WriteTx::get(&store, id).await? else {
            tx.finish().await;
            return Err(StorageError::NotFound);
        };
        WriteTx::delete(&store, id)?;
        self.storage.commit(tx).await?;
        sync::announce_change(self.store(), id, 0);
        decode(&js::row_from_js(&value)?)
    }

    /// Puts a deleted record back ("undo"), one revision on. Refused with
    /// [`StorageError::Conflict`] when a record with its id is stored again
    /// (another tab restored or imported it meanwhile): that newer version
    /// is kept. Returns the record as stored.
    pub async fn restore(&self, record: &Record<T>) -> Result<Record<T>, StorageError> {
        let mut next = record.clone();
        next.rev = record
            .rev
            .checked_add(1)
            .ok_or_else(|| StorageError::Other("revision overflow".into()))?;
        let row = Row::from_record(&next)?;
        let tx = self.storage.write_tx(&[self.store()])?;
        let store = tx.store(self.store())?;
        if let Some(v) = WriteTx::get(&store, &record.id).await? {
            let stored = js::row_from_js(&v)?.rev;
            tx.finish().await;
            return Err(StorageError::Conflict { stored });
        }
        WriteTx::put(&store, &js::row_to_js(&row))?;
        self.storage.commit(tx).await?;
        sync::announce_change(self.store(), &next.id, next.rev);
        Ok(next)
    }
}

/// Whether `stored` (what the store holds under the record's id) is the
/// version `record` was read from, so that saving `record` loses nothing.
pub fn check_base<T>(stored: Option<&Row>, record: &Record<T>) -> Result<(), StorageError> {
    match stored {
        None if record.rev == 0 => Ok(()),
        None => Err(StorageError::Deleted),
        Some(row) if record.rev == 0 => Err(StorageError::Conflict { stored: row.rev }),
        Some(row) if row.rev != record.rev || row.updated_at != timestamp(record.updated_at) => {
            Err(StorageError::Conflict { stored: row.rev })
        }
        Some(_) => Ok(()),
    }
}

fn decode<T: DeserializeOwned>(row: &Row) -> Result<Record<T>, StorageError> {
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
