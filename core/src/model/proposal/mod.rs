//! The brief-to-proposal wizard's record: brief, decode, creative brief,
//! ideas, internal review and the proposal itself, with its status, the step
//! the user is on and the versions sent so far.
//!
//! Steps are free to move back and forth: [`ProposalRecord::go_to`] only
//! reports what the step being left still misses; nothing typed is dropped.
pub mod client;
pub mod coverage;
pub mod demo;
pub mod field;
pub mod ideas;
pub mod pricing;
pub mod summary;
pub mod timeline;
pub mod versions;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::brief::{Brief, Cause, Checker, CreativeBrief, Decode, Issue, Kpi};
use crate::model::reports::dates::iso_compact;
use crate::model::text::{tx, Lang};
pub use field::WizardField;
use WizardField as F;

pub use client::{Agency, ClientProposal, Decision, Reply, ReplyError};
pub use coverage::{uncovered, Coverage, ItemKind, Link, SectionId, Uncovered};
pub use ideas::{capture, Criterion, Idea, Ranked, Review, Score, Shortlist};
pub use pricing::{split_schedule, Installment, LineItem, Pricing, PricingError, Totals};
pub use summary::ProposalSummary;
pub use timeline::{derive_phases, Phase, PhaseKind, TimelineError};
pub use versions::{compare, LineChange, Version, VersionDiff};

/// The `format` tag of a proposal file (JSON export and share links).
pub const PROPOSAL_FORMAT: &str = "suitcase/proposal";
/// The proposal file version this build reads and writes.
pub const PROPOSAL_VERSION: u64 = 1;
/// The largest proposal file accepted, in bytes.
pub const MAX_PROPOSAL_BYTES: usize = 8_000_000;

/// Days an offer stays valid by default, from the proposal's date.
pub const VALID_DAYS: u64 = 30;

/// Payment terms a new proposal starts with.
pub const DEFAULT_PAYMENT_TERMS: crate::model::text::Text = tx(
    "Each invoice is paid by bank transfer within 15 days of its date. Amounts are in the currency of the pricing table.",
    "Mỗi hóa đơn được thanh toán bằng chuyển khoản trong vòng 15 ngày kể từ ngày xuất. Số tiền tính theo đơn vị tiền tệ của bảng báo giá.",
);

/// Terms and conditions a new proposal starts with (the account edits them).
pub const DEFAULT_TERMS: crate::model::text::Text = tx(
    "1. The prices hold until the validity date on the cover and cover only the items listed.\n\
2. Work starts once the client confirms in writing or accepts online, and the deposit has arrived.\n\
3. Each deliverable includes two rounds of changes. Further rounds, or a change of scope after approval, are quoted before any work on them starts.\n\
4. Media, talent and KOL costs are booked at the rates confirmed at booking; if a platform or a talent changes its price, the difference is passed on at cost.\n\
5. The client owns the final work once it is paid in full. Drafts and ideas not chosen stay with the agency.\n\
6. Each side keeps the other's confidential information private, during the project and after it.\n\
7. If the client cancels, the work done and the costs committed up to that day are invoiced.",
    "1. Giá giữ nguyên đến ngày hiệu lực ghi trên trang bìa và chỉ gồm các hạng mục được liệt kê.\n\
2. Công việc bắt đầu khi khách hàng xác nhận bằng văn bản hoặc chấp thuận trực tuyến, và khoản tạm ứng đã được chuyển.\n\
3. Mỗi hạng mục gồm hai vòng chỉnh sửa. Các vòng thêm, hoặc thay đổi phạm vi sau khi đã duyệt, được báo giá trước khi bắt tay vào làm.\n\
4. Chi phí media, talent và KOL được đặt theo mức giá xác nhận lúc đặt; nếu nền tảng hoặc talent đổi giá, phần chênh lệch được tính đúng theo chi phí thực.\n\
5. Khách hàng sở hữu sản phẩm cuối cùng khi đã thanh toán đủ. Bản nháp và ý tưởng không được chọn vẫn thuộc về agency.\n\
6. Mỗi bên giữ kín thông tin bảo mật của bên kia, trong lúc làm dự án và sau đó.\n\
7. Nếu khách hàng hủy, phần việc đã làm và chi phí đã cam kết đến ngày hủy sẽ được xuất hóa đơn.",
);

/// A proposal number from the brand (or client) and the date:
/// "MAY-20251203". Letters only from the name, at most four.
pub fn proposal_number(brand: &str, client: &str, date: Option<NaiveDate>) -> String {
    let name = if brand.trim().is_empty() {
        client
    } else {
        brand
    };
    let letters: String = crate::model::text::fold(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(4)
        .collect::<String>()
        .to_ascii_uppercase();
    let prefix = if letters.is_empty() {
        "P".to_string()
    } else {
        letters
    };
    match date {
        Some(d) => format!("{prefix}-{}", iso_compact(d)),
        None => prefix,
    }
}

/// Where a proposal stands with the client.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    #[default]
    Draft,
    InternalReview,
    Sent,
    Revising,
    Accepted,
    Lost,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Status::Draft,
        Status::InternalReview,
        Status::Sent,
        Status::Revising,
        Status::Accepted,
        Status::Lost,
    ];

    /// Accepted and lost proposals are closed: they are not sent again.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Accepted | Status::Lost)
    }
}

/// The wizard's steps, in order.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    #[default]
    Brief,
    Decode,
    Creative,
    Brainstorm,
    Review,
    Proposal,
}

impl Step {
    pub const ALL: [Step; 6] = [
        Step::Brief,
        Step::Decode,
        Step::Creative,
        Step::Brainstorm,
        Step::Review,
        Step::Proposal,
    ];

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self as usize + 1).copied()
    }

    pub fn prev(self) -> Option<Step> {
        (self as usize).checked_sub(1).map(|i| Step::ALL[i])
    }
}

/// The proposal document: composed from the earlier steps, then edited.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Proposal {
    /// The language the client document is written in (None: not chosen
    /// yet; the screen's language is used).
    pub lang: Option<Lang>,
    /// The proposal's reference on its cover (e.g. "MAY-20251203").
    pub number: String,
    pub title: String,
    pub subtitle: String,
    pub prepared_by: String,
    pub date: Option<NaiveDate>,
    /// The last day the client can accept the offer as priced.
    pub valid_until: Option<NaiveDate>,
    pub understanding: String,
    pub strategy: String,
    /// The ideas shown (normally the review's three).
    pub idea_ids: Vec<String>,
    pub recommended_idea: String,
    /// Why the recommended idea.
    pub recommendation: String,
    pub deliverables: Vec<String>,
    pub pricing: Pricing,
    pub phases: Vec<Phase>,
    pub kpis: Vec<Kpi>,
    pub next_steps: Vec<String>,
    /// Terms and conditions, printed after the pricing.
    pub terms: String,
    pub coverage: Coverage,
}

/// The whole wizard record, as stored and exported.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProposalRecord {
    pub id: String,
    pub brief: Brief,
    pub decode: Decode,
    pub creative: CreativeBrief,
    pub ideas: Vec<Idea>,
    pub review: Review,
    pub proposal: Proposal,
    pub status: Status,
    pub step: Step,
    /// Sent versions, oldest first.
    pub versions: Vec<Version>,
    /// Put away: hidden from the list unless archived ones are shown.
    pub archived: bool,
}

/// Why a proposal was not sent.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    #[error("the proposal is {0:?} and cannot be sent")]
    Closed(Status),
    #[error("the proposal has {} problem(s) to fix first", .0.len())]
    Blocked(Vec<Issue>),
}

/// Why a proposal file was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    #[error("the file is larger than {limit} bytes")]
    TooLarge { limit: usize },
    /// The shared import rule ([`crate::formats::strict`]) refused it: not
    /// JSON, cut short, too deep, a hostile key, an unsafe number, or a
    /// field of the wrong sort (with its path).
    #[error("not a proposal file: {0}")]
    File(crate::formats::strict::FileError),
    #[error("not a Suitcase proposal (format {0:?})")]
    WrongFormat(String),
    #[error("made by a newer Suitcase (version {0})")]
    NewerVersion(u64),
    /// Read, but holding what no saved proposal may hold (a negative or
    /// too large amount, two ideas with one id...), as its own check says.
    #[error("refused by the proposal's check: {0:?}")]
    Invalid(Issue),
}

impl ProposalRecord {
    /// What `step` still misses or gets wrong (fields such as
    /// [`F::ObjectiveText`] or [`F::LineQty`]).
    pub fn missing(&self, step: Step) -> Vec<Issue> {
        match step {
            Step::Brief => self.brief.validate(),
            Step::Decode => self.decode.validate(),
            Step::Creative => self.creative.validate(),
            Step::Brainstorm => {
                let mut v = ideas::validate_ideas(&self.ideas);
                if !self.ideas.is_empty() && self.ideas.len() < ideas::SHORTLIST_SIZE {
                    v.push(Issue::error(F::Ideas, Cause::FewerThanThreeIdeas));
                }
                v
            }
            Step::Review => {
                let mut v = self.review.validate(&self.ideas);
                if self.review.shortlist(&self.ideas).fewer_than_three {
                    v.push(Issue::error(F::Shortlist, Cause::FewerThanThreeIdeas));
                }
                v
            }
            Step::Proposal => self.proposal_issues(),
        }
    }

    /// The count of issues per step, for the stepper's badges.
    pub fn step_badges(&self) -> Vec<(Step, usize)> {
        Step::ALL
            .iter()
            .map(|&s| (s, self.missing(s).len()))
            .collect()
    }

    /// Moves to `step` (any step, either way) and returns what the step left
    /// behind still misses. Nothing is changed but the current step.
    pub fn go_to(&mut self, step: Step) -> Vec<Issue> {
        let left = self.missing(self.step);
        self.step = step;
        left
    }

    fn proposal_issues(&self) -> Vec<Issue> {
        let p = &self.proposal;
        let mut c = Checker::default();
        c.short(F::Number, &p.number, false);
        c.short(F::Title, &p.title, true);
        c.short(F::Subtitle, &p.subtitle, false);
        c.short(F::PreparedBy, &p.prepared_by, false);
        c.text(F::Understanding, &p.understanding, true);
        c.text(F::Strategy, &p.strategy, true);
        if p.idea_ids.len() < ideas::SHORTLIST_SIZE {
            c.push(F::ShownIdeas, Cause::FewerThanThreeIdeas);
        }
        for (i, id) in p.idea_ids.iter().enumerate() {
            if !self.ideas.iter().any(|x| &x.id == id) {
                c.push(F::ShownIdea(i), Cause::UnknownReference);
            }
        }
        if p.recommended_idea.trim().is_empty() {
            c.push(F::RecommendedIdea, Cause::Missing);
        } else if !p.idea_ids.contains(&p.recommended_idea) {
            c.push(F::RecommendedIdea, Cause::NotShortlisted);
        }
        c.text(F::Recommendation, &p.recommendation, false);
        c.list(F::ProposalDeliverables, &p.deliverables, true);
        for (i, d) in p.deliverables.iter().enumerate() {
            c.text(F::ProposalDeliverable(i), d, true);
        }
        c.list(F::ProposalKpis, &p.kpis, false);
        for (i, k) in p.kpis.iter().enumerate() {
            c.short(F::ProposalKpiMetric(i), &k.metric, true);
            c.short(F::ProposalKpiTarget(i), &k.target, false);
        }
        c.list(F::NextSteps, &p.next_steps, false);
        for (i, s) in p.next_steps.iter().enumerate() {
            c.text(F::NextStep(i), s, true);
        }
        c.text(F::Terms, &p.terms, true);
        if p.valid_until.is_none() {
            c.push(F::ValidUntil, Cause::Missing);
        } else if let (Some(d), Some(v)) = (p.date, p.valid_until) {
            if v < d {
                c.push(F::ValidUntil, Cause::ValidBeforeDate);
            }
        }
        let mut v = c.issues;
        v.extend(p.pricing.validate());
        v.extend(timeline::validate_phases(
            &p.phases,
            (self.brief.campaign_start, self.brief.campaign_end),
        ));
        v
    }

    /// Brief items no section answers.
    pub fn uncovered(&self) -> Vec<Uncovered> {
        uncovered(&self.brief, &self.proposal.coverage)
    }

    /// The brief's budget against the proposal's totals (optional lines
    /// left out): `OverBudget` when the total before VAT is above it,
    /// `OverBudgetWithVat` when only the total with VAT is. Nothing when the
    /// brief has no budget, its currency differs, or the pricing cannot be
    /// totalled.
    pub fn budget_check(&self) -> Option<Issue> {
        let budget = &self.brief.budget;
        let pricing = &self.proposal.pricing;
        if budget.amount <= 0 || !budget.currency.eq_ignore_ascii_case(&pricing.currency) {
            return None;
        }
        let t = pricing.totals().ok()?;
        if t.before_vat > budget.amount {
            Some(Issue::error(F::Total, Cause::OverBudget))
        } else if t.total > budget.amount {
            Some(Issue::error(F::Total, Cause::OverBudgetWithVat))
        } else {
            None
        }
    }

    /// Everything to fix before sending: the proposal step's issues, a total
    /// above the brief's budget, and one `Uncovered` issue per unanswered
    /// objective, mandatory or KPI (fields like [`F::Kpi`]).
    pub fn pre_send_check(&self) -> Vec<Issue> {
        let mut v = self.proposal_issues();
        v.extend(self.budget_check());
        for u in self.uncovered() {
            let b = &self.brief;
            let (item, idx): (fn(usize) -> WizardField, _) = match u.kind {
                ItemKind::Objective => (
                    F::Objective,
                    b.objectives.iter().position(|o| o.id == u.item_id),
                ),
                ItemKind::Mandatory => (
                    F::Mandatory,
                    b.mandatories.iter().position(|o| o.id == u.item_id),
                ),
                ItemKind::Kpi => (F::Kpi, b.kpis.iter().position(|o| o.id == u.item_id)),
            };
            v.push(Issue::error(item(idx.unwrap_or(0)), Cause::Uncovered));
        }
        v
    }

    /// Sends the proposal on `today`: checks it, freezes it as the next
    /// version and marks it sent. With `allow_waivable`, unanswered brief
    /// items and a total above the budget do not block (other problems
    /// still do). The client document is frozen without an agency.
    pub fn send(&mut self, today: NaiveDate, allow_waivable: bool) -> Result<u32, SendError> {
        self.send_to_client(today, allow_waivable, &Agency::default(), String::new())
    }

    /// [`send`](Self::send), freezing the client document with `agency` on
    /// its cover and `reply_key` as the secret that seals the client's reply.
    /// A validity date before `today` blocks.
    pub fn send_to_client(
        &mut self,
        today: NaiveDate,
        allow_waivable: bool,
        agency: &Agency,
        reply_key: String,
    ) -> Result<u32, SendError> {
        if self.status.is_closed() {
            return Err(SendError::Closed(self.status));
        }
        let mut blocking: Vec<Issue> = self
            .pre_send_check()
            .into_iter()
            .filter(|i| !(allow_waivable && i.cause.is_waivable()))
            .collect();
        if self.proposal.valid_until.is_some_and(|v| v < today) {
            blocking.push(Issue::error(F::ValidUntil, Cause::Expired));
        }
        if !blocking.is_empty() {
            return Err(SendError::Blocked(blocking));
        }
        let number = self.versions.last().map_or(1, |v| v.number + 1);
        let client = ClientProposal::build(self, agency);
        self.versions.push(Version {
            number,
            sent_on: Some(today),
            proposal: self.proposal.clone(),
            ideas: versions::shown_ideas(&self.proposal, &self.ideas),
            client: Some(client),
            reply_key,
            reply: None,
        });
        self.status = Status::Sent;
        Ok(number)
    }

    /// The number of the version last sent, when the proposal is still
    /// sent and nothing the client sees has changed since: sending again
    /// would only make a copy of it (a double click).
    pub fn unchanged_since_sent(&self) -> Option<u32> {
        if self.status != Status::Sent {
            return None;
        }
        let last = self.versions.last()?;
        (last.proposal == self.proposal
            && last.ideas == versions::shown_ideas(&self.proposal, &self.ideas))
        .then_some(last.number)
    }

    /// The latest sent version a client link can be made of.
    pub fn latest_client_version(&self) -> Option<&Version> {
        self.versions
            .iter()
            .rev()
            .find(|v| v.client_doc().is_some())
    }

    /// The version a client accepted, if any (the latest such).
    pub fn accepted_version(&self) -> Option<&Version> {
        self.versions.iter().rev().find(|v| {
            v.reply
                .as_ref()
                .is_some_and(|r| r.decision == Decision::Accept)
        })
    }

    /// Editing an accepted proposal starts a new version: the accepted one
    /// stays frozen with its reply, and the proposal goes back to revising.
    /// Returns true when that happened.
    pub fn reopen_if_accepted(&mut self) -> bool {
        if self.status == Status::Accepted {
            self.status = Status::Revising;
            true
        } else {
            false
        }
    }

    /// The client asked for changes: back to editing (versions are kept).
    pub fn revise(&mut self) {
        if self.status == Status::Sent {
            self.status = Status::Revising;
        }
    }

    /// The current draft as an unsent version, to compare with a sent one.
    pub fn draft_version(&self) -> Version {
        Version {
            number: self.versions.last().map_or(1, |v| v.number + 1),
            sent_on: None,
            proposal: self.proposal.clone(),
            ideas: versions::shown_ideas(&self.proposal, &self.ideas),
            ..Default::default()
        }
    }

    /// Compares sent version `number` with the next sent one, or with the
    /// draft when it is the latest. None if there is no such version.
    pub fn compare_with_next(&self, number: u32) -> Option<VersionDiff> {
        let i = self.versions.iter().position(|v| v.number == number)?;
        let next = self
            .versions
            .get(i + 1)
            .cloned()
            .unwrap_or_else(|| self.draft_version());
        Some(compare(&self.versions[i], &next))
    }

    /// Fills the proposal's blank parts from the earlier steps; anything the
    /// user already wrote is kept. `kickoff` (when work would start) lets
    /// the timeline be derived from the campaign dates.
    pub fn compose(&mut self, kickoff: Option<NaiveDate>, lang: Lang) {
        let b = &self.brief;
        let p = &mut self.proposal;
        if p.lang.is_none() {
            p.lang = Some(lang);
        }
        let lang = p.lang.unwrap_or(lang);
        if p.title.trim().is_empty() {
            let word = tx("Proposal", "Đề xuất").get(lang);
            p.title = match b.brand.trim() {
                "" => word.to_string(),
                brand => format!("{brand} — {word}"),
            };
        }
        if p.subtitle.trim().is_empty() {
            p.subtitle = self.creative.proposition.clone();
        }
        if p.date.is_none() {
            p.date = b.deadline.or(kickoff);
        }
        if p.number.trim().is_empty() {
            p.number = proposal_number(&b.brand, &b.client, p.date);
        }
        if p.valid_until.is_none() {
            p.valid_until = p
                .date
                .and_then(|d| d.checked_add_days(chrono::Days::new(VALID_DAYS)));
        }
        if p.terms.trim().is_empty() {
            p.terms = DEFAULT_TERMS.get(lang).to_string();
        }
        if p.pricing.payment_terms.trim().is_empty() {
            p.pricing.payment_terms = DEFAULT_PAYMENT_TERMS.get(lang).to_string();
        }
        if p.pricing.schedule.is_empty() {
            p.pricing.schedule = Pricing::default_schedule(lang);
        }
        if p.understanding.trim().is_empty() {
            p.understanding = [b.background.trim(), self.decode.problem.trim()]
                .iter()
                .filter(|s| !s.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join("\n\n");
        }
        if p.strategy.trim().is_empty() {
            p.strategy = [
                self.creative.proposition.trim(),
                self.creative.reason_to_believe.trim(),
            ]
            .iter()
            .filter(|s| !s.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join("\n\n");
        }
        if p.idea_ids.is_empty() {
            p.idea_ids = self.review.shortlist(&self.ideas).idea_ids;
        }
        if p.recommended_idea.trim().is_empty() {
            if let Some(first) = p.idea_ids.first() {
                p.recommended_idea = first.clone();
            }
        }
        if p.deliverables.is_empty() {
            p.deliverables = self.creative.deliverables.clone();
        }
        if p.pricing.lines.is_empty() && p.pricing.currency != b.budget.currency {
            p.pricing.currency = b.budget.currency.clone();
        }
        if p.phases.is_empty() {
            if let (Some(k), Some(s), Some(e)) = (kickoff, b.campaign_start, b.campaign_end) {
                if let Ok(phases) = derive_phases(k, s, e) {
                    p.phases = phases;
                }
            }
        }
        if p.kpis.is_empty() {
            p.kpis = b.kpis.clone();
        }
        if p.coverage.links.is_empty() {
            // KPIs are answered by the KPI section by construction.
            for k in &b.kpis {
                p.coverage.link(ItemKind::Kpi, &k.id, SectionId::Kpis);
            }
        }
    }

    /// The record as a file (`suitcase/proposal` v1, pretty JSON).
    pub fn to_json(&self) -> String {
        self.file_json(true)
    }

    /// The same file on one line (for share links).
    pub fn to_json_compact(&self) -> String {
        self.file_json(false)
    }

    fn file_json(&self, pretty: bool) -> String {
        #[derive(Serialize)]
        struct File<'a> {
            format: &'static str,
            version: u64,
            #[serde(flatten)]
            record: &'a ProposalRecord,
        }
        let file = File {
            format: PROPOSAL_FORMAT,
            version: PROPOSAL_VERSION,
            record: self,
        };
        if pretty {
            serde_json::to_string_pretty(&file).unwrap_or_default()
        } else {
            serde_json::to_string(&file).unwrap_or_default()
        }
    }

    /// Reads a file written by [`to_json`](Self::to_json) (or an older
    /// version of it: missing fields take their defaults), by the one import
    /// rule ([`crate::formats::strict`]) and then [`import_problem`](Self::import_problem).
    pub fn from_json(text: &str) -> Result<ProposalRecord, RecordError> {
        use crate::formats::strict::{self, Expected, FileError, Problem, Step};
        if text.len() > MAX_PROPOSAL_BYTES {
            return Err(RecordError::TooLarge {
                limit: MAX_PROPOSAL_BYTES,
            });
        }
        let mut value = strict::parse_json(text).map_err(RecordError::File)?;
        strict::check_tree(&value).map_err(RecordError::File)?;
        let obj = value.as_object_mut().ok_or_else(|| {
            RecordError::File(FileError::new(
                Vec::new(),
                Problem::WrongType(Expected::Group),
            ))
        })?;
        let format = obj.remove("format");
        match format.as_ref().and_then(|f| f.as_str()) {
            Some(PROPOSAL_FORMAT) => {}
            other => return Err(RecordError::WrongFormat(other.unwrap_or("").into())),
        }
        let version = match obj.remove("version") {
            Some(v) => v.as_u64().ok_or_else(|| {
                RecordError::File(FileError::new(
                    vec![Step::Key("version".into())],
                    Problem::WrongType(Expected::Count),
                ))
            })?,
            None => 0,
        };
        if version > PROPOSAL_VERSION {
            return Err(RecordError::NewerVersion(version));
        }
        if version == 0 {
            return Err(RecordError::WrongFormat(PROPOSAL_FORMAT.into()));
        }
        let record: ProposalRecord = strict::decode(value).map_err(RecordError::File)?;
        match record.import_problem() {
            Some(i) => Err(RecordError::Invalid(i)),
            None => Ok(record),
        }
    }

    /// What no saved proposal may hold, whatever step it is at: a negative
    /// or too large amount, a bad id, two entries with one id (the wizard
    /// never saves these; long text it keeps and flags, so it is allowed).
    /// An import (file, link or backup) is refused with the first.
    pub fn import_problem(&self) -> Option<Issue> {
        Step::ALL.iter().flat_map(|&s| self.missing(s)).find(|i| {
            matches!(
                i.cause,
                Cause::Negative | Cause::TooLarge { .. } | Cause::InvalidId | Cause::DuplicateId
            )
        })
    }
}
