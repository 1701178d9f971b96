//! The solver against the continuous optimum: beyond its spending grid, the
//! refined split must reach the best real-valued split (within 1e-6
//! relative), S-curves included. Two references, both independent of the
//! solver's code: a nested brute force (fine scans refined by golden
//! section) for two and three channels, and the Lagrangian dual bound
//! (an upper bound on the continuous optimum for any number of channels).
use suitcase_core::model::budget::plan::{Channel, Plan, Priority, Response};
use suitcase_core::model::budget::presets::example_plan;
use suitcase_core::model::budget::solve::{default_step, solve, solve_grid};
use suitcase_core::model::text::Lang;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Maximises `f` on `[a, b]`: a scan of `n` points, then golden section
/// between the best point's neighbours.
fn maximise(f: &dyn Fn(f64) -> f64, a: f64, b: f64, n: usize) -> (f64, f64) {
    if b <= a {
        return (a, f(a));
    }
    let h = (b - a) / n as f64;
    let mut best = (a, f(a));
    for k in 1..=n {
        let x = a + h * k as f64;
        let v = f(x);
        if v > best.1 {
            best = (x, v);
        }
    }
    let (mut lo, mut hi) = ((best.0 - h).max(a), (best.0 + h).min(b));
    let g = (5f64.sqrt() - 1.0) / 2.0;
    for _ in 0..100 {
        let x1 = hi - g * (hi - lo);
        let x2 = lo + g * (hi - lo);
        if f(x1) >= f(x2) {
            hi = x2;
        } else {
            lo = x1;
        }
    }
    let x = 0.5 * (lo + hi);
    let v = f(x);
    if v > best.1 {
        (x, v)
    } else {
        best
    }
}

/// The best real split of `budget` over the channels (two or three).
fn nested(channels: &[Channel], budget: f64) -> f64 {
    let f = |j: usize, x: f64| channels[j].response.at_f(x);
    let two = |b: f64, j: usize, k: usize| -> f64 {
        let (cj, ck) = (&channels[j], &channels[k]);
        let b = b.min((cj.max + ck.max) as f64);
        let lo = (cj.min as f64).max(b - ck.max as f64);
        let hi = (cj.max as f64).min(b - ck.min as f64);
        if hi < lo {
            return f64::NEG_INFINITY;
        }
        maximise(&|x| f(j, x) + f(k, b - x), lo, hi, 4000).1
    };
    match channels.len() {
        1 => f(0, budget.min(channels[0].max as f64)),
        2 => two(budget, 0, 1),
        3 => {
            let c = &channels[2];
            let hi = (c.max as f64).min(budget - (channels[0].min + channels[1].min) as f64);
            maximise(&|x| f(2, x) + two(budget - x, 0, 1), c.min as f64, hi, 300).1
        }
        _ => unreachable!(),
    }
}

/// The Lagrangian dual bound: for every price λ ≥ 0, λ·budget + Σ max over
/// each channel's range of (response − λ·spend) bounds the continuous
/// optimum from above; the smallest such bound.
fn dual_bound(channels: &[Channel], budget: f64) -> f64 {
    let u = |lambda: f64| -> f64 {
        lambda * budget
            + channels
                .iter()
                .map(|c| {
                    maximise(
                        &|x| c.response.at_f(x) - lambda * x,
                        c.min as f64,
                        c.max as f64,
                        4000,
                    )
                    .1
                })
                .sum::<f64>()
    };
    let top = channels
        .iter()
        .map(|c| {
            maximise(
                &|x| c.response.slope(x.max(1.0)),
                c.min as f64,
                c.max as f64,
                4000,
            )
            .1
        })
        .fold(0.0, f64::max);
    // U is convex in λ: golden section for its minimum.
    let (mut lo, mut hi) = (0.0, top * 1.5);
    let g = (5f64.sqrt() - 1.0) / 2.0;
    for _ in 0..120 {
        let x1 = hi - g * (hi - lo);
        let x2 = lo + g * (hi - lo);
        if u(x1) <= u(x2) {
            hi = x2;
        } else {
            lo = x1;
        }
    }
    u(0.5 * (lo + hi)).min(u(0.0))
}

fn plan_of(channels: Vec<Channel>, total: i64) -> Plan {
    Plan {
        name: "continuous".into(),
        currency: "VND".into(),
        total_budget: total,
        agency_margin_pct: 0.0,
        unit: Default::default(),
        items: vec![],
        channels,
    }
}

fn random_channels(rng: &mut Rng, n: usize, total: f64) -> Vec<Channel> {
    (0..n)
        .map(|j| {
            let min = if rng.unit() < 0.3 {
                (rng.unit() * total * 0.2) as i64
            } else {
                0
            };
            let max = if rng.unit() < 0.4 {
                min + (rng.unit() * total * 0.6) as i64 + 1
            } else {
                total as i64
            };
            Channel {
                id: format!("c{j}"),
                name: format!("c{j}"),
                min,
                max,
                response: Response::Hill {
                    max: 50.0 + rng.unit() * 150.0,
                    half_saturation: total * (0.1 + rng.unit() * 0.6),
                    // Concave and S-shaped curves alike.
                    shape: 0.6 + rng.unit() * 3.0,
                },
            }
        })
        .collect()
}

#[test]
fn refined_splits_reach_the_continuous_optimum_on_small_plans() {
    let mut rng = Rng(0x0C0F_FEE5);
    let mut improved = 0;
    let mut cases = 0;
    for case in 0..40 {
        let n = 2 + case % 2;
        let total = 200_000_000 + (rng.unit() * 1_800_000_000.0) as i64;
        let channels = random_channels(&mut rng, n, total as f64);
        let plan = plan_of(channels, total);
        if plan.channels.iter().map(|c| c.min).sum::<i64>() > total {
            continue;
        }
        cases += 1;
        let step = default_step(&plan);
        let sol = solve(&plan, step);
        assert!(sol.feasible && sol.spent <= sol.ceiling);
        for (c, &s) in plan.channels.iter().zip(&sol.spends) {
            assert!(c.min <= s && s <= c.max, "case {case}: spend out of range");
        }
        let reference = nested(&plan.channels, plan.ceiling() as f64);
        assert!(
            sol.objective >= reference * (1.0 - 1e-6),
            "case {case}: refined {} below the continuous reference {reference}\n{plan:?}",
            sol.objective
        );
        // The continuous optimum is an upper bound for whole spends too.
        assert!(sol.objective <= reference * (1.0 + 1e-9) + 1e-9);
        // A coarse grid alone sits below it: the reference is sharp enough
        // to tell.
        let coarse = solve_grid(&plan, step * 50);
        if coarse.objective >= reference * (1.0 - 1e-6) {
            continue;
        }
        improved += 1;
    }
    assert!(cases >= 30, "{cases}");
    // Sanity: the references are sharp enough to tell a coarse grid apart.
    assert!(improved > 0);
}

#[test]
fn the_dual_bound_is_reached_on_the_worked_example() {
    for lang in [Lang::En, Lang::Vi] {
        let plan = example_plan(lang);
        let step = default_step(&plan);
        let sol = solve(&plan, step);
        // The best over every choice of items, each with the dual bound of
        // its media split.
        let optional: Vec<usize> = (0..plan.items.len())
            .filter(|&i| plan.items[i].priority != Priority::Must)
            .collect();
        let must: i64 = plan
            .items
            .iter()
            .filter(|i| i.priority == Priority::Must)
            .map(|i| i.cost)
            .sum();
        let mut bound = f64::NEG_INFINITY;
        for mask in 0..(1u32 << optional.len()) {
            let chosen: Vec<usize> = (0..optional.len())
                .filter(|k| mask & (1 << k) != 0)
                .map(|k| optional[k])
                .collect();
            let cost: i64 = must + chosen.iter().map(|&i| plan.items[i].cost).sum::<i64>();
            let media = plan.ceiling() - cost;
            if media < plan.channels.iter().map(|c| c.min).sum::<i64>() {
                continue;
            }
            let value: f64 = chosen.iter().map(|&i| plan.items[i].value).sum();
            bound = bound.max(value + dual_bound(&plan.channels, media as f64));
        }
        let grid_only = solve_grid(&plan, step).objective;
        println!(
            "worked example ({lang:?}): refined objective {:.6}, continuous upper bound {bound:.6}, gap {:e} relative; on the grid alone {grid_only:.6}",
            sol.objective,
            (bound - sol.objective) / bound
        );
        assert!(sol.objective >= bound * (1.0 - 1e-6));
        assert!(sol.objective <= bound * (1.0 + 1e-9));
    }
}
