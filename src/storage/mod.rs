//! The only code that touches IndexedDB (through rexie) and localStorage
//! (through gloo-storage).
pub mod backup;
pub mod db;
pub mod device;
pub mod error;
pub mod js;
pub mod migrations;
pub mod prefs;
pub mod repo;
pub mod sync;
pub mod write;

pub use db::{DbEvent, Storage};
pub use error::StorageError;
pub use repo::Repo;
pub use suitcase_core::formats::record::{Record, RecordKind, StoreName};
pub mod context;
pub use context::{use_storage, AppStorage, StorageStatus};
