//! The only code that touches IndexedDB (through rexie) and localStorage
//! (through gloo-storage).
pub mod backup;
pub mod backup_format;
pub mod db;
pub mod device;
pub mod error;
pub mod js;
pub mod migrations;
pub mod prefs;
pub mod record;
pub mod repo;
pub mod sync;

pub use db::{DbEvent, Storage};
pub use error::StorageError;
pub use record::{Record, RecordKind, StoreName};
pub use repo::Repo;
pub mod context;
pub use context::{use_storage, AppStorage, StorageStatus};
