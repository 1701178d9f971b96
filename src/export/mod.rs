//! Files for people: the document model and its renderers (Markdown, docx),
//! spreadsheets, share links, and the browser download.
pub mod budget_sheet;
pub mod doc;
pub mod docx;
pub mod download;
pub mod markdown;
pub mod proposal_doc;
pub mod share;
