//! Pure Rust: the app's types and rules. Nothing here knows it runs in a browser.
pub mod brief;
pub mod budget;
pub mod career;
pub mod client;
pub mod ids;
pub mod kpi;
pub mod money;
pub mod number;
pub mod profile;
pub mod proposal;
pub mod reports;
pub mod text;
