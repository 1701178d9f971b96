//! Ordered data migrations, run after the database opens. Each step runs in
//! one transaction and records the new data version in the `meta` store in
//! that same transaction, so a step is either fully applied or not at all.
use rexie::TransactionMode;
use serde_json::Value;

use super::db::{read_data_version, Storage};
use super::error::StorageError;
use super::js;
use suitcase_core::formats::record::{timestamp, Row};

/// The data schema version this build writes.
pub const DATA_VERSION: u32 = 2;

/// Brings the data up to [`DATA_VERSION`]. `old_idb_version` is the
/// IndexedDB version before this open (0 for a new database).
pub async fn run(storage: &Storage, old_idb_version: u32) -> Result<(), StorageError> {
    let current = match read_data_version(storage).await? {
        Some(v) => v,
        None if old_idb_version == 0 => {
            write_version(storage, DATA_VERSION).await?;
            return Ok(());
        }
        // Databases of the first layout had no version record.
        None => 1,
    };
    if current > DATA_VERSION {
        return Err(StorageError::TooNew);
    }
    if current < 2 {
        v1_to_v2(storage).await?;
    }
    Ok(())
}

async fn write_version(storage: &Storage, version: u32) -> Result<(), StorageError> {
    let tx = storage.tx(&["meta"], TransactionMode::ReadWrite)?;
    tx.store("meta")?.put(&meta(version), None).await?;
    tx.done().await?;
    Ok(())
}

fn meta(version: u32) -> wasm_bindgen::JsValue {
    js::object(&[
        ("id", "schema".into()),
        ("version", f64::from(version).into()),
    ])
}

/// Version 1 (the first layout: `clients` and `proposals` only) kept records
/// without a revision and without `kind`/`rev` index fields. Version 2 adds
/// them (a record that had a revision moves one on); records that cannot be read are left exactly as they were.
async fn v1_to_v2(storage: &Storage) -> Result<(), StorageError> {
    const V1_STORES: [(&str, &str); 2] = [("clients", "client"), ("proposals", "proposal")];
    let tx = storage.tx(
        &["meta", "clients", "proposals"],
        TransactionMode::ReadWrite,
    )?;
    for (store_name, kind) in V1_STORES {
        let store = tx.store(store_name)?;
        let values = store.get_all(None, None).await?;
        let rows: Vec<_> = values
            .iter()
            .filter_map(|v| {
                let body = js::get_string(v, "body")?;
                upgrade_v1_body(kind, &body).map(|row| (js::row_to_js(&row), None))
            })
            .collect();
        store.put_all(rows.into_iter()).await?;
    }
    tx.store("meta")?.put(&meta(2), None).await?;
    tx.done().await?;
    Ok(())
}

/// The version 2 row for a version 1 record body, or `None` when the body is
/// not a record (it is then kept untouched).
pub fn upgrade_v1_body(kind: &str, body: &str) -> Option<Row> {
    let mut v: Value = serde_json::from_str(body).ok()?;
    let obj = v.as_object_mut()?;
    let id = obj.get("id")?.as_str()?.to_string();
    let updated: chrono::DateTime<chrono::Utc> = obj.get("updated_at")?.as_str()?.parse().ok()?;
    // Every write moves a record's revision forward, this one too: a tab
    // still holding the version 1 record cannot save over the upgraded one.
    let rev = match obj.get("rev") {
        None => 1,
        Some(r) => u32::try_from(r.as_u64()?).ok()?.checked_add(1)?,
    };
    obj.insert("rev".into(), Value::from(rev));
    let client_id = obj
        .get("data")
        .and_then(|d| d.get("client_id"))
        .and_then(Value::as_str)
        .map(str::to_string);
    Some(Row {
        id,
        kind: kind.to_string(),
        rev,
        updated_at: timestamp(updated),
        client_id,
        body: serde_json::to_string(&v).ok()?,
    })
}
