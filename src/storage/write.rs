//! The write path: raw IndexedDB read-write transactions asking for
//! `durability: "strict"`, so a write is reported done only once the
//! browser says it is on disk.
//!
//! rexie (used for reads) cannot pass transaction options, so writes open
//! their transaction on the raw connection with the options object. A
//! browser that does not know `durability` ignores the member (it is a
//! dictionary field); one that refuses the third argument gets a plain
//! read-write transaction instead.
use js_sys::{Array, Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction, IdbTransactionMode};

use super::error::StorageError;
use super::js;

/// One read-write transaction. Its outcome is watched from the start, so
/// [`WriteTx::commit`] can wait for the `complete` (or `abort`) event.
pub struct WriteTx {
    tx: IdbTransaction,
    outcome: JsFuture,
}

impl WriteTx {
    /// Opens a read-write transaction over `stores` on `db`, durable where
    /// the browser supports it.
    pub fn open(db: &IdbDatabase, stores: &[&str]) -> Result<WriteTx, StorageError> {
        let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
        let tx = strict(db, &names).or_else(|_| {
            db.transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite)
                .map_err(StorageError::from)
        })?;
        let outcome = Promise::new(&mut |resolve: Function, _reject: Function| {
            // The event itself is the value: its type tells which one came.
            tx.set_oncomplete(Some(&resolve));
            tx.set_onabort(Some(&resolve));
        });
        Ok(WriteTx {
            tx,
            outcome: JsFuture::from(outcome),
        })
    }

    /// The durability the browser gave this transaction ("strict",
    /// "relaxed", "default"), or `None` where it has no such notion.
    pub fn durability(&self) -> Option<String> {
        Reflect::get(&self.tx, &JsValue::from_str("durability"))
            .ok()?
            .as_string()
    }

    /// A store of the transaction.
    pub fn store(&self, name: &str) -> Result<IdbObjectStore, StorageError> {
        self.tx.object_store(name).map_err(StorageError::from)
    }

    /// The value stored under `id`, if any.
    pub async fn get(store: &IdbObjectStore, id: &str) -> Result<Option<JsValue>, StorageError> {
        let v = request(store.get(&js::key(id))?).await?;
        Ok((!v.is_undefined()).then_some(v))
    }

    /// Every value of the store.
    pub async fn get_all(store: &IdbObjectStore) -> Result<Vec<JsValue>, StorageError> {
        let v = request(store.get_all()?).await?;
        Ok(v.dyn_into::<Array>()
            .map(|a| a.to_vec())
            .unwrap_or_default())
    }

    /// Puts `value` (its key is its `id`). A refused put aborts the
    /// transaction, which [`WriteTx::commit`] reports.
    pub fn put(store: &IdbObjectStore, value: &JsValue) -> Result<(), StorageError> {
        store.put(value)?;
        Ok(())
    }

    /// Deletes the value stored under `id`.
    pub fn delete(store: &IdbObjectStore, id: &str) -> Result<(), StorageError> {
        store.delete(&js::key(id))?;
        Ok(())
    }

    /// Waits for the transaction to end and insists that it committed.
    /// An abort we did not ask for is the connection closing (another tab
    /// upgraded, `closed` is then true) or the browser refusing the write,
    /// most often for lack of space.
    pub async fn commit(self, closed: impl Fn() -> bool) -> Result<(), StorageError> {
        let event = self.outcome.await?;
        let kind = Reflect::get(&event, &JsValue::from_str("type"))
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        if kind == "complete" {
            return Ok(());
        }
        if closed() {
            return Err(StorageError::Closed);
        }
        match self.tx.error() {
            Some(e) if e.name() == "QuotaExceededError" => Err(StorageError::Quota),
            _ => Err(StorageError::WriteAborted),
        }
    }

    /// Gives up: nothing this transaction wrote is kept.
    pub fn abort(&self) -> Result<(), StorageError> {
        self.tx.abort().map_err(StorageError::from)
    }

    /// Ends a transaction that wrote nothing (it commits empty).
    pub async fn finish(self) {
        let _ = self.outcome.await;
    }
}

/// `db.transaction(names, "readwrite", { durability: "strict" })`, called
/// through JS (the options argument is not in web-sys's stable API).
fn strict(db: &IdbDatabase, names: &Array) -> Result<IdbTransaction, JsValue> {
    let f: Function = Reflect::get(db, &JsValue::from_str("transaction"))?.dyn_into()?;
    let options = js::object(&[("durability", "strict".into())]);
    f.call3(db, names, &JsValue::from_str("readwrite"), &options)?
        .dyn_into::<IdbTransaction>()
}

/// The result of `req`, once it succeeds.
async fn request(req: IdbRequest) -> Result<JsValue, StorageError> {
    let done = Promise::new(&mut |resolve: Function, reject: Function| {
        req.set_onsuccess(Some(&resolve));
        req.set_onerror(Some(&reject));
    });
    match JsFuture::from(done).await {
        Ok(_) => Ok(req.result()?),
        Err(_) => Err(match req.error() {
            Ok(Some(e)) if e.name() == "QuotaExceededError" => StorageError::Quota,
            Ok(Some(e)) => StorageError::Other(format!("{}: {}", e.name(), e.message())),
            _ => StorageError::WriteAborted,
        }),
    }
}
