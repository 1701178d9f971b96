//! Browser benchmark of the storage layer with 10,000 records (run by
//! `make bench`; it measures and prints, it asserts nothing about time).
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use chrono::Utc;
use wasm_bindgen_test::*;

use suitcase::storage::backup;
use suitcase::storage::db::Storage;
use suitcase::storage::{js, Repo};
use suitcase_core::formats::record::{Record, Row};
use suitcase_core::model::client::Client;

wasm_bindgen_test_configure!(run_in_browser);

const N: usize = 10_000;

fn now_ms() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

#[wasm_bindgen_test]
async fn ten_thousand_records() {
    let name = format!("bench-{}", js_sys::Math::random().to_bits());
    let t = now_ms();
    let s = Storage::open_named(&name, Rc::new(|_| {})).await.unwrap();
    let open_empty = now_ms() - t;

    // Write 10,000 clients in one transaction.
    let rows: Vec<Row> = (0..N)
        .map(|i| {
            let mut r = Record::new(
                format!("c{i:05}"),
                Client {
                    name: format!("Khách hàng số {i} — Trà sữa Mây"),
                    industry: "F&B".into(),
                    notes: "Ghi chú ".repeat(20),
                    ..Default::default()
                },
                Utc::now(),
            );
            r.rev = 1;
            Row::from_record(&r).unwrap()
        })
        .collect();
    let t = now_ms();
    let tx = s
        .tx(&["clients"], rexie::TransactionMode::ReadWrite)
        .unwrap();
    tx.store("clients")
        .unwrap()
        .put_all(rows.iter().map(|r| (js::row_to_js(r), None)))
        .await
        .unwrap();
    tx.done().await.unwrap();
    let write_batch = now_ms() - t;
    s.close();

    // Start-up with 10,000 records: open (with the migration check), then
    // list every client as the list page would.
    let t = now_ms();
    let s = Storage::open_named(&name, Rc::new(|_| {})).await.unwrap();
    let open_full = now_ms() - t;
    let t = now_ms();
    let list = Repo::<Client>::new(s.clone()).list().await.unwrap();
    let list_all = now_ms() - t;
    assert_eq!(list.len(), N);
    let t = now_ms();
    let one = Repo::<Client>::new(s.clone()).get("c05000").await.unwrap();
    let get_one = now_ms() - t;
    assert_eq!(one.id, "c05000");

    let t = now_ms();
    let (text, count) = backup::export(&s).await.unwrap();
    let export = now_ms() - t;
    assert_eq!(count, N);
    let target = Storage::open_named(&format!("{name}-import"), Rc::new(|_| {}))
        .await
        .unwrap();
    let t = now_ms();
    let sum = backup::import(&target, &text).await.unwrap();
    let import = now_ms() - t;
    assert_eq!(sum.added, N);

    web_sys::console::log_1(
        &format!(
            "BENCH storage, {N} records ({:.1} MB backup): open empty {open_empty:.0} ms; \
             write in one transaction {write_batch:.0} ms; open with data {open_full:.0} ms; \
             list all {list_all:.0} ms; get one {get_one:.1} ms; export {export:.0} ms; \
             import {import:.0} ms",
            text.len() as f64 / 1e6
        )
        .into(),
    );
}
