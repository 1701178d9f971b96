//! The WIP (work in progress) report: every job of a client with its
//! status, next step, owner and due date, and the history of its status.
//!
//! Each [`WipJob`] is a record of its own (attached to a client, optionally
//! to a proposal); a WIP report is a filtered, sorted view of jobs, exported
//! weekly with [`wip_doc`].
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::contact::ContactReport;
use super::dates::{classify_due, days_until, DueClass};
use crate::check::{check_ids, check_len, Cause, Issue};
use crate::model::client::{NAME_MAX, TEXT_MAX};
use crate::model::text::{tx, Lang};

/// Where a job stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum JobStatus {
    /// Briefed in, not started.
    #[default]
    Briefed,
    InProgress,
    /// Sent to the client; waiting for feedback or approval.
    AwaitingClient,
    OnHold,
    Done,
    Cancelled,
}

impl JobStatus {
    /// Every status, in the order the WIP export groups them.
    pub const ALL: [JobStatus; 6] = [
        JobStatus::InProgress,
        JobStatus::AwaitingClient,
        JobStatus::Briefed,
        JobStatus::OnHold,
        JobStatus::Done,
        JobStatus::Cancelled,
    ];

    /// Still to be worked on (neither done nor cancelled).
    pub fn is_open(self) -> bool {
        !matches!(self, JobStatus::Done | JobStatus::Cancelled)
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            JobStatus::Briefed => tx("Briefed", "Đã nhận brief"),
            JobStatus::InProgress => tx("In progress", "Đang làm"),
            JobStatus::AwaitingClient => tx("Awaiting client", "Chờ client phản hồi"),
            JobStatus::OnHold => tx("On hold", "Tạm dừng"),
            JobStatus::Done => tx("Done", "Hoàn thành"),
            JobStatus::Cancelled => tx("Cancelled", "Đã huỷ"),
        }
        .get(lang)
    }
}

/// One change of a job's status. The first entry of a new job has no `from`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StatusChange {
    pub at: DateTime<Utc>,
    pub from: Option<JobStatus>,
    pub to: JobStatus,
    /// Why, in a few words; optional.
    pub note: String,
}

/// The contact report next step a job was created from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct JobSource {
    /// The contact report's record id.
    pub report_id: String,
    /// The next step's 0-based row in that report.
    pub step: usize,
}

/// A job in progress for a client.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WipJob {
    pub client_id: String,
    pub proposal_id: Option<String>,
    /// The campaign or project it belongs to; optional.
    pub project: String,
    /// The job ("Tết TVC 30s", "KV adaptation for OOH").
    pub title: String,
    pub status: JobStatus,
    /// What happens next on it.
    pub next_step: String,
    pub owner: String,
    pub due: Option<NaiveDate>,
    pub notes: String,
    /// Every status change, oldest first.
    pub history: Vec<StatusChange>,
    /// Set when the job came from a contact report's next step.
    pub source: Option<JobSource>,
}

/// A field of a WIP job.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WipField {
    ClientId,
    ProposalId,
    Project,
    Title,
    NextStep,
    Owner,
    Due,
    Notes,
    HistoryNote(usize),
}

impl WipJob {
    /// A new job, briefed at `now`, with its first history entry.
    pub fn new(client_id: impl Into<String>, title: impl Into<String>, now: DateTime<Utc>) -> Self {
        WipJob {
            client_id: client_id.into(),
            title: title.into(),
            status: JobStatus::Briefed,
            history: vec![StatusChange {
                at: now,
                from: None,
                to: JobStatus::Briefed,
                note: String::new(),
            }],
            ..Default::default()
        }
    }

    /// The client id, for the storage index.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// Moves the job to `to` at `at` and records the change. Returns false
    /// (and records nothing) when the job already has that status.
    pub fn set_status(
        &mut self,
        to: JobStatus,
        at: DateTime<Utc>,
        note: impl Into<String>,
    ) -> bool {
        if self.status == to {
            return false;
        }
        self.history.push(StatusChange {
            at,
            from: Some(self.status),
            to,
            note: note.into(),
        });
        self.status = to;
        true
    }

    /// The status the job had at `instant`, from its history (`None` before
    /// the first entry). Entries are read in order; the latest at or before
    /// `instant` wins.
    pub fn status_at(&self, instant: DateTime<Utc>) -> Option<JobStatus> {
        self.history
            .iter()
            .filter(|c| c.at <= instant)
            .max_by_key(|c| c.at)
            .map(|c| c.to)
    }

    /// When the job last changed status.
    pub fn last_change(&self) -> Option<DateTime<Utc>> {
        self.history.iter().map(|c| c.at).max()
    }

    /// How close the due date is; `None` for done or cancelled jobs, which
    /// are never highlighted.
    pub fn due_class(&self, today: NaiveDate) -> Option<DueClass> {
        self.status.is_open().then(|| classify_due(self.due, today))
    }

    /// Checks the job before it is saved. Errors: no client, no title, text
    /// too long. Warnings (open jobs only): no next step, no owner, no due
    /// date, a due date in the past.
    pub fn check(&self, today: NaiveDate) -> Vec<Issue<WipField>> {
        use WipField as F;
        let mut out = Vec::new();
        check_ids(
            &mut out,
            &self.client_id,
            F::ClientId,
            self.proposal_id.as_deref(),
            F::ProposalId,
        );
        if self.title.trim().is_empty() {
            out.push(Issue::error(F::Title, Cause::Missing));
        }
        check_len(&mut out, F::Title, &self.title, NAME_MAX);
        check_len(&mut out, F::Project, &self.project, NAME_MAX);
        check_len(&mut out, F::NextStep, &self.next_step, TEXT_MAX);
        check_len(&mut out, F::Owner, &self.owner, NAME_MAX);
        check_len(&mut out, F::Notes, &self.notes, TEXT_MAX);
        for (r, c) in self.history.iter().enumerate() {
            check_len(&mut out, F::HistoryNote(r), &c.note, TEXT_MAX);
        }
        if self.status.is_open() {
            if self.next_step.trim().is_empty() {
                out.push(Issue::warning(F::NextStep, Cause::Missing));
            }
            if self.owner.trim().is_empty() {
                out.push(Issue::warning(F::Owner, Cause::Missing));
            }
            match self.due {
                None => out.push(Issue::warning(F::Due, Cause::Missing)),
                Some(d) if d < today => out.push(Issue::warning(
                    F::Due,
                    Cause::DueInPast {
                        days: -days_until(d, today),
                    },
                )),
                Some(_) => {}
            }
        }
        crate::sort::by_key(&mut out, |i| i.severity);
        out
    }
}

impl WipJob {
    /// What stops the job from being stored: every error of [`WipJob::check`]
    /// (no client, no title, text beyond the limits, a bad id). Warnings
    /// never do.
    pub fn storage_errors(&self) -> Vec<Issue<WipField>> {
        self.check(NaiveDate::MIN)
            .into_iter()
            .filter(Issue::is_error)
            .collect()
    }
}

fn same_person(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

/// Which jobs to show. Empty lists and `None` mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WipFilter {
    pub client_id: Option<String>,
    pub proposal_id: Option<String>,
    /// Matched ignoring case and extra spaces.
    pub owner: Option<String>,
    pub statuses: Vec<JobStatus>,
    /// Only jobs in these due classes (closed jobs never match a non-empty list).
    pub due: Vec<DueClass>,
    /// Hide done and cancelled jobs.
    pub open_only: bool,
}

impl WipFilter {
    /// Whether `job` passes every criterion, judged at the user's `today`.
    pub fn matches(&self, job: &WipJob, today: NaiveDate) -> bool {
        self.client_id.as_ref().is_none_or(|c| *c == job.client_id)
            && self
                .proposal_id
                .as_ref()
                .is_none_or(|p| job.proposal_id.as_ref() == Some(p))
            && self
                .owner
                .as_ref()
                .is_none_or(|o| same_person(o, &job.owner))
            && (self.statuses.is_empty() || self.statuses.contains(&job.status))
            && (!self.open_only || job.status.is_open())
            && (self.due.is_empty() || job.due_class(today).is_some_and(|c| self.due.contains(&c)))
    }

    /// The jobs that pass, in WIP order (see [`wip_order`]).
    pub fn apply<'a>(&self, jobs: &'a [WipJob], today: NaiveDate) -> Vec<&'a WipJob> {
        let mut out: Vec<&WipJob> = jobs.iter().filter(|j| self.matches(j, today)).collect();
        crate::sort::by(&mut out, |a, b| wip_order(a, b, today));
        out
    }
}

/// WIP order: open jobs before closed ones; then overdue, due today, due this
/// week, later, no date; then by due date, then title.
pub fn wip_order(a: &WipJob, b: &WipJob, today: NaiveDate) -> std::cmp::Ordering {
    let key = |j: &WipJob| {
        (
            !j.status.is_open(),
            j.due_class(today).unwrap_or(DueClass::NoDate),
            j.due.unwrap_or(NaiveDate::MAX),
        )
    };
    key(a)
        .cmp(&key(b))
        .then_with(|| a.title.to_lowercase().cmp(&b.title.to_lowercase()))
}

/// Every distinct owner named in `jobs` (first spelling kept), sorted, for
/// the owner filter.
pub fn owners(jobs: &[WipJob]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for j in jobs {
        let o = j.owner.trim();
        if !o.is_empty() && !out.iter().any(|x| same_person(x, o)) {
            out.push(o.to_string());
        }
    }
    crate::sort::by_key(&mut out, |s| s.to_lowercase());
    out
}

/// How many open jobs fall in each due class.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WipCounts {
    pub open: usize,
    pub overdue: usize,
    pub due_today: usize,
    pub due_this_week: usize,
    pub later: usize,
    pub no_date: usize,
}

/// Counts the open jobs by due class.
pub fn wip_counts(jobs: &[WipJob], today: NaiveDate) -> WipCounts {
    let mut c = WipCounts::default();
    for j in jobs {
        let Some(class) = j.due_class(today) else {
            continue;
        };
        c.open += 1;
        match class {
            DueClass::Overdue => c.overdue += 1,
            DueClass::DueToday => c.due_today += 1,
            DueClass::DueThisWeek => c.due_this_week += 1,
            DueClass::Later => c.later += 1,
            DueClass::NoDate => c.no_date += 1,
        }
    }
    c
}

/// New WIP jobs from a contact report's next steps: one per step with an
/// action, owned and dated as in the report, status "Briefed" at `now`,
/// linked back to the report (`report_id`, step row). Steps already turned
/// into a job (a job in `existing` with the same source) are skipped, so
/// running it twice creates nothing new.
pub fn jobs_from_next_steps(
    report: &ContactReport,
    report_id: &str,
    existing: &[WipJob],
    now: DateTime<Utc>,
) -> Vec<WipJob> {
    report
        .next_steps
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.action.trim().is_empty())
        .filter(|(i, _)| {
            !existing.iter().any(|j| {
                j.source
                    .as_ref()
                    .is_some_and(|s| s.report_id == report_id && s.step == *i)
            })
        })
        .map(|(i, s)| {
            let mut job = WipJob::new(report.client_id.clone(), s.action.trim(), now);
            job.proposal_id = report.proposal_id.clone();
            job.project = report.subject.trim().to_string();
            job.next_step = s.action.trim().to_string();
            job.owner = s.owner.trim().to_string();
            job.due = s.due;
            job.source = Some(JobSource {
                report_id: report_id.to_string(),
                step: i,
            });
            job
        })
        .collect()
}

/// The flag shown beside a job: "Overdue by 3 days", "Due today"…
pub fn due_flag(job: &WipJob, today: NaiveDate, lang: Lang) -> String {
    match (job.due_class(today), job.due) {
        (Some(DueClass::Overdue), Some(d)) => {
            let days = -days_until(d, today);
            match lang {
                Lang::En if days == 1 => "Overdue by 1 day".into(),
                Lang::En => format!("Overdue by {days} days"),
                Lang::Vi => format!("Trễ hạn {days} ngày"),
            }
        }
        (Some(c @ (DueClass::DueToday | DueClass::DueThisWeek | DueClass::NoDate)), _) => {
            c.label(lang).to_string()
        }
        _ => String::new(),
    }
}
