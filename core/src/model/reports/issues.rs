//! What a check found wrong with a report, field by field.
//!
//! Each report has its own field enum (which names the row where there are
//! rows); the causes are shared. Errors block "send-ready" (and saving where
//! the UI says so); warnings are shown but never block: a due date in the
//! past is a warning, never a refusal.
use crate::model::text::{tx, Lang};

/// How serious an issue is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// Must be fixed before the report is sent.
    Error,
    /// Worth a look; does not block.
    Warning,
}

/// Why a field was flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cause {
    /// Blank (or, for a list, empty).
    Missing,
    /// Longer than `max` characters.
    TooLong { max: usize },
    /// An id that is not a valid record key.
    InvalidId,
    /// An agreement worded too vaguely to know what was accepted
    /// ("OK", "as discussed", "approved"…).
    VagueWording,
    /// A due date before today, by `days` days.
    DueInPast { days: i64 },
    /// A due date before the meeting it came from.
    DueBeforeMeeting,
    /// An end date before the start date.
    EndBeforeStart,
    /// A date after the review's "as of" date.
    AfterAsOf,
    /// A date outside the review's twelve-month window.
    OutsideWindow,
    /// A negative amount.
    Negative,
    /// An amount above [`crate::model::money::MAX_AMOUNT`].
    TooLarge,
    /// The same person listed twice on one side.
    Duplicate,
}

impl Cause {
    /// Whether a record with this error may not even be stored as a draft:
    /// data that is malformed rather than unfinished (text beyond the
    /// limits, a bad reference, an impossible amount). Unfinished parts (a
    /// missing date, a blank wording) are kept and listed by the checks.
    pub fn blocks_storage(self) -> bool {
        matches!(
            self,
            Cause::TooLong { .. } | Cause::InvalidId | Cause::Negative | Cause::TooLarge
        )
    }

    /// A short explanation for the person fixing it.
    pub fn message(self, lang: Lang) -> String {
        let t = |en, vi| tx(en, vi).get(lang).to_string();
        match self {
            Cause::Missing => t("missing", "còn trống"),
            Cause::TooLong { max } => match lang {
                Lang::En => format!("longer than {max} characters"),
                Lang::Vi => format!("dài quá {max} ký tự"),
            },
            Cause::InvalidId => t("not a valid reference", "tham chiếu không hợp lệ"),
            Cause::VagueWording => t(
                "too vague: write the exact item the client accepted",
                "còn chung chung: ghi đúng hạng mục client đã chấp thuận",
            ),
            Cause::DueInPast { days } => match lang {
                Lang::En if days == 1 => "the due date was yesterday".to_string(),
                Lang::En => format!("the due date was {days} days ago"),
                Lang::Vi => format!("deadline đã qua {days} ngày"),
            },
            Cause::DueBeforeMeeting => t(
                "due before the meeting took place",
                "hạn chót sớm hơn ngày họp",
            ),
            Cause::EndBeforeStart => t(
                "ends before it starts",
                "ngày kết thúc sớm hơn ngày bắt đầu",
            ),
            Cause::AfterAsOf => t(
                "dated after the review date",
                "ngày muộn hơn ngày lập báo cáo",
            ),
            Cause::OutsideWindow => t(
                "outside the twelve months reviewed",
                "nằm ngoài khoảng mười hai tháng được xem xét",
            ),
            Cause::Negative => t("cannot be negative", "không được âm"),
            Cause::TooLarge => t("too large", "quá lớn"),
            Cause::Duplicate => t("listed twice", "bị lặp lại"),
        }
    }
}

/// A field of some report, able to name itself (with its row) to the user.
pub trait FieldLabel {
    /// E.g. "Next step 2 — owner" / "Bước tiếp theo 2 — người phụ trách".
    fn label(&self, lang: Lang) -> String;
}

/// One thing a check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Issue<F> {
    pub severity: Severity,
    pub field: F,
    pub cause: Cause,
}

impl<F> Issue<F> {
    pub fn error(field: F, cause: Cause) -> Self {
        Issue {
            severity: Severity::Error,
            field,
            cause,
        }
    }

    pub fn warning(field: F, cause: Cause) -> Self {
        Issue {
            severity: Severity::Warning,
            field,
            cause,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl<F: FieldLabel> Issue<F> {
    /// "Field: cause", in the user's language.
    pub fn message(&self, lang: Lang) -> String {
        format!("{}: {}", self.field.label(lang), self.cause.message(lang))
    }
}

/// The errors of `issues` that stop a record from being stored at all: the
/// malformed ones (see [`Cause::blocks_storage`]) and a missing client
/// (`client_field`), since every record hangs from a client.
pub fn storage_errors<F: PartialEq + Copy>(issues: &[Issue<F>], client_field: F) -> Vec<Issue<F>> {
    issues
        .iter()
        .filter(|i| i.is_error() && (i.cause.blocks_storage() || i.field == client_field))
        .copied()
        .collect()
}

/// True when none of `issues` is an error.
pub fn no_errors<F>(issues: &[Issue<F>]) -> bool {
    !issues.iter().any(Issue::is_error)
}

/// Pushes `TooLong` if `text` has more than `max` characters (not bytes).
pub(crate) fn check_len<F>(out: &mut Vec<Issue<F>>, field: F, text: &str, max: usize) {
    if text.chars().count() > max {
        out.push(Issue::error(field, Cause::TooLong { max }));
    }
}

/// Checks a record's client id (required) and proposal id (optional).
pub(crate) fn check_ids<F>(
    out: &mut Vec<Issue<F>>,
    client_id: &str,
    client_field: F,
    proposal_id: Option<&str>,
    proposal_field: F,
) {
    if client_id.trim().is_empty() {
        out.push(Issue::error(client_field, Cause::Missing));
    } else if !crate::model::ids::is_valid_id(client_id) {
        out.push(Issue::error(client_field, Cause::InvalidId));
    }
    if let Some(p) = proposal_id {
        if !crate::model::ids::is_valid_id(p) {
            out.push(Issue::error(proposal_field, Cause::InvalidId));
        }
    }
}

/// Label helper: "{base} {n}" with a 1-based row number.
pub(crate) fn row_label(base: &str, row: usize) -> String {
    format!("{base} {}", row + 1)
}
