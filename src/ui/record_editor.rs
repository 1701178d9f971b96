//! One record editor's scaffold: the record is opened by id (see
//! [`OpenRecord`](crate::ui::open_record::OpenRecord)), edited as a draft,
//! saved after a pause, and a save over another tab's newer version is
//! refused with an offer to load it (see
//! [`SaveIndicator`](crate::ui::autosave::SaveIndicator)).
use leptos::prelude::*;

use crate::storage::{Record, RecordKind};
use crate::ui::autosave::{Autosave, SaveIndicator};

/// The draft of an open record and its autosave. `Copy`.
pub struct RecordDraft<T: 'static> {
    /// What the user edits.
    pub draft: RwSignal<T>,
    autosave: Autosave,
}

impl<T> Clone for RecordDraft<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for RecordDraft<T> {}

impl<T: RecordKind + Send + Sync> RecordDraft<T> {
    /// Starts editing `record`. `check` returns the message of a draft that
    /// must not be stored; with `announce`, lists of this tab re-read after
    /// each save.
    pub fn open(
        record: Record<T>,
        check: impl Fn(&T) -> Option<String> + 'static,
        announce: bool,
    ) -> RecordDraft<T> {
        let draft = RwSignal::new(record.data.clone());
        let autosave = Autosave::for_record(record, draft, check, announce);
        RecordDraft { draft, autosave }
    }

    /// Changes the draft and schedules its save.
    pub fn edit(self, f: impl FnOnce(&mut T)) {
        self.draft.update(f);
        self.autosave.schedule();
    }

    /// Schedules a save of a draft changed in place.
    pub fn changed(self) {
        self.autosave.schedule();
    }

    /// Where the saving stands, in words (and the offer to load another
    /// tab's newer version).
    pub fn indicator(self) -> impl IntoView {
        view! { <SaveIndicator state=self.autosave.state /> }
    }
}
