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
//!
//! Beyond the grid: the media split is then refined on real numbers (see
//! [`refine`]): with the chosen items fixed, the spends around the grid
//! optimum are moved until every channel that is not at a limit has the same
//! marginal return, then rounded to whole units. A refined split is kept
//! only when it beats the grid one, so every guarantee above still holds and
//! the objective reaches the continuous optimum instead of sitting a hair
//! under it.
use super::plan::{Plan, Priority, Response};

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

/// Solves `plan`: the exact optimum on a grid of `granularity` currency
/// units, then the media split refined beyond the grid (see [`refine`]).
pub fn solve(plan: &Plan, granularity: i64) -> Solution {
    solve_with(plan, granularity, true)
}

/// The optimum on the grid alone, without the refinement (for comparison
/// in tests and benchmarks).
pub fn solve_grid(plan: &Plan, granularity: i64) -> Solution {
    solve_with(plan, granularity, false)
}

fn solve_with(plan: &Plan, granularity: i64, refined: bool) -> Solution {
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
    if refined {
        refine(plan, &selected, &mut spends, ceiling, step);
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

/// The spend in `[lo, hi]` that maximises `f(x) − λ·x` for one channel.
/// Below the inflection the curve is convex, so there the best is an end;
/// above it the curve is concave and the best is where the slope equals λ
/// (found by bisection, the slope falling there).
fn best_at_price(r: &Response, lo: f64, hi: f64, lambda: f64) -> f64 {
    if hi <= lo {
        return lo;
    }
    let gain = |x: f64| r.at_f(x) - lambda * x;
    let mut best = (lo, gain(lo));
    let g_hi = gain(hi);
    if g_hi > best.1 {
        best = (hi, g_hi);
    }
    let (mut a, mut b) = (lo.max(r.inflection()), hi);
    if a < b {
        if r.slope(a) <= lambda {
            // Already falling below the price at the concave start.
        } else if r.slope(b) >= lambda {
            // Rising above the price up to the end: `hi` is already a candidate.
        } else {
            // To a hundredth of a currency unit: spends are rounded to whole
            // units afterwards.
            while b - a > 0.01 && b - a > 1e-15 * b {
                let m = 0.5 * (a + b);
                if r.slope(m) > lambda {
                    a = m;
                } else {
                    b = m;
                }
            }
            let x = 0.5 * (a + b);
            let g = gain(x);
            if g > best.1 {
                best = (x, g);
            }
        }
        let g = gain(lo.max(r.inflection()));
        if g > best.1 {
            best = (lo.max(r.inflection()), g);
        }
    }
    best.0
}

/// Rounds real spends (each within its channel's limits, summing to at most
/// `budget`) to whole units: floors them, then gives the units left, one at
/// a time, to the channel that gains most from each.
fn round_spends(plan: &Plan, x: &[f64], budget: i64) -> Vec<i64> {
    let mut s: Vec<i64> = plan
        .channels
        .iter()
        .zip(x)
        .map(|(c, &v)| (v.floor() as i64).clamp(c.min, c.max))
        .collect();
    let mut left = budget - s.iter().sum::<i64>();
    while left > 0 {
        let pick = plan
            .channels
            .iter()
            .enumerate()
            .filter(|(j, c)| s[*j] < c.max)
            .map(|(j, c)| (j, c.response.at(s[j] + 1) - c.response.at(s[j])))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        match pick {
            Some((j, g)) if g > 0.0 && left <= plan.channels.len() as i64 => {
                s[j] += 1;
                left -= 1;
            }
            Some((j, g)) if g > 0.0 => {
                // Many units left (windows kept spends apart): give the
                // best channel all it can take.
                let add = left.min(plan.channels[j].max - s[j]);
                s[j] += add;
                left -= add;
            }
            _ => break,
        }
    }
    s
}

/// Refines the grid optimum's media split on real numbers. With the chosen
/// items fixed, each round looks within two grid steps of the current
/// spends, finds the price λ at which the channels' best spends (each
/// channel maximising its response minus λ per unit) use the media money
/// exactly, rounds to whole units, and keeps the result only if the
/// objective rises. At the end no move of money between two channels inside
/// their limits gains more than rounding can express: the first-order
/// conditions of the continuous problem.
pub fn refine(plan: &Plan, selected: &[bool], spends: &mut Vec<i64>, ceiling: i64, step: i64) {
    let n = plan.channels.len();
    if n == 0 {
        return;
    }
    let budget = ceiling - items_cost(plan, selected);
    let media = |s: &[i64]| -> f64 {
        plan.channels
            .iter()
            .zip(s)
            .map(|(c, &v)| c.response.at(v))
            .sum()
    };
    let mut value = media(spends);
    let width = (2 * step).max(2) as f64;
    for _ in 0..6 {
        let lo: Vec<f64> = plan
            .channels
            .iter()
            .zip(spends.iter())
            .map(|(c, &s)| (s as f64 - width).max(c.min as f64))
            .collect();
        let hi: Vec<f64> = plan
            .channels
            .iter()
            .zip(spends.iter())
            .map(|(c, &s)| (s as f64 + width).min(c.max as f64))
            .collect();
        let target = budget as f64;
        let x: Vec<f64> = if hi.iter().sum::<f64>() <= target {
            hi.clone()
        } else {
            let at = |lambda: f64| -> Vec<f64> {
                (0..n)
                    .map(|j| best_at_price(&plan.channels[j].response, lo[j], hi[j], lambda))
                    .collect()
            };
            // Above the steepest slope in the windows every channel stays
            // at its low end, which fits.
            let mut top = 0.0f64;
            for j in 0..n {
                let r = &plan.channels[j].response;
                let peak = r.inflection().clamp(lo[j], hi[j]);
                for v in [lo[j], peak, hi[j]] {
                    let d = r.slope(v.max(f64::MIN_POSITIVE));
                    if d.is_finite() {
                        top = top.max(d);
                    }
                }
            }
            let (mut cheap, mut dear) = (0.0f64, top * 2.0 + f64::MIN_POSITIVE);
            let mut fit = at(dear);
            for _ in 0..80 {
                let mid = 0.5 * (cheap + dear);
                let x = at(mid);
                let sum = x.iter().sum::<f64>();
                if sum > target {
                    cheap = mid;
                } else {
                    dear = mid;
                    fit = x;
                    if target - sum < 0.5 {
                        break; // within half a unit: rounding decides the rest
                    }
                }
            }
            // The dear side fits; move towards the cheap side's spends
            // with what is left, channel by channel.
            let mut x = fit;
            let more = if target - x.iter().sum::<f64>() < 0.5 {
                x.clone()
            } else {
                at(cheap)
            };
            let mut left = target - x.iter().sum::<f64>();
            for j in 0..n {
                if left <= 0.0 {
                    break;
                }
                let add = (more[j] - x[j]).max(0.0).min(left);
                x[j] += add;
                left -= add;
            }
            x
        };
        let candidate = round_spends(plan, &x, budget);
        let v = media(&candidate);
        if v > value * (1.0 + 1e-15) {
            value = v;
            *spends = candidate;
        } else {
            break;
        }
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
    items_cost(plan, selected) + spends.iter().sum::<i64>()
}

/// Money spent on the items `selected` picks.
fn items_cost(plan: &Plan, selected: &[bool]) -> i64 {
    plan.items
        .iter()
        .zip(selected)
        .filter(|(_, &s)| s)
        .map(|(i, _)| i.cost)
        .sum()
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
