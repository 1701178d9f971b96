//! One module per page.
pub mod budget;
pub mod career;
pub mod home;
pub mod not_found;
pub mod settings;
pub mod toolkit;
pub mod wizard;
