//! The budget balancer: plans kept in IndexedDB, an editor whose every edit
//! re-solves the plan exactly, the result explained in words, a what-if
//! curve, and the files people send. The open plan is in the address
//! (`/budget?plan=<id>`), so a reload comes back to it.
mod curve;
mod editor;
mod files;
mod fit;
mod list;
mod messages;
mod result;
mod scenarios;
mod whatif;
mod workspace;

use crate::ui::later::{Fetched, Later};
use crate::ui::open_record::NewRecord;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::i18n::*;
use crate::routes::Route;
use crate::ui::text::tr;

pub(crate) use crate::ui::lang::lang_of;

/// The address of a plan's page.
pub(crate) fn plan_href(id: &str) -> String {
    Route::plan(id).href()
}

// The open plan (editor, result, what-if, curve fitting, files) is a module
// of its own: the list, the budget's landing, does not wait for it.
lazy_view!(page_budget_plan(id: String) => workspace::Workspace);
// The comparison of ticked plans in the list (the solver comes with it).
lazy_view!(page_budget_compare(
    plans: Signal<Vec<crate::storage::Record<suitcase_core::model::budget::Plan>>>,
    chosen: RwSignal<Vec<String>>
) => scenarios::CompareResult);

/// The budget page: the list of plans, or the open plan.
#[component]
pub fn Budget() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let open = Memo::new(move |_| query.with(|q| q.get("plan")));
    let new = Memo::new(move |_| query.with(|q| q.get("new").is_some()));
    view! {
        <Title text=move || t_string!(i18n, budget.title).to_string() />
        {move || match open.get() {
            Some(id) => view! { <Fetched load=page_budget_plan(id) /> }.into_any(),
            // "New plan" tapped before the app ran (index.html).
            None if new.get() => view! {
                <NewRecord
                    make=move |storage| async move {
                        let plan = list::new_plan(i18n.get_locale_untracked());
                        storage.create(plan).await.map(|r| Route::plan(&r.id))
                    }
                    heading=Signal::derive(move || t_string!(i18n, budget.title).to_string())
                    back=Signal::derive(move || t_string!(i18n, budget.back).to_string())
                    list=Route::Budget
                />
            }
            .into_any(),
            None => {
                view! {
                    <h1>{tr!(i18n, budget.title)}</h1>
                    <p class="lead">{tr!(i18n, budget.intro)}</p>
                    <ol class="steps">
                        <li>{tr!(i18n, budget.q1)}</li>
                        <li>{tr!(i18n, budget.q2)}</li>
                        <li>{tr!(i18n, budget.q3)}</li>
                    </ol>
                    <Later>
                        <list::PlanList />
                    </Later>
                }
                    .into_any()
            }
        }}
    }
}
