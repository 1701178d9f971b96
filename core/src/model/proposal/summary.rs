//! What a list of proposals shows of each one.
//!
//! The wizard's list (and the toolkit's proposal picker) reads stored
//! proposals as [`ProposalSummary`]: serde
//! skips every field the list does not show, so the list's page carries the
//! reading code of these few fields instead of the whole proposal's (about
//! 100 KB of gzip on the wizard's first open, docs/perf/wasm-bytes.md §23).
//! The summary is only ever read, never written: a record is saved from
//! the whole [`ProposalRecord`](super::ProposalRecord).
use serde::Deserialize;

use super::{Status, Step};

/// A stored proposal as its list row shows it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ProposalSummary {
    pub brief: SummaryBrief,
    pub creative: SummaryCreative,
    pub proposal: SummaryProposal,
    pub status: Status,
    pub step: Step,
    pub archived: bool,
}

/// The brief's fields a list shows and searches.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SummaryBrief {
    pub client: String,
    /// The client record the proposal is linked to (empty when none).
    pub client_id: String,
    pub brand: String,
    pub industry: String,
}

/// The creative brief's field a list searches.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SummaryCreative {
    pub proposition: String,
}

/// The proposal's title.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SummaryProposal {
    pub title: String,
}

impl ProposalSummary {
    /// The name the proposal goes by in lists: its title, else its brand,
    /// else its client, else `untitled`.
    pub fn name(&self, untitled: &str) -> String {
        list_name(
            &self.proposal.title,
            &self.brief.brand,
            &self.brief.client,
            untitled,
        )
    }
}

/// The name a proposal goes by in lists, from its title, brand and client
/// (the first that is not blank), else `untitled`. One rule for a summary
/// and a whole proposal alike.
pub fn list_name(title: &str, brand: &str, client: &str, untitled: &str) -> String {
    [title.trim(), brand.trim(), client.trim()]
        .into_iter()
        .find(|s| !s.is_empty())
        .unwrap_or(untitled)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::record::{Record, Row};
    use crate::model::proposal::{demo::demo, ProposalRecord};
    use crate::model::text::Lang;
    use chrono::{TimeZone, Utc};

    #[test]
    fn a_stored_proposal_reads_as_its_summary() {
        let mut data = demo(Lang::Vi);
        data.status = Status::Sent;
        data.step = Step::Review;
        data.archived = true;
        data.creative.proposition = "Cà phê cho người bận rộn".into();
        data.brief.client_id = "c-7".into();
        let now = Utc.with_ymd_and_hms(2026, 12, 4, 9, 0, 0).unwrap();
        let mut rec = Record::new("p-1".into(), data.clone(), now);
        rec.rev = 4;
        let row = Row::from_record(&rec).unwrap();
        let read: Record<ProposalSummary> = row.decode().unwrap();
        assert_eq!(read.id, "p-1");
        assert_eq!(read.rev, 4);
        assert_eq!(read.updated_at, now);
        let s = read.data;
        assert_eq!(s.brief.client, data.brief.client);
        assert_eq!(s.brief.client_id, data.brief.client_id);
        assert_eq!(s.brief.brand, data.brief.brand);
        assert_eq!(s.brief.industry, data.brief.industry);
        assert_eq!(s.creative.proposition, "Cà phê cho người bận rộn");
        assert_eq!(s.proposal.title, data.proposal.title);
        assert_eq!(
            (s.status, s.step, s.archived),
            (Status::Sent, Step::Review, true)
        );
        assert!(
            !s.brief.client.is_empty() && !s.proposal.title.is_empty(),
            "the demo fills them in"
        );
    }

    #[test]
    fn an_empty_proposal_reads_as_an_empty_summary() {
        let rec = Record::new("p-2".into(), ProposalRecord::default(), Utc::now());
        let read: Record<ProposalSummary> = Row::from_record(&rec).unwrap().decode().unwrap();
        assert_eq!(read.data, ProposalSummary::default());
        assert_eq!(read.data.name("Untitled"), "Untitled");
    }

    #[test]
    fn the_name_falls_back_from_title_to_brand_to_client() {
        let mut s = ProposalSummary::default();
        s.brief.client = " Đất Việt ".into();
        assert_eq!(s.name("Untitled"), "Đất Việt");
        s.brief.brand = "Sáng".into();
        assert_eq!(s.name("Untitled"), "Sáng");
        s.proposal.title = "Tết 2027".into();
        assert_eq!(s.name("Untitled"), "Tết 2027");
    }
}
