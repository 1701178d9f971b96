//! The app's layers import only downwards:
//! core ← storage ← ui (and routes) ← pages ← app.
//!
//! `suitcase-core` is a crate of its own, so the compiler already keeps it
//! from reaching the app; this test reads the app's sources and fails when a
//! module imports a layer above its own (a storage module using the UI, a
//! page using the app shell), which is how import cycles start.
use std::path::{Path, PathBuf};

/// The layer of a top-level module of the app crate (`crate::<name>`).
fn layer_of_module(name: &str) -> Option<u8> {
    match name {
        "i18n" => Some(0),
        "storage" => Some(1),
        "routes" => Some(1),
        "ui" => Some(2),
        "pages" => Some(3),
        "app" => Some(4),
        _ => None,
    }
}

/// The layer a source file sits in, from its path under `src/`.
fn layer_of_file(rel: &Path) -> u8 {
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = first.trim_end_matches(".rs");
    match name {
        "lib" | "main" => 5,
        other => layer_of_module(other)
            .unwrap_or_else(|| panic!("src/{first}: no layer; add it to tests/layers.rs")),
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::<module>` a file names in code (comments left out).
fn imports(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            let tail = &rest[i + "crate::".len()..];
            let name: String = tail
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // `suitcase_core::` and other crates end in "crate" only by accident.
            let before = rest[..i].chars().last();
            if !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
                out.push((n + 1, name));
            }
            rest = tail;
        }
    }
    out
}

#[test]
fn no_module_imports_a_layer_above_its_own() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    assert!(files.len() > 20, "found only {} files", files.len());
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let own = layer_of_file(rel);
        let text = std::fs::read_to_string(file).unwrap();
        for (line, module) in imports(&text) {
            let Some(theirs) = layer_of_module(&module) else {
                wrong.push(format!(
                    "src/{}:{line}: crate::{module} has no layer",
                    rel.display()
                ));
                continue;
            };
            if theirs > own {
                wrong.push(format!(
                    "src/{}:{line}: imports crate::{module}",
                    rel.display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports that run back up:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn core_names_no_browser_crate() {
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("core/Cargo.toml"))
            .unwrap();
    let deps: Vec<&str> = manifest
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && l.contains('='))
        .map(|l| l.split('=').next().unwrap().trim())
        .collect();
    for browser in [
        "leptos",
        "leptos_router",
        "web-sys",
        "wasm-bindgen",
        "js-sys",
        "rexie",
        "gloo-storage",
        "gloo",
    ] {
        assert!(
            !deps.contains(&browser),
            "core/Cargo.toml depends on {browser}"
        );
    }
}
