//! The wizard's messages: why a field is not acceptable and which field a
//! problem is about, in the user's language.
use crate::i18n::*;
use crate::ui::check::{issue_text, CheckField, Voice};
use suitcase_core::model::brief::{BriefPart, Cause, Issue, SmartGap};
use suitcase_core::model::money::AmountError;
use suitcase_core::model::proposal::Step;

/// Why a field is not acceptable, as the wizard words it (under the field).
pub fn cause_text(locale: Locale, cause: &Cause) -> String {
    crate::ui::check::cause_text(locale, Voice::Sentence, cause)
}

/// An amount that could not be read.
pub fn amount_text(locale: Locale, e: &AmountError) -> String {
    match e {
        AmountError::Empty => td_string!(locale, check.required).to_string(),
        AmountError::NotANumber => td_string!(locale, check.not_number).to_string(),
        AmountError::Negative => td_string!(locale, check.negative).to_string(),
        AmountError::TooLarge => td_string!(locale, check.too_large).to_string(),
    }
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

/// The step a field path belongs to (`brief.objectives[0].text` → Brief).
pub fn step_of(path: &str) -> Step {
    let head = path.split(['.', '[']).next().unwrap_or_default();
    match head {
        "decode" => Step::Decode,
        "creative" => Step::Creative,
        "ideas" => Step::Brainstorm,
        "review" => Step::Review,
        "proposal" => Step::Proposal,
        _ => Step::Brief,
    }
}

/// `path` without its indices, and the first index (1-based) it had.
fn shape(path: &str) -> (String, Option<usize>) {
    let mut out = String::with_capacity(path.len());
    let mut first = None;
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find(']').map_or(rest.len(), |c| open + c);
        if first.is_none() {
            first = rest[open + 1..close].parse::<usize>().ok().map(|n| n + 1);
        }
        out.push_str("[]");
        rest = rest.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    (out, first)
}

/// The label of the field at `path`, with its row number when it has one.
pub fn field_label(locale: Locale, path: &str) -> String {
    let (shape, n) = shape(path);
    let name = match shape.as_str() {
        "brief.client" => td_string!(locale, wizard.f_client),
        "brief.brand" => td_string!(locale, wizard.f_brand),
        "brief.industry" => td_string!(locale, wizard.f_industry),
        "brief.background" => td_string!(locale, wizard.f_background),
        "brief.objectives" | "brief.objectives[]" | "brief.objectives[].text" => {
            td_string!(locale, wizard.f_objective)
        }
        "brief.target_audience" => td_string!(locale, wizard.f_audience),
        "brief.key_message" => td_string!(locale, wizard.f_key_message),
        "brief.mandatories" | "brief.mandatories[]" | "brief.mandatories[].text" => {
            td_string!(locale, wizard.f_mandatory)
        }
        "brief.kpis" | "brief.kpis[]" | "brief.kpis[].metric" => {
            td_string!(locale, wizard.f_kpi_metric)
        }
        "brief.kpis[].target" => td_string!(locale, wizard.f_kpi_target),
        "brief.budget.amount" => td_string!(locale, wizard.f_budget),
        "brief.budget.currency" => td_string!(locale, wizard.f_currency),
        "brief.campaign_start" => td_string!(locale, wizard.f_start),
        "brief.campaign_end" => td_string!(locale, wizard.f_end),
        "brief.deadline" => td_string!(locale, wizard.f_deadline),
        "brief.competitors" | "brief.competitors[]" => td_string!(locale, wizard.f_competitor),
        "brief.contacts" | "brief.contacts[]" | "brief.contacts[].name" => {
            td_string!(locale, wizard.f_contact_name)
        }
        "brief.contacts[].role" => td_string!(locale, wizard.f_contact_role),
        "brief.contacts[].email" => td_string!(locale, wizard.f_contact_email),
        "brief.contacts[].phone" => td_string!(locale, wizard.f_contact_phone),
        "decode.problem" => td_string!(locale, wizard.f_problem),
        "decode.insights" | "decode.insights[]" => td_string!(locale, wizard.f_insight),
        "decode.questions" | "decode.questions[]" | "decode.questions[].text" => {
            td_string!(locale, wizard.f_question)
        }
        "decode.questions[].answer" => td_string!(locale, wizard.f_answer),
        "decode.notes" => td_string!(locale, wizard.f_notes),
        "creative.proposition" => td_string!(locale, wizard.f_proposition),
        "creative.reason_to_believe" => td_string!(locale, wizard.f_rtb),
        "creative.tone" => td_string!(locale, wizard.f_tone),
        "creative.deliverables" | "creative.deliverables[]" => {
            td_string!(locale, wizard.f_deliverable)
        }
        "creative.channels" | "creative.channels[]" => td_string!(locale, wizard.f_channel),
        "ideas" | "ideas[]" | "ideas[].title" => td_string!(locale, wizard.f_idea),
        "ideas[].description" => td_string!(locale, wizard.f_idea_description),
        "review.shortlist" | "review.scores" | "review.scores[]" | "review.forward" => {
            td_string!(locale, wizard.step_review)
        }
        "review.criteria" | "review.criteria[]" | "review.criteria[].weight" => {
            td_string!(locale, wizard.f_criteria)
        }
        "proposal.title" => td_string!(locale, wizard.f_title),
        "proposal.subtitle" => td_string!(locale, wizard.f_subtitle),
        "proposal.prepared_by" => td_string!(locale, wizard.f_prepared_by),
        "proposal.understanding" => td_string!(locale, wizard.f_understanding),
        "proposal.strategy" => td_string!(locale, wizard.f_strategy),
        "proposal.idea_ids" | "proposal.idea_ids[]" => td_string!(locale, wizard.f_shown_ideas),
        "proposal.recommended_idea" => td_string!(locale, wizard.f_recommended),
        "proposal.recommendation" => td_string!(locale, wizard.f_recommendation),
        "proposal.deliverables" | "proposal.deliverables[]" => {
            td_string!(locale, wizard.f_deliverable)
        }
        "proposal.kpis" | "proposal.kpis[]" | "proposal.kpis[].metric" => {
            td_string!(locale, wizard.f_kpi_metric)
        }
        "proposal.kpis[].target" => td_string!(locale, wizard.f_kpi_target),
        "proposal.next_steps" | "proposal.next_steps[]" => td_string!(locale, wizard.f_next_step),
        "proposal.pricing.currency" => td_string!(locale, wizard.f_currency),
        "proposal.pricing.agency_fee_pct" => td_string!(locale, wizard.f_fee),
        "proposal.pricing.vat_pct" => td_string!(locale, wizard.f_vat),
        "proposal.pricing.lines"
        | "proposal.pricing.lines[]"
        | "proposal.pricing.lines[].description" => {
            td_string!(locale, wizard.f_line)
        }
        "proposal.pricing.lines[].qty" => td_string!(locale, wizard.f_qty),
        "proposal.pricing.lines[].unit_price" => td_string!(locale, wizard.f_unit_price),
        "proposal.pricing.total" | "proposal.pricing" => td_string!(locale, wizard.f_total),
        "proposal.pricing.lines[].discount_pct" => td_string!(locale, wizard.f_discount),
        "proposal.pricing.schedule"
        | "proposal.pricing.schedule[]"
        | "proposal.pricing.schedule[].milestone" => td_string!(locale, wizard.f_milestone),
        "proposal.pricing.schedule[].pct" => td_string!(locale, wizard.f_share),
        "proposal.pricing.payment_terms" => td_string!(locale, wizard.f_payment_terms),
        "proposal.number" => td_string!(locale, wizard.f_number),
        "proposal.valid_until" => td_string!(locale, wizard.f_valid_until),
        "proposal.terms" => td_string!(locale, wizard.f_terms),
        s if s.starts_with("proposal.phases") => td_string!(locale, wizard.f_phase),
        _ => return path.to_string(),
    };
    match n {
        Some(n) => format!("{name} {n}"),
        None => name.to_string(),
    }
}

/// The wizard's fields are paths into its record (`brief.objectives[2].text`).
impl CheckField for String {
    const VOICE: Voice = Voice::Sentence;
    fn label(&self, locale: impl Into<Locale>) -> String {
        field_label(locale.into(), self)
    }
}

/// "Field: why", for lists of problems away from their fields.
pub fn issue_line(locale: Locale, issue: &Issue) -> String {
    issue_text(locale, issue)
}

/// The name of a step in the UI language.
pub fn step_label(locale: Locale, step: Step) -> String {
    step.label().get(super::lang_of(locale)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shape_strips_indices() {
        assert_eq!(
            shape("brief.objectives[2].text"),
            ("brief.objectives[].text".into(), Some(3))
        );
        assert_eq!(shape("brief.client"), ("brief.client".into(), None));
        assert_eq!(step_of("ideas[0].title"), Step::Brainstorm);
        assert_eq!(step_of("proposal.pricing.lines[1].qty"), Step::Proposal);
    }
}
