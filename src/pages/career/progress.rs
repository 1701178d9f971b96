//! The user's progress (skills, flashcards, quiz history, questionnaire) as
//! one IndexedDB record, shared by every view of the guide.
//!
//! An edit is a [`ProgressOp`]: it changes the shown data at once and joins
//! a queue. One saver at a time reads the stored record, applies the queued
//! operations to it and saves it (retrying on a revision conflict), so an
//! edit made in another tab in the meantime is kept too. "Saved" shows only
//! after the commit. The queue lives outside the page's reactive owner, so
//! a save finishes even if the user moves to another view mid-way.
use std::cell::RefCell;

use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::*;
use crate::storage::{use_storage, AppStorage, Record, StorageError, StorageStatus};
use crate::ui::autosave::{SaveIndicator, SaveState};
use crate::ui::later::WaitsForData;
use crate::ui::messages::storage_error;
use crate::ui::text::tr;
use suitcase_core::model::career::{CareerProgress, ProgressError, ProgressOp, PROGRESS_ID};

/// The progress shared by the guide's views. `Copy`.
#[derive(Clone, Copy)]
pub struct Progress {
    /// The progress as shown: the stored record plus edits not yet saved.
    pub data: RwSignal<CareerProgress>,
    /// True once the stored record has been read (or cannot be).
    pub loaded: RwSignal<bool>,
    /// Where saving stands.
    pub state: RwSignal<SaveState>,
    /// Why the stored record could not be read, if it could not.
    pub load_error: RwSignal<Option<StorageError>>,
    storage: AppStorage,
}

#[derive(Default)]
struct Queue {
    ops: Vec<ProgressOp>,
    running: bool,
    /// Saves completed by this tab; a read that started before the latest
    /// one may be older than what is shown, and is ignored.
    saves: u64,
    /// The views' current progress (the newest mount), told of each save.
    sink: Option<Progress>,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::new(Queue::default());
}

fn saves() -> u64 {
    QUEUE.with(|q| q.borrow().saves)
}

fn idle() -> bool {
    QUEUE.with(|q| {
        let q = q.borrow();
        !q.running && q.ops.is_empty()
    })
}

/// Creates the progress for the guide and provides it as context.
pub fn provide_progress() -> Progress {
    let storage = use_storage();
    let p = Progress {
        data: RwSignal::new(CareerProgress::default()),
        loaded: RwSignal::new(false),
        state: RwSignal::new(SaveState::Clean),
        load_error: RwSignal::new(None),
        storage,
    };
    QUEUE.with(|q| q.borrow_mut().sink = Some(p));
    // Reads the record when storage opens and again when another tab (or
    // an import) changes it; this tab's own saves come back the same way.
    let stored = LocalResource::new(move || {
        let ready = storage.track();
        let status = storage.status.get();
        let started = saves();
        async move {
            let result = match status {
                StorageStatus::Opening | StorageStatus::Blocked => None,
                _ if !ready => Some(Err(storage
                    .repo::<CareerProgress>()
                    .await
                    .err()
                    .unwrap_or(StorageError::Unavailable(String::new())))),
                _ => Some(read(storage).await.map(|r| r.data)),
            };
            result.map(|r| (started, r))
        }
    });
    Effect::new(move |_| {
        let Some(Some((started, result))) = stored.get() else {
            return;
        };
        // Edits waiting to be saved, or a save since the read began, are
        // newer than what was read (the saver shows its own result).
        if !idle() || started != saves() {
            return;
        }
        // Signals notify on every set: change them only when the value
        // changes, or every save would rebuild the views (and a textarea
        // being typed in would lose focus).
        match result {
            Ok(data) => {
                if p.data.with_untracked(|d| *d != data) {
                    p.data.set(data);
                }
                if p.load_error.with_untracked(Option::is_some) {
                    p.load_error.set(None);
                }
            }
            Err(StorageError::Unavailable(_) | StorageError::Closed | StorageError::TooNew) => {
                // The shell's storage notice explains; the guide still works
                // for this visit.
            }
            Err(e) => p.load_error.set(Some(e)),
        }
        if !p.loaded.get_untracked() {
            p.loaded.set(true);
        }
    });
    provide_context(p);
    p
}

/// The guide's progress.
pub fn use_progress() -> Progress {
    expect_context::<Progress>()
}

/// The stored record, or a new one if there is none yet.
async fn read(storage: AppStorage) -> Result<Record<CareerProgress>, StorageError> {
    let repo = storage.repo::<CareerProgress>().await?;
    match repo.get(PROGRESS_ID).await {
        Err(StorageError::NotFound) => Ok(Record::new(
            PROGRESS_ID.to_string(),
            CareerProgress::default(),
            Utc::now(),
        )),
        r => r,
    }
}

/// Applies `ops` to the newest stored record and saves it.
async fn save_ops(
    storage: AppStorage,
    ops: &[ProgressOp],
) -> Result<Record<CareerProgress>, StorageError> {
    let repo = storage.repo::<CareerProgress>().await?;
    let mut last = StorageError::Conflict { stored: 0 };
    for _ in 0..5 {
        let mut record = read(storage).await?;
        for op in ops {
            // Checked when made; one that no longer applies is dropped.
            let _ = record.data.apply(op);
        }
        match repo.save(&record).await {
            Err(e @ StorageError::Conflict { .. }) => last = e,
            r => return r,
        }
    }
    Err(last)
}

impl Progress {
    /// Makes a change: shown at once, saved in the background. A change
    /// the rules refuse changes nothing and is returned.
    pub fn edit(self, op: ProgressOp) -> Result<(), ProgressError> {
        let mut next = self.data.get_untracked();
        next.apply(&op)?;
        self.data.set(next);
        self.state.set(SaveState::Pending);
        let start = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            q.ops.push(op);
            q.sink = Some(self);
            !std::mem::replace(&mut q.running, true)
        });
        if start {
            spawn_local(run(self.storage));
        }
        Ok(())
    }
}

/// Saves queued changes until there are none.
async fn run(storage: AppStorage) {
    loop {
        let ops = QUEUE.with(|q| std::mem::take(&mut q.borrow_mut().ops));
        if ops.is_empty() {
            QUEUE.with(|q| q.borrow_mut().running = false);
            return;
        }
        let sink = QUEUE.with(|q| q.borrow().sink);
        if let Some(s) = sink {
            s.state.try_set(SaveState::Saving);
        }
        let result = save_ops(storage, &ops).await;
        if result.is_ok() {
            QUEUE.with(|q| q.borrow_mut().saves += 1);
        }
        let (sink, more) = QUEUE.with(|q| {
            let q = q.borrow();
            (q.sink, !q.ops.is_empty())
        });
        let Some(s) = sink else { continue };
        match result {
            Ok(saved) if !more => {
                if s.data.try_with_untracked(|d| *d != saved.data) == Some(true) {
                    s.data.try_set(saved.data);
                }
                s.state.try_set(SaveState::Saved);
                if s.loaded.try_get_untracked() == Some(false) {
                    s.loaded.try_set(true);
                }
            }
            Ok(_) => {}
            Err(e) => {
                s.state.try_set(SaveState::Failed(e));
            }
        }
    }
}

/// "Saved" / "Saving…" for the progress, and a message when the stored
/// record could not be read.
#[component]
pub fn ProgressStatus() -> impl IntoView {
    let i18n = use_i18n();
    let p = use_progress();
    view! {
        <WaitsForData loaded=p.loaded />
        <SaveIndicator state=p.state />
        {move || {
            p.load_error
                .get()
                .map(|e| {
                    view! {
                        <p class="msg msg-error" role="alert">
                            {tr!(i18n, career.load_failed)}
                            " "
                            {storage_error(i18n, &e)}
                        </p>
                    }
                })
        }}
    }
}
