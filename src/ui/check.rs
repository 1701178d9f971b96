//! The words of the checks: one function turns any form's
//! [`Issue`](suitcase_core::check::Issue) into a message in the user's
//! language. Core names fields and causes with enums; their words live in
//! `locales/<lang>/check.json` (causes and the toolkit's field labels) and in
//! the features' namespaces (the wizard's field labels, `wizard.f_*`).
use crate::i18n::*;
use suitcase_core::check::{Cause, Issue};
use suitcase_core::model::brief::WizardField;
use suitcase_core::model::budget::{ChannelPart, ItemPart, PlanField};
use suitcase_core::model::money::{format_grouped, AmountError};
use suitcase_core::model::reports::{CompetitorField, ContactField, Side, WipField};

/// How a form words its causes: the wizard in full sentences under the
/// field ("Required."), the toolkit's reports in short phrases that follow a
/// label ("Next step 2 — owner: missing").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Voice {
    Sentence,
    Phrase,
}

/// A field of some form, able to name itself (with its row) to the user.
pub trait CheckField {
    /// How this form words its causes.
    const VOICE: Voice;
    /// E.g. "Next step 2 — owner" / "Bước tiếp theo 2 — người phụ trách".
    fn label(&self, locale: impl Into<Locale>) -> String;
}

/// Why a field was flagged, in `voice`.
pub fn cause_text(locale: impl Into<Locale>, voice: Voice, cause: &Cause) -> String {
    let locale = locale.into();
    match voice {
        Voice::Sentence => sentence_cause(locale, cause),
        Voice::Phrase => phrase_cause(locale, cause),
    }
}

/// "Field: cause", in the user's language.
pub fn issue_text<F: CheckField>(locale: impl Into<Locale>, issue: &Issue<F>) -> String {
    let locale = locale.into();
    format!(
        "{}: {}",
        issue.field.label(locale),
        cause_text(locale, F::VOICE, &issue.cause)
    )
}

fn sentence_cause(locale: Locale, cause: &Cause) -> String {
    match cause {
        Cause::Missing => td_string!(locale, check.required).to_string(),
        Cause::TooLong { max } => td_string!(locale, check.too_long, max = max).to_string(),
        Cause::TooMany { max } => td_string!(locale, check.too_many, max = max).to_string(),
        Cause::Negative => td_string!(locale, check.negative).to_string(),
        Cause::TooLarge { .. } => td_string!(locale, check.too_large).to_string(),
        Cause::EndBeforeStart => td_string!(locale, check.end_before_start).to_string(),
        Cause::DeadlineAfterStart => td_string!(locale, check.deadline_after).to_string(),
        Cause::BadCurrency => td_string!(locale, check.currency).to_string(),
        Cause::PercentOutOfRange => td_string!(locale, check.percent).to_string(),
        Cause::ScoreOutOfRange => td_string!(locale, check.score).to_string(),
        Cause::UnknownReference | Cause::InvalidId => {
            td_string!(locale, check.unknown_ref).to_string()
        }
        Cause::DuplicateId | Cause::Duplicate => td_string!(locale, check.duplicate).to_string(),
        Cause::FewerThanThreeIdeas => td_string!(locale, check.fewer_three).to_string(),
        Cause::OutOfOrder => td_string!(locale, check.out_of_order).to_string(),
        Cause::OutsideCampaign => td_string!(locale, check.outside_campaign).to_string(),
        Cause::PricingOverflow => td_string!(locale, check.pricing_overflow).to_string(),
        Cause::Uncovered => td_string!(locale, check.uncovered).to_string(),
        Cause::NotShortlisted => td_string!(locale, check.not_shortlisted).to_string(),
        Cause::ScheduleNotWhole => td_string!(locale, check.schedule_whole).to_string(),
        Cause::OverBudget => td_string!(locale, check.over_budget).to_string(),
        Cause::OverBudgetWithVat => td_string!(locale, check.over_budget_vat).to_string(),
        Cause::Expired => td_string!(locale, check.expired).to_string(),
        Cause::ValidBeforeDate => td_string!(locale, check.valid_before).to_string(),
        Cause::NotPositive => td_string!(locale, check.not_positive).to_string(),
        Cause::NotFinite => td_string!(locale, check.not_finite).to_string(),
        Cause::MinAboveMax { min, max } => td_string!(
            locale,
            check.min_above_max,
            min = format_grouped(*min, ""),
            max = format_grouped(*max, "")
        )
        .to_string(),
        // Causes the wizard's checks never give: worded as the reports do.
        Cause::VagueWording
        | Cause::DueInPast { .. }
        | Cause::DueBeforeMeeting
        | Cause::AfterAsOf
        | Cause::OutsideWindow => phrase_cause(locale, cause),
    }
}

fn phrase_cause(locale: Locale, cause: &Cause) -> String {
    match cause {
        Cause::Missing => td_string!(locale, check.r_missing).to_string(),
        Cause::TooLong { max } => td_string!(locale, check.r_too_long, max = max).to_string(),
        Cause::InvalidId | Cause::UnknownReference => {
            td_string!(locale, check.r_invalid_id).to_string()
        }
        Cause::VagueWording => td_string!(locale, check.r_vague).to_string(),
        Cause::DueInPast { days: 1 } => td_string!(locale, check.r_due_yesterday).to_string(),
        Cause::DueInPast { days } => {
            td_string!(locale, check.r_due_in_past, days = days).to_string()
        }
        Cause::DueBeforeMeeting => td_string!(locale, check.r_due_before_meeting).to_string(),
        Cause::EndBeforeStart => td_string!(locale, check.r_end_before_start).to_string(),
        Cause::AfterAsOf => td_string!(locale, check.r_after_as_of).to_string(),
        Cause::OutsideWindow => td_string!(locale, check.r_outside_window).to_string(),
        Cause::Negative => td_string!(locale, check.r_negative).to_string(),
        Cause::TooLarge { .. } => td_string!(locale, check.r_too_large).to_string(),
        Cause::Duplicate | Cause::DuplicateId => td_string!(locale, check.r_duplicate).to_string(),
        // Causes the reports' checks never give: worded as the wizard does.
        other => sentence_cause(locale, other),
    }
}

/// An amount that could not be read.
pub fn amount_text(locale: impl Into<Locale>, e: &AmountError) -> String {
    let locale: Locale = locale.into();
    match e {
        AmountError::Empty => td_string!(locale, check.required).to_string(),
        AmountError::NotANumber => td_string!(locale, check.not_number).to_string(),
        AmountError::Negative => td_string!(locale, check.negative).to_string(),
        AmountError::TooLarge => td_string!(locale, check.too_large).to_string(),
    }
}

/// "{base} {n}" with a 1-based row number.
fn row(base: &str, row: usize) -> String {
    format!("{base} {}", row + 1)
}

/// "{row} — id", for the id of a row (set by the app, named only when an
/// imported file damaged it).
fn id_of(l: Locale, base: &str, r: usize) -> String {
    part(row(base, r), td_string!(l, wizard.f_id))
}

/// "{row} — {part}".
fn part(row: String, part: &str) -> String {
    format!("{row} — {part}")
}

impl CheckField for ContactField {
    const VOICE: Voice = Voice::Phrase;
    fn label(&self, l: impl Into<Locale>) -> String {
        let l: Locale = l.into();
        use ContactField as F;
        let attendee = |side: Side, r: usize, p: &str| {
            let base = match side {
                Side::Client => td_string!(l, check.f_cr_client_attendee),
                Side::Agency => td_string!(l, check.f_cr_agency_attendee),
            };
            part(row(base, r), p)
        };
        let agreement = |r: usize| row(td_string!(l, check.f_cr_agreement), r);
        let step = |r: usize| row(td_string!(l, check.f_cr_next_step), r);
        match *self {
            F::ClientId => td_string!(l, check.f_client).into(),
            F::ProposalId => td_string!(l, check.f_proposal).into(),
            F::Subject => td_string!(l, check.f_cr_subject).into(),
            F::Date => td_string!(l, check.f_cr_date).into(),
            F::Time => td_string!(l, check.f_cr_time).into(),
            F::Place => td_string!(l, check.f_cr_place).into(),
            F::PreparedBy => td_string!(l, check.f_cr_prepared_by).into(),
            F::Attendees(Side::Client) => td_string!(l, check.f_cr_client_attendees).into(),
            F::Attendees(Side::Agency) => td_string!(l, check.f_cr_agency_attendees).into(),
            F::AttendeeName { side, row } => attendee(side, row, td_string!(l, check.f_cr_name)),
            F::AttendeeRole { side, row } => attendee(side, row, td_string!(l, check.f_cr_role)),
            F::Agenda => td_string!(l, check.f_cr_agenda).into(),
            F::AgendaItem(r) => row(td_string!(l, check.f_cr_agenda_item), r),
            F::Discussion => td_string!(l, check.f_cr_discussion).into(),
            F::Agreements => td_string!(l, check.f_cr_agreements).into(),
            F::AgreementTopic(r) => part(agreement(r), td_string!(l, check.f_cr_topic)),
            F::AgreementWording(r) => part(agreement(r), td_string!(l, check.f_cr_wording)),
            F::AgreementAcceptedBy(r) => part(agreement(r), td_string!(l, check.f_cr_accepted_by)),
            F::NextSteps => td_string!(l, check.f_cr_next_steps).into(),
            F::NextStepAction(r) => part(step(r), td_string!(l, check.f_cr_action)),
            F::NextStepOwner(r) => part(step(r), td_string!(l, check.f_cr_owner)),
            F::NextStepDue(r) => part(step(r), td_string!(l, check.f_cr_due)),
        }
    }
}

impl CheckField for WipField {
    const VOICE: Voice = Voice::Phrase;
    fn label(&self, l: impl Into<Locale>) -> String {
        let l: Locale = l.into();
        match *self {
            WipField::ClientId => td_string!(l, check.f_client).into(),
            WipField::ProposalId => td_string!(l, check.f_proposal).into(),
            WipField::Project => td_string!(l, check.f_wip_project).into(),
            WipField::Title => td_string!(l, check.f_wip_title).into(),
            WipField::NextStep => td_string!(l, check.f_wip_next_step).into(),
            WipField::Owner => td_string!(l, check.f_wip_owner).into(),
            WipField::Due => td_string!(l, check.f_wip_due).into(),
            WipField::Notes => td_string!(l, check.f_wip_notes).into(),
            WipField::HistoryNote(r) => row(td_string!(l, check.f_wip_history_note), r),
        }
    }
}

impl CheckField for CompetitorField {
    const VOICE: Voice = Voice::Phrase;
    fn label(&self, l: impl Into<Locale>) -> String {
        let l: Locale = l.into();
        use CompetitorField as F;
        let brand = |b: usize| row(td_string!(l, check.f_rv_brand), b);
        let camp = |b: usize, r: usize, p: &str| {
            part(
                format!(
                    "{}, {}",
                    brand(b),
                    row(td_string!(l, check.f_rv_campaign), r)
                ),
                p,
            )
        };
        match *self {
            F::ClientId => td_string!(l, check.f_client).into(),
            F::ProposalId => td_string!(l, check.f_proposal).into(),
            F::Title => td_string!(l, check.f_rv_title).into(),
            F::AsOf => td_string!(l, check.f_rv_as_of).into(),
            F::Currency => td_string!(l, check.f_rv_currency).into(),
            F::CategoryNotes => td_string!(l, check.f_rv_category).into(),
            F::MarketNotes => td_string!(l, check.f_rv_market).into(),
            F::PointOfView => td_string!(l, check.f_rv_pov).into(),
            F::Competitors => td_string!(l, check.f_rv_competitors).into(),
            F::BrandName(b) => part(brand(b), td_string!(l, check.f_rv_name)),
            F::Strengths(b) => part(brand(b), td_string!(l, check.f_rv_strengths)),
            F::Weaknesses(b) => part(brand(b), td_string!(l, check.f_rv_weaknesses)),
            F::Campaigns(b) => part(brand(b), td_string!(l, check.f_rv_campaigns)),
            F::CampaignName { brand, row } => camp(brand, row, td_string!(l, check.f_rv_name)),
            F::CampaignDate { brand, row } => camp(brand, row, td_string!(l, check.f_rv_date)),
            F::CampaignEnd { brand, row } => camp(brand, row, td_string!(l, check.f_rv_end)),
            F::CampaignChannel { brand, row } => {
                camp(brand, row, td_string!(l, check.f_rv_channel))
            }
            F::CampaignMessage { brand, row } => {
                camp(brand, row, td_string!(l, check.f_rv_message))
            }
            F::CampaignSpend { brand, row } => camp(brand, row, td_string!(l, check.f_rv_spend)),
            F::CampaignNotes { brand, row } => camp(brand, row, td_string!(l, check.f_rv_notes)),
        }
    }
}

/// A budget plan's fields, named as the editor labels them ("Channel 2 —
/// Minimum spend").
impl CheckField for PlanField {
    const VOICE: Voice = Voice::Sentence;
    fn label(&self, l: impl Into<Locale>) -> String {
        let l: Locale = l.into();
        match *self {
            PlanField::Name => td_string!(l, budget.name).into(),
            PlanField::Currency => td_string!(l, budget.currency).into(),
            PlanField::TotalBudget => td_string!(l, budget.total).into(),
            PlanField::Margin => td_string!(l, budget.margin).into(),
            PlanField::Item { index, part: p } => part(
                row(td_string!(l, budget.f_item), index),
                match p {
                    ItemPart::Id => td_string!(l, budget.f_id),
                    ItemPart::Name => td_string!(l, budget.item_name),
                    ItemPart::Cost => td_string!(l, budget.item_cost),
                    ItemPart::Value => td_string!(l, budget.item_value),
                },
            ),
            PlanField::Channel { index, part: p } => part(
                row(td_string!(l, budget.f_channel), index),
                match p {
                    ChannelPart::Id => td_string!(l, budget.f_id),
                    ChannelPart::Name => td_string!(l, budget.ch_name),
                    ChannelPart::Min => td_string!(l, budget.ch_min),
                    ChannelPart::Max => td_string!(l, budget.ch_max),
                    ChannelPart::CurveMax => td_string!(l, budget.curve_max),
                    ChannelPart::HalfSaturation => td_string!(l, budget.curve_half),
                    ChannelPart::Shape => td_string!(l, budget.curve_shape),
                },
            ),
        }
    }
}

/// The wizard words its causes in full sentences; a field in a list is named
/// with its row ("Objective 3"). Fields without a label of their own (ids,
/// a line's group or note, a score's parts) are named by their record path.
impl CheckField for WizardField {
    const VOICE: Voice = Voice::Sentence;
    fn label(&self, l: impl Into<Locale>) -> String {
        let l: Locale = l.into();
        use WizardField as F;
        let name = match *self {
            F::Client => td_string!(l, wizard.f_client),
            F::Brand => td_string!(l, wizard.f_brand),
            F::Industry => td_string!(l, wizard.f_industry),
            F::Background => td_string!(l, wizard.f_background),
            F::Objectives | F::Objective(_) | F::ObjectiveText(_) => {
                td_string!(l, wizard.f_objective)
            }
            F::TargetAudience => td_string!(l, wizard.f_audience),
            F::KeyMessage => td_string!(l, wizard.f_key_message),
            F::Mandatories | F::Mandatory(_) | F::MandatoryText(_) => {
                td_string!(l, wizard.f_mandatory)
            }
            F::Kpis | F::Kpi(_) | F::KpiMetric(_) | F::ProposalKpis | F::ProposalKpiMetric(_) => {
                td_string!(l, wizard.f_kpi_metric)
            }
            F::KpiTarget(_) | F::ProposalKpiTarget(_) => td_string!(l, wizard.f_kpi_target),
            F::BudgetAmount => td_string!(l, wizard.f_budget),
            F::BudgetCurrency | F::Currency => td_string!(l, wizard.f_currency),
            F::CampaignStart => td_string!(l, wizard.f_start),
            F::CampaignEnd => td_string!(l, wizard.f_end),
            F::Deadline => td_string!(l, wizard.f_deadline),
            F::Competitors | F::Competitor(_) => td_string!(l, wizard.f_competitor),
            F::Contacts | F::ContactName(_) => td_string!(l, wizard.f_contact_name),
            F::ContactRole(_) => td_string!(l, wizard.f_contact_role),
            F::ContactEmail(_) => td_string!(l, wizard.f_contact_email),
            F::ContactPhone(_) => td_string!(l, wizard.f_contact_phone),
            F::Problem => td_string!(l, wizard.f_problem),
            F::Insights | F::Insight(_) => td_string!(l, wizard.f_insight),
            F::Questions | F::QuestionText(_) => td_string!(l, wizard.f_question),
            F::QuestionAnswer(_) => td_string!(l, wizard.f_answer),
            F::DecodeNotes => td_string!(l, wizard.f_notes),
            F::Proposition => td_string!(l, wizard.f_proposition),
            F::ReasonToBelieve => td_string!(l, wizard.f_rtb),
            F::Tone => td_string!(l, wizard.f_tone),
            F::CreativeDeliverables
            | F::CreativeDeliverable(_)
            | F::ProposalDeliverables
            | F::ProposalDeliverable(_) => td_string!(l, wizard.f_deliverable),
            F::Channels | F::Channel(_) => td_string!(l, wizard.f_channel),
            F::Ideas | F::IdeaTitle(_) => td_string!(l, wizard.f_idea),
            F::IdeaDescription(_) => td_string!(l, wizard.f_idea_description),
            F::Shortlist | F::Score(_) => td_string!(l, wizard.step_review),
            F::Criteria => td_string!(l, wizard.f_criteria),
            F::Title => td_string!(l, wizard.f_title),
            F::Subtitle => td_string!(l, wizard.f_subtitle),
            F::PreparedBy => td_string!(l, wizard.f_prepared_by),
            F::Understanding => td_string!(l, wizard.f_understanding),
            F::Strategy => td_string!(l, wizard.f_strategy),
            F::ShownIdeas | F::ShownIdea(_) => td_string!(l, wizard.f_shown_ideas),
            F::RecommendedIdea => td_string!(l, wizard.f_recommended),
            F::Recommendation => td_string!(l, wizard.f_recommendation),
            F::NextSteps | F::NextStep(_) => td_string!(l, wizard.f_next_step),
            F::AgencyFee => td_string!(l, wizard.f_fee),
            F::Vat => td_string!(l, wizard.f_vat),
            F::Lines | F::LineDescription(_) => td_string!(l, wizard.f_line),
            F::LineQty(_) => td_string!(l, wizard.f_qty),
            F::LineUnitPrice(_) => td_string!(l, wizard.f_unit_price),
            F::LineDiscount(_) => td_string!(l, wizard.f_discount),
            F::Total => td_string!(l, wizard.f_total),
            F::Schedule | F::Milestone(_) => td_string!(l, wizard.f_milestone),
            F::Share(_) => td_string!(l, wizard.f_share),
            F::PaymentTerms => td_string!(l, wizard.f_payment_terms),
            F::Number => td_string!(l, wizard.f_number),
            F::ValidUntil => td_string!(l, wizard.f_valid_until),
            F::Terms => td_string!(l, wizard.f_terms),
            F::Phases | F::PhaseNote(_) | F::PhaseStart(_) | F::PhaseEnd(_) => {
                td_string!(l, wizard.f_phase)
            }
            F::ObjectiveId(r) => return id_of(l, td_string!(l, wizard.f_objective), r),
            F::MandatoryId(r) => return id_of(l, td_string!(l, wizard.f_mandatory), r),
            F::KpiId(r) => return id_of(l, td_string!(l, wizard.f_kpi_metric), r),
            F::QuestionId(r) => return id_of(l, td_string!(l, wizard.f_question), r),
            F::IdeaId(r) => return id_of(l, td_string!(l, wizard.f_idea), r),
            F::IdeaTag { idea, .. } => {
                return part(
                    row(td_string!(l, wizard.f_idea), idea),
                    td_string!(l, wizard.f_tags),
                )
            }
            F::CriterionId(r) => return id_of(l, td_string!(l, wizard.f_criterion), r),
            F::CriterionLabel(_) => td_string!(l, wizard.f_criterion),
            F::ScoreValue(_) => td_string!(l, wizard.f_score),
            F::ScoreReviewer(r) => {
                return part(
                    row(td_string!(l, wizard.f_score), r),
                    td_string!(l, wizard.f_reviewer),
                )
            }
            F::ScoreIdea(r) => {
                return part(
                    row(td_string!(l, wizard.f_score), r),
                    td_string!(l, wizard.f_idea),
                )
            }
            F::ScoreCriterion(r) => {
                return part(
                    row(td_string!(l, wizard.f_score), r),
                    td_string!(l, wizard.f_criterion),
                )
            }
            F::Forward(_) => td_string!(l, wizard.f_forward),
            F::LineId(r) => return id_of(l, td_string!(l, wizard.f_line), r),
            F::LineGroup(r) => {
                return part(
                    row(td_string!(l, wizard.f_line), r),
                    td_string!(l, wizard.f_group),
                )
            }
            F::LineNote(r) => {
                return part(
                    row(td_string!(l, wizard.f_line), r),
                    td_string!(l, wizard.f_line_note),
                )
            }
            F::InstallmentId(r) => return id_of(l, td_string!(l, wizard.f_milestone), r),
        };
        match self.row() {
            Some(r) => row(name, r),
            None => name.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use suitcase_core::model::reports::ContactReport;

    #[test]
    fn report_issues_read_as_before_in_both_languages() {
        let long = ContactReport {
            client_id: "c1".into(),
            discussion: "x".repeat(20_001),
            ..Default::default()
        };
        let issue = long.storage_errors()[0];
        assert_eq!(
            issue_text(Locale::vi, &issue),
            "Thảo luận: dài quá 20000 ký tự"
        );
        assert_eq!(
            issue_text(Locale::en, &issue),
            "Discussion: longer than 20000 characters"
        );
        let due = Issue::warning(ContactField::NextStepOwner(1), Cause::DueInPast { days: 1 });
        assert_eq!(
            issue_text(Locale::en, &due),
            "Next step 2 — owner: the due date was yesterday"
        );
        let camp = CompetitorField::CampaignSpend { brand: 0, row: 2 };
        assert_eq!(
            camp.label(Locale::en),
            "Brand 1, campaign 3 — estimated spend"
        );
        for l in [Locale::en, Locale::vi] {
            let issues = ContactReport::default().check(chrono::NaiveDate::MIN);
            assert!(issues.iter().all(|i| issue_text(l, i).contains(": ")));
        }
    }

    #[test]
    fn wizard_fields_are_named_with_their_row() {
        use suitcase_core::model::brief::WizardField as F;
        let issue = Issue::error(F::ObjectiveText(2), Cause::Missing);
        assert_eq!(issue_text(Locale::en, &issue), "Objective 3: Required.");
        assert_eq!(F::LineQty(0).label(Locale::en), "Quantity 1");
        assert_eq!(F::Total.label(Locale::en), "Total");
        assert_eq!(F::LineGroup(1).label(Locale::en), "Line 2 — Group");
        assert_eq!(F::ScoreReviewer(0).label(Locale::vi), "Điểm 1 — người chấm");
        assert_eq!(F::IdeaId(2).label(Locale::en), "Idea 3 — id");
        for f in [
            F::LineNote(0),
            F::CriterionId(1),
            F::InstallmentId(0),
            F::Forward(3),
        ] {
            for l in [Locale::en, Locale::vi] {
                assert!(!f.label(l).contains('.'), "{f:?} is named by its path");
            }
        }
    }

    #[test]
    fn plan_fields_are_named_as_the_editor_labels_them() {
        use suitcase_core::model::budget::{ChannelPart, PlanField};
        let f = PlanField::Channel {
            index: 1,
            part: ChannelPart::Min,
        };
        assert_eq!(f.label(Locale::en), "Channel 2 — Minimum spend");
        assert_eq!(f.label(Locale::vi), "Kênh 2 — Mức chi tối thiểu");
        let issue = Issue::error(f, Cause::MinAboveMax { min: 5, max: 2 });
        assert_eq!(
            issue_text(Locale::en, &issue),
            "Channel 2 — Minimum spend: The minimum (5) is above the maximum (2)."
        );
    }
}
