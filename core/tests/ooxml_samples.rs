//! Sample Word and Excel files for looking at by eye and for outside
//! checkers (python-docx, openpyxl, LibreOffice). Not run by default:
//!
//! `SAMPLE_DIR=/tmp/samples cargo test -p suitcase-core --test ooxml_samples -- --ignored`
use base64::Engine;
use chrono::{NaiveDate, NaiveTime};
use suitcase_core::docs::proposal::proposal_doc_from;
use suitcase_core::docs::{contact_report_doc_for, Doc};
use suitcase_core::formats::docx::to_docx;
use suitcase_core::formats::xlsx::xlsx;
use suitcase_core::model::budget::{presets::example_plan, solve, solve::default_step};
use suitcase_core::model::proposal::demo::demo;
use suitcase_core::model::proposal::Agency;
use suitcase_core::model::reports::{Agreement, Attendee, ContactReport, NextStep};
use suitcase_core::model::text::Lang;

const LOGO: &[u8] = include_bytes!("../../public/icons/icon-192.png");

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn report() -> ContactReport {
    ContactReport {
        client_id: "client_lumi".into(),
        proposal_id: Some("prop-tet-2027".into()),
        subject: "Tết 2027 KV review 🧧".into(),
        date: Some(d(2026, 11, 20)),
        time: Some(NaiveTime::from_hms_opt(14, 0, 0).unwrap()),
        place: "Lumi Tea HQ, Quận 1".into(),
        prepared_by: "Trần Thu Hà (AE)".into(),
        client_attendees: vec![Attendee {
            name: "Nguyễn Văn An".into(),
            role: "Brand Manager".into(),
        }],
        agency_attendees: vec![
            Attendee {
                name: "Trần Thu Hà".into(),
                role: "Account Executive".into(),
            },
            Attendee {
                name: "Lê Minh".into(),
                role: "Creative Director".into(),
            },
        ],
        agenda: vec!["Key visual options".into(), "Media timing".into()],
        discussion: "Client prefers the warmer palette.\n\nOOH timing moves one week earlier."
            .into(),
        agreements: vec![Agreement {
            topic: "Key visual".into(),
            wording: "KV option B with the green bottle and the tagline 'Mát lành mỗi ngày'".into(),
            accepted_by: "Nguyễn Văn An".into(),
        }],
        next_steps: vec![
            NextStep {
                action: "Send revised KV option B".into(),
                owner: "Lê Minh".into(),
                due: Some(d(2026, 11, 25)),
            },
            NextStep {
                action: "Confirm OOH booking dates".into(),
                owner: "Trần Thu Hà".into(),
                due: Some(d(2026, 11, 27)),
            },
        ],
    }
}

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
        let doc = contact_report_doc_for(&report(), Some("Lumi Tea"), lang);
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
