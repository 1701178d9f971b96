//! Browser benchmark of the budget solver (run by `make bench` in release
//! mode): the large case and a typical plan, in Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

#[path = "bench_plan.rs"]
mod bench_plan;

use bench_plan::plan;
use suitcase::domain::budget::plan::Plan;
use suitcase::domain::budget::solve;

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
}
