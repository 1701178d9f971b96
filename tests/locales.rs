//! Both locales must have exactly the same keys, and no empty strings.
//!
//! A locale is a folder, `locales/<lang>/`, with one file per namespace
//! (`wizard.json` holds the `wizard.*` keys).
// Tests are not in the wasm: the standard sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// The text of every namespace file of `lang`, by namespace, in name order.
fn files(lang: &str) -> Vec<(String, String)> {
    let dir = format!("{}/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let ns = p.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p:?}: {e}"));
            (ns, text)
        })
        .collect();
    out.sort();
    out
}

/// The whole locale as one object: namespace to its keys.
fn read(lang: &str) -> Value {
    let mut all = Map::new();
    for (ns, text) in files(lang) {
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{lang}/{ns}: {e}"));
        all.insert(ns, v);
    }
    Value::Object(all)
}

fn keys(v: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    if let Value::Object(m) = v {
        for (k, child) in m {
            let p = if prefix.is_empty() {
                k.clone()
            } else {
                format!("{prefix}.{k}")
            };
            if child.is_object() {
                keys(child, &p, out);
            } else {
                assert!(
                    child.as_str().is_some_and(|s| !s.trim().is_empty()),
                    "{p} must be a non-empty string"
                );
                out.insert(p);
            }
        }
    }
}

fn load(name: &str) -> BTreeSet<String> {
    let v = read(name);
    let mut out = BTreeSet::new();
    keys(&v, "", &mut out);
    out
}

#[test]
fn english_and_vietnamese_have_the_same_keys() {
    let en = load("en");
    let vi = load("vi");
    let only_en: Vec<_> = en.difference(&vi).collect();
    let only_vi: Vec<_> = vi.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_vi.is_empty(),
        "only in en: {only_en:?}; only in vi: {only_vi:?}"
    );
    assert!(en.len() > 50);
}

#[test]
fn interpolations_match_between_locales() {
    fn walk(a: &Value, b: &Value, path: &str) {
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => {
                for (k, v) in x {
                    if let Some(w) = y.get(k) {
                        walk(v, w, &format!("{path}.{k}"));
                    }
                }
            }
            (Value::String(x), Value::String(y)) => {
                let vars = |s: &str| -> BTreeSet<String> {
                    s.split("{{")
                        .skip(1)
                        .filter_map(|p| p.split("}}").next())
                        .map(|v| v.trim().to_string())
                        .collect()
                };
                assert_eq!(vars(x), vars(y), "placeholders differ at {path}");
            }
            _ => {}
        }
    }
    walk(&read("en"), &read("vi"), "");
}

#[test]
fn vietnamese_is_actually_vietnamese() {
    let text: String = files("vi").into_iter().map(|(_, t)| t).collect();
    // Diacritics that only Vietnamese uses appear throughout.
    for marker in ["ữ", "ề", "ộ", "ạ", "đ"] {
        assert!(text.contains(marker), "vi.json lacks {marker}");
    }
}
