//! UI pieces used by more than one page.
pub mod autosave;
pub mod clock;
pub mod crypto;
pub mod docview;
pub mod download;
pub mod file_input;
pub mod messages;
pub mod notice;
pub mod open_record;
pub mod prefs;
pub mod record_editor;
pub mod record_list;
pub mod storage_notice;
pub mod sw;
