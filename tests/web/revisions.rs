//! Revisions always move forward, actions run once, writes are durable:
//! the storage layer against real IndexedDB, with two connections to one
//! database standing for two tabs.
// Tests are not in the wasm: the standard sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use chrono::{Duration, Utc};
use wasm_bindgen_test::*;

use suitcase::storage::backup;
use suitcase::storage::db::{OnEvent, Storage};
use suitcase::storage::{Repo, StorageError};
use suitcase_core::formats::record::Record;
use suitcase_core::model::client::Client;
use suitcase_core::model::reports::wip::jobs_from_next_steps;
use suitcase_core::model::reports::{ContactReport, NextStep, WipJob};

#[path = "util.rs"]
mod util;
use util::{client, futures_join};

wasm_bindgen_test_configure!(run_in_browser);

fn quiet() -> OnEvent {
    Rc::new(|_| {})
}

fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", js_sys::Math::random().to_bits())
}

/// Two tabs: two connections to one new database.
async fn two_tabs(prefix: &str) -> (Storage, Storage) {
    let name = unique(prefix);
    let a = Storage::open_named(&name, quiet())
        .await
        .expect("tab A opens");
    let b = Storage::open_named(&name, quiet())
        .await
        .expect("tab B opens");
    (a, b)
}

/// A backup of `storage` whose client `id` is renamed `name` and dated
/// `updated_at`, keeping the revision it had (finding 1 of issue 15) unless
/// `rev` is given.
async fn edited_backup(
    storage: &Storage,
    id: &str,
    name: &str,
    updated_at: chrono::DateTime<Utc>,
    rev: Option<u32>,
) -> String {
    let (text, _) = backup::export(storage).await.unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let clients = v["stores"]["clients"].as_array_mut().unwrap();
    let entry = clients
        .iter_mut()
        .find(|e| e["record"]["id"] == id)
        .expect("the backup holds the client");
    entry["record"]["data"]["name"] = name.into();
    entry["record"]["updated_at"] = suitcase_core::formats::record::timestamp(updated_at).into();
    if let Some(rev) = rev {
        entry["record"]["rev"] = rev.into();
    }
    v.to_string()
}

#[wasm_bindgen_test]
async fn an_import_moves_the_revision_past_the_stored_one_and_the_files() {
    let (a, b) = two_tabs("rev-import").await;
    let repo_a: Repo<Client> = Repo::new(a.clone());
    let v1 = repo_a.save(&client("c1", "Bánh mì")).await.unwrap();
    let v2 = repo_a
        .save(&Record {
            data: Client {
                name: "Bánh mì Hội An".into(),
                ..v1.data.clone()
            },
            ..v1.clone()
        })
        .await
        .unwrap();
    assert_eq!(v2.rev, 2);
    // Tab B exports, edits the name, keeps rev 2, imports.
    let text = edited_backup(
        &b,
        "c1",
        "Imported",
        Utc::now() + Duration::seconds(5),
        None,
    )
    .await;
    let sum = backup::import(&b, &text).await.unwrap();
    assert_eq!((sum.added, sum.updated, sum.kept), (0, 1, 0));
    let stored = Repo::<Client>::new(b.clone()).get("c1").await.unwrap();
    assert_eq!(stored.rev, 3, "max(stored 2, file 2) + 1");
    assert_eq!(stored.data.name, "Imported");

    // Tab A still edits version 2: its save is refused, the import stays.
    let mut stale = v2.clone();
    stale.data.name = "Tab A's edit".into();
    assert_eq!(
        repo_a.save(&stale).await,
        Err(StorageError::Conflict { stored: 3 })
    );
    assert_eq!(repo_a.get("c1").await.unwrap().data.name, "Imported");

    // A file with a higher revision than stored: one past the file's.
    let text = edited_backup(
        &b,
        "c1",
        "Again",
        Utc::now() + Duration::seconds(10),
        Some(9),
    )
    .await;
    let sum = backup::import(&b, &text).await.unwrap();
    assert_eq!(sum.updated, 1);
    let stored = repo_a.get("c1").await.unwrap();
    assert_eq!((stored.rev, stored.data.name.as_str()), (10, "Again"));
}

#[wasm_bindgen_test]
async fn undo_of_a_delete_never_overwrites_a_newer_version() {
    let (a, b) = two_tabs("rev-undo").await;
    let repo_a: Repo<Client> = Repo::new(a.clone());
    repo_a.save(&client("c1", "Old text")).await.unwrap();
    let text = edited_backup(
        &b,
        "c1",
        "Newer text",
        Utc::now() + Duration::seconds(5),
        None,
    )
    .await;
    // Tab A deletes (Undo offered); tab B imports the newer version.
    let deleted = repo_a.delete("c1").await.unwrap();
    let sum = backup::import(&b, &text).await.unwrap();
    assert_eq!(sum.added, 1);
    // Tab A's Undo is refused: the newer version stays.
    assert!(matches!(
        repo_a.restore(&deleted).await,
        Err(StorageError::Conflict { .. })
    ));
    assert_eq!(repo_a.get("c1").await.unwrap().data.name, "Newer text");

    // With nothing stored in between, Undo works, one revision on.
    let deleted = repo_a.delete("c1").await.unwrap();
    let back = repo_a.restore(&deleted).await.unwrap();
    assert_eq!(back.rev, deleted.rev + 1);
    assert_eq!(repo_a.get("c1").await.unwrap(), back);
}

#[wasm_bindgen_test]
async fn a_save_of_a_record_deleted_in_another_tab_says_deleted() {
    let (a, b) = two_tabs("rev-deleted").await;
    let repo_a: Repo<Client> = Repo::new(a);
    let repo_b: Repo<Client> = Repo::new(b);
    let v1 = repo_a.save(&client("c1", "Here")).await.unwrap();
    repo_b.delete("c1").await.unwrap();
    let mut edit = v1.clone();
    edit.data.name = "Edited".into();
    assert_eq!(repo_a.save(&edit).await, Err(StorageError::Deleted));
    assert_eq!(repo_a.get("c1").await, Err(StorageError::NotFound));
}

#[wasm_bindgen_test]
async fn next_steps_become_jobs_once_however_often_at_once() {
    let (a, b) = two_tabs("jobs-once").await;
    let report = ContactReport {
        client_id: "c1".into(),
        subject: "Tết campaign kick-off".into(),
        next_steps: vec![
            NextStep {
                action: "Send the brief".into(),
                owner: "Lan".into(),
                due: None,
            },
            NextStep {
                action: "Book the studio".into(),
                owner: "Minh".into(),
                due: None,
            },
        ],
        ..Default::default()
    };
    let run = |s: Storage| {
        let report = report.clone();
        async move {
            Repo::<WipJob>::new(s)
                .add_missing(|stored| {
                    let existing: Vec<WipJob> = stored.iter().map(|r| r.data.clone()).collect();
                    jobs_from_next_steps(&report, "r1", &existing, Utc::now())
                })
                .await
                .map(|v| v.len())
        }
    };
    // A double click in one tab, and the same in another tab at once.
    let (x, y) = futures_join(run(a.clone()), run(a.clone())).await;
    let (z, w) = futures_join(run(a.clone()), run(b.clone())).await;
    let mut added = [x.unwrap(), y.unwrap(), z.unwrap(), w.unwrap()];
    added.sort();
    assert_eq!(added, [0, 0, 0, 2], "one run adds both, the others none");
    let jobs = Repo::<WipJob>::new(b).list().await.unwrap();
    assert_eq!(jobs.len(), 2);
    assert!(jobs.iter().all(|j| j.rev == 1));
}

#[wasm_bindgen_test]
async fn writes_ask_for_strict_durability() {
    let (a, _b) = two_tabs("durable").await;
    let tx = a.write_tx(&["clients"]).unwrap();
    // Chromium knows the option (since version 83) and keeps it.
    assert_eq!(tx.durability().as_deref(), Some("strict"));
    a.commit(tx).await.unwrap();
}

/// A small deterministic random source (a linear congruential generator).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// One tab in the replay: its connection, the version of the record it
/// shows (and would save over), and a deleted record it offers to undo.
struct Tab {
    storage: Storage,
    shown: Option<Record<Client>>,
    undo: Option<Record<Client>>,
}

/// The record as stored, read through a fresh transaction.
async fn stored(s: &Storage) -> Option<Record<Client>> {
    match Repo::<Client>::new(s.clone()).get("c1").await {
        Ok(r) => Some(r),
        Err(StorageError::NotFound) => None,
        Err(e) => panic!("read failed: {e:?}"),
    }
}

/// Replays seeded random interleavings of save, import, delete, undo and
/// reload across two tabs. After every step the stored record is the last
/// acknowledged write; a save succeeds exactly when its tab shows the
/// stored version, and an undo only when nothing is stored: no write is
/// ever made over a version its tab did not see, so no acknowledged write
/// is lost.
#[wasm_bindgen_test]
async fn random_interleavings_across_two_tabs_lose_no_acknowledged_write() {
    const SEQUENCES: u64 = 48;
    const STEPS: u32 = 30;
    let mut counts = [0u32; 5]; // save, import, delete, undo, reload
    let mut refused = 0u32;
    for seed in 0..SEQUENCES {
        let mut rng = Lcg(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) + 1);
        let (a, b) = two_tabs(&format!("replay-{seed}")).await;
        let first = Repo::<Client>::new(a.clone())
            .save(&client("c1", &format!("s{seed}-0")))
            .await
            .unwrap();
        // The last acknowledged write: what must be stored now.
        let mut truth: Option<Record<Client>> = Some(first.clone());
        let mut tabs = [
            Tab {
                storage: a,
                shown: Some(first.clone()),
                undo: None,
            },
            Tab {
                storage: b,
                shown: Some(first),
                undo: None,
            },
        ];
        let mut file_time = Utc::now() + Duration::days(1);
        for step in 1..=STEPS {
            let t = rng.below(2) as usize;
            let token = format!("s{seed}-{step}");
            let before = stored(&tabs[t].storage).await;
            assert_eq!(
                before, truth,
                "seed {seed} step {step}: stored = last write"
            );
            let repo = Repo::<Client>::new(tabs[t].storage.clone());
            match rng.below(5) {
                0 => {
                    let Some(mut edit) = tabs[t].shown.clone() else {
                        continue;
                    };
                    counts[0] += 1;
                    edit.data.name = token;
                    let fresh = before.as_ref() == tabs[t].shown.as_ref();
                    match repo.save(&edit).await {
                        Ok(saved) => {
                            assert!(
                                fresh,
                                "seed {seed} step {step}: saved over an unseen version"
                            );
                            assert!(saved.rev > before.as_ref().map_or(0, |r| r.rev));
                            tabs[t].shown = Some(saved.clone());
                            truth = Some(saved);
                        }
                        Err(StorageError::Conflict { .. }) | Err(StorageError::Deleted) => {
                            assert!(!fresh, "seed {seed} step {step}: a fresh save refused");
                            refused += 1;
                        }
                        Err(e) => panic!("seed {seed} step {step}: {e:?}"),
                    }
                }
                1 => {
                    counts[1] += 1;
                    // A backup taken at the start, edited and dated later
                    // than anything stored, keeping the file's revision 1.
                    file_time += Duration::seconds(1);
                    let mut rec = client("c1", &token);
                    rec.rev = 1;
                    rec.updated_at = file_time;
                    let text = backup_of(&rec);
                    let sum = backup::import(&tabs[t].storage, &text).await.unwrap();
                    assert_eq!(sum.added + sum.updated, 1, "seed {seed} step {step}");
                    let now = stored(&tabs[t].storage).await.unwrap();
                    assert_eq!(now.data.name, token);
                    assert!(now.rev > before.as_ref().map_or(1, |r| r.rev.max(1)));
                    truth = Some(now);
                }
                2 => {
                    if tabs[t].shown.is_none() {
                        continue;
                    }
                    counts[2] += 1;
                    match repo.delete("c1").await {
                        Ok(old) => {
                            assert_eq!(Some(&old), before.as_ref());
                            tabs[t].undo = Some(old);
                            tabs[t].shown = None;
                            truth = None;
                        }
                        Err(StorageError::NotFound) => assert!(before.is_none()),
                        Err(e) => panic!("seed {seed} step {step}: {e:?}"),
                    }
                }
                3 => {
                    let Some(old) = tabs[t].undo.take() else {
                        continue;
                    };
                    counts[3] += 1;
                    match repo.restore(&old).await {
                        Ok(back) => {
                            assert!(
                                before.is_none(),
                                "seed {seed} step {step}: undo over a newer version"
                            );
                            assert_eq!(back.data, old.data);
                            tabs[t].shown = Some(back.clone());
                            truth = Some(back);
                        }
                        Err(StorageError::Conflict { .. }) => {
                            assert!(before.is_some());
                            refused += 1;
                        }
                        Err(e) => panic!("seed {seed} step {step}: {e:?}"),
                    }
                }
                _ => {
                    counts[4] += 1;
                    // A page reload: a new connection, the stored version.
                    let name = tabs[t].storage.name().to_string();
                    tabs[t].storage.close();
                    tabs[t].storage = Storage::open_named(&name, quiet()).await.unwrap();
                    tabs[t].shown = stored(&tabs[t].storage).await;
                }
            }
        }
        assert_eq!(stored(&tabs[0].storage).await, truth, "seed {seed}: end");
        for tab in &tabs {
            tab.storage.close();
        }
    }
    web_sys::console::log_1(
        &format!(
            "replayed {SEQUENCES} interleavings x {STEPS} steps: saves {}, imports {}, deletes {}, undos {}, reloads {}; {refused} stale writes refused",
            counts[0], counts[1], counts[2], counts[3], counts[4]
        )
        .into(),
    );
    assert!(refused > 0, "the replay reached conflicts");
}

/// A backup file holding just `rec`.
fn backup_of(rec: &Record<Client>) -> String {
    let row = suitcase_core::formats::record::Row::from_record(rec).unwrap();
    suitcase_core::formats::backup::build(
        &[(
            suitcase_core::formats::record::StoreName::Clients,
            vec![row],
        )],
        Utc::now(),
        "test",
    )
    .unwrap()
}
