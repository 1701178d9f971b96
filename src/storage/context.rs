//! The app-wide handle on storage: its state as signals, for the UI.
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::de::DeserializeOwned;
use std::rc::Rc;

use super::db::{DbEvent, Storage, DB_VERSION};
use super::error::StorageError;
use super::repo::Repo;
use super::sync::{self, Message};
use suitcase_core::formats::record::{Record, RecordKind};

/// Where the database connection stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageStatus {
    Opening,
    Ready,
    /// IndexedDB cannot be used: the app runs without keeping anything.
    Unavailable(String),
    /// Our upgrade waits for another tab to close.
    Blocked,
    /// Another tab upgraded the database; this tab must reload.
    Replaced,
    /// The database was written by a newer version of Suitcase.
    TooNew,
}

/// Storage as the UI sees it. `Copy`, shared through context.
#[derive(Clone, Copy)]
pub struct AppStorage {
    pub status: RwSignal<StorageStatus>,
    handle: StoredValue<Option<Storage>, LocalStorage>,
    /// Bumped whenever records may have changed in another tab (or by an
    /// import): resources that read it reload.
    pub changes: RwSignal<u64>,
    _listener: StoredValue<Option<Rc<sync::Listener>>, LocalStorage>,
}

impl AppStorage {
    /// The handle, listening to other tabs; the database is opened by
    /// [`open_soon`](Self::open_soon).
    pub fn listen() -> AppStorage {
        let status = RwSignal::new(StorageStatus::Opening);
        let changes = RwSignal::new(0u64);
        let handle: StoredValue<Option<Storage>, LocalStorage> = StoredValue::new_local(None);
        let listener = sync::listen(move |m| match m {
            Message::Changed { .. } | Message::Reloaded => changes.update(|n| *n += 1),
            Message::Upgrading { version } if version > DB_VERSION => {
                if let Some(s) = handle.get_value() {
                    s.close();
                }
                status.set(StorageStatus::Replaced);
            }
            Message::Upgrading { .. } => {}
        });
        AppStorage {
            status,
            handle,
            changes,
            _listener: StoredValue::new_local(listener.map(Rc::new)),
        }
    }

    /// Opens the database in a task of its own, after the one that mounts
    /// the first screen (a task, not an animation frame, which a background
    /// tab never gets): its code is a lazy chunk the first screen does not
    /// need. Actions before then wait in [`opened`](Self::opened).
    pub fn open_soon(self) {
        let AppStorage { status, handle, .. } = self;
        set_timeout(
            move || {
                spawn_local(async move {
                    let on_event: super::db::OnEvent = Rc::new(move |e| {
                        status.try_set(match e {
                            DbEvent::Blocked => StorageStatus::Blocked,
                            DbEvent::Replaced => StorageStatus::Replaced,
                        });
                    });
                    match open_database(on_event).await {
                        Ok(s) => {
                            handle.try_set_value(Some(s));
                            status.try_set(StorageStatus::Ready);
                        }
                        Err(StorageError::TooNew) => {
                            status.try_set(StorageStatus::TooNew);
                        }
                        Err(e) => {
                            status.try_set(StorageStatus::Unavailable(e.to_string()));
                        }
                    }
                });
            },
            std::time::Duration::ZERO,
        );
    }

    /// The open database, or the error to show when there is none.
    pub fn storage(&self) -> Result<Storage, StorageError> {
        match self.handle.try_get_value().flatten() {
            Some(s) if s.is_open() => Ok(s),
            Some(_) => Err(StorageError::Closed),
            None => Err(match self.status.get_untracked() {
                StorageStatus::Replaced => StorageError::Closed,
                _ => StorageError::Unavailable("storage is not open".into()),
            }),
        }
    }

    /// The open database, waiting first while it is still being opened:
    /// a click in the first moments after load (before the database is
    /// ready) is carried out rather than refused.
    pub async fn opened(&self) -> Result<Storage, StorageError> {
        while self.status.try_get_untracked() == Some(StorageStatus::Opening) {
            pause(OPEN_POLL_MS).await;
        }
        self.storage()
    }

    /// The repository of `T`, once storage is open.
    pub async fn repo<T: RecordKind>(&self) -> Result<Repo<T>, StorageError> {
        self.opened().await.map(Repo::new)
    }

    /// Tracks both readiness and outside changes: call inside a resource
    /// so it reloads when storage opens or another tab writes.
    pub fn track(&self) -> bool {
        self.changes.track();
        self.status.get() == StorageStatus::Ready
    }

    /// Saves `record` (see [`Repo::save`]) and tells the lists it changed.
    pub async fn save<T: RecordKind>(&self, record: &Record<T>) -> Result<Record<T>, StorageError> {
        let saved = self.repo::<T>().await?.save(record).await?;
        self.touch();
        Ok(saved)
    }

    /// Keeps `data` as a new record with a fresh id.
    pub async fn create<T: RecordKind>(&self, data: T) -> Result<Record<T>, StorageError> {
        let record = Record::new(super::js::fresh_id(), data, chrono::Utc::now());
        self.save(&record).await
    }

    /// Deletes record `id`, returning it (for Undo), and tells the lists.
    pub async fn delete<T: RecordKind>(&self, id: &str) -> Result<Record<T>, StorageError> {
        let old = self.repo::<T>().await?.delete(id).await?;
        self.touch();
        Ok(old)
    }

    /// Puts a deleted record back as it was (Undo), and tells the lists.
    pub async fn restore<T: RecordKind>(&self, record: &Record<T>) -> Result<(), StorageError> {
        self.repo::<T>().await?.restore(record).await?;
        self.touch();
        Ok(())
    }

    /// Every record of kind `T`, most recently changed first: `None` until
    /// storage is open, then read again whenever records may have changed
    /// (another tab, an import, [`touch`](Self::touch)).
    pub fn records<T: RecordKind>(
        &self,
    ) -> LocalResource<Option<Result<Vec<Record<T>>, StorageError>>> {
        self.records_as::<T, T>()
    }

    /// Like [`records`](Self::records), each record read as `S`: a shape
    /// with some of `T`'s fields, for a list that shows only those (see
    /// [`Repo::list_as`]). Never saved back: `S` is not a record kind.
    pub fn records_as<T: RecordKind, S: DeserializeOwned + 'static>(
        &self,
    ) -> LocalResource<Option<Result<Vec<Record<S>>, StorageError>>> {
        let this = *self;
        LocalResource::new(move || {
            let ready = this.track();
            async move {
                if !ready {
                    return None;
                }
                Some(match this.repo::<T>().await {
                    Ok(repo) => repo.list_as::<S>().await,
                    Err(e) => Err(e),
                })
            }
        })
    }

    /// Marks records as changed here (e.g. after an import).
    pub fn touch(&self) {
        self.changes.update(|n| *n += 1);
    }
}

/// Opens the database. Split into its own chunk (with the upgrade and
/// migration code) and fetched right after start, so the first screen does
/// not wait for it.
#[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
async fn open_database(on_event: super::db::OnEvent) -> Result<Storage, StorageError> {
    Storage::open(on_event).await
}

/// The [`AppStorage`] of the app.
pub fn use_storage() -> AppStorage {
    expect_context::<AppStorage>()
}

/// How often [`AppStorage::opened`] looks again while the database opens
/// (opening has its own time limit, after which the status changes).
const OPEN_POLL_MS: i32 = 20;

/// Resolves after `ms` milliseconds.
async fn pause(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
