//! The campaign timeline: pre-production, production, post-production, the
//! live period and the final report, derived from the brief's dates and then
//! freely edited.
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::brief::{Cause, Checker, Issue, WizardField as F};
use crate::model::text::{tx, Lang, Text};

/// Days given to the final report after the campaign ends.
pub const REPORT_DAYS: u64 = 14;

/// The kind of a phase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PhaseKind {
    #[default]
    PreProduction,
    Production,
    PostProduction,
    Live,
    Report,
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 5] = [
        PhaseKind::PreProduction,
        PhaseKind::Production,
        PhaseKind::PostProduction,
        PhaseKind::Live,
        PhaseKind::Report,
    ];

    pub fn label(self) -> Text {
        match self {
            PhaseKind::PreProduction => tx("Pre-production", "Tiền kỳ"),
            PhaseKind::Production => tx("Production", "Sản xuất"),
            PhaseKind::PostProduction => tx("Post-production", "Hậu kỳ"),
            PhaseKind::Live => tx("Campaign live", "Chạy chiến dịch"),
            PhaseKind::Report => tx("Report & wrap-up", "Báo cáo & tổng kết"),
        }
    }
}

/// One phase of the timeline (both dates included).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Phase {
    pub kind: PhaseKind,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub note: String,
}

impl Phase {
    /// The phase's name in `lang`.
    pub fn label(&self, lang: Lang) -> &'static str {
        self.kind.label().get(lang)
    }
}

/// Why a timeline cannot be derived.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TimelineError {
    #[error("the campaign ends before it starts")]
    EndBeforeStart,
    #[error("work must start at least 3 days before the campaign ({days} given)")]
    TooLittlePrep { days: i64 },
    #[error("a date is out of range")]
    OutOfRange,
}

fn add(d: NaiveDate, n: u64) -> Result<NaiveDate, TimelineError> {
    d.checked_add_days(Days::new(n))
        .ok_or(TimelineError::OutOfRange)
}

/// The five phases from `kickoff` (when work starts, e.g. the day after the
/// client accepts) to the campaign's `start` and `end`: the preparation
/// window is split 40 % pre-production, 40 % production, 20 %
/// post-production (at least a day each); the campaign is live from `start`
/// to `end`; the report takes the [`REPORT_DAYS`] after.
pub fn derive_phases(
    kickoff: NaiveDate,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<Vec<Phase>, TimelineError> {
    if end < start {
        return Err(TimelineError::EndBeforeStart);
    }
    let prep = (start - kickoff).num_days();
    if prep < 3 {
        return Err(TimelineError::TooLittlePrep { days: prep });
    }
    let prep = prep as u64;
    let pre = (prep * 2 / 5).max(1);
    let prod = (prep * 2 / 5).max(1);
    let post = prep - pre - prod; // ≥ 1 since prep ≥ 3
    let mut phases = Vec::new();
    let mut from = kickoff;
    for (kind, days) in [
        (PhaseKind::PreProduction, pre),
        (PhaseKind::Production, prod),
        (PhaseKind::PostProduction, post),
    ] {
        let to = add(from, days - 1)?;
        phases.push(Phase {
            kind,
            start: Some(from),
            end: Some(to),
            note: String::new(),
        });
        from = add(to, 1)?;
    }
    phases.push(Phase {
        kind: PhaseKind::Live,
        start: Some(start),
        end: Some(end),
        note: String::new(),
    });
    let report_start = add(end, 1)?;
    phases.push(Phase {
        kind: PhaseKind::Report,
        start: Some(report_start),
        end: Some(add(report_start, REPORT_DAYS - 1)?),
        note: String::new(),
    });
    Ok(phases)
}

/// Checks a (possibly edited) timeline: every phase dated, no phase ending
/// before it starts, phases in order, and the live phase inside the
/// campaign dates when those are known.
pub fn validate_phases(
    phases: &[Phase],
    campaign: (Option<NaiveDate>, Option<NaiveDate>),
) -> Vec<Issue> {
    let mut c = Checker::default();
    c.list(F::Phases, phases, true);
    let mut prev_start: Option<NaiveDate> = None;
    for (i, p) in phases.iter().enumerate() {
        c.text(F::PhaseNote(i), &p.note, false);
        match (p.start, p.end) {
            (None, _) => c.push(F::PhaseStart(i), Cause::Missing),
            (_, None) => c.push(F::PhaseEnd(i), Cause::Missing),
            (Some(s), Some(e)) => {
                if e < s {
                    c.push(F::PhaseEnd(i), Cause::EndBeforeStart);
                }
                if prev_start.is_some_and(|ps| s < ps) {
                    c.push(F::PhaseStart(i), Cause::OutOfOrder);
                }
                prev_start = Some(s);
                if p.kind == PhaseKind::Live {
                    if let (Some(cs), Some(ce)) = campaign {
                        if s < cs || e > ce {
                            c.push(F::PhaseStart(i), Cause::OutsideCampaign);
                        }
                    }
                }
            }
        }
    }
    c.issues
}
