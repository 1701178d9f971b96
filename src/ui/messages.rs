//! Storage and import errors in the user's language.
use leptos_i18n::I18nContext;

use crate::i18n::*;
use crate::storage::backup::BackupError;
use crate::storage::StorageError;
use suitcase_core::formats::backup::{ImportError, RecordProblem};

/// A byte count for people: "1.2 MB".
pub fn human_bytes(n: f64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut v = n.max(0.0);
    let mut i = 0;
    while v >= 1000.0 && i < UNITS.len() - 1 {
        v /= 1000.0;
        i += 1;
    }
    if i == 0 {
        format!("{v:.0} {}", UNITS[i])
    } else {
        format!("{v:.1} {}", UNITS[i])
    }
}

/// The message for a storage error.
pub fn storage_error(i18n: I18nContext<Locale>, e: &StorageError) -> String {
    match e {
        StorageError::Quota => t_string!(i18n, errors.quota).to_string(),
        StorageError::WriteAborted => t_string!(i18n, errors.write_aborted).to_string(),
        StorageError::Unavailable(_) => t_string!(i18n, errors.unavailable).to_string(),
        StorageError::Conflict { .. } => t_string!(i18n, errors.conflict).to_string(),
        StorageError::NotFound => t_string!(i18n, errors.not_found).to_string(),
        StorageError::Deleted => t_string!(i18n, errors.deleted).to_string(),
        StorageError::Closed | StorageError::TooNew => t_string!(i18n, errors.closed).to_string(),
        StorageError::Corrupt { .. } => t_string!(i18n, errors.corrupt).to_string(),
        StorageError::Other(d) => {
            td_string!(i18n.get_locale(), errors.other, detail = d).to_string()
        }
    }
}

/// What a record's own check found, in the user's words ("Client: missing").
pub fn record_problem(locale: Locale, p: &RecordProblem) -> String {
    use crate::ui::check::issue_text;
    match p {
        RecordProblem::Contact(i) => issue_text(locale, i),
        RecordProblem::Wip(i) => issue_text(locale, i),
        RecordProblem::Competitor(i) => issue_text(locale, i),
        RecordProblem::Plan(i) => issue_text(locale, i),
        RecordProblem::Kpi(e) => crate::ui::words::kpi_error(locale, *e),
    }
}

/// The message for a backup import that did not happen.
pub fn backup_error(i18n: I18nContext<Locale>, e: &BackupError) -> String {
    let l = i18n.get_locale();
    match e {
        BackupError::Storage(s) => storage_error(i18n, s),
        BackupError::File(f) => match f {
            ImportError::TooLarge { size, limit } => td_string!(
                l,
                errors.file_too_large,
                size = human_bytes(*size as f64),
                limit = human_bytes(*limit as f64)
            )
            .to_string(),
            ImportError::NotJson(d) => td_string!(l, errors.not_json, detail = d).to_string(),
            ImportError::TooDeep => t_string!(i18n, errors.too_deep).to_string(),
            ImportError::WrongFormat(found) => {
                td_string!(l, errors.wrong_format, found = found).to_string()
            }
            ImportError::NewerVersion(v) => {
                td_string!(l, errors.newer_version, found = v).to_string()
            }
            ImportError::BadField { path, detail } => {
                td_string!(l, errors.bad_field, path = path, detail = detail).to_string()
            }
            ImportError::BadRecord { path, problem } => td_string!(
                l,
                errors.bad_field,
                path = path,
                detail = record_problem(l, problem)
            )
            .to_string(),
        },
    }
}

#[cfg(test)]
mod record_problem_tests {
    use super::*;
    use suitcase_core::check::{Cause, Issue};
    use suitcase_core::model::kpi::{KpiError, KpiField};
    use suitcase_core::model::reports::{CompetitorField, ContactField, WipField};

    /// A backup's refused report reads as the toolkit's own check does.
    #[test]
    fn refused_records_read_in_the_users_words() {
        let en = |p: RecordProblem| record_problem(Locale::en, &p);
        assert_eq!(
            en(RecordProblem::Contact(Issue::error(
                ContactField::ClientId,
                Cause::Missing
            ))),
            "Client: missing"
        );
        assert_eq!(
            en(RecordProblem::Contact(Issue::error(
                ContactField::ClientId,
                Cause::InvalidId
            ))),
            "Client: not a valid reference"
        );
        assert_eq!(
            en(RecordProblem::Contact(Issue::error(
                ContactField::Subject,
                Cause::TooLong { max: 200 }
            ))),
            "Subject: longer than 200 characters"
        );
        assert_eq!(
            en(RecordProblem::Wip(Issue::error(
                WipField::Title,
                Cause::Missing
            ))),
            "Job: missing"
        );
        assert_eq!(
            en(RecordProblem::Competitor(Issue::error(
                CompetitorField::CampaignSpend { brand: 0, row: 0 },
                Cause::Negative
            ))),
            "Brand 1, campaign 1 — estimated spend: cannot be negative"
        );
        assert_eq!(
            en(RecordProblem::Kpi(KpiError::Exceeds {
                part: KpiField::ClientsLost,
                whole: KpiField::ClientsAtStart
            })),
            "Clients lost cannot be more than Clients at start."
        );
        assert_eq!(
            en(RecordProblem::Kpi(KpiError::Missing(KpiField::Date))),
            "Date: missing."
        );
        let vi = record_problem(
            Locale::vi,
            &RecordProblem::Wip(Issue::error(WipField::Title, Cause::Missing)),
        );
        assert!(!vi.is_empty() && vi != "Job: missing", "{vi}");
    }
}
