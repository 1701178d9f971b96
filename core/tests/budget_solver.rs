//! The solver against brute force on small random plans, S-curve traps,
//! exact shortfalls, and the ceiling never crossed.
use suitcase_core::model::budget::plan::{Channel, Item, Plan, Priority, Response};
use suitcase_core::model::budget::solve::{budget_for, objective, solve, total_cost};

/// A small deterministic random source (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn upto(&mut self, n: u64) -> i64 {
        (self.next() % (n + 1)) as i64
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn random_plan(rng: &mut Rng) -> Plan {
    let n_items = rng.upto(4) as usize;
    let n_channels = 1 + rng.upto(2) as usize;
    let items = (0..n_items)
        .map(|i| Item {
            id: format!("i{i}"),
            name: format!("item {i}"),
            cost: rng.upto(12),
            priority: [Priority::Must, Priority::Should, Priority::Could][rng.upto(2) as usize],
            value: (rng.unit() * 50.0).round(),
        })
        .collect();
    let channels = (0..n_channels)
        .map(|j| {
            let min = rng.upto(4);
            let max = min + rng.upto(14);
            Channel {
                id: format!("c{j}"),
                name: format!("channel {j}"),
                min,
                max,
                response: Response::Hill {
                    max: 10.0 + rng.unit() * 90.0,
                    half_saturation: 1.0 + rng.unit() * 12.0,
                    shape: 0.5 + rng.unit() * 3.5,
                },
            }
        })
        .collect();
    Plan {
        name: "random".into(),
        currency: "VND".into(),
        total_budget: 5 + rng.upto(40),
        agency_margin_pct: [0.0, 10.0, 15.0, 33.3][rng.upto(3) as usize],
        unit: Default::default(),
        items,
        channels,
    }
}

/// The best objective over every item subset and every whole spend.
fn brute_force(plan: &Plan) -> Option<f64> {
    let ceiling = plan.ceiling();
    let n = plan.items.len();
    let mut best: Option<f64> = None;
    for mask in 0..(1u32 << n) {
        let selected: Vec<bool> = (0..n)
            .map(|i| mask & (1 << i) != 0 || plan.items[i].priority == Priority::Must)
            .collect();
        if (0..n).any(|i| selected[i] && mask & (1 << i) == 0) {
            continue; // each subset once: musts are always in the mask
        }
        let mut spends: Vec<i64> = plan.channels.iter().map(|c| c.min).collect();
        loop {
            if total_cost(plan, &selected, &spends) <= ceiling {
                let v = objective(plan, &selected, &spends);
                best = Some(best.map_or(v, |b: f64| b.max(v)));
            }
            // next spend combination (odometer)
            let mut j = 0;
            loop {
                if j == spends.len() {
                    break;
                }
                if spends[j] < plan.channels[j].max {
                    spends[j] += 1;
                    break;
                }
                spends[j] = plan.channels[j].min;
                j += 1;
            }
            if j == spends.len() {
                break;
            }
        }
    }
    best
}

#[test]
fn optimal_on_random_small_plans_against_brute_force() {
    let mut rng = Rng(0x5EED_CAFE);
    let mut feasible = 0;
    for case in 0..150 {
        let plan = random_plan(&mut rng);
        let sol = solve(&plan, 1);
        match brute_force(&plan) {
            Some(best) => {
                feasible += 1;
                assert!(sol.feasible, "case {case}: {plan:?}");
                assert!(sol.spent <= sol.ceiling, "case {case}: over the ceiling");
                assert_eq!(sol.spent, total_cost(&plan, &sol.selected, &sol.spends));
                assert!(
                    (sol.objective - best).abs() < 1e-9,
                    "case {case}: solver {} vs brute force {best}\n{plan:?}\n{sol:?}",
                    sol.objective
                );
                for (c, &s) in plan.channels.iter().zip(&sol.spends) {
                    assert!(c.min <= s && s <= c.max, "case {case}: spend out of range");
                }
            }
            None => assert!(
                !sol.feasible,
                "case {case}: brute force found nothing, solver did"
            ),
        }
    }
    assert!(
        feasible > 80,
        "the random plans should be mostly feasible ({feasible})"
    );
}

#[test]
fn coarser_grids_never_cross_the_ceiling() {
    let mut rng = Rng(42);
    for _ in 0..150 {
        let plan = random_plan(&mut rng);
        for step in [2, 3, 5, 7] {
            let sol = solve(&plan, step);
            if sol.feasible {
                assert!(
                    sol.spent <= sol.ceiling,
                    "step {step}: {} > {}",
                    sol.spent,
                    sol.ceiling
                );
                assert_eq!(sol.spent, total_cost(&plan, &sol.selected, &sol.spends));
            }
        }
    }
}

fn s_curve(id: &str, max: f64) -> Channel {
    Channel {
        id: id.into(),
        name: id.into(),
        min: 0,
        max: 400_000_000,
        response: Response::Hill {
            max,
            half_saturation: 150_000_000.0,
            shape: 4.0,
        },
    }
}

#[test]
fn s_curve_trap_concentrates_where_an_even_split_stalls() {
    // Two S-shaped channels and enough money to push only one past its
    // threshold: an even split leaves both in the flat part.
    let plan = Plan {
        name: "trap".into(),
        currency: "VND".into(),
        total_budget: 200_000_000,
        agency_margin_pct: 0.0,
        unit: Default::default(),
        items: vec![],
        channels: vec![s_curve("tiktok", 100.0), s_curve("youtube", 100.0)],
    };
    let sol = solve(&plan, 1_000_000);
    let even = objective(&plan, &[], &[100_000_000, 100_000_000]);
    // An even split leaves each channel below its threshold: 2 × 16.5.
    assert!((even - 2.0 * 100.0 / (1.0 + 1.5f64.powi(4))).abs() < 1e-9);
    // Everything on one channel is worth 76: more than twice as much.
    assert!(
        sol.objective > 2.0 * even,
        "solver {} vs even split {even}",
        sol.objective
    );
    assert_eq!(sol.spent, 200_000_000);
    assert_eq!(
        sol.spends[0].max(sol.spends[1]),
        200_000_000,
        "{:?}",
        sol.spends
    );
}

#[test]
fn shortfall_is_exact() {
    let plan = Plan {
        name: "short".into(),
        currency: "VND".into(),
        total_budget: 100_000_000,
        agency_margin_pct: 15.0,
        unit: Default::default(),
        items: vec![Item {
            id: "tvc".into(),
            name: "TVC".into(),
            cost: 90_000_000,
            priority: Priority::Must,
            value: 0.0,
        }],
        channels: vec![Channel {
            min: 5_000_001,
            ..s_curve("fb", 50.0)
        }],
    };
    let sol = solve(&plan, 1_000_000);
    assert!(!sol.feasible);
    let required = 95_000_001;
    let fixed = Plan {
        total_budget: plan.total_budget + sol.shortfall,
        ..plan.clone()
    };
    assert!(fixed.ceiling() >= required, "the shortfall is enough");
    let one_less = Plan {
        total_budget: fixed.total_budget - 1,
        ..plan.clone()
    };
    assert!(
        one_less.ceiling() < required,
        "and not one unit more than needed"
    );
    assert!(solve(&fixed, 1_000_000).feasible);
    assert_eq!(budget_for(&plan, required), fixed.total_budget);
    // When infeasible, the selection shown is the musts and the minimums.
    assert_eq!(sol.selected, vec![true]);
    assert_eq!(sol.spends, vec![5_000_001]);
}

#[test]
fn the_result_file_follows_the_format() {
    use suitcase_core::model::budget::read_plan;
    use suitcase_core::model::budget::result::BudgetResult;
    let plan = read_plan(
        r#"{"format":"suitcase/budget-plan","version":1,"name":"Tết 2027","currency":"VND",
        "total_budget":800000000,"agency_margin_pct":15,
        "items":[{"id":"tvc","name":"TVC","cost":250000000,"priority":"must"},
                 {"id":"kol","name":"KOLs","cost":90000000,"priority":"should","value":40},
                 {"id":"event","name":"Event","cost":150000000,"priority":"could","value":25}],
        "channels":[{"id":"facebook","name":"Facebook Ads","min":0,"max":400000000,
                     "response":{"type":"hill","max":120,"half_saturation":80000000,"shape":1.8}}]}"#,
    )
    .unwrap();
    let sol = solve(&plan, 1_000_000);
    let result = BudgetResult::new(&plan, &sol);
    let v: serde_json::Value = serde_json::from_str(&result.to_json()).unwrap();
    assert_eq!(v["format"], "suitcase/budget-result");
    assert_eq!(v["version"], 1);
    assert_eq!(v["plan"], "Tết 2027");
    assert_eq!(v["feasible"], true);
    assert_eq!(v["ceiling"], 680_000_000);
    assert_eq!(v["shortfall"], 0);
    let spent = v["spent"].as_i64().unwrap();
    assert!(spent <= 680_000_000);
    assert_eq!(v["agency_margin"].as_i64().unwrap(), 800_000_000 - spent);
    assert_eq!(
        v["items"][0],
        serde_json::json!({"id": "tvc", "selected": true, "cost": 250000000})
    );
    assert_eq!(v["channels"][0]["id"], "facebook");
    let items_cost: i64 = result
        .items
        .iter()
        .filter(|i| i.selected)
        .map(|i| i.cost)
        .sum();
    let media: i64 = result.channels.iter().map(|c| c.spend).sum();
    assert_eq!(items_cost + media, spent);
    let sum: f64 = result.channels.iter().map(|c| c.response).sum::<f64>()
        + result
            .items
            .iter()
            .zip(&plan.items)
            .filter(|(r, i)| r.selected && i.priority != Priority::Must)
            .map(|(_, i)| i.value)
            .sum::<f64>();
    assert!((sum - result.objective).abs() < 1e-9);
    // It reads back exactly.
    let back: BudgetResult = serde_json::from_str(&result.to_json()).unwrap();
    assert_eq!(back, result);
}

#[test]
fn a_local_optimizer_from_an_even_split_is_beaten_on_s_curves() {
    use suitcase_core::model::budget::local::local_split;
    // Three S-shaped channels; the money can push one or two past their
    // thresholds, but an even split starts all three in the flat part.
    let plan = Plan {
        name: "trap".into(),
        currency: "VND".into(),
        total_budget: 300_000_000,
        agency_margin_pct: 0.0,
        unit: Default::default(),
        items: vec![],
        channels: vec![
            s_curve("tiktok", 100.0),
            s_curve("youtube", 100.0),
            s_curve("ooh", 100.0),
        ],
    };
    let local = local_split(&plan, plan.ceiling());
    assert!(local.iter().sum::<i64>() <= plan.ceiling());
    let local_value = objective(&plan, &[], &local);
    let exact = solve(&plan, 1_000_000);
    assert!(
        exact.objective > local_value + 10.0,
        "exact {} vs local {local_value} ({local:?})",
        exact.objective
    );
    // And the exact answer is never worse than the local one, on any case.
    let mut rng = Rng(7);
    for _ in 0..50 {
        let p = Plan {
            items: vec![],
            ..random_plan(&mut rng)
        };
        let sol = solve(&p, 1);
        if sol.feasible {
            let l = local_split(&p, p.ceiling());
            if total_cost(&p, &[], &l) <= p.ceiling() {
                assert!(sol.objective + 1e-9 >= objective(&p, &[], &l));
            }
        }
    }
}

#[test]
fn the_fast_convolution_equals_the_plain_one() {
    use suitcase_core::model::budget::solve::{convolve, convolve_plain};
    let mut rng = Rng(2027);
    for case in 0..300 {
        let n = 1 + rng.upto(300) as usize;
        let k = 1 + rng.upto(400) as usize;
        // A budget table as the solver builds it: non-decreasing, sometimes
        // with impossible (−∞) small budgets.
        let floor = rng.upto(20) as usize;
        let mut acc = 0.0;
        let best: Vec<f64> = (0..n)
            .map(|b| {
                acc += rng.unit() * if rng.upto(3) == 0 { 10.0 } else { 0.5 };
                if b < floor {
                    f64::NEG_INFINITY
                } else {
                    acc
                }
            })
            .collect();
        let r = Response::Hill {
            max: 1.0 + rng.unit() * 200.0,
            half_saturation: 1.0 + rng.unit() * 300.0,
            shape: 0.3 + rng.unit() * 5.0,
        };
        let values: Vec<f64> = (0..k).map(|x| r.at(x as i64)).collect();
        let (fast, arg) = convolve(&best, &values);
        let (plain, _) = convolve_plain(&best, &values);
        for b in 0..n {
            let (f, p) = (fast[b], plain[b]);
            assert!(
                f == p || (f - p).abs() <= 1e-9 * p.abs().max(1.0),
                "case {case}, b {b}: fast {f} vs plain {p} ({r:?})"
            );
            if f.is_finite() {
                let a = arg[b] as usize;
                assert!(
                    a <= b && (best[b - a] + values[a] - f).abs() < 1e-9,
                    "case {case}: arg"
                );
            }
        }
    }
}

#[test]
fn the_what_if_curve_matches_solving_at_each_budget() {
    use suitcase_core::model::budget::solve::{default_step, frontier};
    let mut rng = Rng(0x5eed_f00d);
    for _ in 0..40 {
        let plan = random_plan(&mut rng);
        let step = 1;
        let points = frontier(&plan, step, plan.total_budget * 2, 25);
        for w in points.windows(2) {
            assert!(w[0].total_budget < w[1].total_budget);
            assert!(
                w[0].objective <= w[1].objective + 1e-9,
                "best never falls as budget grows"
            );
        }
        for p in &points {
            let mut at = plan.clone();
            at.total_budget = p.total_budget;
            let s = solve(&at, step);
            assert!(s.feasible);
            assert!(
                (s.objective - p.objective).abs() < 1e-6,
                "{} vs {}",
                s.objective,
                p.objective
            );
        }
        assert!(default_step(&plan) >= 1);
    }
}

#[test]
fn the_default_grid_is_one_million_for_two_billion_vnd() {
    use suitcase_core::model::budget::solve::default_step;
    let plan = Plan {
        name: "big".into(),
        currency: "VND".into(),
        total_budget: 2_000_000_000,
        agency_margin_pct: 15.0,
        unit: Default::default(),
        items: vec![],
        channels: vec![],
    };
    assert_eq!(default_step(&plan), 1_000_000);
    let small = Plan {
        total_budget: 50_000,
        currency: "USD".into(),
        ..plan
    };
    assert_eq!(default_step(&small), 50);
}
