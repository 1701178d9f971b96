//! Own words, enforced: no content string (career guide in both languages,
//! every value of `locales/*/*.json`) shares a run of 8 words with the
//! source articles. The repository keeps only hashed fingerprints of the
//! sources (`fixtures/seed_fingerprints.txt`, written by
//! `tools/fingerprints.py`); this test normalises each string exactly as that
//! script does (NFC, lower case, every character that is neither
//! alphanumeric nor whitespace becomes a space, split on whitespace, "anh
//! chị" counts as "bạn") and hashes every 8-word window with FNV-1a 64.
use std::collections::HashSet;
use std::path::Path;

use suitcase_core::model::career::all_texts;
use unicode_normalization::UnicodeNormalization;

const WINDOW: usize = 8;

fn words(text: &str) -> Vec<String> {
    let text: String = text.nfc().collect::<String>().to_lowercase();
    let spaced: String = text
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c.is_whitespace() {
                c
            } else {
                ' '
            }
        })
        .collect();
    let mut out: Vec<String> = Vec::new();
    for w in spaced.split_whitespace() {
        if w == "chị" && out.last().is_some_and(|l| l == "anh") {
            *out.last_mut().expect("checked") = "bạn".to_string();
        } else {
            out.push(w.to_string());
        }
    }
    out
}

fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The 8-word runs of `text` whose hash is a source fingerprint.
fn copied_runs(text: &str, sources: &HashSet<u64>) -> Vec<String> {
    let ws = words(text);
    ws.windows(WINDOW)
        .map(|w| w.join(" "))
        .filter(|run| sources.contains(&fnv1a64(run.as_bytes())))
        .collect()
}

fn fingerprints() -> HashSet<u64> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seed_fingerprints.txt");
    let text = std::fs::read_to_string(&path).expect("fingerprint file (tools/fingerprints.py)");
    let set: HashSet<u64> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| u64::from_str_radix(l, 16).expect("a hex fingerprint"))
        .collect();
    assert!(set.len() > 1000, "only {} fingerprints", set.len());
    set
}

/// Every string value of a JSON document, labelled by its path.
fn json_strings(label: &str, value: &serde_json::Value, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(s) => out.push((label.to_string(), s.clone())),
        serde_json::Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                json_strings(&format!("{label}[{i}]"), v, out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                json_strings(&format!("{label}.{k}"), v, out);
            }
        }
        _ => {}
    }
}

/// Every content string: the career guide (both languages) and the locales.
fn content() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (label, text) in all_texts() {
        out.push((format!("{label} (en)"), text.en.to_string()));
        out.push((format!("{label} (vi)"), text.vi.to_string()));
    }
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut files = 0;
    for lang in std::fs::read_dir(&locales).expect("locales/") {
        let lang = lang.expect("a locale dir").path();
        if !lang.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&lang).expect("a locale dir") {
            let file = file.expect("a locale file").path();
            if file.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&file).expect("readable JSON");
                let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
                let name = file
                    .strip_prefix(&locales)
                    .unwrap_or(&file)
                    .display()
                    .to_string();
                json_strings(&name, &value, &mut out);
                files += 1;
            }
        }
    }
    assert!(
        files >= 2,
        "no locale files read from {}",
        locales.display()
    );
    out
}

#[test]
fn no_content_string_shares_eight_words_with_the_sources() {
    let sources = fingerprints();
    let strings = content();
    assert!(strings.len() > 1500, "only {} strings read", strings.len());
    let copied: Vec<String> = strings
        .iter()
        .filter_map(|(label, text)| {
            let runs = copied_runs(text, &sources);
            (!runs.is_empty()).then(|| format!("{label}: {}", runs.join(" | ")))
        })
        .collect();
    assert!(
        copied.is_empty(),
        "{} strings share 8 words with the source articles; rewrite them in your own words:\n{}",
        copied.len(),
        copied.join("\n")
    );
}

#[test]
fn normalisation_matches_the_script() {
    // Punctuation splits words, case and composition do not matter, and the
    // pronoun pair "anh/chị" reads as "bạn" (as in tools/fingerprints.py).
    // "Chị" with its dot below as a separate combining mark (NFD).
    assert_eq!(words("Anh/Chi\u{323}"), ["bạn"]);
    assert_eq!(words("Lu\u{31b}o\u{31b}ng"), ["lương"]);
    assert_eq!(
        words("Anh/chị hãy KỂ lại — 1 lần!"),
        ["bạn", "hãy", "kể", "lại", "1", "lần"]
    );
    assert_eq!(words("anh chị"), words("bạn"));
    // FNV-1a 64 reference values.
    assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
}

#[test]
fn a_copied_sentence_is_caught() {
    // A sentence built from eight words of a fingerprint must be caught, in
    // any case and with "bạn" swapped for "anh/chị". The fingerprint is made
    // here from a made-up sentence so no source text enters the repository.
    let sentence = "Bạn hãy kể lại một lần xử lý";
    let set: HashSet<u64> = [fnv1a64(words(sentence).join(" ").as_bytes())].into();
    assert_eq!(
        copied_runs("ANH/CHỊ hãy kể lại một lần xử lý khiếu nại.", &set).len(),
        1
    );
    assert!(copied_runs("Kể về một lần bạn xử lý khiếu nại.", &set).is_empty());
}
