//! Coverage: which proposal section answers each objective, mandatory and
//! KPI of the brief. Before sending, [`uncovered`] lists what nothing answers.
use serde::{Deserialize, Serialize};

use crate::model::brief::Brief;
use crate::model::text::{tx, Text};

/// A section of the proposal, as a stable id (links and version compares).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionId {
    Cover,
    Understanding,
    Strategy,
    Ideas,
    Recommendation,
    Deliverables,
    Pricing,
    Timeline,
    Kpis,
    NextSteps,
    Terms,
}

impl SectionId {
    pub const ALL: [SectionId; 11] = [
        SectionId::Cover,
        SectionId::Understanding,
        SectionId::Strategy,
        SectionId::Ideas,
        SectionId::Recommendation,
        SectionId::Deliverables,
        SectionId::Pricing,
        SectionId::Timeline,
        SectionId::Kpis,
        SectionId::NextSteps,
        SectionId::Terms,
    ];

    /// The section's heading.
    pub fn label(self) -> Text {
        match self {
            SectionId::Cover => tx("Cover", "Trang bìa"),
            SectionId::Understanding => tx("Our understanding", "Chúng tôi hiểu brief"),
            SectionId::Strategy => tx("Strategy", "Chiến lược"),
            SectionId::Ideas => tx("Three ideas", "Ba ý tưởng"),
            SectionId::Recommendation => tx("Our recommendation", "Ý tưởng đề xuất"),
            SectionId::Deliverables => tx("Deliverables", "Hạng mục thực hiện"),
            SectionId::Pricing => tx("Pricing", "Báo giá"),
            SectionId::Timeline => tx("Timeline", "Tiến độ"),
            SectionId::Kpis => tx("KPIs", "KPI"),
            SectionId::NextSteps => tx("Next steps", "Bước tiếp theo"),
            SectionId::Terms => tx("Terms and conditions", "Điều khoản và điều kiện"),
        }
    }
}

/// The kind of brief item a link starts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Objective,
    Mandatory,
    Kpi,
}

/// "This brief item is answered by that section."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub kind: ItemKind,
    pub item_id: String,
    pub section: SectionId,
}

/// All links of a proposal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Coverage {
    pub links: Vec<Link>,
}

/// A brief item no section answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Uncovered {
    pub kind: ItemKind,
    pub item_id: String,
    /// The item's text (a KPI's metric), to show in the list.
    pub text: String,
}

impl Coverage {
    /// Links an item to a section (once).
    pub fn link(&mut self, kind: ItemKind, item_id: &str, section: SectionId) {
        let l = Link {
            kind,
            item_id: item_id.into(),
            section,
        };
        if !self.links.contains(&l) {
            self.links.push(l);
        }
    }

    /// Removes a link.
    pub fn unlink(&mut self, kind: ItemKind, item_id: &str, section: SectionId) {
        self.links
            .retain(|l| !(l.kind == kind && l.item_id == item_id && l.section == section));
    }

    /// The sections an item is linked to.
    pub fn sections_of(&self, kind: ItemKind, item_id: &str) -> Vec<SectionId> {
        self.links
            .iter()
            .filter(|l| l.kind == kind && l.item_id == item_id)
            .map(|l| l.section)
            .collect()
    }

    /// Drops links to items the brief no longer has.
    pub fn prune(&mut self, brief: &Brief) {
        self.links.retain(|l| exists(brief, l.kind, &l.item_id));
    }
}

fn exists(brief: &Brief, kind: ItemKind, id: &str) -> bool {
    match kind {
        ItemKind::Objective => brief.objectives.iter().any(|o| o.id == id),
        ItemKind::Mandatory => brief.mandatories.iter().any(|o| o.id == id),
        ItemKind::Kpi => brief.kpis.iter().any(|o| o.id == id),
    }
}

/// Every objective, mandatory and KPI of `brief` (blank ones skipped) that
/// no section answers, in brief order.
pub fn uncovered(brief: &Brief, coverage: &Coverage) -> Vec<Uncovered> {
    let items = brief
        .objectives
        .iter()
        .map(|o| (ItemKind::Objective, &o.id, &o.text))
        .chain(
            brief
                .mandatories
                .iter()
                .map(|m| (ItemKind::Mandatory, &m.id, &m.text)),
        )
        .chain(brief.kpis.iter().map(|k| (ItemKind::Kpi, &k.id, &k.metric)));
    items
        .filter(|(_, _, text)| !text.trim().is_empty())
        .filter(|(kind, id, _)| coverage.sections_of(*kind, id).is_empty())
        .map(|(kind, id, text)| Uncovered {
            kind,
            item_id: id.clone(),
            text: text.clone(),
        })
        .collect()
}
