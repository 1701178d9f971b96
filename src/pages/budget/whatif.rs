//! What if the client's budget changes: a slider on the total budget, the
//! best value at the tried budget, and the curve of best value against
//! budget (one table gives the whole curve).
use leptos::prelude::*;

use super::curve::FrontierChart;
use super::messages::{money, money_short, points, quantity};
use super::result::deferred;
use super::workspace::use_plan;
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::budget::explain::{changes, Change};
use suitcase_core::model::budget::{frontier, solve, FrontierPoint, Solution};

/// Points of the what-if curve: from the smallest workable budget (or half
/// today's) up to twice today's budget.
fn curve(
    plan: &suitcase_core::model::budget::Plan,
    _: &suitcase_core::model::budget::Solution,
    step: i64,
) -> Vec<FrontierPoint> {
    frontier(plan, step, plan.total_budget.saturating_mul(2), 80)
        .into_iter()
        .filter(|p| p.total_budget >= plan.total_budget / 4)
        .collect()
}

#[component]
pub fn WhatIf() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let points_list = deferred(curve);
    // The budget being tried; follows the plan's total until moved.
    let tried: RwSignal<Option<i64>> = RwSignal::new(None);
    Effect::new(move |_| {
        ctx.draft.with(|p| p.total_budget);
        tried.set(None);
    });
    let total = move || ctx.draft.with(|p| p.total_budget);
    let at = move || tried.get().unwrap_or_else(total);
    let lo = move || total() / 4;
    let hi = move || total().saturating_mul(2);
    let slider_step = move || (total() / 200).max(1);
    let trial = Memo::new(move |_| {
        let b = at();
        ctx.draft.with(|p| {
            let mut q = p.clone();
            q.total_budget = b;
            solve(&q, ctx.step.get())
        })
    });
    // What enters, leaves, rises or falls against the plan as it is.
    let what_changes = move |locale: Locale, s: &Solution| {
        let now = ctx.solution.get();
        ctx.draft.with(|p| {
            let name_of = |id: &str| p.name_of(id);
            let parts: Vec<String> = changes(p, &now, s, ctx.step.get())
                .iter()
                .take(5)
                .map(|c| match c {
                    Change::ItemIn(id) => {
                        td_string!(locale, budget.whatif_in, name = name_of(id)).to_string()
                    }
                    Change::ItemOut(id) => {
                        td_string!(locale, budget.whatif_out, name = name_of(id)).to_string()
                    }
                    Change::Channel { id, from, to } if to > from => td_string!(
                        locale,
                        budget.whatif_up,
                        name = name_of(id),
                        amount = money_short(locale, to - from, &p.currency)
                    )
                    .to_string(),
                    Change::Channel { id, from, to } => td_string!(
                        locale,
                        budget.whatif_down,
                        name = name_of(id),
                        amount = money_short(locale, from - to, &p.currency)
                    )
                    .to_string(),
                })
                .collect();
            if parts.is_empty() {
                td_string!(locale, budget.whatif_same).to_string()
            } else {
                format!("{}.", parts.join("; "))
            }
        })
    };
    let line = move || {
        let locale = i18n.get_locale();
        let cur = ctx.currency();
        let s = trial.get();
        if s.feasible {
            let now = ctx.solution.with(|x| x.objective);
            let delta = s.objective - now;
            let mut line = td_string!(
                locale,
                budget.whatif_line,
                total = money(locale, at(), &cur),
                objective = quantity(locale, ctx.unit(), s.objective, 1, &cur),
                delta = format!(
                    "{}{}",
                    if delta >= 0.0 { "+" } else { "" },
                    points(locale, delta)
                )
            )
            .to_string();
            if at() != total() {
                line.push(' ');
                line.push_str(&what_changes(locale, &s));
            }
            line
        } else {
            td_string!(
                locale,
                budget.whatif_infeasible,
                total = money(locale, at(), &cur)
            )
            .to_string()
        }
    };
    let use_budget = move |_| {
        let b = at();
        let _ = ctx.edit(|p| p.total_budget = b);
    };
    let chart = move || {
        let pts: Vec<(i64, f64)> = points_list
            .get()?
            .iter()
            .map(|p| (p.total_budget, p.objective))
            .collect();
        if pts.len() < 2 {
            return None;
        }
        let cur = ctx.currency();
        let s = trial.get();
        let locale = i18n.get_locale();
        let label = td_string!(
            locale,
            budget.frontier_label,
            from = money(locale, pts[0].0, &cur),
            to = money(locale, pts[pts.len() - 1].0, &cur)
        )
        .to_string();
        let at_value = if s.feasible { s.objective } else { 0.0 };
        Some(view! { <FrontierChart points_list=pts at=(at(), at_value) label=label /> })
    };
    view! {
        <section class="card" aria-labelledby="whatif-title">
            <h2 id="whatif-title">{tr!(i18n, budget.whatif_title)}</h2>
            <div class="field">
                <label for="whatif">{tr!(i18n, budget.whatif_label)}</label>
                <input
                    id="whatif"
                    type="range"
                    min=move || lo().to_string()
                    max=move || hi().to_string()
                    step=move || slider_step().to_string()
                    prop:value=move || at().to_string()
                    aria-valuetext=move || money(i18n.get_locale(), at(), &ctx.currency())
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<i64>() {
                            tried.set(Some(v));
                        }
                    }
                />
            </div>
            <p role="status" data-testid="whatif-line">{line}</p>
            {chart}
            <button type="button" on:click=use_budget disabled=move || at() == total()>
                {tr!(i18n, budget.use_budget)}
            </button>
        </section>
    }
}
