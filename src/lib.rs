//! Suitcase: an agency account's workflow and career guide, in the browser.
#![recursion_limit = "256"]

pub mod app;
pub mod pages;
pub mod routes;
pub mod storage;
pub mod ui;

include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));
