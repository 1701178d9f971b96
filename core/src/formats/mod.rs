//! Files and links: what Suitcase writes and reads, and the strict readers.
pub mod backup;
pub mod docx;
pub mod markdown;
mod ooxml;
pub mod record;
pub mod share;
pub mod strict;
mod tracked;
mod workbook;
pub mod xlsx;
mod zip;
