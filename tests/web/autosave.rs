//! The autosave pattern in the browser: "Saved" shows only once the save has
//! finished, edits during a save are saved after it, failures are shown.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;
use wasm_bindgen_test::*;

use suitcase::storage::{db::Storage, Record, Repo, StorageError};
use suitcase::ui::autosave::{Autosave, SaveState};
use suitcase_core::model::profile::Profile;

#[path = "util.rs"]
mod util;
use util::sleep;

wasm_bindgen_test_configure!(run_in_browser);

async fn until(what: &str, mut f: impl FnMut() -> bool) {
    for _ in 0..200 {
        if f() {
            return;
        }
        sleep(10).await;
    }
    panic!("timed out waiting for {what}");
}

#[wasm_bindgen_test]
async fn saved_shows_only_after_the_record_is_committed() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.set();
    let name = format!("autosave-{}", js_sys::Math::random().to_bits());
    let storage = Storage::open_named(&name, Rc::new(|_| {})).await.unwrap();
    let repo: Repo<Profile> = Repo::new(storage.clone());
    let draft = RwSignal::new(Profile::default());
    let base = StoredValue::new(Record::new("me".into(), Profile::default(), Utc::now()));
    let saves = Rc::new(Cell::new(0));
    let counter = saves.clone();
    let autosave = Autosave::new(Duration::from_millis(50), move || {
        let repo = repo.clone();
        let counter = counter.clone();
        async move {
            let mut rec = base.get_value();
            rec.data = draft.get_untracked();
            let saved = repo.save(&rec).await.map_err(SaveState::Failed)?;
            base.set_value(saved);
            counter.set(counter.get() + 1);
            Ok(())
        }
    });

    draft.update(|p| p.name = "Lan".into());
    autosave.schedule();
    assert_eq!(autosave.state.get_untracked(), SaveState::Pending);
    // Typing again within the pause restarts it: one save for both edits.
    sleep(20).await;
    draft.update(|p| p.name = "Lan Nguyễn".into());
    autosave.schedule();
    until("saved", || {
        autosave.state.get_untracked() == SaveState::Saved
    })
    .await;
    assert_eq!(saves.get(), 1);
    // When it says Saved, the record is in the database.
    let stored = Repo::<Profile>::new(storage.clone())
        .get("me")
        .await
        .unwrap();
    assert_eq!(stored.data.name, "Lan Nguyễn");
    assert_eq!(stored.rev, 1);
}

#[wasm_bindgen_test]
async fn edits_during_a_save_are_saved_after_it() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.set();
    let value = RwSignal::new(0u32);
    let written = Rc::new(RefCell::new(Vec::new()));
    let log = written.clone();
    let autosave = Autosave::new(Duration::from_millis(20), move || {
        let log = log.clone();
        async move {
            let v = value.get_untracked();
            sleep(150).await; // a slow disk
            log.borrow_mut().push(v);
            Ok(())
        }
    });
    value.set(1);
    autosave.schedule();
    until("saving", || {
        autosave.state.get_untracked() == SaveState::Saving
    })
    .await;
    value.set(2);
    autosave.schedule();
    // The first save ends while an edit is pending: not "Saved" yet.
    until("first save", || written.borrow().len() == 1).await;
    assert_ne!(autosave.state.get_untracked(), SaveState::Saved);
    until("saved", || {
        autosave.state.get_untracked() == SaveState::Saved
    })
    .await;
    assert_eq!(*written.borrow(), vec![1, 2]);
}

#[wasm_bindgen_test]
async fn a_failed_save_is_shown_not_hidden() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.set();
    let autosave = Autosave::new(Duration::from_millis(10), || async {
        Err(SaveState::Failed(StorageError::Quota))
    });
    autosave.schedule();
    until("failed", || {
        matches!(
            autosave.state.get_untracked(),
            SaveState::Failed(StorageError::Quota)
        )
    })
    .await;
}
