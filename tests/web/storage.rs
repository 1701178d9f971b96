//! The storage layer in headless Chromium, against real IndexedDB.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use chrono::Utc;
use js_sys::{Function, Promise};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbTransaction, IdbTransactionMode};

use suitcase::storage::backup::{self, BackupError};
use suitcase::storage::db::{self, DbEvent, OnEvent, Storage};
use suitcase::storage::{Repo, StorageError};
use suitcase_core::formats::record::{Record, RecordKind, StoreName};
use suitcase_core::model::client::Client;
use suitcase_core::model::kpi::{KpiEntry, KpiMeasure};
use suitcase_core::model::profile::Profile;

#[path = "util.rs"]
mod util;
use util::{client, futures_join, sleep};

wasm_bindgen_test_configure!(run_in_browser);

/// A record kind with large numbers, to check nothing is rounded in
/// IndexedDB (repositories store any kind; only backups check report kinds).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Numbers {
    big: i64,
    small: i64,
    ratio: f64,
}
impl RecordKind for Numbers {
    const STORE: StoreName = StoreName::Reports;
    const KIND: &'static str = "numbers";
}

fn quiet() -> OnEvent {
    Rc::new(|_| {})
}

/// A database name no other test uses.
fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", js_sys::Math::random().to_bits())
}

async fn fresh(prefix: &str) -> Storage {
    Storage::open_named(&unique(prefix), quiet())
        .await
        .expect("opens")
}

#[wasm_bindgen_test]
async fn create_read_update_delete_and_undo() {
    let s = fresh("crud").await;
    let repo: Repo<Client> = Repo::new(s.clone());
    let name = "Trà sữa Mây 🧋 — \"Tết\" <img src=x onerror=alert(1)> 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";
    let saved = repo.save(&client("c1", name)).await.unwrap();
    assert_eq!(saved.rev, 1);
    let read = repo.get("c1").await.unwrap();
    assert_eq!(read, saved);
    assert_eq!(read.data.name, name);

    let mut edit = read.clone();
    edit.data.industry = "F&B".into();
    let saved2 = repo.save(&edit).await.unwrap();
    assert_eq!(saved2.rev, 2);
    assert!(saved2.updated_at > saved.updated_at);
    assert_eq!(saved2.created_at, saved.created_at);
    assert_eq!(repo.list().await.unwrap(), vec![saved2.clone()]);

    let deleted = repo.delete("c1").await.unwrap();
    assert_eq!(deleted, saved2);
    assert_eq!(repo.get("c1").await, Err(StorageError::NotFound));
    // Undo puts it back one revision on (every write moves forward).
    let restored = repo.restore(&deleted).await.unwrap();
    assert_eq!(restored.rev, 3);
    assert_eq!(restored.data, saved2.data);
    assert_eq!(repo.get("c1").await.unwrap(), restored);
}

#[wasm_bindgen_test]
async fn large_numbers_and_dates_survive_exactly() {
    let s = fresh("numbers").await;
    let repo: Repo<Numbers> = Repo::new(s.clone());
    let rec = Record::new(
        "n1".into(),
        Numbers {
            big: i64::MAX,
            small: -(1 << 53) - 1,
            ratio: 0.1 + 0.2,
        },
        Utc::now(),
    );
    let saved = repo.save(&rec).await.unwrap();
    s.close();
    // A new connection, as after a reload.
    let s2 = Storage::open_named(s.name(), quiet()).await.unwrap();
    let read = Repo::<Numbers>::new(s2).get("n1").await.unwrap();
    assert_eq!(read, saved);
    assert_eq!(read.data.big, i64::MAX);
}

#[wasm_bindgen_test]
async fn a_stale_save_never_overwrites_newer_data() {
    let s = fresh("conflict").await;
    let repo: Repo<Profile> = Repo::new(s);
    let base = repo
        .save(&Record::new("me".into(), Profile::default(), Utc::now()))
        .await
        .unwrap();
    // Two tabs start from the same revision.
    let mut tab_a = base.clone();
    tab_a.data.name = "Lan".into();
    let mut tab_b = base.clone();
    tab_b.data.name = "Minh".into();
    repo.save(&tab_a).await.unwrap();
    assert_eq!(
        repo.save(&tab_b).await,
        Err(StorageError::Conflict { stored: 2 })
    );
    assert_eq!(repo.get("me").await.unwrap().data.name, "Lan");
}

#[wasm_bindgen_test]
async fn an_aborted_batch_leaves_nothing_behind() {
    let s = fresh("abort").await;
    let tx = s
        .tx(&["clients"], rexie::TransactionMode::ReadWrite)
        .unwrap();
    let store = tx.store("clients").unwrap();
    for i in 0..3 {
        let row = suitcase_core::formats::record::Row::from_record(&client(&format!("c{i}"), "x"))
            .unwrap();
        store
            .put(&suitcase::storage::js::row_to_js(&row), None)
            .await
            .unwrap();
    }
    tx.abort().await.unwrap();
    assert_eq!(Repo::<Client>::new(s).count().await.unwrap(), 0);
}

/// Creates the first data layout (IndexedDB version 1: `clients` and
/// `proposals`, records without revisions), as users of that version have it.
fn v1_layout(db: &IdbDatabase, _tx: &IdbTransaction, _old: u32) -> Result<(), JsValue> {
    for name in ["clients", "proposals"] {
        let p = IdbObjectStoreParameters::new();
        p.set_key_path(&"id".into());
        let store = db.create_object_store_with_optional_parameters(name, &p)?;
        store.create_index_with_str("updated_at", "updated_at")?;
    }
    Ok(())
}

async fn put_raw(db: &IdbDatabase, store: &str, values: &[JsValue]) {
    let tx = db
        .transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite)
        .unwrap();
    let os = tx.object_store(store).unwrap();
    for v in values {
        os.put(v).unwrap();
    }
    let p = Promise::new(&mut |resolve: Function, reject: Function| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
    });
    JsFuture::from(p).await.unwrap();
}

fn v1_row(id: &str, updated: &str, body: &str) -> JsValue {
    suitcase::storage::js::object(&[
        ("id", id.into()),
        ("updated_at", updated.into()),
        ("body", body.into()),
    ])
}

#[wasm_bindgen_test]
async fn upgrading_a_version_1_database_drops_nothing() {
    let name = unique("fixture-v1");
    let factory = db::factory().unwrap();
    let (raw, old) = db::open_raw(&factory, &name, 1, v1_layout, quiet())
        .await
        .unwrap();
    assert_eq!(old, 0);
    put_raw(&raw, "clients", &[
        v1_row("c1", "2025-12-02T08:00:00.000Z", r#"{"id":"c1","created_at":"2025-12-01T08:00:00Z","updated_at":"2025-12-02T08:00:00Z","data":{"name":"Phở Hà Nội","industry":"F&B","notes":"","contacts":[],"archived":false}}"#),
        v1_row("c2", "2025-12-03T08:00:00.000Z", r#"{"id":"c2","created_at":"2025-12-01T08:00:00Z","updated_at":"2025-12-03T08:00:00Z","data":{"name":"Cà phê Đất","industry":"","notes":"9007199254740993","contacts":[],"archived":true}}"#),
        v1_row("broken", "2025-12-03T08:00:00.000Z", "this record was damaged"),
    ]).await;
    put_raw(&raw, "proposals", &[v1_row("p1", "2025-12-04T08:00:00.000Z", r#"{"id":"p1","created_at":"2025-12-01T08:00:00Z","updated_at":"2025-12-04T08:00:00Z","data":{"client_id":"c1","title":"Tết 2026"}}"#)]).await;
    raw.close();

    let s = Storage::open_named(&name, quiet())
        .await
        .expect("upgrade opens");
    assert_eq!(db::read_data_version(&s).await.unwrap(), Some(2));
    let clients = Repo::<Client>::new(s.clone()).get("c1").await.unwrap();
    assert_eq!((clients.rev, clients.data.name.as_str()), (1, "Phở Hà Nội"));
    let c2 = Repo::<Client>::new(s.clone()).get("c2").await.unwrap();
    assert_eq!(c2.data.notes, "9007199254740993");
    // Every store of today's layout exists, and every old record is still there.
    let all = backup::read_all(&s).await;
    assert!(
        all.is_err(),
        "the damaged record is kept as it was, so reading it as a row fails loudly"
    );
    let tx = s
        .tx(&["clients", "proposals"], rexie::TransactionMode::ReadOnly)
        .unwrap();
    assert_eq!(tx.store("clients").unwrap().count(None).await.unwrap(), 3);
    let p1 = tx
        .store("proposals")
        .unwrap()
        .get("p1".into())
        .await
        .unwrap()
        .unwrap();
    tx.done().await.unwrap();
    let row = suitcase::storage::js::row_from_js(&p1).unwrap();
    assert_eq!(
        (row.rev, row.client_id.as_deref(), row.kind.as_str()),
        (1, Some("c1"), "proposal")
    );
    for def in db::STORES {
        assert!(
            s.tx(&[def.name], rexie::TransactionMode::ReadOnly).is_ok(),
            "store {} exists",
            def.name
        );
    }
    // Opening again runs no migration twice.
    s.close();
    let again = Storage::open_named(&name, quiet()).await.unwrap();
    assert_eq!(Repo::<Client>::new(again).get("c1").await.unwrap().rev, 1);
}

#[wasm_bindgen_test]
async fn backup_round_trip_restores_everything() {
    let s = fresh("backup-src").await;
    Repo::<Client>::new(s.clone())
        .save(&client("c1", "Bánh mì Sài Gòn 🥖"))
        .await
        .unwrap();
    Repo::<Client>::new(s.clone())
        .save(&client("c2", "<b>bold</b>"))
        .await
        .unwrap();
    // A typed report record with the largest amount the app accepts (2^53):
    // the backup checks report kinds, so an untyped one would be refused.
    Repo::<KpiEntry>::new(s.clone())
        .save(&Record::new(
            "k1".into(),
            KpiEntry {
                client_id: "c1".into(),
                date: chrono::NaiveDate::from_ymd_opt(2026, 11, 1),
                measure: KpiMeasure::Revenue {
                    amount: 9_007_199_254_740_992,
                    target: Some(1),
                },
                ..Default::default()
            },
            Utc::now(),
        ))
        .await
        .unwrap();
    let before = backup::read_all(&s).await.unwrap();
    let (text, count) = backup::export(&s).await.unwrap();
    assert_eq!(count, 3);

    let target = fresh("backup-dst").await;
    let sum = backup::import(&target, &text).await.unwrap();
    assert_eq!((sum.added, sum.updated, sum.kept), (3, 0, 0));
    // Every record lands as it was, one revision on.
    let after = backup::read_all(&target).await.unwrap();
    let bumped: Vec<_> = before
        .iter()
        .map(|(store, rows)| {
            let rows = rows
                .iter()
                .map(|r| backup::with_rev(r, r.rev + 1).unwrap())
                .collect::<Vec<_>>();
            (*store, rows)
        })
        .collect();
    assert_eq!(after, bumped);
    // Importing the same file again keeps ours (a tie) and adds nothing.
    let again = backup::import(&target, &text).await.unwrap();
    assert_eq!((again.added, again.updated, again.kept), (0, 0, 3));
}

#[wasm_bindgen_test]
async fn bad_imports_change_nothing() {
    let s = fresh("bad-import").await;
    Repo::<Client>::new(s.clone())
        .save(&client("c1", "Keep me"))
        .await
        .unwrap();
    let (good, _) = backup::export(&s).await.unwrap();
    let before = backup::read_all(&s).await.unwrap();

    let fifty_mb = format!(
        "{{\"format\":\"suitcase/backup\",\"pad\":\"{}\"}}",
        "x".repeat(50 * 1024 * 1024)
    );
    let newer = good.replacen("\"version\": 1", "\"version\": 2", 1);
    let wrong_type = good.replacen("\"name\": \"Keep me\"", "\"name\": 42", 1);
    let replace_then_fail = {
        // A valid newer edit of c1 followed by an invalid record: the valid
        // part must not land either.
        let v: serde_json::Value = serde_json::from_str(&good).unwrap();
        let mut rec = v["stores"]["clients"][0]["record"].clone();
        rec["data"]["name"] = "Overwritten".into();
        rec["updated_at"] = "2999-01-01T00:00:00Z".into();
        let mut bad = rec.clone();
        bad["id"] = "c2".into();
        bad["data"]["name"] = serde_json::Value::Null;
        let mut out = v.clone();
        out["stores"]["clients"] = serde_json::json!([{"kind": "client", "record": rec}, {"kind": "client", "record": bad}]);
        out.to_string()
    };
    let cases = [
        "not json at all".to_string(),
        r#"{"format":"suitcase/budget-plan","version":1}"#.to_string(),
        newer,
        wrong_type,
        fifty_mb,
        good[..good.len() - 40].to_string(),
        replace_then_fail,
    ];
    for (i, text) in cases.iter().enumerate() {
        let r = backup::import(&s, text).await;
        assert!(
            matches!(r, Err(BackupError::File(_))),
            "case {i} refused: {r:?}"
        );
        assert_eq!(
            backup::read_all(&s).await.unwrap(),
            before,
            "case {i} changed nothing"
        );
    }
}

#[wasm_bindgen_test]
async fn an_upgrade_blocked_by_an_old_tab_is_reported_then_completes() {
    let name = unique("blocked");
    let factory = db::factory().unwrap();
    // An "old tab": a version 1 connection that ignores versionchange.
    let (old_tab, _) = db::open_raw(&factory, &name, 1, v1_layout, quiet())
        .await
        .unwrap();
    let blocked = Rc::new(Cell::new(false));
    let b = blocked.clone();
    let on_event: OnEvent = Rc::new(move |e| {
        if e == DbEvent::Blocked {
            b.set(true);
        }
    });
    let opening = Storage::open_named(&name, on_event);
    let closer = async {
        for _ in 0..100 {
            if blocked.get() {
                break;
            }
            sleep(20).await;
        }
        let was_blocked = blocked.get();
        old_tab.close();
        was_blocked
    };
    let (storage, was_blocked) = futures_join(opening, closer).await;
    assert!(was_blocked, "the blocked upgrade was reported");
    assert!(storage.expect("opens once the old tab closed").is_open());
}

#[wasm_bindgen_test]
async fn a_newer_tab_closes_this_one_and_tells_it() {
    let name = unique("replaced");
    let replaced = Rc::new(Cell::new(false));
    let r = replaced.clone();
    let s = Storage::open_named(&name, Rc::new(move |e| r.set(e == DbEvent::Replaced)))
        .await
        .unwrap();
    let factory = db::factory().unwrap();
    // A newer version of the app opens the database at a higher version:
    // it is not blocked, because this tab closes its connections.
    let (newer, _) = db::open_raw(
        &factory,
        &name,
        db::DB_VERSION + 1,
        |_, _, _| Ok(()),
        quiet(),
    )
    .await
    .unwrap();
    assert!(replaced.get());
    assert!(!s.is_open());
    assert_eq!(
        Repo::<Client>::new(s.clone()).list().await.err(),
        Some(StorageError::Closed)
    );
    newer.close();
    // This (older) app version cannot open the newer database.
    assert_eq!(
        Storage::open_named(&name, quiet()).await.err(),
        Some(StorageError::TooNew)
    );
}

#[wasm_bindgen_test]
async fn without_indexeddb_opening_fails_cleanly() {
    let window: js_sys::Object = web_sys::window().unwrap().unchecked_into();
    // `indexedDB` is an own accessor of the global object: keep it to put back.
    let original = js_sys::Object::get_own_property_descriptor(&window, &"indexedDB".into());
    let desc = js_sys::Object::new();
    js_sys::Reflect::set(&desc, &"value".into(), &JsValue::UNDEFINED).unwrap();
    js_sys::Reflect::set(&desc, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&window, &"indexedDB".into(), &desc);
    let result = Storage::open_named(&unique("none"), quiet()).await;
    js_sys::Object::define_property(&window, &"indexedDB".into(), original.unchecked_ref());
    assert!(
        matches!(result, Err(StorageError::Unavailable(_))),
        "{:?}",
        result.err()
    );
    // And storage works again once it is back.
    assert!(Storage::open_named(&unique("back"), quiet()).await.is_ok());
}
