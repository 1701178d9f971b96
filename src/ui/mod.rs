//! UI pieces used by more than one page.
pub mod autosave;
pub mod check;
pub mod clock;
pub mod crypto;
pub mod docview;
pub mod download;
pub mod fields;
pub mod file_input;
pub mod jump;
pub mod lang;
pub mod messages;
pub mod open_record;
pub mod prefs;
pub mod storage_notice;
pub mod sw;
