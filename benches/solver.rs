//! Native benchmark of the budget solver: the large case (40
//! channels, 40 items, 2 billion VND at 1,000,000 granularity) and a typical
//! plan (8 channels, 15 items).
use std::time::Instant;

use suitcase::domain::budget::local::local_split;
use suitcase::domain::budget::plan::{Channel, Item, Plan, Priority, Response};
use suitcase::domain::budget::solve;
use suitcase::domain::budget::solve::objective;

fn plan(channels: usize, items: usize, total: i64) -> Plan {
    Plan {
        name: "bench".into(),
        currency: "VND".into(),
        total_budget: total,
        agency_margin_pct: 15.0,
        items: (0..items)
            .map(|i| Item {
                id: format!("i{i}"),
                name: format!("item {i}"),
                cost: (5 + (i as i64 * 7) % 40) * 1_000_000,
                priority: if i % 10 == 0 {
                    Priority::Must
                } else if i % 2 == 0 {
                    Priority::Should
                } else {
                    Priority::Could
                },
                value: (10 + (i * 13) % 50) as f64,
            })
            .collect(),
        channels: (0..channels)
            .map(|j| Channel {
                id: format!("c{j}"),
                name: format!("channel {j}"),
                min: 0,
                max: total / 2,
                response: Response::Hill {
                    max: 50.0 + (j * 17 % 100) as f64,
                    half_saturation: ((20 + j * 11 % 200) as f64) * 1_000_000.0,
                    shape: 0.6 + (j % 7) as f64 * 0.5,
                },
            })
            .collect(),
    }
}

fn time(label: &str, p: &Plan, step: i64, runs: u32) {
    let t = Instant::now();
    let mut objective = 0.0;
    for _ in 0..runs {
        objective = solve(p, step).objective;
    }
    let ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!("{label}: {ms:.2} ms per solve (objective {objective:.3}, mean of {runs})");
}

/// Exact solver vs the local optimizer from an even split, on S-shaped media.
fn compare(channels: usize, total: i64) {
    let mut p = plan(channels, 0, total);
    p.agency_margin_pct = 0.0;
    for (j, c) in p.channels.iter_mut().enumerate() {
        c.response = Response::Hill {
            max: 80.0 + (j * 29 % 60) as f64,
            half_saturation: total as f64 / channels as f64 * (1.2 + (j % 3) as f64 * 0.4),
            shape: 3.0 + (j % 4) as f64 * 0.5,
        };
    }
    let t = Instant::now();
    let exact = solve(&p, 1_000_000);
    let exact_ms = t.elapsed().as_secs_f64() * 1000.0;
    let t = Instant::now();
    let local = local_split(&p, p.ceiling());
    let local_ms = t.elapsed().as_secs_f64() * 1000.0;
    println!(
        "S-shaped, {channels} channels, {total} VND: exact objective {:.2} in {exact_ms:.2} ms; local optimizer from an even split {:.2} in {local_ms:.2} ms",
        exact.objective,
        objective(&p, &[], &local)
    );
}

fn main() {
    compare(3, 300_000_000);
    compare(8, 800_000_000);
    compare(20, 2_000_000_000);
    time(
        "40 channels, 40 items, 2,000,000,000 VND, step 1,000,000",
        &plan(40, 40, 2_000_000_000),
        1_000_000,
        3,
    );
    time(
        "8 channels, 15 items, 800,000,000 VND, step 1,000,000",
        &plan(8, 15, 800_000_000),
        1_000_000,
        20,
    );
}
