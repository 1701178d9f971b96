//! Opening one stored record for editing: read once when storage is ready,
//! then "loading", "not found", a storage error, or the editor.
use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::{use_storage, Record, RecordKind, StorageError, StorageStatus};
use crate::ui::messages::storage_error;
use crate::ui::notice::{Notice, NoticeView};

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

/// A list page opened at `?new`: makes a new record with `make`, then opens
/// it in place of this address (the history keeps no `?new` entry).
///
/// Before the app runs, the prerendered list's "New …" button shows the new
/// record's form at once under `?new` (index.html, `<template id="pr-new">`
/// made by tools/prerender.mjs); once the app has made the record, the
/// hand-over replays into its form what was typed meanwhile. Until then no
/// heading shows, so the hand-over keeps that form on screen. If the record
/// cannot be made, the page says why, with a link back to the list.
#[component]
pub fn NewRecord<F, Fut>(
    /// Saves the new record in the storage it is given and gives the
    /// address of its page.
    make: F,
    /// The list page's heading, shown with a failure.
    #[prop(into)]
    heading: Signal<String>,
    /// The link back to the list, shown with a failure.
    #[prop(into)]
    back: Signal<String>,
    /// The list page.
    list: crate::routes::Route,
) -> impl IntoView
where
    F: FnOnce(crate::storage::AppStorage) -> Fut + 'static,
    Fut: std::future::Future<Output = Result<crate::routes::Link, StorageError>> + 'static,
{
    let i18n = use_i18n();
    let navigator = crate::routes::use_navigator();
    let storage = use_storage();
    let failed = RwSignal::new(None::<Notice>);
    leptos::task::spawn_local(async move {
        match make(storage).await {
            Ok(to) => navigator.replace(to),
            Err(e) => {
                failed.try_set(Some(Notice::storage(i18n, &e)));
            }
        }
    });
    move || {
        if failed.with(Option::is_none) {
            crate::ui::later::mark()
        } else {
            view! {
                <h1>{heading}</h1>
                <NoticeView notice=failed />
                <p><a href=list.href()>{back}</a></p>
            }
            .into_any()
        }
    }
}
