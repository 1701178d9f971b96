//! Native benchmark of the budget solver: the large case (40
//! channels, 40 items, 2 billion VND at 1,000,000 granularity) and a typical
//! plan (8 channels, 15 items).
use std::time::Instant;

use suitcase_core::model::budget::local::local_split;
#[path = "bench_plan.rs"]
mod bench_plan;

use bench_plan::plan;
use suitcase_core::model::budget::plan::{Plan, Response};
use suitcase_core::model::budget::solve;
use suitcase_core::model::budget::solve::{objective, solve_grid};

fn time(label: &str, p: &Plan, step: i64, runs: u32) {
    let t = Instant::now();
    let mut grid = 0.0;
    for _ in 0..runs {
        grid = solve_grid(p, step).objective;
    }
    let grid_ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let t = Instant::now();
    let mut objective = 0.0;
    for _ in 0..runs {
        objective = solve(p, step).objective;
    }
    let ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!(
        "{label}: {ms:.2} ms per solve with the refinement (objective {objective:.6}); grid alone {grid_ms:.2} ms (objective {grid:.6}); mean of {runs}"
    );
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
    let example = suitcase_core::model::budget::presets::example_plan(Default::default());
    time(
        "the worked example (5 channels, 4 items, 800,000,000 VND)",
        &example,
        suitcase_core::model::budget::default_step(&example),
        50,
    );
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
