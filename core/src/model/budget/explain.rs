//! Explanations of a solution, as numbers the page puts into words: what a
//! left-out item would take, what one more million would buy, each channel's
//! marginal return, and which limits bind.
use super::plan::{Plan, Priority};
use super::solve::{budget_for, solve, Solution};

/// One million: the unit of "one more million" and of marginal returns.
pub const MILLION: i64 = 1_000_000;

/// What including a left-out item would take.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemTradeoff {
    pub id: String,
    /// Increase of the total budget (same margin) that pays for the item
    /// with nothing else dropped and no media cut.
    pub extra_budget: i64,
    /// The best plan with the item forced in at today's budget, if it fits:
    /// its objective (lower than the optimum), the items it drops and how
    /// much media money it moves.
    pub within_budget: Option<ForcedIn>,
}

/// The best plan that includes a given item at the current budget.
#[derive(Clone, Debug, PartialEq)]
pub struct ForcedIn {
    pub objective: f64,
    pub dropped: Vec<String>,
    pub media_cut: i64,
}

/// A channel's position at its chosen spend.
#[derive(Clone, Debug, PartialEq)]
pub struct ChannelMargin {
    pub id: String,
    /// Value points gained by the next million (pro rata if less room is
    /// left); `None` at the channel's maximum.
    pub per_million: Option<f64>,
    pub at_min: bool,
    pub at_max: bool,
}

/// Everything the page explains.
#[derive(Clone, Debug, PartialEq)]
pub struct Explanation {
    /// Objective gained if the client adds enough for one more million of
    /// ceiling (0 when it buys nothing).
    pub one_more_million: f64,
    /// The total budget increase that gives that million.
    pub one_more_million_costs: i64,
    /// Whether the ceiling is (all but) spent.
    pub ceiling_binds: bool,
    pub channels: Vec<ChannelMargin>,
    pub left_out: Vec<ItemTradeoff>,
}

/// Explains `sol`, the solution of `plan` at `step`.
pub fn explain(plan: &Plan, sol: &Solution, step: i64) -> Explanation {
    let total_for_million = budget_for(plan, sol.ceiling + MILLION).max(plan.total_budget);
    let richer = Plan {
        total_budget: total_for_million,
        ..plan.clone()
    };
    let one_more_million = if sol.feasible {
        (solve(&richer, step).objective - sol.objective).max(0.0)
    } else {
        0.0
    };

    let channels = plan
        .channels
        .iter()
        .zip(&sol.spends)
        .map(|(c, &s)| {
            let room = (c.max - s).min(MILLION);
            ChannelMargin {
                id: c.id.clone(),
                per_million: (room > 0).then(|| {
                    (c.response.at(s + room) - c.response.at(s)) * MILLION as f64 / room as f64
                }),
                at_min: s == c.min,
                at_max: s == c.max,
            }
        })
        .collect();

    let leftover = sol.ceiling - sol.spent;
    let left_out = if !sol.feasible {
        Vec::new()
    } else {
        plan.items
            .iter()
            .enumerate()
            .filter(|(i, item)| !sol.selected[*i] && item.priority != Priority::Must)
            .map(|(i, item)| {
                let need = item.cost - leftover;
                let extra_budget = if need <= 0 {
                    0
                } else {
                    budget_for(plan, sol.ceiling + need) - plan.total_budget
                };
                let mut forced = plan.clone();
                forced.items[i].priority = Priority::Must;
                let f = solve(&forced, step);
                let within_budget = f.feasible.then(|| ForcedIn {
                    objective: f.objective + item.value,
                    dropped: plan
                        .items
                        .iter()
                        .enumerate()
                        .filter(|(k, _)| sol.selected[*k] && !f.selected[*k])
                        .map(|(_, it)| it.id.clone())
                        .collect(),
                    media_cut: sol.spends.iter().sum::<i64>() - f.spends.iter().sum::<i64>(),
                });
                ItemTradeoff {
                    id: item.id.clone(),
                    extra_budget,
                    within_budget,
                }
            })
            .collect()
    };

    Explanation {
        one_more_million,
        one_more_million_costs: total_for_million - plan.total_budget,
        ceiling_binds: sol.feasible && leftover < step.max(1),
        channels,
        left_out,
    }
}

/// What differs between two solutions of the same plan (the what-if slider
/// says it in words).
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// A deliverable bought in `to` and not in `from`.
    ItemIn(String),
    /// A deliverable bought in `from` and dropped in `to`.
    ItemOut(String),
    /// A channel whose spend moves by at least the threshold.
    Channel { id: String, from: i64, to: i64 },
}

/// The changes from `from` to `to` (two solutions of `plan`, e.g. at two
/// total budgets): deliverables that enter, those that leave, then channels
/// whose spend moves by at least `max(step, 1 % of the larger ceiling)`,
/// largest move first.
pub fn changes(plan: &Plan, from: &Solution, to: &Solution, step: i64) -> Vec<Change> {
    let mut out = Vec::new();
    if !from.feasible || !to.feasible {
        return out;
    }
    for (i, item) in plan.items.iter().enumerate() {
        match (from.selected.get(i), to.selected.get(i)) {
            (Some(false), Some(true)) => out.push(Change::ItemIn(item.id.clone())),
            (Some(true), Some(false)) => out.push(Change::ItemOut(item.id.clone())),
            _ => {}
        }
    }
    let threshold = step.max(from.ceiling.max(to.ceiling) / 100).max(1);
    let mut moves: Vec<Change> = plan
        .channels
        .iter()
        .zip(from.spends.iter().zip(&to.spends))
        .filter(|(_, (a, b))| (**b - **a).abs() >= threshold)
        .map(|(c, (a, b))| Change::Channel {
            id: c.id.clone(),
            from: *a,
            to: *b,
        })
        .collect();
    crate::sort::by_key(&mut moves, |m| match m {
        Change::Channel { from, to, .. } => std::cmp::Reverse((to - from).abs()),
        _ => std::cmp::Reverse(0),
    });
    out.extend(moves);
    out
}
