//! Files for people: the document model and its renderers (Markdown, docx),
//! spreadsheets, share links, and the browser download.
pub mod doc;
pub mod download;
