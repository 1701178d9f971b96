//! Sent versions: each time a proposal is sent it is frozen as a
//! [`Version`], and two versions (or a version and the draft) can be compared
//! section by section and line by line.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::coverage::SectionId;
use super::ideas::Idea;
use super::pricing::LineItem;
use super::Proposal;

/// A proposal as it was sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Version {
    /// 1 for the first send, then 2, 3…
    pub number: u32,
    pub sent_on: Option<NaiveDate>,
    pub proposal: Proposal,
    /// The ideas the proposal showed, as they were then.
    pub ideas: Vec<Idea>,
    /// The client document exactly as it was sent (what share links carry
    /// and what a client's reply is checked against). None for versions
    /// sent before Suitcase kept it.
    pub client: Option<super::client::ClientProposal>,
    /// The secret that seals the client's reply to this version
    /// (base64url); it travels only inside the share link.
    pub reply_key: String,
    /// The client's verified answer to this version.
    pub reply: Option<super::client::Reply>,
}

/// How a pricing line changed between two versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum LineChange {
    Added { line: LineItem },
    Removed { line: LineItem },
    Changed { old: LineItem, new: LineItem },
}

/// What changed from one version to the next.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct VersionDiff {
    /// Sections whose content differs, in document order.
    pub sections: Vec<SectionId>,
    /// Pricing lines added, removed or changed (matched by id).
    pub lines: Vec<LineChange>,
    /// Totals before and after (None when a side cannot be totalled).
    pub total_old: Option<i64>,
    pub total_new: Option<i64>,
}

impl VersionDiff {
    pub fn is_empty(&self) -> bool {
        self.sections.is_empty() && self.lines.is_empty()
    }
}

/// Ideas shown by a proposal, by its chosen ids (missing ones skipped).
pub(crate) fn shown_ideas(p: &Proposal, ideas: &[Idea]) -> Vec<Idea> {
    p.idea_ids
        .iter()
        .filter_map(|id| ideas.iter().find(|i| &i.id == id).cloned())
        .collect()
}

/// Compares `old` with `new` (either may be the current draft).
pub fn compare(old: &Version, new: &Version) -> VersionDiff {
    let (a, b) = (&old.proposal, &new.proposal);
    let mut sections = Vec::new();
    for s in SectionId::ALL {
        let changed = match s {
            SectionId::Cover => {
                (
                    &a.title,
                    &a.subtitle,
                    &a.prepared_by,
                    a.date,
                    &a.number,
                    a.valid_until,
                ) != (
                    &b.title,
                    &b.subtitle,
                    &b.prepared_by,
                    b.date,
                    &b.number,
                    b.valid_until,
                )
            }
            SectionId::Understanding => a.understanding != b.understanding,
            SectionId::Strategy => a.strategy != b.strategy,
            SectionId::Ideas => shown_ideas(a, &old.ideas) != shown_ideas(b, &new.ideas),
            SectionId::Recommendation => {
                (&a.recommended_idea, &a.recommendation) != (&b.recommended_idea, &b.recommendation)
            }
            SectionId::Deliverables => a.deliverables != b.deliverables,
            SectionId::Pricing => a.pricing != b.pricing,
            SectionId::Timeline => a.phases != b.phases,
            SectionId::Kpis => a.kpis != b.kpis,
            SectionId::NextSteps => a.next_steps != b.next_steps,
            SectionId::Terms => a.terms != b.terms,
        };
        if changed {
            sections.push(s);
        }
    }
    let mut lines = Vec::new();
    for l in &a.pricing.lines {
        match b.pricing.lines.iter().find(|n| n.id == l.id) {
            None => lines.push(LineChange::Removed { line: l.clone() }),
            Some(n) if n != l => lines.push(LineChange::Changed {
                old: l.clone(),
                new: n.clone(),
            }),
            Some(_) => {}
        }
    }
    for n in &b.pricing.lines {
        if !a.pricing.lines.iter().any(|l| l.id == n.id) {
            lines.push(LineChange::Added { line: n.clone() });
        }
    }
    VersionDiff {
        sections,
        lines,
        total_old: a.pricing.totals().ok().map(|t| t.total),
        total_new: b.pricing.totals().ok().map(|t| t.total),
    }
}
