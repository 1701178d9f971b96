//! Browser benchmark of the budget solver (run by `make bench` in release
//! mode): the large case and a typical plan, in Chromium.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

use suitcase::domain::budget::plan::{Channel, Item, Plan, Priority, Response};
use suitcase::domain::budget::solve;

wasm_bindgen_test_configure!(run_in_browser);

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
