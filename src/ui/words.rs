//! Words for core's computation errors and their fields: the KPI formulas'
//! inputs and errors, and typed dates and times. Core returns the enums;
//! the words are in `locales/<lang>/kpi.json` and `dates.json`.
use suitcase_core::model::kpi::{KpiError, KpiField};
use suitcase_core::model::reports::DateError;

use crate::i18n::*;

/// The label of a KPI input ("Clients at start").
pub fn kpi_field(locale: Locale, field: KpiField) -> &'static str {
    use KpiField as F;
    match field {
        F::ClientId => td_string!(locale, kpi.f_client_id),
        F::Date => td_string!(locale, kpi.f_date),
        F::Promoters => td_string!(locale, kpi.f_promoters),
        F::Passives => td_string!(locale, kpi.f_passives),
        F::Detractors => td_string!(locale, kpi.f_detractors),
        F::Respondents => td_string!(locale, kpi.f_respondents),
        F::Scores => td_string!(locale, kpi.f_scores),
        F::ClientsAtStart => td_string!(locale, kpi.f_clients_at_start),
        F::ClientsLost => td_string!(locale, kpi.f_clients_lost),
        F::ClientsGained => td_string!(locale, kpi.f_clients_gained),
        F::ClientsAtEnd => td_string!(locale, kpi.f_clients_at_end),
        F::RevenueAtStart => td_string!(locale, kpi.f_revenue_at_start),
        F::RevenueLost => td_string!(locale, kpi.f_revenue_lost),
        F::RevenueExpansion => td_string!(locale, kpi.f_revenue_expansion),
        F::ResponseTimes => td_string!(locale, kpi.f_response_times),
        F::ActiveClients => td_string!(locale, kpi.f_active_clients),
        F::Upsold => td_string!(locale, kpi.f_upsold),
        F::CrossSold => td_string!(locale, kpi.f_cross_sold),
        F::UpsoldOrCrossSold => td_string!(locale, kpi.f_upsold_or_cross_sold),
        F::Clients => td_string!(locale, kpi.f_clients),
        F::People => td_string!(locale, kpi.f_people),
        F::Revenue => td_string!(locale, kpi.f_revenue),
        F::Target => td_string!(locale, kpi.f_target),
    }
}

/// Why a KPI could not be computed, for the person who typed the numbers.
pub fn kpi_error(locale: Locale, e: KpiError) -> String {
    let l = |f| kpi_field(locale, f);
    match e {
        KpiError::Missing(f) => td_string!(locale, kpi.e_missing, field = l(f)).to_string(),
        KpiError::Negative(f) => td_string!(locale, kpi.e_negative, field = l(f)).to_string(),
        KpiError::TooLarge(f) => td_string!(locale, kpi.e_too_large, field = l(f)).to_string(),
        KpiError::ZeroTotal(f) => td_string!(locale, kpi.e_zero_total, field = l(f)).to_string(),
        KpiError::Exceeds { part, whole } => {
            td_string!(locale, kpi.e_exceeds, part = l(part), whole = l(whole)).to_string()
        }
        KpiError::DoesNotAddUp {
            field,
            expected,
            given,
        } => td_string!(
            locale,
            kpi.e_does_not_add_up,
            field = l(field),
            expected = expected,
            given = given
        )
        .to_string(),
        KpiError::NoData(f) => td_string!(locale, kpi.e_no_data, field = l(f)).to_string(),
        KpiError::ScoreOutOfRange { row, score } => {
            td_string!(locale, kpi.e_score_out_of_range, n = row + 1, score = score).to_string()
        }
        KpiError::ResponseBeforeRequest { row } => {
            td_string!(locale, kpi.e_response_before_request, n = row + 1).to_string()
        }
    }
}

/// A short message about a date or time that could not be read.
pub fn date_error(locale: Locale, e: DateError) -> &'static str {
    match e {
        DateError::Empty => td_string!(locale, dates.empty),
        DateError::Format => td_string!(locale, dates.format),
        DateError::NoSuchDate => td_string!(locale, dates.no_such_date),
        DateError::YearOutOfRange => td_string!(locale, dates.year_out_of_range),
        DateError::NoSuchTime => td_string!(locale, dates.no_such_time),
        DateError::TimeFormat => td_string!(locale, dates.time_format),
        DateError::AmbiguousOrder => td_string!(locale, dates.ambiguous_order),
    }
}

/// `field.label(lang)` on a KPI input, in the interface's words.
pub trait KpiFieldWords {
    fn label(self, locale: impl Into<Locale>) -> &'static str;
}

impl KpiFieldWords for KpiField {
    fn label(self, locale: impl Into<Locale>) -> &'static str {
        kpi_field(locale.into(), self)
    }
}

/// `e.message(lang)` on core's computation errors, in the interface's words.
pub trait ErrorWords {
    fn message(self, locale: impl Into<Locale>) -> String;
}

impl ErrorWords for KpiError {
    fn message(self, locale: impl Into<Locale>) -> String {
        kpi_error(locale.into(), self)
    }
}

impl ErrorWords for DateError {
    fn message(self, locale: impl Into<Locale>) -> String {
        date_error(locale.into(), self).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kpi_error_has_a_message_in_both_languages() {
        let errors = [
            KpiError::Missing(KpiField::Date),
            KpiError::Negative(KpiField::Promoters),
            KpiError::TooLarge(KpiField::Revenue),
            KpiError::ZeroTotal(KpiField::ClientsAtStart),
            KpiError::Exceeds {
                part: KpiField::ClientsLost,
                whole: KpiField::ClientsAtStart,
            },
            KpiError::DoesNotAddUp {
                field: KpiField::ClientsAtEnd,
                expected: 22,
                given: 21,
            },
            KpiError::NoData(KpiField::ResponseTimes),
            KpiError::ScoreOutOfRange { row: 2, score: 11 },
            KpiError::ResponseBeforeRequest { row: 0 },
        ];
        for e in errors {
            let en = kpi_error(Locale::en, e);
            let vi = kpi_error(Locale::vi, e);
            assert!(!en.is_empty() && !vi.is_empty() && en != vi, "{e:?}");
        }
        let exceeds = KpiError::Exceeds {
            part: KpiField::ClientsLost,
            whole: KpiField::ClientsAtStart,
        };
        assert_eq!(
            kpi_error(Locale::vi, exceeds),
            "Số client mất không thể lớn hơn Số client đầu kỳ."
        );
        assert_eq!(
            kpi_error(Locale::en, KpiError::ScoreOutOfRange { row: 2, score: 11 }),
            "Answer 3: 11 is not a score from 0 to 10."
        );
        assert_eq!(
            kpi_error(Locale::en, KpiError::Missing(KpiField::Date)),
            "Date: missing."
        );
    }

    #[test]
    fn date_errors_read_in_both_languages() {
        for e in [
            DateError::Empty,
            DateError::Format,
            DateError::NoSuchDate,
            DateError::YearOutOfRange,
            DateError::NoSuchTime,
            DateError::TimeFormat,
            DateError::AmbiguousOrder,
        ] {
            assert!(!date_error(Locale::en, e).is_empty() && !date_error(Locale::vi, e).is_empty());
        }
        assert_eq!(date_error(Locale::en, DateError::Empty), "Enter a date.");
        assert_eq!(
            date_error(Locale::vi, DateError::NoSuchDate),
            "Ngày này không có trên lịch."
        );
        assert_eq!(
            date_error(Locale::vi, DateError::Format),
            "Viết ngày theo dạng ngày/tháng/năm (ví dụ 10/12/2026) hoặc chọn trên lịch."
        );
        assert!(date_error(Locale::en, DateError::AmbiguousOrder).contains("YYYY-MM-DD"));
    }
}
