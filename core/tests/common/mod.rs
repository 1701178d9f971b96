//! Fixtures shared by more than one test file (`mod common;`).
use chrono::{NaiveDate, NaiveTime};
use suitcase_core::model::reports::{Agreement, Attendee, ContactReport, NextStep};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A complete contact report in Vietnamese and English, with emoji.
pub fn good_report() -> ContactReport {
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
