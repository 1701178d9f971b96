//! Opening the database: schema version, store layout, ordered data
//! migrations, and what happens when another tab upgrades.
//!
//! The store layout is created here with the raw IndexedDB API, because the
//! rexie builder deletes every store it is not told about and does not report
//! a blocked upgrade. rexie is then used for every transaction.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Function, Promise};
use rexie::{ObjectStore, Rexie, Transaction, TransactionMode};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbFactory, IdbObjectStoreParameters, IdbOpenDbRequest, IdbTransaction,
};

use super::error::StorageError;
use super::js;
use super::migrations;
use super::prefs;
use super::write::WriteTx;

/// The database name used by the app.
pub const DB_NAME: &str = "suitcase";
/// IndexedDB version: bumped whenever a store or index is added.
pub const DB_VERSION: u32 = 2;
/// How long opening may take before we give up and run without storage.
const OPEN_TIMEOUT_MS: i32 = 8_000;

/// A store and its indexes (each index is on the field of the same name).
pub struct StoreDef {
    pub name: &'static str,
    pub indexes: &'static [&'static str],
}

/// Every store the database has ever had. **Never remove a name**: a store
/// missing from this list would be lost for users who have it.
pub const STORES: &[StoreDef] = &[
    StoreDef {
        name: "meta",
        indexes: &[],
    },
    StoreDef {
        name: "clients",
        indexes: &["updated_at"],
    },
    StoreDef {
        name: "proposals",
        indexes: &["updated_at", "client_id"],
    },
    StoreDef {
        name: "proposal_versions",
        indexes: &["updated_at", "client_id"],
    },
    StoreDef {
        name: "budget_plans",
        indexes: &["updated_at"],
    },
    StoreDef {
        name: "career",
        indexes: &["updated_at", "kind"],
    },
    StoreDef {
        name: "reports",
        indexes: &["updated_at", "client_id", "kind"],
    },
    StoreDef {
        name: "profile",
        indexes: &[],
    },
];

/// Something the user must be told about the database connection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DbEvent {
    /// This tab's upgrade waits for an older tab to close.
    Blocked,
    /// Another tab upgraded the database; this tab's connection is closed.
    Replaced,
}

/// Callback for [`DbEvent`]s.
pub type OnEvent = Rc<dyn Fn(DbEvent)>;

struct Inner {
    name: String,
    rexie: RefCell<Option<Rexie>>,
    watcher: RefCell<Option<IdbDatabase>>,
    _on_versionchange: Closure<dyn FnMut(web_sys::Event)>,
}

/// An open database. Cheap to clone; not `Send` (keep it in local storage
/// of the reactive system).
#[derive(Clone)]
pub struct Storage(Rc<Inner>);

impl Storage {
    /// Opens (creating or upgrading) the app's database.
    pub async fn open(on_event: OnEvent) -> Result<Storage, StorageError> {
        Self::open_named(DB_NAME, on_event).await
    }

    /// Opens the database called `name` (tests use their own names).
    pub async fn open_named(name: &str, on_event: OnEvent) -> Result<Storage, StorageError> {
        let factory = factory()?;
        super::sync::announce_upgrade(DB_VERSION);
        let (watcher, old_version) =
            open_raw(&factory, name, DB_VERSION, create_missing, on_event.clone()).await?;

        let inner_cell: Rc<RefCell<Option<std::rc::Weak<Inner>>>> = Rc::new(RefCell::new(None));
        let weak_slot = inner_cell.clone();
        let ev = on_event.clone();
        let on_versionchange =
            Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
                if let Some(inner) = weak_slot.borrow().as_ref().and_then(|w| w.upgrade()) {
                    inner.close_all();
                }
                ev(DbEvent::Replaced);
            });
        watcher.set_onversionchange(Some(on_versionchange.as_ref().unchecked_ref()));

        let mut builder = Rexie::builder(name).version(DB_VERSION);
        for def in STORES {
            let mut store = ObjectStore::new(def.name).key_path("id");
            for idx in def.indexes {
                store = store.add_index(rexie::Index::new(idx, idx));
            }
            builder = builder.add_object_store(store);
        }
        let rexie = builder.build().await?;
        let inner = Rc::new(Inner {
            name: name.to_string(),
            rexie: RefCell::new(Some(rexie)),
            watcher: RefCell::new(Some(watcher)),
            _on_versionchange: on_versionchange,
        });
        *inner_cell.borrow_mut() = Some(Rc::downgrade(&inner));
        let storage = Storage(inner);
        migrations::run(&storage, old_version).await?;
        Ok(storage)
    }

    /// The database name.
    pub fn name(&self) -> &str {
        &self.0.name
    }

    /// Starts a transaction over `stores`.
    pub fn tx(&self, stores: &[&str], mode: TransactionMode) -> Result<Transaction, StorageError> {
        let guard = self.0.rexie.borrow();
        let db = guard.as_ref().ok_or(StorageError::Closed)?;
        db.transaction(stores, mode).map_err(StorageError::from)
    }

    /// Starts a durable read-write transaction over `stores` (see
    /// [`WriteTx`]): every write of the app goes through one.
    pub fn write_tx(&self, stores: &[&str]) -> Result<WriteTx, StorageError> {
        let guard = self.0.watcher.borrow();
        let db = guard.as_ref().ok_or(StorageError::Closed)?;
        WriteTx::open(db, stores)
    }

    /// Waits for `tx` to end and insists that it committed. Every write of
    /// the user's records ends here, so this is where the next visit's first
    /// paint learns that something is stored ([`prefs::set_stored`]).
    pub async fn commit(&self, tx: WriteTx) -> Result<(), StorageError> {
        tx.commit(|| !self.is_open()).await?;
        prefs::set_stored(true);
        Ok(())
    }

    /// Whether the connection is still open.
    pub fn is_open(&self) -> bool {
        self.0.rexie.borrow().is_some()
    }

    /// Closes the connections (tests; and when another tab upgrades).
    pub fn close(&self) {
        self.0.close_all();
    }
}

impl Inner {
    fn close_all(&self) {
        if let Some(r) = self.rexie.borrow_mut().take() {
            r.close();
        }
        if let Some(w) = self.watcher.borrow_mut().take() {
            w.set_onversionchange(None);
            w.close();
        }
    }
}

/// The browser's IndexedDB factory, or why there is none.
pub fn factory() -> Result<IdbFactory, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    match window.indexed_db() {
        Ok(Some(f)) => Ok(f),
        Ok(None) => Err(StorageError::Unavailable(
            "IndexedDB is not available".into(),
        )),
        Err(e) => Err(StorageError::Unavailable(format!("{e:?}"))),
    }
}

/// Creates the stores and indexes of [`STORES`] that the database lacks.
/// Never deletes anything.
pub fn create_missing(db: &IdbDatabase, tx: &IdbTransaction, _old: u32) -> Result<(), JsValue> {
    let names = db.object_store_names();
    for def in STORES {
        let store = if names.contains(def.name) {
            tx.object_store(def.name)?
        } else {
            let params = IdbObjectStoreParameters::new();
            params.set_key_path(&JsValue::from_str("id"));
            db.create_object_store_with_optional_parameters(def.name, &params)?
        };
        let existing = store.index_names();
        for idx in def.indexes {
            if !existing.contains(idx) {
                store.create_index_with_str(idx, idx)?;
            }
        }
    }
    Ok(())
}

/// Opens `name` at `version` with the raw API. `upgrade` runs in the
/// version-change transaction (with the old version). Reports a blocked
/// upgrade through `on_event`, and gives up after a timeout unless blocked.
/// Returns the connection and the version it was at before (0 when new).
pub async fn open_raw(
    factory: &IdbFactory,
    name: &str,
    version: u32,
    upgrade: fn(&IdbDatabase, &IdbTransaction, u32) -> Result<(), JsValue>,
    on_event: OnEvent,
) -> Result<(IdbDatabase, u32), StorageError> {
    let req: IdbOpenDbRequest = factory
        .open_with_u32(name, version)
        .map_err(|e| StorageError::Unavailable(format!("{e:?}")))?;
    let old_version = Rc::new(Cell::new(version));
    let blocked = Rc::new(Cell::new(false));
    let upgrade_error: Rc<RefCell<Option<String>>> = Rc::new(RefCell::new(None));

    let ov = old_version.clone();
    let ue = upgrade_error.clone();
    let on_upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new(
        move |ev: web_sys::IdbVersionChangeEvent| {
            ov.set(ev.old_version() as u32);
            let result = (|| -> Result<(), JsValue> {
                let req: IdbOpenDbRequest = ev.target().ok_or("no target")?.unchecked_into();
                let db: IdbDatabase = req.result()?.unchecked_into();
                let tx = req.transaction().ok_or("no upgrade transaction")?;
                upgrade(&db, &tx, ev.old_version() as u32).inspect_err(|_| {
                    let _ = tx.abort();
                })
            })();
            if let Err(e) = result {
                *ue.borrow_mut() = Some(format!("{e:?}"));
            }
        },
    );
    req.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let b = blocked.clone();
    let on_blocked = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
        b.set(true);
        on_event(DbEvent::Blocked);
    });
    req.set_onblocked(Some(on_blocked.as_ref().unchecked_ref()));

    let req_ok = req.clone();
    let req_err = req.clone();
    let b2 = blocked.clone();
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let req_ok = req_ok.clone();
        let ok = Closure::once_into_js(move |_e: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &req_ok.result().unwrap_or(JsValue::NULL));
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        let reject2 = reject.clone();
        let req_err = req_err.clone();
        let err = Closure::once_into_js(move |_e: web_sys::Event| {
            let e = match req_err.error() {
                Ok(Some(d)) => JsValue::from_str(&format!("{}: {}", d.name(), d.message())),
                _ => JsValue::from_str("open failed"),
            };
            let _ = reject2.call1(&JsValue::NULL, &e);
        });
        req.set_onerror(Some(err.unchecked_ref()));
        let b3 = b2.clone();
        let timeout = Closure::once_into_js(move || {
            if !b3.get() {
                let _ = reject.call1(
                    &JsValue::NULL,
                    &JsValue::from_str("Timeout: opening storage took too long"),
                );
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                timeout.unchecked_ref(),
                OPEN_TIMEOUT_MS,
            );
        }
    });
    let result = JsFuture::from(promise).await;
    req.set_onupgradeneeded(None);
    req.set_onblocked(None);
    drop(on_upgrade);
    drop(on_blocked);
    if let Some(e) = upgrade_error.borrow_mut().take() {
        return Err(StorageError::Other(format!("upgrade failed: {e}")));
    }
    match result {
        Ok(db) => Ok((db.unchecked_into(), old_version.get())),
        Err(e) => {
            let text = e.as_string().unwrap_or_else(|| format!("{e:?}"));
            Err(if text.starts_with("VersionError") {
                StorageError::TooNew
            } else {
                StorageError::Unavailable(text)
            })
        }
    }
}

/// Deletes a whole database (tests and "erase everything").
pub async fn delete_database(name: &str) -> Result<(), StorageError> {
    Rexie::delete(name).await.map_err(StorageError::from)
}

/// Reads the data schema version kept in the `meta` store.
pub async fn read_data_version(storage: &Storage) -> Result<Option<u32>, StorageError> {
    let tx = storage.tx(&["meta"], TransactionMode::ReadOnly)?;
    let store = tx.store("meta")?;
    let v = store.get(js::key("schema")).await?;
    tx.done().await?;
    Ok(v.and_then(|v| js::get_number(&v, "version"))
        .map(|n| n as u32))
}
