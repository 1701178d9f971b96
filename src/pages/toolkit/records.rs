//! A section's list of records: open, delete (with undo).
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::use_nav;
use crate::i18n::*;
use crate::storage::{use_storage, Record, RecordKind, StorageError};
use crate::ui::messages::storage_error;

/// One row of a list, prepared by the section.
#[derive(Clone, Debug, PartialEq)]
pub struct RowInfo {
    pub id: String,
    pub title: String,
    pub meta: String,
    /// A short status and whether it is good news.
    pub badge: Option<(bool, String)>,
}

/// What happened to the list.
#[derive(Clone, Debug)]
enum ListNote<T> {
    Err(String),
    Ok(String),
    Deleted(String, Record<T>),
}

/// The list of records of kind `T` (`rows` are ready to show; `None` while
/// loading), with delete and undo. `title_of` names a deleted record.
pub fn record_list<T: RecordKind + Send + Sync>(
    rows: Signal<Option<Result<Vec<RowInfo>, StorageError>>>,
    title_of: fn(&T) -> String,
    empty: Signal<String>,
    list_label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let nav = use_nav();
    let note: RwSignal<Option<ListNote<T>>> = RwSignal::new(None);
    let remove = move |id: String| {
        spawn_local(async move {
            let r = storage.delete::<T>(&id).await;
            note.try_set(Some(match r {
                Ok(old) => {
                    let name = title_of(&old.data);
                    ListNote::Deleted(
                        td_string!(i18n.get_locale_untracked(), toolkit.deleted, name = name)
                            .to_string(),
                        old,
                    )
                }
                Err(e) => ListNote::Err(storage_error(i18n, &e)),
            }));
        });
    };
    let undo = move |rec: Record<T>| {
        spawn_local(async move {
            let r = storage.restore::<T>(&rec).await;
            note.try_set(Some(match r {
                Ok(()) => ListNote::Ok(
                    td_string!(
                        i18n.get_locale_untracked(),
                        toolkit.restored,
                        name = title_of(&rec.data)
                    )
                    .to_string(),
                ),
                Err(e) => ListNote::Err(storage_error(i18n, &e)),
            }));
        });
    };
    let list = move || {
        rows.get().map(|r| match r {
            Err(e) => view! { <p class="msg msg-error" role="alert">{storage_error(i18n, &e)}</p> }
                .into_any(),
            Ok(list) if list.is_empty() => view! { <p class="empty">{move || empty.get()}</p> }.into_any(),
            Ok(list) => view! {
                <ul class="record-list" aria-label=move || list_label.get()>
                    {list
                        .into_iter()
                        .map(|row| {
                            let id = row.id.clone();
                            let open_id = row.id.clone();
                            let href = nav.href(nav.tab.get_untracked(), Some(&row.id));
                            let del_label = td_string!(
                                i18n.get_locale_untracked(),
                                toolkit.delete_named,
                                name = row.title.clone()
                            )
                            .to_string();
                            view! {
                                <li class="record-row">
                                    <div class="record-main">
                                        <a
                                            href=href
                                            class="record-name"
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                nav.open(Some(open_id.clone()));
                                            }
                                        >
                                            {row.title.clone()}
                                        </a>
                                        <span class="help">{row.meta.clone()}</span>
                                    </div>
                                    {row
                                        .badge
                                        .clone()
                                        .map(|(good, text)| {
                                            let class = if good { "badge badge-ok" } else { "badge badge-warn" };
                                            view! { <span class=class>{text}</span> }
                                        })}
                                    <button
                                        type="button"
                                        class="secondary"
                                        aria-label=del_label
                                        on:click=move |_| remove(id.clone())
                                    >
                                        {t!(i18n, toolkit.delete)}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any(),
        })
    };
    view! {
        {move || match note.get() {
            None => None,
            Some(ListNote::Ok(t)) => Some(view! { <p class="msg msg-ok" role="status">{t}</p> }.into_any()),
            Some(ListNote::Err(t)) => Some(view! { <p class="msg msg-error" role="alert">{t}</p> }.into_any()),
            Some(ListNote::Deleted(t, rec)) => Some(
                view! {
                    <p class="msg" role="status">
                        {t} " "
                        <button type="button" class="secondary" on:click=move |_| undo(rec.clone())>
                            {t!(i18n, toolkit.undo)}
                        </button>
                    </p>
                }
                    .into_any(),
            ),
        }}
        <Transition>{list}</Transition>
    }
}
