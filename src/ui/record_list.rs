//! One record list: loading, a storage error, no records yet, none kept by
//! the filters, or the rows (each feature draws its own), and the actions
//! every list shares (delete with Undo, a write's outcome) told in one
//! [`Notice`].
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::I18nContext;

use crate::i18n::*;
use crate::storage::{use_storage, AppStorage, Record, RecordKind, StorageError};
use crate::ui::later::{handing_over, mark, not_read_yet, prerendering};
use crate::ui::messages::storage_error;
use crate::ui::notice::{Notice, NoticeSlot};

/// A list's words about one record (`Deleted “…”.`, `Restored.`).
type Words<T> = std::sync::Arc<dyn Fn(Locale, &T) -> String + Send + Sync>;

/// A list's actions on records of kind `T`, told in its notice. `Copy`.
pub struct ListKit<T: 'static> {
    /// The list's notice (show it with `NoticeView`).
    pub notice: NoticeSlot,
    storage: AppStorage,
    i18n: I18nContext<Locale>,
    /// What was deleted, what was restored.
    words: StoredValue<(Words<T>, Words<T>)>,
}

impl<T> Clone for ListKit<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for ListKit<T> {}

impl<T: RecordKind + Send + Sync> ListKit<T> {
    /// `deleted` and `restored` say what happened to a record.
    pub fn new(
        deleted: impl Fn(Locale, &T) -> String + Send + Sync + 'static,
        restored: impl Fn(Locale, &T) -> String + Send + Sync + 'static,
    ) -> ListKit<T> {
        let words: (Words<T>, Words<T>) =
            (std::sync::Arc::new(deleted), std::sync::Arc::new(restored));
        ListKit {
            notice: RwSignal::new(None),
            storage: use_storage(),
            i18n: use_i18n(),
            words: StoredValue::new(words),
        }
    }

    fn say(self, restored: bool, data: &T) -> String {
        let locale = self.i18n.get_locale_untracked();
        self.words
            .try_with_value(|(d, r)| {
                if restored {
                    r(locale, data)
                } else {
                    d(locale, data)
                }
            })
            .unwrap_or_default()
    }

    /// Deletes record `id`; the notice offers to undo it.
    pub fn delete(self, id: String) {
        spawn_local(async move {
            let r = self.storage.delete::<T>(&id).await;
            self.notice.try_set(Some(match r {
                Ok(old) => {
                    let text = self.say(false, &old.data);
                    Notice::info(text).with_undo(move || self.restore(old.clone()))
                }
                Err(e) => Notice::storage(self.i18n, &e),
            }));
        });
    }

    /// Puts a deleted record back.
    fn restore(self, rec: Record<T>) {
        spawn_local(async move {
            let r = self.storage.restore::<T>(&rec).await;
            // Empty words: the notice just goes away.
            self.notice.try_set(match r {
                Ok(()) => Some(self.say(true, &rec.data))
                    .filter(|t| !t.is_empty())
                    .map(Notice::ok),
                // A newer version came back meanwhile (another tab, an
                // import): it is kept, and the user is told.
                Err(StorageError::Conflict { .. }) => Some(Notice::err(
                    t_string!(self.i18n, notice.restore_newer).to_string(),
                )),
                Err(e) => Some(Notice::storage(self.i18n, &e)),
            });
        });
    }

    /// Tells how a write went: `ok`'s words, or the storage error.
    pub fn report<X>(self, r: Result<X, StorageError>, ok: impl FnOnce(Locale) -> String) {
        self.notice.try_set(Some(match r {
            Ok(_) => Notice::ok(ok(self.i18n.get_locale_untracked())),
            Err(e) => Notice::storage(self.i18n, &e),
        }));
    }

    /// Tells a failure.
    pub fn fail(self, text: String) {
        self.notice.try_set(Some(Notice::err(text)));
    }
}

/// The records of a list, in its states.
#[component]
pub fn RecordList<T>(
    /// The records (`None` while they load).
    #[prop(into)]
    items: Signal<Option<Result<Vec<T>, StorageError>>>,
    /// Shown when there are no records at all.
    #[prop(into)]
    empty: ViewFn,
    /// Keeps the records to show (search, filters); all of them without it.
    #[prop(optional)]
    filter: Option<Callback<Vec<T>, Vec<T>>>,
    /// Shown when the filter keeps none.
    #[prop(optional, into)]
    no_match: Option<ViewFn>,
    /// A status line above the rows: how many are shown.
    #[prop(optional)]
    count: Option<Callback<usize, String>>,
    /// The class of the list element.
    class: &'static str,
    /// The list's accessible name.
    #[prop(optional, into)]
    label: Option<Signal<String>>,
    /// One row (an `<li>`).
    row: Callback<T, AnyView>,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
{
    let i18n = use_i18n();
    // Nothing is stored at build time: the prerendered page says the data is
    // being opened, not "no records yet" (src/ui/later.rs).
    if prerendering() {
        return not_read_yet();
    }
    // Until the records are read, the hand-over from the prerendered page
    // waits (a hidden mark).
    let waiting = move || handing_over().then(mark);
    let rows = move || {
        let Some(items) = items.get() else {
            return waiting();
        };
        Some(match items {
            Err(e) => view! { <p class="msg msg-error" role="alert">{storage_error(i18n, &e)}</p> }
                .into_any(),
            Ok(list) if list.is_empty() => empty.run(),
            Ok(list) => {
                let shown = match filter {
                    Some(f) => f.run(list),
                    None => list,
                };
                if shown.is_empty() {
                    return Some(no_match.as_ref().map(ViewFn::run).into_any());
                }
                let count = count.map(|c| {
                    view! { <p class="help" role="status">{c.run(shown.len())}</p> }
                });
                view! {
                    {count}
                    <ul class=class aria-label=move || label.map(|l| l.get())>
                        {shown.into_iter().map(|item| row.run(item)).collect_view()}
                    </ul>
                }
                .into_any()
            }
        })
    };
    view! { <Transition fallback=waiting>{rows}</Transition> }.into_any()
}
