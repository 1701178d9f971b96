//! Files for people: downloads (and, with the features, Markdown, docx, xlsx).
pub mod download;
