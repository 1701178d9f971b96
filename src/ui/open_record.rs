//! Opening one stored record for editing: read once when storage is ready,
//! then "loading", "not found", a storage error, or the editor.
use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::{use_storage, Record, RecordKind, StorageError, StorageStatus};
use crate::ui::messages::storage_error;

/// Reads record `id` of kind `T` and shows `editor` with it.
///
/// The record is read once: the editor's own saves must not rebuild it under
/// the user's hands (an edit from another tab meets the revision check
/// instead).
#[component]
pub fn OpenRecord<T: RecordKind>(
    /// The record's id.
    id: String,
    /// Shown while the record is read.
    #[prop(into)]
    loading: Signal<String>,
    /// Shown when there is no such record.
    #[prop(into)]
    not_found: Signal<String>,
    /// A page heading to show above those messages (when the editor shows
    /// its own).
    #[prop(optional, into)]
    heading: Option<Signal<String>>,
    /// The editor of the loaded record.
    editor: Callback<Record<T>, AnyView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let loaded = LocalResource::new(move || {
        let ready = storage.status.get() == StorageStatus::Ready;
        let id = id.clone();
        async move {
            if !ready {
                return None;
            }
            Some(match storage.repo::<T>().await {
                Ok(repo) => repo.get(&id).await,
                Err(e) => Err(e),
            })
        }
    });
    let title = move || heading.map(|h| view! { <h1>{move || h.get()}</h1> });
    move || match loaded.get() {
        None | Some(None) => view! {
            {title()}
            <p role="status">{move || loading.get()}</p>
        }
        .into_any(),
        Some(Some(Err(StorageError::NotFound))) => view! {
            {title()}
            <p class="msg msg-error" role="alert">{move || not_found.get()}</p>
        }
        .into_any(),
        Some(Some(Err(e))) => {
            let text = storage_error(i18n, &e);
            view! {
                {title()}
                <p class="msg msg-error" role="alert">{text}</p>
            }
            .into_any()
        }
        Some(Some(Ok(record))) => editor.run(record),
    }
}
