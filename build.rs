//! Generates the `i18n` module from `locales/<lang>/<namespace>.json`
//! (leptos_i18n). A namespace is the first part of a key: `tr!(i18n, wizard.title)`
//! reads `title` from `locales/<lang>/wizard.json`.
use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR not set")?).join("i18n");
    // `interpolate_display` lets messages with values be built as plain strings
    // (attributes, error texts), not only as views.
    let options = ParseOptions::default().interpolate_display(true);
    let mut namespaces: Vec<String> = std::fs::read_dir("locales/en")?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    // The build script runs on the host, not in the wasm (clippy.toml's rule).
    #[allow(clippy::disallowed_methods)]
    namespaces.sort();
    println!("cargo::rerun-if-changed=locales/en");
    println!("cargo::rerun-if-changed=locales/vi");
    let cfg = Config::new("en")?
        .add_locale("vi")?
        .add_namespaces(&namespaces)?
        .parse_options(options);
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}
