//! Typed storage errors, mapped from the DOMException underneath rexie's
//! bare "idb error".
use std::error::Error as _;

/// What went wrong with a storage operation.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// IndexedDB cannot be used here (private mode, blocked, missing).
    #[error("storage unavailable: {0}")]
    Unavailable(String),
    /// The connection was closed because another tab upgraded the database.
    #[error("connection closed by an upgrade in another tab")]
    Closed,
    /// The browser refused the write for lack of space.
    #[error("quota exceeded")]
    Quota,
    /// The browser aborted a write when committing it (usually a full disk:
    /// Chromium then aborts with QuotaExceededError, which idb reports only
    /// as "aborted").
    #[error("the browser refused to write")]
    WriteAborted,
    /// The record changed since it was read (another tab saved it).
    #[error("the record was changed elsewhere (stored revision {stored})")]
    Conflict { stored: u32 },
    /// The record was deleted (in another tab) since it was read.
    #[error("the record was deleted elsewhere")]
    Deleted,
    /// No record with that id.
    #[error("record not found")]
    NotFound,
    /// A stored record could not be decoded.
    #[error("record {id} could not be read: {detail}")]
    Corrupt { id: String, detail: String },
    /// The database was made by a newer version of the app.
    #[error("the database is newer than this app")]
    TooNew,
    /// Anything else, with the browser's own words.
    #[error("{0}")]
    Other(String),
}

impl From<rexie::Error> for StorageError {
    fn from(e: rexie::Error) -> Self {
        // rexie displays only "idb error": walk the chain to reach the
        // DOMException name and message.
        let mut text = format!("{e:?}");
        let mut source = e.source();
        while let Some(s) = source {
            text.push_str(" / ");
            text.push_str(&format!("{s:?}"));
            source = s.source();
        }
        classify(&text)
    }
}

/// Maps a DOMException name found in `text` to an error.
pub fn classify(text: &str) -> StorageError {
    if text.contains("QuotaExceededError") || text.to_ascii_lowercase().contains("quota") {
        StorageError::Quota
    } else if text.contains("InvalidStateError") || text.contains("connection is closing") {
        StorageError::Closed
    } else if text.contains("VersionError") {
        StorageError::TooNew
    } else {
        StorageError::Other(text.chars().take(300).collect())
    }
}

impl From<serde_json::Error> for StorageError {
    fn from(e: serde_json::Error) -> Self {
        StorageError::Other(e.to_string())
    }
}

impl From<wasm_bindgen::JsValue> for StorageError {
    fn from(v: wasm_bindgen::JsValue) -> Self {
        classify(&format!("{v:?}"))
    }
}
