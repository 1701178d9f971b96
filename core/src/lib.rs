//! suitcase-core: everything in Suitcase that does not need a browser.
//!
//! - [`model`]: the app's types and rules (money, briefs, proposals, budget
//!   plans and the solver, the career guide's content, the toolkit's reports).
//! - [`docs`]: the document model and its builders (the client proposal, the
//!   contact report, the WIP report, the competitor review).
//! - [`formats`]: files and links (backup, stored records, proposal JSON,
//!   share and reply links, Markdown, docx, xlsx).
//! - [`sort`]: the one stable sort the whole app uses.
//!
//! This crate depends on no browser crate (no leptos, web-sys, wasm-bindgen,
//! js-sys, rexie or gloo), so everything here is tested natively.
pub mod check;
pub mod docs;
pub mod formats;
pub mod model;
pub mod sort;
