//! Files for people: the document model and its renderers (Markdown, docx),
//! spreadsheets, share links, and the browser download.
pub mod budget_sheet;
pub mod doc;
pub mod download;
