//! The wizard's messages: why a field is not acceptable, in the user's
//! language (fields name themselves: `ui::check`).
use crate::i18n::*;
use crate::ui::check::{issue_text, Voice};
use suitcase_core::model::brief::{BriefPart, Cause, Issue, SmartGap};
use suitcase_core::model::proposal::{Status, Step};

/// Why a field is not acceptable, as the wizard words it (under the field).
pub fn cause_text(locale: Locale, cause: &Cause) -> String {
    crate::ui::check::cause_text(locale, Voice::Sentence, cause)
}

/// What a SMART letter asks of an objective.
pub fn smart_text(locale: Locale, gap: SmartGap) -> String {
    match gap {
        SmartGap::Specific => td_string!(locale, wizard.smart_s).to_string(),
        SmartGap::Measurable => td_string!(locale, wizard.smart_m).to_string(),
        SmartGap::Achievable => td_string!(locale, wizard.smart_a).to_string(),
        SmartGap::Relevant => td_string!(locale, wizard.smart_r).to_string(),
        SmartGap::TimeBound => td_string!(locale, wizard.smart_t).to_string(),
    }
}

/// The name of a part of the brief (completeness).
pub fn part_text(locale: Locale, part: BriefPart) -> String {
    match part {
        BriefPart::Client => td_string!(locale, wizard.f_client).to_string(),
        BriefPart::Brand => td_string!(locale, wizard.f_brand).to_string(),
        BriefPart::Industry => td_string!(locale, wizard.f_industry).to_string(),
        BriefPart::Background => td_string!(locale, wizard.f_background).to_string(),
        BriefPart::Objectives => td_string!(locale, wizard.f_objectives).to_string(),
        BriefPart::VagueObjectives => td_string!(locale, wizard.part_vague).to_string(),
        BriefPart::TargetAudience => td_string!(locale, wizard.f_audience).to_string(),
        BriefPart::KeyMessage => td_string!(locale, wizard.f_key_message).to_string(),
        BriefPart::Mandatories => td_string!(locale, wizard.f_mandatories).to_string(),
        BriefPart::Kpis => td_string!(locale, wizard.f_kpis).to_string(),
        BriefPart::KpiTargets => td_string!(locale, wizard.part_kpi_targets).to_string(),
        BriefPart::Budget => td_string!(locale, wizard.f_budget).to_string(),
        BriefPart::CampaignDates => td_string!(locale, wizard.part_dates).to_string(),
        BriefPart::Deadline => td_string!(locale, wizard.f_deadline).to_string(),
        BriefPart::Competitors => td_string!(locale, wizard.f_competitors).to_string(),
        BriefPart::Contacts => td_string!(locale, wizard.f_contacts).to_string(),
    }
}

/// "Field: why", for lists of problems away from their fields.
pub fn issue_line(locale: Locale, issue: &Issue) -> String {
    issue_text(locale, issue)
}

/// The name of a step in the UI language.
pub fn step_label(locale: Locale, step: Step) -> String {
    match step {
        Step::Brief => td_string!(locale, wizard.step_brief),
        Step::Decode => td_string!(locale, wizard.step_decode),
        Step::Creative => td_string!(locale, wizard.step_creative),
        Step::Brainstorm => td_string!(locale, wizard.step_brainstorm),
        Step::Review => td_string!(locale, wizard.step_review),
        Step::Proposal => td_string!(locale, wizard.step_proposal),
    }
    .to_string()
}

/// A proposal's status in words ("Revising").
pub fn status_label(locale: Locale, status: Status) -> String {
    match status {
        Status::Draft => td_string!(locale, wizard.status_draft),
        Status::InternalReview => td_string!(locale, wizard.status_internal_review),
        Status::Sent => td_string!(locale, wizard.status_sent),
        Status::Revising => td_string!(locale, wizard.status_revising),
        Status::Accepted => td_string!(locale, wizard.status_accepted),
        Status::Lost => td_string!(locale, wizard.status_lost),
    }
    .to_string()
}
