//! The synthetic plans the solver benchmarks share (native and browser).
use suitcase_core::model::budget::plan::{Channel, Item, Plan, Priority, Response};

/// A plan of `channels` media lines (curves from concave to S-shaped) and
/// `items` deliverables, every tenth a must.
pub fn plan(channels: usize, items: usize, total: i64) -> Plan {
    Plan {
        name: "bench".into(),
        currency: "VND".into(),
        total_budget: total,
        agency_margin_pct: 15.0,
        unit: Default::default(),
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
