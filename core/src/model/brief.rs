//! The client brief (đề bài), its decoding (giải brief) and the creative brief.
//!
//! Everything here is plain data the wizard edits. Nothing is ever trimmed or
//! dropped on validation: checks return [`Issue`]s (a [`WizardField`] and a typed
//! [`Cause`]) that the UI words in the user's language next to the field.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::client::Contact;
use crate::model::money::MAX_AMOUNT;

/// Longest short field (names, a KPI metric, a tag), in characters.
pub const SHORT_MAX: usize = 200;
/// Longest free-text field, in characters.
pub const TEXT_MAX: usize = 20_000;
/// Most entries in one list (objectives, ideas, lines…).
pub const LIST_MAX: usize = 200;

pub use crate::check::{Cause, Severity};

pub use crate::model::proposal::field::WizardField;

/// One problem with one field of the wizard's record.
pub type Issue = crate::check::Issue<WizardField>;

/// Collects issues with small helpers shared by every step's checks.
#[derive(Default, Debug)]
pub(crate) struct Checker {
    pub issues: Vec<Issue>,
}

impl Checker {
    pub fn push(&mut self, field: WizardField, cause: Cause) {
        self.issues.push(Issue::error(field, cause));
    }
    pub fn required(&mut self, field: WizardField, value: &str) {
        if value.trim().is_empty() {
            self.push(field, Cause::Missing);
        }
    }
    pub fn max_len(&mut self, field: WizardField, value: &str, max: usize) {
        if value.chars().count() > max {
            self.push(field, Cause::TooLong { max });
        }
    }
    pub fn text(&mut self, field: WizardField, value: &str, required: bool) {
        if required {
            self.required(field, value);
        }
        self.max_len(field, value, TEXT_MAX);
    }
    pub fn short(&mut self, field: WizardField, value: &str, required: bool) {
        if required {
            self.required(field, value);
        }
        self.max_len(field, value, SHORT_MAX);
    }
    pub fn list<T>(&mut self, field: WizardField, list: &[T], required: bool) {
        if required && list.is_empty() {
            self.push(field, Cause::Missing);
        }
        if list.len() > LIST_MAX {
            self.push(field, Cause::TooMany { max: LIST_MAX });
        }
    }
    pub fn amount(&mut self, field: WizardField, value: i64) {
        if value < 0 {
            self.push(field, Cause::Negative);
        } else if value > MAX_AMOUNT {
            self.push(field, Cause::TooLarge { max: MAX_AMOUNT });
        }
    }
    /// A `DuplicateId` at `id_of(row)` for each id seen before.
    pub fn unique_ids<'a>(
        &mut self,
        id_of: impl Fn(usize) -> WizardField,
        ids: impl Iterator<Item = &'a str>,
    ) {
        let mut seen = std::collections::HashSet::new();
        for (i, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.push(id_of(i), Cause::DuplicateId);
            }
        }
    }
}

/// The next free id of the form `{prefix}{n}` (n = largest used + 1), so ids
/// stay stable when entries are removed.
pub fn next_id<'a>(prefix: &str, existing: impl Iterator<Item = &'a str>) -> String {
    let max = existing
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u32>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max + 1)
}

/// A campaign objective, e.g. "Sell 1.2 million cups during Tet 2026".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Objective {
    pub id: String,
    pub text: String,
}

/// Something the work must include or respect (logo, legal line, a product…).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Mandatory {
    pub id: String,
    pub text: String,
}

/// A KPI and its target, e.g. "Cups sold" / "1,200,000".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Kpi {
    pub id: String,
    pub metric: String,
    pub target: String,
}

/// The client's budget: whole units of `currency` (0 = not given yet).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Budget {
    pub amount: i64,
    pub currency: String,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            amount: 0,
            currency: "VND".into(),
        }
    }
}

/// The client brief: the assignment as the client gives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Brief {
    /// The client record this brief belongs to (empty when not linked).
    pub client_id: String,
    pub client: String,
    pub brand: String,
    pub industry: String,
    pub background: String,
    pub objectives: Vec<Objective>,
    pub target_audience: String,
    pub key_message: String,
    pub mandatories: Vec<Mandatory>,
    pub kpis: Vec<Kpi>,
    pub budget: Budget,
    pub campaign_start: Option<NaiveDate>,
    pub campaign_end: Option<NaiveDate>,
    /// When the proposal is due to the client.
    pub deadline: Option<NaiveDate>,
    pub competitors: Vec<String>,
    pub contacts: Vec<Contact>,
}

/// Which part of the brief is meant (completeness and coverage).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BriefPart {
    Client,
    Brand,
    Industry,
    Background,
    Objectives,
    /// Objectives exist but some are vague (see [`Brief::smart_hints`]).
    VagueObjectives,
    TargetAudience,
    KeyMessage,
    Mandatories,
    Kpis,
    /// KPIs exist but some have no target.
    KpiTargets,
    Budget,
    CampaignDates,
    Deadline,
    Competitors,
    Contacts,
}

/// A gap in the completeness score: `part` is missing and worth `points`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Missing {
    pub part: BriefPart,
    pub points: u8,
}

/// How complete a brief is: `score` 0–100 and what is missing, biggest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Completeness {
    pub score: u8,
    pub missing: Vec<Missing>,
}

/// A letter of SMART that an objective does not show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SmartGap {
    /// No metric word (sales, awareness, visits, doanh số, nhận biết…).
    Specific,
    /// No number or percentage.
    Measurable,
    /// A target that looks out of reach (a rise above 100 %, "all", "every").
    Achievable,
    /// Shares nothing with the brand, industry, audience or background.
    Relevant,
    /// No date, deadline or period.
    TimeBound,
}

/// The SMART gaps of one objective.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SmartHint {
    pub objective_id: String,
    pub gaps: Vec<SmartGap>,
}

impl Brief {
    /// Checks every field; an empty list means the brief can move on.
    pub fn validate(&self) -> Vec<Issue> {
        use WizardField as F;
        let mut c = Checker::default();
        c.short(F::Client, &self.client, true);
        c.short(F::Brand, &self.brand, true);
        c.short(F::Industry, &self.industry, false);
        c.text(F::Background, &self.background, false);
        c.list(F::Objectives, &self.objectives, true);
        c.unique_ids(
            F::ObjectiveId,
            self.objectives.iter().map(|o| o.id.as_str()),
        );
        for (i, o) in self.objectives.iter().enumerate() {
            c.text(F::ObjectiveText(i), &o.text, true);
        }
        c.text(F::TargetAudience, &self.target_audience, true);
        c.text(F::KeyMessage, &self.key_message, false);
        c.list(F::Mandatories, &self.mandatories, false);
        c.unique_ids(
            F::MandatoryId,
            self.mandatories.iter().map(|o| o.id.as_str()),
        );
        for (i, m) in self.mandatories.iter().enumerate() {
            c.text(F::MandatoryText(i), &m.text, true);
        }
        c.list(F::Kpis, &self.kpis, false);
        c.unique_ids(F::KpiId, self.kpis.iter().map(|o| o.id.as_str()));
        for (i, k) in self.kpis.iter().enumerate() {
            c.short(F::KpiMetric(i), &k.metric, true);
            c.short(F::KpiTarget(i), &k.target, false);
        }
        if self.budget.amount == 0 {
            c.push(F::BudgetAmount, Cause::Missing);
        }
        c.amount(F::BudgetAmount, self.budget.amount);
        if !is_currency(&self.budget.currency) {
            c.push(F::BudgetCurrency, Cause::BadCurrency);
        }
        match (self.campaign_start, self.campaign_end) {
            (Some(s), Some(e)) if e < s => c.push(F::CampaignEnd, Cause::EndBeforeStart),
            (Some(_), Some(_)) => {}
            (s, e) => {
                if s.is_none() {
                    c.push(F::CampaignStart, Cause::Missing);
                }
                if e.is_none() {
                    c.push(F::CampaignEnd, Cause::Missing);
                }
            }
        }
        if let (Some(d), Some(s)) = (self.deadline, self.campaign_start) {
            if d > s {
                c.push(F::Deadline, Cause::DeadlineAfterStart);
            }
        }
        c.list(F::Competitors, &self.competitors, false);
        for (i, s) in self.competitors.iter().enumerate() {
            c.short(F::Competitor(i), s, false);
        }
        c.list(F::Contacts, &self.contacts, false);
        for (i, p) in self.contacts.iter().enumerate() {
            c.short(F::ContactName(i), &p.name, true);
            c.short(F::ContactRole(i), &p.role, false);
            c.short(F::ContactEmail(i), &p.email, false);
            c.short(F::ContactPhone(i), &p.phone, false);
        }
        c.issues
    }

    /// SMART gaps of each objective that has any (objectives in order).
    pub fn smart_hints(&self) -> Vec<SmartHint> {
        let context = [
            self.brand.as_str(),
            self.industry.as_str(),
            self.target_audience.as_str(),
            self.background.as_str(),
            self.key_message.as_str(),
        ];
        self.objectives
            .iter()
            .filter(|o| !o.text.trim().is_empty())
            .map(|o| SmartHint {
                objective_id: o.id.clone(),
                gaps: smart_gaps(&o.text, &context),
            })
            .filter(|h| !h.gaps.is_empty())
            .collect()
    }

    /// Adds an objective with a fresh id and returns the id.
    pub fn add_objective(&mut self, text: impl Into<String>) -> String {
        let id = next_id("o", self.objectives.iter().map(|o| o.id.as_str()));
        self.objectives.push(Objective {
            id: id.clone(),
            text: text.into(),
        });
        id
    }

    /// Adds a mandatory with a fresh id and returns the id.
    pub fn add_mandatory(&mut self, text: impl Into<String>) -> String {
        let id = next_id("m", self.mandatories.iter().map(|o| o.id.as_str()));
        self.mandatories.push(Mandatory {
            id: id.clone(),
            text: text.into(),
        });
        id
    }

    /// Adds a KPI with a fresh id and returns the id.
    pub fn add_kpi(&mut self, metric: impl Into<String>, target: impl Into<String>) -> String {
        let id = next_id("k", self.kpis.iter().map(|o| o.id.as_str()));
        self.kpis.push(Kpi {
            id: id.clone(),
            metric: metric.into(),
            target: target.into(),
        });
        id
    }

    /// A 0–100 score of how much of the brief is filled in, and what is
    /// missing (largest gap first), for the decode step.
    pub fn completeness(&self) -> Completeness {
        let filled = |s: &str| !s.trim().is_empty();
        let mut missing = Vec::new();
        let mut gap = |ok: bool, part: BriefPart, points: u8| {
            if !ok {
                missing.push(Missing { part, points });
            }
        };
        gap(filled(&self.client), BriefPart::Client, 5);
        gap(filled(&self.brand), BriefPart::Brand, 5);
        gap(filled(&self.industry), BriefPart::Industry, 4);
        gap(filled(&self.background), BriefPart::Background, 10);
        let objectives = self.objectives.iter().any(|o| filled(&o.text));
        gap(objectives, BriefPart::Objectives, 15);
        if objectives {
            gap(self.smart_hints().is_empty(), BriefPart::VagueObjectives, 6);
        }
        gap(filled(&self.target_audience), BriefPart::TargetAudience, 10);
        gap(filled(&self.key_message), BriefPart::KeyMessage, 6);
        gap(
            self.mandatories.iter().any(|m| filled(&m.text)),
            BriefPart::Mandatories,
            4,
        );
        let kpis = self.kpis.iter().any(|k| filled(&k.metric));
        gap(kpis, BriefPart::Kpis, 10);
        if kpis {
            gap(
                self.kpis.iter().all(|k| filled(&k.target)),
                BriefPart::KpiTargets,
                4,
            );
        }
        gap(
            self.budget.amount > 0 && self.budget.amount <= MAX_AMOUNT,
            BriefPart::Budget,
            10,
        );
        let dates_ok =
            matches!((self.campaign_start, self.campaign_end), (Some(s), Some(e)) if s <= e);
        gap(dates_ok, BriefPart::CampaignDates, 10);
        gap(self.deadline.is_some(), BriefPart::Deadline, 3);
        gap(
            self.competitors.iter().any(|s| filled(s)),
            BriefPart::Competitors,
            4,
        );
        gap(
            self.contacts.iter().any(|p| filled(&p.name)),
            BriefPart::Contacts,
            4,
        );
        // Weights: 5+5+4+10+15+10+6+4+10+10+10+3+4+4 = 100; the two quality
        // gaps (vague objectives, KPIs without target) are taken out of the
        // objectives' and KPIs' points.
        let lost: u32 = missing.iter().map(|m| u32::from(m.points)).sum();
        crate::sort::by_key(&mut missing, |m| std::cmp::Reverse(m.points));
        Completeness {
            score: 100u32.saturating_sub(lost) as u8,
            missing,
        }
    }
}

/// Whether `code` looks like an ISO 4217 code (three ASCII letters).
pub fn is_currency(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic())
}

/// Lowercase words of `text` joined by single spaces, with a space on each
/// side, so `contains(" kw")` finds a word (or a word's start).
fn words(text: &str) -> String {
    let mut out = String::from(" ");
    for w in text
        .split(|c: char| !(c.is_alphanumeric() || c == '%'))
        .filter(|w| !w.is_empty())
    {
        out.push_str(&w.to_lowercase());
        out.push(' ');
    }
    out
}

fn has_any(ws: &str, keys: &[&str]) -> bool {
    keys.iter().any(|k| ws.contains(&format!(" {k}")))
}

/// Metric words in English and Vietnamese (a word start is enough).
const METRIC_WORDS: &[&str] = &[
    "sale",
    "sell",
    "sold",
    "revenue",
    "awareness",
    "recall",
    "reach",
    "impression",
    "view",
    "visit",
    "traffic",
    "follower",
    "subscriber",
    "engagement",
    "share of",
    "market share",
    "trial",
    "download",
    "install",
    "sign",
    "signup",
    "lead",
    "order",
    "cup",
    "unit",
    "customer",
    "member",
    "user",
    "conversion",
    "click",
    "ctr",
    "roi",
    "roas",
    "nps",
    "ugc",
    "mention",
    "store",
    "redemption",
    "purchase",
    "buyer",
    "consideration",
    "preference",
    "retention",
    "repeat",
    "attendee",
    "participant",
    "entries",
    "doanh số",
    "doanh thu",
    "nhận biết",
    "lượt",
    "người theo dõi",
    "tương tác",
    "thị phần",
    "đơn hàng",
    "đơn",
    "khách hàng",
    "khách",
    "ly",
    "sản phẩm bán",
    "bán",
    "tải",
    "đăng ký",
    "thành viên",
    "người dùng",
    "chuyển đổi",
    "nhấp",
    "cửa hàng",
    "mua",
    "dùng thử",
    "ghé",
    "tiếp cận",
    "hiển thị",
    "người tham gia",
    "bài đăng",
    "đề cập",
    "ưa thích",
    "quay lại",
];

/// Time words in English and Vietnamese.
const TIME_WORDS: &[&str] = &[
    "by",
    "before",
    "until",
    "within",
    "during",
    "deadline",
    "end of",
    "q1",
    "q2",
    "q3",
    "q4",
    "week",
    "month",
    "quarter",
    "year",
    "day",
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "tet",
    "tết",
    "season",
    "trước",
    "trong vòng",
    "trong",
    "đến",
    "tới",
    "hết",
    "cuối",
    "quý",
    "tháng",
    "tuần",
    "năm",
    "ngày",
    "dịp",
    "mùa",
];

/// Words that promise the impossible.
const ABSOLUTE_WORDS: &[&str] = &[
    "all ",
    "every",
    "everyone",
    "100% of",
    "tất cả",
    "toàn bộ",
    "mọi ",
    "100% người",
];

/// Words too common to show relevance.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "with", "from", "that", "this", "our", "their", "than", "more", "các",
    "những", "của", "cho", "với", "và", "một", "được", "trong", "người", "tăng", "increase",
    "grow", "improve", "build",
];

/// SMART gaps of one objective's text. `context` holds the brief's brand,
/// industry, audience and background for the relevance check (skipped when
/// they are all blank).
pub fn smart_gaps(text: &str, context: &[&str]) -> Vec<SmartGap> {
    let ws = words(text);
    let mut gaps = Vec::new();
    if !has_any(&ws, METRIC_WORDS) {
        gaps.push(SmartGap::Specific);
    }
    let has_number = text.chars().any(|c| c.is_ascii_digit());
    if !has_number {
        gaps.push(SmartGap::Measurable);
    }
    if absurd_percentage(text) || has_any(&ws, ABSOLUTE_WORDS) {
        gaps.push(SmartGap::Achievable);
    }
    let ctx: Vec<String> = context.iter().map(|s| words(s)).collect();
    if ctx.iter().any(|c| c.trim().len() > 1) {
        let relevant = ws.split(' ').filter(|w| w.chars().count() >= 3).any(|w| {
            !STOP_WORDS.contains(&w)
                && !w.chars().all(|c| c.is_ascii_digit() || c == '%')
                && ctx.iter().any(|c| c.contains(&format!(" {w} ")))
        });
        if !relevant {
            gaps.push(SmartGap::Relevant);
        }
    }
    if !(has_date(text) || has_any(&ws, TIME_WORDS)) {
        gaps.push(SmartGap::TimeBound);
    }
    gaps
}

/// A percentage above 100 % ("+300%", "300 %").
fn absurd_percentage(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let n: String = chars[start..i].iter().collect();
            let mut j = i;
            while j < chars.len() && chars[j] == ' ' {
                j += 1;
            }
            if j < chars.len()
                && chars[j] == '%'
                && n.len() <= 9
                && n.parse::<u64>().is_ok_and(|v| v > 100)
            {
                return true;
            }
        } else {
            i += 1;
        }
    }
    false
}

/// A date such as 15/2, 2026-02-15, 15.02.2026, or a year 19xx/20xx.
fn has_date(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
        .any(|tok| {
            let tok = tok.trim_end_matches(['.', ':', '!', '?']);
            let is_year = |p: &str| p.len() == 4 && (p.starts_with("19") || p.starts_with("20"));
            let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
            if all_digits(tok) {
                return is_year(tok);
            }
            for sep in ['/', '-', '.'] {
                let parts: Vec<&str> = tok.split(sep).collect();
                if parts.len() < 2 || parts.len() > 3 || !parts.iter().all(|p| all_digits(p)) {
                    continue;
                }
                let small = |p: &str| p.len() <= 2;
                let ok = match sep {
                    // 15.02.2026 only: "1.200.000" is a number.
                    '.' => {
                        parts.len() == 3 && small(parts[0]) && small(parts[1]) && is_year(parts[2])
                    }
                    _ => parts.iter().all(|p| small(p) || is_year(p)),
                };
                if ok {
                    return true;
                }
            }
            false
        })
}

/// A question the account sends back to the client while decoding the brief.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionStatus {
    /// Written down, not yet sent.
    #[default]
    Open,
    /// Sent to the client, waiting for the answer.
    Asked,
    Answered,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub status: QuestionStatus,
    pub answer: String,
}

/// Decoding the brief (giải brief): the agency's reading of the assignment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decode {
    /// The real problem to solve, in one or two sentences.
    pub problem: String,
    pub insights: Vec<String>,
    pub questions: Vec<Question>,
    pub notes: String,
}

impl Decode {
    pub fn validate(&self) -> Vec<Issue> {
        use WizardField as F;
        let mut c = Checker::default();
        c.text(F::Problem, &self.problem, true);
        c.list(F::Insights, &self.insights, true);
        for (i, s) in self.insights.iter().enumerate() {
            c.text(F::Insight(i), s, true);
        }
        c.list(F::Questions, &self.questions, false);
        c.unique_ids(F::QuestionId, self.questions.iter().map(|q| q.id.as_str()));
        for (i, q) in self.questions.iter().enumerate() {
            c.text(F::QuestionText(i), &q.text, true);
            c.text(
                F::QuestionAnswer(i),
                &q.answer,
                q.status == QuestionStatus::Answered,
            );
        }
        c.text(F::DecodeNotes, &self.notes, false);
        c.issues
    }

    /// Adds an open question with a fresh id and returns the id.
    pub fn add_question(&mut self, text: impl Into<String>) -> String {
        let id = next_id("q", self.questions.iter().map(|q| q.id.as_str()));
        self.questions.push(Question {
            id: id.clone(),
            text: text.into(),
            ..Default::default()
        });
        id
    }

    /// Questions not yet answered.
    pub fn unanswered(&self) -> impl Iterator<Item = &Question> {
        self.questions
            .iter()
            .filter(|q| q.status != QuestionStatus::Answered)
    }
}

/// The creative brief handed to the planner and creative team.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CreativeBrief {
    /// The single-minded proposition: one thing to say.
    pub proposition: String,
    pub reason_to_believe: String,
    pub tone: String,
    pub deliverables: Vec<String>,
    pub channels: Vec<String>,
}

impl CreativeBrief {
    pub fn validate(&self) -> Vec<Issue> {
        use WizardField as F;
        let mut c = Checker::default();
        c.text(F::Proposition, &self.proposition, true);
        c.text(F::ReasonToBelieve, &self.reason_to_believe, false);
        c.short(F::Tone, &self.tone, false);
        c.list(F::CreativeDeliverables, &self.deliverables, true);
        for (i, s) in self.deliverables.iter().enumerate() {
            c.text(F::CreativeDeliverable(i), s, true);
        }
        c.list(F::Channels, &self.channels, true);
        for (i, s) in self.channels.iter().enumerate() {
            c.short(F::Channel(i), s, true);
        }
        c.issues
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_continue_after_the_largest() {
        assert_eq!(next_id("o", ["o1", "o7", "x9"].into_iter()), "o8");
        assert_eq!(next_id("o", std::iter::empty()), "o1");
    }

    #[test]
    fn dates_and_numbers() {
        assert!(has_date("trước 15/02/2026"));
        assert!(has_date("by 2026"));
        assert!(!has_date("tăng nhận biết"));
        assert!(!has_date("bán 1.200.000 ly"));
        assert!(has_date("đến 15.02.2026."));
        assert!(absurd_percentage("tăng 300 % doanh số"));
        assert!(!absurd_percentage("tăng 30% doanh số"));
    }
}
