//! Sample Word and Excel files for looking at by eye and for outside
//! checkers (python-docx, openpyxl, LibreOffice). Not run by default:
//!
//! `SAMPLE_DIR=/tmp/samples cargo test -p suitcase-core --test ooxml_samples -- --ignored`
mod common;

use base64::Engine;
use suitcase_core::docs::proposal::proposal_doc_from;
use suitcase_core::docs::{contact_report_doc_for, Doc};
use suitcase_core::formats::docx::to_docx;
use suitcase_core::formats::xlsx::xlsx;
use suitcase_core::model::budget::{presets::example_plan, solve, solve::default_step};
use suitcase_core::model::proposal::demo::demo;
use suitcase_core::model::proposal::Agency;
use suitcase_core::model::text::Lang;

use common::good_report;

const LOGO: &[u8] = include_bytes!("../../public/icons/icon-192.png");

/// Every sample: file name and bytes.
fn samples() -> Vec<(String, Vec<u8>)> {
    let agency = Agency {
        name: "Mây Creative <Agency> & Co".into(),
        logo: format!(
            "data:image/png;base64,{}",
            base64::engine::general_purpose::STANDARD.encode(LOGO)
        ),
        contact: "hello@example.org".into(),
    };
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Vi] {
        let tag = lang.tag();
        let doc: Doc = proposal_doc_from(&demo(lang), &agency, lang);
        out.push((format!("proposal-{tag}.docx"), to_docx(&doc).unwrap()));
        let doc = contact_report_doc_for(&good_report(), Some("Lumi Tea"), lang);
        out.push((format!("contact-{tag}.docx"), to_docx(&doc).unwrap()));
        let plan = example_plan(lang);
        let sol = solve(&plan, default_step(&plan));
        out.push((
            format!("budget-{tag}.xlsx"),
            xlsx(&plan, &sol, lang).unwrap(),
        ));
    }
    out
}

#[test]
#[ignore = "writes sample files for looking at"]
fn write_samples() {
    let dir = std::env::var("SAMPLE_DIR").unwrap_or_else(|_| "/tmp/samples".into());
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in samples() {
        std::fs::write(format!("{dir}/{name}"), bytes).unwrap();
    }
}
