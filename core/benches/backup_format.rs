//! Native benchmark: building and reading a backup of 10,000 records.
use std::time::Instant;

use chrono::Utc;
use suitcase_core::formats::backup::{build, parse};
use suitcase_core::formats::record::{Record, Row, StoreName};
use suitcase_core::model::client::Client;

fn main() {
    const N: usize = 10_000;
    let rows: Vec<Row> = (0..N)
        .map(|i| {
            let mut r = Record::new(
                format!("c{i:05}"),
                Client {
                    name: format!("Khách hàng số {i}"),
                    notes: "Ghi chú ".repeat(20),
                    ..Default::default()
                },
                Utc::now(),
            );
            r.rev = 1;
            Row::from_record(&r).expect("row")
        })
        .collect();
    let stores = vec![(StoreName::Clients, rows)];
    let runs = 5;
    let t = Instant::now();
    let mut text = String::new();
    for _ in 0..runs {
        text = build(&stores, Utc::now(), "bench").expect("build");
    }
    let build_ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    let t = Instant::now();
    for _ in 0..runs {
        let parsed = parse(&text).expect("parse");
        assert_eq!(parsed[0].1.len(), N);
    }
    let parse_ms = t.elapsed().as_secs_f64() * 1000.0 / runs as f64;
    println!(
        "backup of {N} records ({:.1} MB): build {build_ms:.1} ms, parse and check {parse_ms:.1} ms (mean of {runs})",
        text.len() as f64 / 1e6
    );
}
