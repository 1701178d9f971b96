//! The exact solver: items (0/1) and channel spends together, by dynamic
//! programming over the budget in steps of `granularity`. It returns the
//! global optimum of the problem on that grid (a gradient method can stop at
//! a local optimum on S-shaped curves; this cannot), or the exact shortfall
//! when the must-haves and channel minimums do not fit.
//!
//! On the grid: must items and channel minimums are paid exactly; above its
//! minimum a channel spends whole steps of the granularity, or up to its
//! maximum; an optional item costs its cost rounded up to whole steps. When every amount is a multiple of the granularity (the usual case
//! for VND plans at 1,000,000), this is the exact optimum in whole currency
//! units. Money left below one step is then given to the channels, which
//! only raises the objective and never crosses the ceiling.
use super::plan::{Plan, Priority};

/// The chosen plan: what is bought and what each channel spends.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    pub feasible: bool,
    pub ceiling: i64,
    /// Money spent on items and channels (≤ ceiling when feasible).
    pub spent: i64,
    /// The smallest increase of the total budget (same margin) that makes the
    /// plan feasible; 0 when it is.
    pub shortfall: i64,
    /// Σ value of chosen should/could items + Σ channel responses.
    pub objective: f64,
    /// Per item, in plan order: included or not.
    pub selected: Vec<bool>,
    /// Per channel, in plan order: the spend.
    pub spends: Vec<i64>,
}

/// A channel's spend options above its minimum (which is paid exactly, like
/// the must items): option `o` costs `o` steps and adds `extra_spend(o)`,
/// whole steps up to the maximum, the last one ending at the maximum itself.
fn option_count(room: i64, step: i64) -> usize {
    ceil_div(room, step) as usize + 1
}

fn extra_spend(o: usize, room: i64, step: i64) -> i64 {
    (o as i64 * step).min(room)
}

fn ceil_div(a: i64, b: i64) -> i64 {
    (a + b - 1) / b
}

/// The smallest total budget whose ceiling (at `plan`'s margin) is ≥ `need`.
pub fn budget_for(plan: &Plan, need: i64) -> i64 {
    let keep = ((100.0 - plan.agency_margin_pct) * 1e6).round() as i128; // millionths of a percent
    let t = (need as i128 * 100_000_000 + keep - 1) / keep;
    t as i64
}

/// What the must items and channel minimums cost together: paid exactly,
/// before anything is chosen.
fn required(plan: &Plan) -> i64 {
    let must: i64 = plan
        .items
        .iter()
        .filter(|i| i.priority == Priority::Must)
        .map(|i| i.cost)
        .sum();
    must + plan.channels.iter().map(|c| c.min).sum::<i64>()
}

/// Solves `plan` with channel spends on a grid of `granularity` currency units.
pub fn solve(plan: &Plan, granularity: i64) -> Solution {
    let step = granularity.max(1);
    let ceiling = plan.ceiling();
    let required = required(plan);
    let selected_must: Vec<bool> = plan
        .items
        .iter()
        .map(|i| i.priority == Priority::Must)
        .collect();
    if required > ceiling {
        let shortfall = budget_for(plan, required) - plan.total_budget;
        let spends: Vec<i64> = plan.channels.iter().map(|c| c.min).collect();
        let objective = objective(plan, &selected_must, &spends);
        return Solution {
            feasible: false,
            ceiling,
            spent: required,
            shortfall,
            objective,
            selected: selected_must,
            spends,
        };
    }

    // Budget left for optional items and spend above the minimums, in whole
    // steps. Musts and minimums are paid exactly first, so rounding never
    // lets the plan cross the ceiling.
    let free = ceiling - required;
    let units = (free / step) as usize;
    let Table {
        channel_choice,
        item_take,
        optional,
        ..
    } = Table::build(plan, step, units);

    // Walk back from the full budget.
    let mut b = units;
    let mut selected = selected_must;
    for (k, &i) in optional.iter().enumerate().rev() {
        if item_take[k][b] {
            selected[i] = true;
            b -= ceil_div(plan.items[i].cost, step) as usize;
        }
    }
    let mut spends = vec![0i64; plan.channels.len()];
    for (j, c) in plan.channels.iter().enumerate().rev() {
        let o = channel_choice[j][b] as usize;
        spends[j] = c.min + extra_spend(o, c.max - c.min, step);
        b -= o;
    }

    // Money below one step: give it to the channels that gain most from it.
    let mut spent = total_cost(plan, &selected, &spends);
    let mut left = ceiling - spent;
    while left > 0 {
        let gain = |j: usize| {
            let c = &plan.channels[j];
            let add = left.min(c.max - spends[j]);
            (
                c.response.at(spends[j] + add) - c.response.at(spends[j]),
                add,
            )
        };
        let pick = (0..spends.len())
            .map(|j| (j, gain(j)))
            .filter(|(_, (_, add))| *add > 0)
            .max_by(|a, b| a.1 .0.total_cmp(&b.1 .0));
        match pick {
            Some((j, (g, add))) if g > 0.0 => {
                spends[j] += add;
                left -= add;
            }
            _ => break,
        }
    }
    spent = total_cost(plan, &selected, &spends);
    Solution {
        feasible: true,
        ceiling,
        spent,
        shortfall: 0,
        objective: objective(plan, &selected, &spends),
        selected,
        spends,
    }
}

/// The dynamic-programming table over budget steps above the must items and
/// channel minimums.
struct Table {
    /// best[b]: best objective using at most b steps (monotone in b).
    best: Vec<f64>,
    /// Per channel, per b: the option chosen.
    channel_choice: Vec<Vec<u32>>,
    /// Per optional item, per b: taken or not.
    item_take: Vec<Vec<bool>>,
    /// Indexes of the optional items, in plan order.
    optional: Vec<usize>,
}

impl Table {
    fn build(plan: &Plan, step: i64, units: usize) -> Table {
        let mut best = vec![0.0f64; units + 1];
        // Channels first (each must take one option), then optional items.
        let mut channel_choice: Vec<Vec<u32>> = Vec::with_capacity(plan.channels.len());
        for c in &plan.channels {
            let room = c.max - c.min;
            let values: Vec<f64> = (0..option_count(room, step))
                .map(|o| c.response.at(c.min + extra_spend(o, room, step)))
                .collect();
            let (next, arg) = convolve(&best, &values);
            best = next;
            channel_choice.push(arg);
        }
        let optional: Vec<usize> = (0..plan.items.len())
            .filter(|&i| plan.items[i].priority != Priority::Must)
            .collect();
        let mut item_take: Vec<Vec<bool>> = Vec::with_capacity(optional.len());
        for &i in &optional {
            let item = &plan.items[i];
            let cost = ceil_div(item.cost, step) as usize;
            let mut take = vec![false; units + 1];
            if cost <= units {
                for b in (cost..=units).rev() {
                    let v = best[b - cost] + item.value;
                    if v > best[b] {
                        best[b] = v;
                        take[b] = true;
                    }
                }
            }
            item_take.push(take);
        }
        Table {
            best,
            channel_choice,
            item_take,
            optional,
        }
    }
}

/// One point of the best-objective-against-budget curve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FrontierPoint {
    /// What the client pays.
    pub total_budget: i64,
    /// The best objective on the grid at that budget.
    pub objective: f64,
}

/// The best objective for every total budget from the smallest feasible one
/// up to `max_total`, from one table (so the what-if curve costs one solve),
/// thinned to at most `points` points. Empty when even `max_total` is
/// infeasible. Values are on the grid (money below one step unspent), so a
/// point can sit a hair under what [`solve`] reports at that budget.
pub fn frontier(
    plan: &Plan,
    granularity: i64,
    max_total: i64,
    points: usize,
) -> Vec<FrontierPoint> {
    let step = granularity.max(1);
    let mut at_max = plan.clone();
    at_max.total_budget = max_total;
    let ceiling = at_max.ceiling();
    let required = required(plan);
    if required > ceiling || points == 0 {
        return Vec::new();
    }
    let units = ((ceiling - required) / step) as usize;
    let table = Table::build(plan, step, units);
    let stride = units.div_ceil(points.max(2) - 1).max(1);
    let mut out: Vec<FrontierPoint> = (0..=units)
        .step_by(stride)
        .chain(std::iter::once(units))
        .map(|b| FrontierPoint {
            total_budget: budget_for(plan, required + b as i64 * step),
            objective: table.best[b],
        })
        .collect();
    out.dedup_by_key(|p| p.total_budget);
    out
}

/// The grid the app solves on: the smallest 1-2-5 step (1, 2, 5, 10, 20…)
/// that cuts the ceiling into at most 2,000 steps. A 2 billion VND plan at
/// 15 % margin gets 1,000,000 VND.
pub fn default_step(plan: &Plan) -> i64 {
    let need = ceil_div(plan.ceiling().max(1), 2000);
    let mut base = 1i64;
    loop {
        for m in [1, 2, 5] {
            if base * m >= need {
                return base * m;
            }
        }
        base *= 10;
    }
}

/// The best of `best[b − k] + values[k]` over `k ≤ b`, for every `b`, with
/// the `k` that gives it: the max-plus convolution of a budget table with one
/// channel's options (option `k` costs `k` steps).
///
/// Plain search costs O(B·K). On the concave part of a response curve (all of
/// it for `shape ≤ 1`, the part past the inflection for S-shapes) the best
/// `k` never decreases as `b` grows, so divide and conquer finds it in
/// O(B log B); only the short convex start is searched in full.
pub fn convolve(best: &[f64], values: &[f64]) -> (Vec<f64>, Vec<u32>) {
    let n = best.len();
    let k_max = values.len().saturating_sub(1);
    // Start of the concave part: after the last rise of the increments.
    let scale = values.iter().fold(0.0f64, |m, v| m.max(v.abs())).max(1.0);
    let mut c = 0;
    for k in 2..values.len() {
        let (d_prev, d) = (values[k - 1] - values[k - 2], values[k] - values[k - 1]);
        if d > d_prev + 1e-12 * scale {
            c = k - 1;
        }
    }
    let mut next = vec![f64::NEG_INFINITY; n];
    let mut arg = vec![u32::MAX; n];
    // Convex start: every option below c, for every budget.
    for b in 0..n {
        for k in 0..c.min(b + 1) {
            let v = best[b - k] + values[k];
            if v > next[b] {
                next[b] = v;
                arg[b] = k as u32;
            }
        }
    }
    // Concave part: options c..=k_max. Writing j = b − k for the index into
    // `best`, the table best[j] + values[b − j] is Monge when the values are
    // concave, so the best j never decreases as b grows: divide and conquer.
    if c <= k_max && c < n {
        let mut stack = vec![(c, n - 1, 0usize, n - 1 - c)];
        while let Some((lo, hi, jlo, jhi)) = stack.pop() {
            if lo > hi {
                continue;
            }
            let mid = lo + (hi - lo) / 2;
            let from = jlo.max(mid.saturating_sub(k_max));
            let to = jhi.min(mid - c);
            // Leftmost best j (the first one wins ties, even at −∞).
            let mut found: Option<(usize, f64)> = None;
            if from <= to {
                for jj in from..=to {
                    let v = best[jj] + values[mid - jj];
                    if found.is_none_or(|(_, fv)| v > fv) {
                        found = Some((jj, v));
                    }
                }
            }
            let (left_hi, right_lo) = match found {
                Some((jj, v)) => {
                    if v > next[mid] {
                        next[mid] = v;
                        arg[mid] = (mid - jj) as u32;
                    }
                    (jj, jj)
                }
                None => (jhi, jlo),
            };
            if mid > lo {
                stack.push((lo, mid - 1, jlo, left_hi));
            }
            stack.push((mid + 1, hi, right_lo, jhi));
        }
    }
    (next, arg)
}

/// The plain O(B·K) convolution: the reference `convolve` is tested against.
pub fn convolve_plain(best: &[f64], values: &[f64]) -> (Vec<f64>, Vec<u32>) {
    let n = best.len();
    let mut next = vec![f64::NEG_INFINITY; n];
    let mut arg = vec![u32::MAX; n];
    for b in 0..n {
        for (k, &value) in values.iter().enumerate().take(b + 1) {
            let v = best[b - k] + value;
            if v > next[b] {
                next[b] = v;
                arg[b] = k as u32;
            }
        }
    }
    (next, arg)
}

/// Money spent by a choice of items and spends.
pub fn total_cost(plan: &Plan, selected: &[bool], spends: &[i64]) -> i64 {
    let items: i64 = plan
        .items
        .iter()
        .zip(selected)
        .filter(|(_, &s)| s)
        .map(|(i, _)| i.cost)
        .sum();
    items + spends.iter().sum::<i64>()
}

/// The objective of a choice of items and spends.
pub fn objective(plan: &Plan, selected: &[bool], spends: &[i64]) -> f64 {
    let items: f64 = plan
        .items
        .iter()
        .zip(selected)
        .filter(|(i, &s)| s && i.priority != Priority::Must)
        .map(|(i, _)| i.value)
        .sum();
    let media: f64 = plan
        .channels
        .iter()
        .zip(spends)
        .map(|(c, &s)| c.response.at(s))
        .sum();
    items + media
}
