//! The banner that tells the user when their data is not being kept, or
//! when another tab needs them to act.
use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::{use_storage, StorageStatus};
use crate::ui::text::tr;

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Shows the storage state when it needs the user's attention.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    move || {
        let (text, with_reload) = match storage.status.get() {
            StorageStatus::Opening | StorageStatus::Ready => return None,
            StorageStatus::Unavailable(_) => (t_string!(i18n, storage.unavailable), false),
            StorageStatus::Blocked => (t_string!(i18n, storage.blocked), false),
            StorageStatus::Replaced => (t_string!(i18n, storage.replaced), true),
            StorageStatus::TooNew => (t_string!(i18n, storage.too_new), true),
        };
        Some(view! {
            <div class="notice notice-warn" role="alert" data-testid="storage-notice">
                <p>{text}</p>
                {with_reload
                    .then(|| view! {
                        <button type="button" on:click=move |_| reload()>
                            {tr!(i18n, storage.reload)}
                        </button>
                    })}
            </div>
        })
    }
}
