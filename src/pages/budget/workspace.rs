//! One open plan: loads it, keeps the draft, autosaves every valid edit and
//! re-solves on each change.

use leptos::prelude::*;
use leptos_meta::Title;

use super::editor::{ChannelsEditor, ItemsEditor, PlanSettings};
use super::files::Files;
use super::result::ResultView;
use super::whatif::WhatIf;
use crate::i18n::*;
use crate::routes::Route;
use crate::storage::Record;
use crate::ui::open_record::OpenRecord;
use crate::ui::record_editor::RecordDraft;
use crate::ui::text::tr;
use suitcase_core::check::Issue;
use suitcase_core::model::budget::{check_plan, default_step, solve, Plan, PlanField, Solution};

/// What every part of the open plan shares. `Copy`.
#[derive(Clone, Copy)]
pub struct PlanCtx {
    /// The plan as edited: always valid (refused edits never reach it).
    pub draft: RwSignal<Plan>,
    /// The exact optimum of the draft.
    pub solution: Memo<Solution>,
    /// The grid the draft is solved on.
    pub step: Memo<i64>,
    record: RecordDraft<Plan>,
}

impl PlanCtx {
    /// Applies `f` to a copy of the plan; keeps it (and schedules the save)
    /// only if the result passes the same checks as a plan file. A refusal
    /// gives the first issue and the refused plan (to word it).
    pub fn edit(self, f: impl FnOnce(&mut Plan)) -> Result<(), Box<(Issue<PlanField>, Plan)>> {
        let mut plan = self.draft.get_untracked();
        f(&mut plan);
        if let Some(issue) = check_plan(&plan).into_iter().next() {
            return Err(Box::new((issue, plan)));
        }
        self.record.edit(|p| *p = plan);
        Ok(())
    }

    /// The currency of the plan, for formatting.
    pub fn currency(self) -> String {
        self.draft.with(|p| p.currency.clone())
    }

    /// What the plan's channel curves count.
    pub fn unit(self) -> suitcase_core::model::budget::Unit {
        self.draft.with(|p| p.unit)
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
            <a href=Route::Budget.href()>{tr!(i18n, budget.back)}</a>
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
    // Only valid plans reach the draft (see `PlanCtx::edit`).
    let record = RecordDraft::open(record, |_| None, false);
    let draft = record.draft;
    let step = Memo::new(move |_| draft.with(default_step));
    let solution = Memo::new(move |_| draft.with(|p| solve(p, step.get())));
    let ctx = PlanCtx {
        draft,
        solution,
        step,
        record,
    };
    provide_context(ctx);
    view! {
        <Title text=move || draft.with(|p| p.name.clone()) />
        <h1>{move || draft.with(|p| p.name.clone())}</h1>
        {record.indicator()}
        // The result comes first (on a phone it is what the account shows
        // the client); on a wide screen the editor sits to its left.
        <div class="budget-layout">
            <div class="budget-result">
                <ResultView />
                <WhatIf />
                <Files />
                <super::scenarios::SaveScenario />
            </div>
            <div class="budget-edit">
                <PlanSettings />
                <ItemsEditor />
                <ChannelsEditor />
            </div>
        </div>
    }
}
