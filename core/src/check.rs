//! One validation model for every form: an [`Issue`] names a typed field
//! (an enum per form, with row indexes where the field is in a list), a
//! [`Cause`] and a [`Severity`].
//!
//! Core returns enums only: the words for fields and causes live in the
//! app's locales (`locales/<lang>/check.json` and the features' field
//! labels), rendered by one function (`ui::check::issue_text`). Errors block
//! moving on or sending (and storing, for [`Cause::blocks_storage`]);
//! warnings are shown but never block (a due date in the past is a warning,
//! never a refusal).
use serde::{Deserialize, Serialize};

/// How serious an issue is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Severity {
    /// Must be fixed before moving on or sending.
    #[default]
    Error,
    /// Worth a look; does not block.
    Warning,
}

/// Why a field was flagged. Each variant carries what its message needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "cause", rename_all = "snake_case")]
pub enum Cause {
    /// A required field is blank, or a required list is empty.
    Missing,
    /// Longer than `max` characters (the text is kept as typed).
    TooLong { max: usize },
    /// More than `max` entries.
    TooMany { max: usize },
    /// A negative amount or count.
    Negative,
    /// Above `max` (amounts: 2^53, the largest a browser keeps exactly).
    TooLarge { max: i64 },
    /// An id that is not a valid record key.
    InvalidId,
    /// An end date before its start date.
    EndBeforeStart,
    /// The proposal deadline falls after the campaign has started.
    DeadlineAfterStart,
    /// Not a three-letter currency code.
    BadCurrency,
    /// A percentage outside 0–100 %.
    PercentOutOfRange,
    /// A review score outside 1–5.
    ScoreOutOfRange,
    /// Refers to an idea, criterion or line that does not exist.
    UnknownReference,
    /// Two entries share an id.
    DuplicateId,
    /// The same thing entered twice (one reviewer scoring one idea twice,
    /// the same person listed twice on one side).
    Duplicate,
    /// Fewer than three ideas exist or have been scored: the internal review
    /// should send at least three forward.
    FewerThanThreeIdeas,
    /// A phase starts before the previous one.
    OutOfOrder,
    /// The live phase falls outside the brief's campaign dates.
    OutsideCampaign,
    /// The pricing cannot be totalled (an amount beyond 2^53).
    PricingOverflow,
    /// An objective, mandatory or KPI that no proposal section answers.
    Uncovered,
    /// The recommended idea is not among the ideas going forward.
    NotShortlisted,
    /// The payment schedule's shares do not add up to 100 %.
    ScheduleNotWhole,
    /// The total before VAT is above the brief's budget.
    OverBudget,
    /// The total with VAT is above the brief's budget (before VAT it fits).
    OverBudgetWithVat,
    /// The validity date has passed.
    Expired,
    /// The validity date is before the proposal's date.
    ValidBeforeDate,
    /// An agreement worded too vaguely to know what was accepted
    /// ("OK", "as discussed", "approved"…).
    VagueWording,
    /// A due date before today, by `days` days.
    DueInPast { days: i64 },
    /// A due date before the meeting it came from.
    DueBeforeMeeting,
    /// A date after the review's "as of" date.
    AfterAsOf,
    /// A date outside the review's twelve-month window.
    OutsideWindow,
    /// Zero or below where only a positive number makes sense.
    NotPositive,
    /// Not a finite number (NaN or infinity reached the form).
    NotFinite,
    /// A lower limit above its upper limit.
    MinAboveMax { min: i64, max: i64 },
}

impl Cause {
    /// Whether a record with this error may not even be stored as a draft:
    /// data that is malformed rather than unfinished (text beyond the
    /// limits, a bad reference, an impossible amount). Unfinished parts (a
    /// missing date, a blank wording) are kept and listed by the checks.
    pub fn blocks_storage(self) -> bool {
        matches!(
            self,
            Cause::TooLong { .. } | Cause::InvalidId | Cause::Negative | Cause::TooLarge { .. }
        )
    }

    /// Problems the account may knowingly send with ("send anyway"): a
    /// brief item left unanswered, or a total above the brief's budget.
    pub fn is_waivable(self) -> bool {
        matches!(
            self,
            Cause::Uncovered | Cause::OverBudget | Cause::OverBudgetWithVat
        )
    }
}

/// One thing a check found: which field, why, and how serious.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Issue<F> {
    pub severity: Severity,
    pub field: F,
    pub cause: Cause,
}

impl<F> Issue<F> {
    /// An issue that blocks.
    pub fn error(field: F, cause: Cause) -> Self {
        Issue {
            severity: Severity::Error,
            field,
            cause,
        }
    }

    /// An issue worth a look that does not block.
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

    /// The same issue about another field (a part's field inside a whole).
    pub fn map<G>(self, f: impl FnOnce(F) -> G) -> Issue<G> {
        Issue {
            severity: self.severity,
            field: f(self.field),
            cause: self.cause,
        }
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
