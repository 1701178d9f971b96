//! The fields of the wizard's record that its checks name: one variant per
//! field, with the row (0-based) where the field is in a list. Each step's
//! checks return [`Issue`](crate::check::Issue)s about these; the app words
//! them (`ui::check`) and shows each under its field.
use std::fmt;

use serde::{Deserialize, Serialize};

use super::Step;

/// A field of the proposal record (brief, decode, creative brief, ideas,
/// review, proposal with its pricing and timeline).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WizardField {
    // The client brief.
    Client,
    Brand,
    Industry,
    Background,
    /// The list of objectives (empty, too many).
    Objectives,
    /// An objective's id (duplicated).
    ObjectiveId(usize),
    /// An objective's wording.
    ObjectiveText(usize),
    /// An objective as a whole (no section answers it).
    Objective(usize),
    TargetAudience,
    KeyMessage,
    Mandatories,
    MandatoryId(usize),
    MandatoryText(usize),
    /// A mandatory as a whole (no section answers it).
    Mandatory(usize),
    Kpis,
    KpiId(usize),
    KpiMetric(usize),
    KpiTarget(usize),
    /// A KPI as a whole (no section answers it).
    Kpi(usize),
    BudgetAmount,
    BudgetCurrency,
    CampaignStart,
    CampaignEnd,
    Deadline,
    Competitors,
    Competitor(usize),
    Contacts,
    ContactName(usize),
    ContactRole(usize),
    ContactEmail(usize),
    ContactPhone(usize),
    // Decoding the brief.
    Problem,
    Insights,
    Insight(usize),
    Questions,
    QuestionId(usize),
    QuestionText(usize),
    QuestionAnswer(usize),
    DecodeNotes,
    // The creative brief.
    Proposition,
    ReasonToBelieve,
    Tone,
    CreativeDeliverables,
    CreativeDeliverable(usize),
    Channels,
    Channel(usize),
    // The brainstorm.
    /// The list of ideas (empty, too many, fewer than three).
    Ideas,
    IdeaId(usize),
    IdeaTitle(usize),
    IdeaDescription(usize),
    IdeaTag {
        idea: usize,
        tag: usize,
    },
    // The internal review.
    Criteria,
    /// A criterion's id (blank, too long, duplicated).
    CriterionId(usize),
    CriterionLabel(usize),
    /// A score as a whole (the same reviewer, idea and criterion twice).
    Score(usize),
    ScoreReviewer(usize),
    ScoreValue(usize),
    ScoreIdea(usize),
    ScoreCriterion(usize),
    /// An idea sent forward that does not exist.
    Forward(usize),
    /// The ideas going forward (fewer than three).
    Shortlist,
    // The proposal.
    Number,
    Title,
    Subtitle,
    PreparedBy,
    Understanding,
    Strategy,
    /// The ideas shown (fewer than three).
    ShownIdeas,
    ShownIdea(usize),
    RecommendedIdea,
    Recommendation,
    ProposalDeliverables,
    ProposalDeliverable(usize),
    ProposalKpis,
    ProposalKpiMetric(usize),
    ProposalKpiTarget(usize),
    NextSteps,
    NextStep(usize),
    Terms,
    ValidUntil,
    // The pricing.
    Currency,
    /// The pricing lines (none, too many, totals that overflow).
    Lines,
    LineId(usize),
    LineDescription(usize),
    LineGroup(usize),
    LineNote(usize),
    LineQty(usize),
    LineUnitPrice(usize),
    LineDiscount(usize),
    /// The payment schedule (shares not adding up to 100 %).
    Schedule,
    InstallmentId(usize),
    Milestone(usize),
    Share(usize),
    PaymentTerms,
    AgencyFee,
    Vat,
    /// The total (above the brief's budget).
    Total,
    // The timeline.
    Phases,
    PhaseNote(usize),
    PhaseStart(usize),
    PhaseEnd(usize),
}

impl WizardField {
    /// The step whose page holds the field.
    pub fn step(self) -> Step {
        use WizardField as F;
        match self {
            F::Client
            | F::Brand
            | F::Industry
            | F::Background
            | F::Objectives
            | F::ObjectiveId(_)
            | F::ObjectiveText(_)
            | F::Objective(_)
            | F::TargetAudience
            | F::KeyMessage
            | F::Mandatories
            | F::MandatoryId(_)
            | F::MandatoryText(_)
            | F::Mandatory(_)
            | F::Kpis
            | F::KpiId(_)
            | F::KpiMetric(_)
            | F::KpiTarget(_)
            | F::Kpi(_)
            | F::BudgetAmount
            | F::BudgetCurrency
            | F::CampaignStart
            | F::CampaignEnd
            | F::Deadline
            | F::Competitors
            | F::Competitor(_)
            | F::Contacts
            | F::ContactName(_)
            | F::ContactRole(_)
            | F::ContactEmail(_)
            | F::ContactPhone(_) => Step::Brief,
            F::Problem
            | F::Insights
            | F::Insight(_)
            | F::Questions
            | F::QuestionId(_)
            | F::QuestionText(_)
            | F::QuestionAnswer(_)
            | F::DecodeNotes => Step::Decode,
            F::Proposition
            | F::ReasonToBelieve
            | F::Tone
            | F::CreativeDeliverables
            | F::CreativeDeliverable(_)
            | F::Channels
            | F::Channel(_) => Step::Creative,
            F::Ideas
            | F::IdeaId(_)
            | F::IdeaTitle(_)
            | F::IdeaDescription(_)
            | F::IdeaTag { .. } => Step::Brainstorm,
            F::Criteria
            | F::CriterionId(_)
            | F::CriterionLabel(_)
            | F::Score(_)
            | F::ScoreReviewer(_)
            | F::ScoreValue(_)
            | F::ScoreIdea(_)
            | F::ScoreCriterion(_)
            | F::Forward(_)
            | F::Shortlist => Step::Review,
            F::Number
            | F::Title
            | F::Subtitle
            | F::PreparedBy
            | F::Understanding
            | F::Strategy
            | F::ShownIdeas
            | F::ShownIdea(_)
            | F::RecommendedIdea
            | F::Recommendation
            | F::ProposalDeliverables
            | F::ProposalDeliverable(_)
            | F::ProposalKpis
            | F::ProposalKpiMetric(_)
            | F::ProposalKpiTarget(_)
            | F::NextSteps
            | F::NextStep(_)
            | F::Terms
            | F::ValidUntil
            | F::Currency
            | F::Lines
            | F::LineId(_)
            | F::LineDescription(_)
            | F::LineGroup(_)
            | F::LineNote(_)
            | F::LineQty(_)
            | F::LineUnitPrice(_)
            | F::LineDiscount(_)
            | F::Schedule
            | F::InstallmentId(_)
            | F::Milestone(_)
            | F::Share(_)
            | F::PaymentTerms
            | F::AgencyFee
            | F::Vat
            | F::Total
            | F::Phases
            | F::PhaseNote(_)
            | F::PhaseStart(_)
            | F::PhaseEnd(_) => Step::Proposal,
        }
    }

    /// The row (0-based) of a field in a list; for a tag, its idea's.
    pub fn row(self) -> Option<usize> {
        use WizardField as F;
        match self {
            F::ObjectiveId(r)
            | F::ObjectiveText(r)
            | F::Objective(r)
            | F::MandatoryId(r)
            | F::MandatoryText(r)
            | F::Mandatory(r)
            | F::KpiId(r)
            | F::KpiMetric(r)
            | F::KpiTarget(r)
            | F::Kpi(r)
            | F::Competitor(r)
            | F::ContactName(r)
            | F::ContactRole(r)
            | F::ContactEmail(r)
            | F::ContactPhone(r)
            | F::Insight(r)
            | F::QuestionId(r)
            | F::QuestionText(r)
            | F::QuestionAnswer(r)
            | F::CreativeDeliverable(r)
            | F::Channel(r)
            | F::IdeaId(r)
            | F::IdeaTitle(r)
            | F::IdeaDescription(r)
            | F::IdeaTag { idea: r, .. }
            | F::CriterionId(r)
            | F::CriterionLabel(r)
            | F::Score(r)
            | F::ScoreReviewer(r)
            | F::ScoreValue(r)
            | F::ScoreIdea(r)
            | F::ScoreCriterion(r)
            | F::Forward(r)
            | F::ShownIdea(r)
            | F::ProposalDeliverable(r)
            | F::ProposalKpiMetric(r)
            | F::ProposalKpiTarget(r)
            | F::NextStep(r)
            | F::LineId(r)
            | F::LineDescription(r)
            | F::LineGroup(r)
            | F::LineNote(r)
            | F::LineQty(r)
            | F::LineUnitPrice(r)
            | F::LineDiscount(r)
            | F::InstallmentId(r)
            | F::Milestone(r)
            | F::Share(r)
            | F::PhaseNote(r)
            | F::PhaseStart(r)
            | F::PhaseEnd(r) => Some(r),
            _ => None,
        }
    }
}

/// The field's path in the record (`brief.objectives[2].text`), as the
/// record's JSON names it.
impl fmt::Display for WizardField {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use WizardField as F;
        match *self {
            F::Client => write!(f, "brief.client"),
            F::Brand => write!(f, "brief.brand"),
            F::Industry => write!(f, "brief.industry"),
            F::Background => write!(f, "brief.background"),
            F::Objectives => write!(f, "brief.objectives"),
            F::ObjectiveId(i) => write!(f, "brief.objectives[{i}].id"),
            F::ObjectiveText(i) => write!(f, "brief.objectives[{i}].text"),
            F::Objective(i) => write!(f, "brief.objectives[{i}]"),
            F::TargetAudience => write!(f, "brief.target_audience"),
            F::KeyMessage => write!(f, "brief.key_message"),
            F::Mandatories => write!(f, "brief.mandatories"),
            F::MandatoryId(i) => write!(f, "brief.mandatories[{i}].id"),
            F::MandatoryText(i) => write!(f, "brief.mandatories[{i}].text"),
            F::Mandatory(i) => write!(f, "brief.mandatories[{i}]"),
            F::Kpis => write!(f, "brief.kpis"),
            F::KpiId(i) => write!(f, "brief.kpis[{i}].id"),
            F::KpiMetric(i) => write!(f, "brief.kpis[{i}].metric"),
            F::KpiTarget(i) => write!(f, "brief.kpis[{i}].target"),
            F::Kpi(i) => write!(f, "brief.kpis[{i}]"),
            F::BudgetAmount => write!(f, "brief.budget.amount"),
            F::BudgetCurrency => write!(f, "brief.budget.currency"),
            F::CampaignStart => write!(f, "brief.campaign_start"),
            F::CampaignEnd => write!(f, "brief.campaign_end"),
            F::Deadline => write!(f, "brief.deadline"),
            F::Competitors => write!(f, "brief.competitors"),
            F::Competitor(i) => write!(f, "brief.competitors[{i}]"),
            F::Contacts => write!(f, "brief.contacts"),
            F::ContactName(i) => write!(f, "brief.contacts[{i}].name"),
            F::ContactRole(i) => write!(f, "brief.contacts[{i}].role"),
            F::ContactEmail(i) => write!(f, "brief.contacts[{i}].email"),
            F::ContactPhone(i) => write!(f, "brief.contacts[{i}].phone"),
            F::Problem => write!(f, "decode.problem"),
            F::Insights => write!(f, "decode.insights"),
            F::Insight(i) => write!(f, "decode.insights[{i}]"),
            F::Questions => write!(f, "decode.questions"),
            F::QuestionId(i) => write!(f, "decode.questions[{i}].id"),
            F::QuestionText(i) => write!(f, "decode.questions[{i}].text"),
            F::QuestionAnswer(i) => write!(f, "decode.questions[{i}].answer"),
            F::DecodeNotes => write!(f, "decode.notes"),
            F::Proposition => write!(f, "creative.proposition"),
            F::ReasonToBelieve => write!(f, "creative.reason_to_believe"),
            F::Tone => write!(f, "creative.tone"),
            F::CreativeDeliverables => write!(f, "creative.deliverables"),
            F::CreativeDeliverable(i) => write!(f, "creative.deliverables[{i}]"),
            F::Channels => write!(f, "creative.channels"),
            F::Channel(i) => write!(f, "creative.channels[{i}]"),
            F::Ideas => write!(f, "ideas"),
            F::IdeaId(i) => write!(f, "ideas[{i}].id"),
            F::IdeaTitle(i) => write!(f, "ideas[{i}].title"),
            F::IdeaDescription(i) => write!(f, "ideas[{i}].description"),
            F::IdeaTag { idea, tag } => write!(f, "ideas[{idea}].tags[{tag}]"),
            F::Criteria => write!(f, "review.criteria"),
            F::CriterionId(i) => write!(f, "review.criteria[{i}].id"),
            F::CriterionLabel(i) => write!(f, "review.criteria[{i}].label"),
            F::Score(i) => write!(f, "review.scores[{i}]"),
            F::ScoreReviewer(i) => write!(f, "review.scores[{i}].reviewer"),
            F::ScoreValue(i) => write!(f, "review.scores[{i}].score"),
            F::ScoreIdea(i) => write!(f, "review.scores[{i}].idea_id"),
            F::ScoreCriterion(i) => write!(f, "review.scores[{i}].criterion_id"),
            F::Forward(i) => write!(f, "review.forward[{i}]"),
            F::Shortlist => write!(f, "review.shortlist"),
            F::Number => write!(f, "proposal.number"),
            F::Title => write!(f, "proposal.title"),
            F::Subtitle => write!(f, "proposal.subtitle"),
            F::PreparedBy => write!(f, "proposal.prepared_by"),
            F::Understanding => write!(f, "proposal.understanding"),
            F::Strategy => write!(f, "proposal.strategy"),
            F::ShownIdeas => write!(f, "proposal.idea_ids"),
            F::ShownIdea(i) => write!(f, "proposal.idea_ids[{i}]"),
            F::RecommendedIdea => write!(f, "proposal.recommended_idea"),
            F::Recommendation => write!(f, "proposal.recommendation"),
            F::ProposalDeliverables => write!(f, "proposal.deliverables"),
            F::ProposalDeliverable(i) => write!(f, "proposal.deliverables[{i}]"),
            F::ProposalKpis => write!(f, "proposal.kpis"),
            F::ProposalKpiMetric(i) => write!(f, "proposal.kpis[{i}].metric"),
            F::ProposalKpiTarget(i) => write!(f, "proposal.kpis[{i}].target"),
            F::NextSteps => write!(f, "proposal.next_steps"),
            F::NextStep(i) => write!(f, "proposal.next_steps[{i}]"),
            F::Terms => write!(f, "proposal.terms"),
            F::ValidUntil => write!(f, "proposal.valid_until"),
            F::Currency => write!(f, "proposal.pricing.currency"),
            F::Lines => write!(f, "proposal.pricing.lines"),
            F::LineId(i) => write!(f, "proposal.pricing.lines[{i}].id"),
            F::LineDescription(i) => write!(f, "proposal.pricing.lines[{i}].description"),
            F::LineGroup(i) => write!(f, "proposal.pricing.lines[{i}].group"),
            F::LineNote(i) => write!(f, "proposal.pricing.lines[{i}].note"),
            F::LineQty(i) => write!(f, "proposal.pricing.lines[{i}].qty"),
            F::LineUnitPrice(i) => write!(f, "proposal.pricing.lines[{i}].unit_price"),
            F::LineDiscount(i) => write!(f, "proposal.pricing.lines[{i}].discount_pct"),
            F::Schedule => write!(f, "proposal.pricing.schedule"),
            F::InstallmentId(i) => write!(f, "proposal.pricing.schedule[{i}].id"),
            F::Milestone(i) => write!(f, "proposal.pricing.schedule[{i}].milestone"),
            F::Share(i) => write!(f, "proposal.pricing.schedule[{i}].pct"),
            F::PaymentTerms => write!(f, "proposal.pricing.payment_terms"),
            F::AgencyFee => write!(f, "proposal.pricing.agency_fee_pct"),
            F::Vat => write!(f, "proposal.pricing.vat_pct"),
            F::Total => write!(f, "proposal.pricing.total"),
            F::Phases => write!(f, "proposal.phases"),
            F::PhaseNote(i) => write!(f, "proposal.phases[{i}].note"),
            F::PhaseStart(i) => write!(f, "proposal.phases[{i}].start"),
            F::PhaseEnd(i) => write!(f, "proposal.phases[{i}].end"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_and_paths() {
        assert_eq!(WizardField::IdeaTitle(0).step(), Step::Brainstorm);
        assert_eq!(WizardField::LineQty(1).step(), Step::Proposal);
        assert_eq!(WizardField::Shortlist.step(), Step::Review);
        assert_eq!(
            WizardField::ObjectiveText(2).to_string(),
            "brief.objectives[2].text"
        );
        assert_eq!(
            WizardField::IdeaTag { idea: 1, tag: 0 }.to_string(),
            "ideas[1].tags[0]"
        );
        assert_eq!(WizardField::ScoreValue(3).row(), Some(3));
        assert_eq!(WizardField::Total.row(), None);
    }
}
