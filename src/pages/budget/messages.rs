//! Budget messages in the user's language: plan errors and typed numbers.
use super::lang_of;
use crate::i18n::*;
use crate::ui::check::{cause_text, Voice};
use crate::ui::messages::human_bytes;
use suitcase_core::check::{Cause, Issue};
use suitcase_core::model::budget::read::{PlanError, PlanErrorKind};
use suitcase_core::model::budget::{ChannelPart, ItemPart, Plan, PlanField, Unit};
use suitcase_core::model::number::{
    format_int, format_money, format_money_short, format_number, NumberError,
};

/// What is wrong, in words (without the field's path).
pub fn plan_error_kind(locale: Locale, kind: &PlanErrorKind) -> String {
    use PlanErrorKind as K;
    match kind {
        K::FileTooLarge { size, limit } => td_string!(
            locale,
            budget.err_file_too_large,
            size = human_bytes(*size as f64),
            limit = human_bytes(*limit as f64)
        )
        .to_string(),
        K::File(p) => {
            // The shared import rule's words; the path is added by `plan_error`.
            let e = suitcase_core::formats::strict::FileError::new(Vec::new(), p.clone());
            format!("{}.", crate::ui::messages::file_error_text(locale, &e))
        }
        K::WrongFormat(f) => td_string!(locale, budget.err_wrong_format, format = f).to_string(),
        K::NewerVersion(v) => td_string!(locale, budget.err_newer, version = v).to_string(),
        K::Missing => td_string!(locale, budget.err_missing).to_string(),
        K::UnknownField => td_string!(locale, budget.err_unknown_field).to_string(),
        K::NotAnObject => td_string!(locale, budget.err_not_object).to_string(),
        K::NotAList => td_string!(locale, budget.err_not_list).to_string(),
        K::NotText => td_string!(locale, budget.err_not_text).to_string(),
        K::NotANumber => td_string!(locale, budget.err_not_number).to_string(),
        K::NotWhole => td_string!(locale, budget.err_not_whole).to_string(),
        K::TooLarge => td_string!(locale, budget.err_too_large).to_string(),
        K::Negative => td_string!(locale, budget.err_negative).to_string(),
        K::NotPositive => td_string!(locale, budget.err_not_positive).to_string(),
        K::Empty => td_string!(locale, budget.err_empty).to_string(),
        K::TooLong(max) => td_string!(locale, budget.err_too_long, max = max).to_string(),
        K::BadId => td_string!(locale, budget.err_bad_id).to_string(),
        K::DuplicateId(id) => td_string!(locale, budget.err_duplicate_id, id = id).to_string(),
        K::BadCurrency => td_string!(locale, budget.err_bad_currency).to_string(),
        K::MarginOutOfRange => td_string!(locale, budget.err_margin).to_string(),
        K::MinAboveMax { min, max } => {
            let lang = lang_of(locale);
            td_string!(
                locale,
                budget.err_min_above_max,
                min = format_int(*min, lang),
                max = format_int(*max, lang)
            )
            .to_string()
        }
        K::UnknownPriority(v) => {
            td_string!(locale, budget.err_unknown_priority, value = v).to_string()
        }
        K::UnknownCurve(v) => td_string!(locale, budget.err_unknown_curve, value = v).to_string(),
        K::UnknownUnit(v) => td_string!(locale, budget.err_unknown_unit, value = v).to_string(),
    }
}

/// Why the editor refused a change, worded as the plan file's errors are
/// (the field is where the person is typing, so it is not named).
pub fn plan_issue(locale: Locale, plan: &Plan, issue: &Issue<PlanField>) -> String {
    use PlanErrorKind as K;
    let kind = match issue.cause {
        Cause::Missing => K::Empty,
        Cause::TooLong { max } => K::TooLong(max),
        Cause::BadCurrency => K::BadCurrency,
        Cause::TooLarge { .. } => K::TooLarge,
        Cause::NotPositive => K::NotPositive,
        Cause::NotFinite => K::NotANumber,
        Cause::PercentOutOfRange => K::MarginOutOfRange,
        Cause::Negative => K::Negative,
        Cause::InvalidId => K::BadId,
        Cause::MinAboveMax { min, max } => K::MinAboveMax { min, max },
        Cause::DuplicateId => K::DuplicateId(id_at(plan, issue.field).unwrap_or_default()),
        other => return cause_text(locale, Voice::Sentence, &other),
    };
    plan_error_kind(locale, &kind)
}

/// The id held at a plan's id field.
fn id_at(plan: &Plan, field: PlanField) -> Option<String> {
    match field {
        PlanField::Item {
            index,
            part: ItemPart::Id,
        } => plan.items.get(index).map(|i| i.id.clone()),
        PlanField::Channel {
            index,
            part: ChannelPart::Id,
        } => plan.channels.get(index).map(|c| c.id.clone()),
        _ => None,
    }
}

/// A problem in an imported file: where it is and what is wrong.
pub fn plan_error(locale: Locale, e: &PlanError) -> String {
    use suitcase_core::formats::strict::{path_steps, FileError};
    if let PlanErrorKind::File(p) = &e.kind {
        let at = FileError::new(path_steps(&e.path), p.clone());
        return format!("{}.", crate::ui::messages::file_error_text(locale, &at));
    }
    let message = plan_error_kind(locale, &e.kind);
    let whole_file = matches!(
        e.kind,
        PlanErrorKind::FileTooLarge { .. }
            | PlanErrorKind::File(_)
            | PlanErrorKind::WrongFormat(_)
            | PlanErrorKind::NewerVersion(_)
    );
    if e.path.is_empty() || whole_file {
        message
    } else {
        td_string!(locale, budget.at_field, path = &e.path, message = message).to_string()
    }
}

/// Why a typed number was refused.
pub fn number_error(locale: Locale, e: &NumberError) -> String {
    match e {
        NumberError::Empty => td_string!(locale, budget.err_empty).to_string(),
        NumberError::NotANumber => td_string!(locale, budget.err_enter_number).to_string(),
        NumberError::Negative => td_string!(locale, budget.err_negative).to_string(),
        NumberError::TooLarge => td_string!(locale, budget.err_too_large).to_string(),
        NumberError::NotWhole => td_string!(locale, budget.err_not_whole).to_string(),
        NumberError::Ambiguous { decimal, whole } => td_string!(
            locale,
            budget.err_ambiguous,
            decimal = decimal,
            whole = whole
        )
        .to_string(),
    }
}

/// An amount in its currency, in the user's language style.
pub fn money(locale: Locale, amount: i64, currency: &str) -> String {
    format_money(amount, currency, lang_of(locale))
}

/// A large amount in words ("3,2 tỷ ₫", "120 million ₫"), for sentences.
pub fn money_short(locale: Locale, amount: i64, currency: &str) -> String {
    format_money_short(amount, currency, lang_of(locale))
}

/// A result or score, as people read them (one decimal at most).
pub fn points(locale: Locale, v: f64) -> String {
    format_number(v, 1, lang_of(locale))
}

/// A number with up to `decimals` decimals in the user's language style.
pub fn number(locale: Locale, v: f64, decimals: u32) -> String {
    format_number(v, decimals, lang_of(locale))
}

/// A result in the plan's unit: "213.2 points", "1.2 million reach",
/// "340 leads", "12.5 million ₫ in revenue". `decimals` is for values
/// under a million (points always show them, as plans without a unit did).
pub fn quantity(locale: Locale, unit: Unit, v: f64, decimals: u32, currency: &str) -> String {
    if unit == Unit::Points {
        return td_string!(locale, budget.q_points, n = number(locale, v, decimals)).to_string();
    }
    let n = if unit == Unit::Revenue && v.abs() >= 1.0 {
        money_short(locale, v.round() as i64, currency)
    } else if v.abs() >= 1e9 {
        td_string!(locale, budget.q_billion, n = number(locale, v / 1e9, 2)).to_string()
    } else if v.abs() >= 1e6 {
        td_string!(locale, budget.q_million, n = number(locale, v / 1e6, 2)).to_string()
    } else {
        number(locale, v, decimals)
    };
    match unit {
        Unit::Points | Unit::Leads => td_string!(locale, budget.q_leads, n = n),
        Unit::Reach => td_string!(locale, budget.q_reach, n = n),
        Unit::Clicks => td_string!(locale, budget.q_clicks, n = n),
        Unit::Orders => td_string!(locale, budget.q_orders, n = n),
        Unit::Revenue => td_string!(locale, budget.q_revenue, n = n),
    }
    .to_string()
}

/// The name of a unit, as the plan settings offer it.
pub fn unit_name(locale: Locale, unit: Unit) -> String {
    match unit {
        Unit::Points => td_string!(locale, budget.unit_points),
        Unit::Reach => td_string!(locale, budget.unit_reach),
        Unit::Clicks => td_string!(locale, budget.unit_clicks),
        Unit::Leads => td_string!(locale, budget.unit_leads),
        Unit::Orders => td_string!(locale, budget.unit_orders),
        Unit::Revenue => td_string!(locale, budget.unit_revenue),
    }
    .to_string()
}
