//! Both locales must have exactly the same keys, and no empty strings.
use serde_json::Value;
use std::collections::BTreeSet;

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
    let path = format!("{}/locales/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let v: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
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
    let read = |n: &str| -> Value {
        serde_json::from_str(
            &std::fs::read_to_string(format!("{}/locales/{n}.json", env!("CARGO_MANIFEST_DIR")))
                .unwrap(),
        )
        .unwrap()
    };
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
    let text =
        std::fs::read_to_string(format!("{}/locales/vi.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    // Diacritics that only Vietnamese uses appear throughout.
    for marker in ["ữ", "ề", "ộ", "ạ", "đ"] {
        assert!(text.contains(marker), "vi.json lacks {marker}");
    }
}
