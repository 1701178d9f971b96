//! One open plan: loads it, keeps the draft, autosaves every valid edit and
//! re-solves on each change.
use std::time::Duration;

use leptos::prelude::*;
use leptos_meta::Title;

use super::editor::{ChannelsEditor, ItemsEditor, PlanSettings};
use super::files::Files;
use super::result::ResultView;
use super::whatif::WhatIf;
use crate::app::href;
use crate::components::autosave::{Autosave, SaveIndicator, SaveState};
use crate::components::open_record::OpenRecord;
use crate::domain::budget::{check_plan, default_step, solve, Plan, PlanError, Solution};
use crate::i18n::*;
use crate::storage::{use_storage, Record, StorageError};

/// What every part of the open plan shares. `Copy`.
#[derive(Clone, Copy)]
pub struct PlanCtx {
    /// The plan as edited: always valid (refused edits never reach it).
    pub draft: RwSignal<Plan>,
    /// The exact optimum of the draft.
    pub solution: Memo<Solution>,
    /// The grid the draft is solved on.
    pub step: Memo<i64>,
    autosave: Autosave,
}

impl PlanCtx {
    /// Applies `f` to a copy of the plan; keeps it (and schedules the save)
    /// only if the result passes the same checks as a plan file.
    pub fn edit(self, f: impl FnOnce(&mut Plan)) -> Result<(), PlanError> {
        let mut plan = self.draft.get_untracked();
        f(&mut plan);
        check_plan(&plan)?;
        self.draft.set(plan);
        self.autosave.schedule();
        Ok(())
    }

    /// The currency of the plan, for formatting.
    pub fn currency(self) -> String {
        self.draft.with(|p| p.currency.clone())
    }
}

pub fn use_plan() -> PlanCtx {
    expect_context::<PlanCtx>()
}

/// The open plan `id`.
#[component]
pub fn Workspace(id: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p>
            <a href=href("/budget")>{t!(i18n, budget.back)}</a>
        </p>
        <OpenRecord<Plan>
            id=id
            loading=Signal::derive(move || t_string!(i18n, budget.loading).to_string())
            not_found=Signal::derive(move || t_string!(i18n, budget.not_found).to_string())
            heading=Signal::derive(move || t_string!(i18n, budget.title).to_string())
            editor=Callback::new(|record| view! { <Editor record=record /> }.into_any())
        />
    }
}

/// The editor of a loaded plan.
#[component]
fn Editor(record: Record<Plan>) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let draft = RwSignal::new(record.data.clone());
    let base = StoredValue::new(record);
    let autosave = Autosave::new(Duration::from_millis(400), move || async move {
        let repo = storage.repo::<Plan>().map_err(SaveState::Failed)?;
        let mut record = base.get_value();
        record.data = draft.get_untracked();
        let saved = repo.save(&record).await.map_err(SaveState::Failed)?;
        base.try_set_value(saved);
        Ok(())
    });
    let step = Memo::new(move |_| draft.with(default_step));
    let solution = Memo::new(move |_| draft.with(|p| solve(p, step.get())));
    let ctx = PlanCtx {
        draft,
        solution,
        step,
        autosave,
    };
    provide_context(ctx);
    let conflict = move || {
        matches!(
            autosave.state.get(),
            SaveState::Failed(StorageError::Conflict { .. })
        )
    };
    let reload = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <Title text=move || draft.with(|p| p.name.clone()) />
        <h1>{move || draft.with(|p| p.name.clone())}</h1>
        <SaveIndicator state=autosave.state />
        <Show when=conflict>
            <button type="button" on:click=reload>
                {t!(i18n, settings.load_newer)}
            </button>
        </Show>
        <div class="budget-layout">
            <div class="budget-edit">
                <PlanSettings />
                <ItemsEditor />
                <ChannelsEditor />
            </div>
            <div class="budget-result">
                <ResultView />
                <WhatIf />
                <Files />
            </div>
        </div>
    }
}
