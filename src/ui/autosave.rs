//! Debounced autosave: edits mark the record unsaved, a save starts after a
//! pause, and "Saved" shows only once the transaction has committed.
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::*;
use crate::storage::{use_storage, Record, RecordKind, StorageError};
use crate::ui::messages::storage_error;
use crate::ui::text::tr;

/// Where a record's saving stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing edited since it was loaded.
    Clean,
    /// Edited; a save will start after the pause.
    Pending,
    /// A save is running.
    Saving,
    /// The last edit is committed to storage.
    Saved,
    /// The input cannot be saved as it is; the message says why.
    Invalid(String),
    /// Storage refused the save.
    Failed(StorageError),
}

type Job = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<(), SaveState>>>>>;

/// A debounced saver. `Copy`; create one per edited record.
#[derive(Clone, Copy)]
pub struct Autosave {
    pub state: RwSignal<SaveState>,
    timer: StoredValue<Option<TimeoutHandle>>,
    busy: StoredValue<bool>,
    job: StoredValue<Job, LocalStorage>,
    delay: Duration,
}

impl Autosave {
    /// `save` writes the current draft; it returns `Err` with the state to
    /// show (`Invalid` or `Failed`) when it could not.
    pub fn new<F, Fut>(delay: Duration, save: F) -> Autosave
    where
        F: Fn() -> Fut + 'static,
        Fut: Future<Output = Result<(), SaveState>> + 'static,
    {
        let job: Job = Rc::new(move || Box::pin(save()));
        Autosave {
            state: RwSignal::new(SaveState::Clean),
            timer: StoredValue::new(None),
            busy: StoredValue::new(false),
            job: StoredValue::new_local(job),
            delay,
        }
    }

    /// Call after every edit.
    pub fn schedule(self) {
        self.state.set(SaveState::Pending);
        self.arm();
    }

    fn arm(self) {
        if let Some(Some(h)) = self.timer.try_get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(move || self.fire(), self.delay).ok();
        self.timer.try_set_value(handle);
    }

    fn fire(self) {
        if self.busy.try_get_value() != Some(false) {
            // A save is still running (or the page is gone): try again later.
            if self.busy.try_get_value() == Some(true) {
                self.arm();
            }
            return;
        }
        let Some(job) = self.job.try_get_value() else {
            return;
        };
        self.busy.set_value(true);
        self.state.set(SaveState::Saving);
        spawn_local(async move {
            let result = job().await;
            self.busy.try_set_value(false);
            // A newer edit during the save leaves the state Pending: its own
            // save follows.
            if self.state.try_get_untracked() == Some(SaveState::Saving) {
                self.state.try_set(match result {
                    Ok(()) => SaveState::Saved,
                    Err(s) => s,
                });
            }
        });
    }
}

/// Shows a save state in words, for screen readers too.
#[component]
pub fn SaveIndicator(
    /// The state to show.
    #[prop(into)]
    state: Signal<SaveState>,
) -> impl IntoView {
    let i18n = use_i18n();
    let text = move || match state.get() {
        SaveState::Clean => String::new(),
        SaveState::Pending => t_string!(i18n, storage.unsaved).to_string(),
        SaveState::Saving => t_string!(i18n, storage.saving).to_string(),
        SaveState::Saved => t_string!(i18n, storage.saved).to_string(),
        SaveState::Invalid(m) => m,
        SaveState::Failed(e) => storage_error(i18n, &e),
    };
    let class = move || match state.get() {
        SaveState::Invalid(_) | SaveState::Failed(_) => "save-state save-error",
        SaveState::Saved => "save-state save-ok",
        _ => "save-state",
    };
    // Another tab saved this record first: offer its version (this tab's
    // edit was not written).
    let conflict = move || {
        matches!(
            state.get(),
            SaveState::Failed(StorageError::Conflict { .. })
        )
    };
    let reload = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <p class=class role="status" aria-live="polite" data-testid="save-state">
            {text}
        </p>
        <Show when=conflict>
            <button type="button" on:click=reload>
                {tr!(i18n, settings.load_newer)}
            </button>
        </Show>
    }
}

impl Autosave {
    /// The saver of an open record: after each pause, `draft` is checked
    /// (`check` returns the message of a draft that must not be stored;
    /// nothing is written then) and saved over `record` if nobody saved it
    /// since; the stored revision becomes the base of the next save. With
    /// `announce`, views of this tab that list records re-read them.
    pub fn for_record<T: RecordKind + Send + Sync>(
        record: Record<T>,
        draft: RwSignal<T>,
        check: impl Fn(&T) -> Option<String> + 'static,
        announce: bool,
    ) -> Autosave {
        let storage = use_storage();
        let base = StoredValue::new(record);
        let check = std::rc::Rc::new(check);
        let autosave = Autosave::new(Duration::from_millis(400), move || {
            let check = check.clone();
            async move {
                let data = draft.get_untracked();
                if let Some(message) = check(&data) {
                    return Err(SaveState::Invalid(message));
                }
                let repo = storage.repo::<T>().await.map_err(SaveState::Failed)?;
                let mut record = base.get_value();
                record.data = data;
                let saved = repo.save(&record).await.map_err(SaveState::Failed)?;
                base.try_set_value(saved);
                if announce {
                    storage.touch();
                }
                Ok(())
            }
        });
        // Another tab (or an import) may replace or delete this record: look
        // at the stored version whenever records may have changed, and say
        // so at once instead of at the next save.
        Effect::new(move |first: Option<()>| {
            storage.changes.track();
            if first.is_some() {
                spawn_local(autosave.compare_stored(storage, base));
            }
        });
        autosave
    }

    /// Shows a conflict when the stored version of the record is no longer
    /// `base` (this tab's saves, running or done, are not one).
    async fn compare_stored<T: RecordKind + Send + Sync>(
        self,
        storage: crate::storage::AppStorage,
        base: StoredValue<Record<T>>,
    ) {
        let idle = move || self.busy.try_get_value() == Some(false);
        let Some(before) = base.try_with_value(|r| (r.id.clone(), r.rev, r.updated_at)) else {
            return;
        };
        if !idle() {
            return;
        }
        let Ok(repo) = storage.repo::<T>().await else {
            return;
        };
        let found = repo.get(&before.0).await;
        let now = base.try_with_value(|r| (r.id.clone(), r.rev, r.updated_at));
        if !idle() || now.as_ref() != Some(&before) {
            // A save of this tab ran meantime: its own check decides.
            return;
        }
        let stale = match found {
            Err(StorageError::NotFound) => Some(StorageError::Deleted),
            Ok(stored) if (stored.rev, stored.updated_at) != (before.1, before.2) => {
                Some(StorageError::Conflict { stored: stored.rev })
            }
            _ => None,
        };
        if let Some(e) = stale {
            self.state.try_set(SaveState::Failed(e));
        }
    }
}
