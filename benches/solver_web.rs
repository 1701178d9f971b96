//! Browser benchmark of the budget solver (run by `make bench` in release
//! mode): the large case and a typical plan, in Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

#[path = "../core/benches/bench_plan.rs"]
mod bench_plan;

use bench_plan::plan;
use suitcase_core::model::budget::explain::explain;
use suitcase_core::model::budget::plan::Plan;
use suitcase_core::model::budget::{default_step, frontier, solve};

wasm_bindgen_test_configure!(run_in_browser);

fn time(label: &str, p: &Plan, runs: u32) {
    let perf = web_sys::window().unwrap().performance().unwrap();
    let t = perf.now();
    let mut objective = 0.0;
    for _ in 0..runs {
        objective = solve(p, 1_000_000).objective;
    }
    let ms = (perf.now() - t) / runs as f64;
    web_sys::console::log_1(&format!("BENCH solver in the browser, {label}: {ms:.2} ms per solve (objective {objective:.3}, mean of {runs})").into());
}

#[wasm_bindgen_test]
fn solver_speed() {
    time(
        "40 channels, 40 items, 2,000,000,000 VND, step 1,000,000",
        &plan(40, 40, 2_000_000_000),
        5,
    );
    time(
        "8 channels, 15 items, 800,000,000 VND, step 1,000,000",
        &plan(8, 15, 800_000_000),
        50,
    );
    // What one edit on the page costs: the plan and the what-if trial are
    // re-solved at once, on the app's own grid (500,000 VND here); the
    // explanations and the what-if curve follow 120 ms after typing stops.
    let typical = plan(8, 15, 800_000_000);
    let step = default_step(&typical);
    let perf = web_sys::window().unwrap().performance().unwrap();
    let runs = 50;
    let t = perf.now();
    for _ in 0..runs {
        let s = solve(&typical, step);
        let mut trial = typical.clone();
        trial.total_budget += step;
        let _ = solve(&trial, step);
        std::hint::black_box(s);
    }
    let edit = (perf.now() - t) / runs as f64;
    let sol = solve(&typical, step);
    let t = perf.now();
    for _ in 0..10 {
        std::hint::black_box(explain(&typical, &sol, step));
    }
    let ex = (perf.now() - t) / 10.0;
    let t = perf.now();
    for _ in 0..10 {
        std::hint::black_box(frontier(&typical, step, typical.total_budget * 2, 80));
    }
    let fr = (perf.now() - t) / 10.0;
    web_sys::console::log_1(&format!("BENCH typical plan as the page runs it (step {step}): one edit (plan + what-if trial) {edit:.2} ms; explanations {ex:.2} ms; what-if curve {fr:.2} ms").into());
}
