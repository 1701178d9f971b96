//! Client KPIs of an account: NPS, retention, response time, upsell and
//! cross-sell, revenue; and, per client, a log of measurements turned into
//! per-period series with their trend.
//!
//! Every formula validates its inputs and returns a typed [`KpiError`]
//! naming the field at fault. Counts and amounts are `i64` (what the UI
//! parses) and refused when negative or above [`MAX_AMOUNT`]; results are
//! percentages or minutes as `f64` for display (round when showing).
//!
//! Definitions:
//! - **NPS** = % promoters (scores 9–10) − % detractors (0–6), from −100 to
//!   100; passives (7–8) count in the total only.
//! - **Client retention rate** = (clients at start − clients lost) / clients
//!   at start × 100. "Lost" counts only clients that were there at the start;
//!   clients gained during the period do not raise retention (so, with
//!   clients at end E and new clients N, it equals (E − N) / start).
//! - **Gross revenue retention** = (revenue at start − revenue lost) /
//!   revenue at start × 100, where "revenue lost" is what the clients present
//!   at the start stopped or reduced spending. **Net revenue retention** adds
//!   back their expansion (upsell and cross-sell): (start − lost + expansion)
//!   / start × 100; it can exceed 100. Revenue from new clients is excluded.
//! - **Average response time**: the mean (and median) time from a client's
//!   request to the account's first reply, in minutes, clock time.
//! - **Upsell rate** = active clients who bought a bigger or upgraded service
//!   in the period / active clients × 100; **cross-sell rate** the same for
//!   clients who bought another kind of service. A client can be both; the
//!   combined rate needs the number who did either.
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::model::money::MAX_AMOUNT;
use crate::model::text::{tx, Lang};

/// An input of a KPI formula.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KpiField {
    ClientId,
    Date,
    Promoters,
    Passives,
    Detractors,
    Respondents,
    Scores,
    ClientsAtStart,
    ClientsLost,
    ClientsGained,
    ClientsAtEnd,
    RevenueAtStart,
    RevenueLost,
    RevenueExpansion,
    ResponseTimes,
    ActiveClients,
    Upsold,
    CrossSold,
    UpsoldOrCrossSold,
    Clients,
    People,
    Revenue,
    Target,
}

/// Why a KPI could not be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum KpiError {
    #[error("{0:?} is missing")]
    Missing(KpiField),
    #[error("{0:?} is negative")]
    Negative(KpiField),
    #[error("{0:?} is too large")]
    TooLarge(KpiField),
    /// The base of the rate is zero (no respondents, no clients at start…).
    #[error("{0:?} is zero")]
    ZeroTotal(KpiField),
    /// A part is larger than its whole (more clients lost than there were).
    #[error("{part:?} is larger than {whole:?}")]
    Exceeds { part: KpiField, whole: KpiField },
    /// A given total differs from the one the other counts imply.
    #[error("{field:?} should be {expected}, not {given}")]
    DoesNotAddUp {
        field: KpiField,
        expected: i64,
        given: i64,
    },
    /// An empty list.
    #[error("no data in {0:?}")]
    NoData(KpiField),
    /// An NPS answer outside 0..=10, at 0-based `row`.
    #[error("score {score} at row {row} is not between 0 and 10")]
    ScoreOutOfRange { row: usize, score: i64 },
    /// A response earlier than its request (or a negative duration), at `row`.
    #[error("response before request at row {row}")]
    ResponseBeforeRequest { row: usize },
}

/// A count or amount: not negative, not above [`MAX_AMOUNT`].
fn check(field: KpiField, v: i64) -> Result<i64, KpiError> {
    if v < 0 {
        Err(KpiError::Negative(field))
    } else if v > MAX_AMOUNT {
        Err(KpiError::TooLarge(field))
    } else {
        Ok(v)
    }
}

fn pct(part: i64, whole: i64) -> f64 {
    part as f64 * 100.0 / whole as f64
}

/// A Net Promoter Score and its make-up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Nps {
    /// From −100 to 100.
    pub score: f64,
    pub promoters_pct: f64,
    pub passives_pct: f64,
    pub detractors_pct: f64,
    pub respondents: i64,
}

/// NPS from the number of promoters, passives and detractors.
pub fn nps(promoters: i64, passives: i64, detractors: i64) -> Result<Nps, KpiError> {
    let p = check(KpiField::Promoters, promoters)?;
    let pa = check(KpiField::Passives, passives)?;
    let d = check(KpiField::Detractors, detractors)?;
    let total = p + pa + d; // each <= 2^53: no overflow
    if total == 0 {
        return Err(KpiError::ZeroTotal(KpiField::Respondents));
    }
    Ok(Nps {
        score: pct(p - d, total),
        promoters_pct: pct(p, total),
        passives_pct: pct(pa, total),
        detractors_pct: pct(d, total),
        respondents: total,
    })
}

/// [`nps`] when the survey also reports its number of respondents, which
/// must equal the three groups' sum.
pub fn nps_of_total(
    promoters: i64,
    passives: i64,
    detractors: i64,
    respondents: i64,
) -> Result<Nps, KpiError> {
    let given = check(KpiField::Respondents, respondents)?;
    let n = nps(promoters, passives, detractors)?;
    if n.respondents != given {
        return Err(KpiError::DoesNotAddUp {
            field: KpiField::Respondents,
            expected: n.respondents,
            given,
        });
    }
    Ok(n)
}

/// Promoters, passives and detractors from raw 0–10 answers.
pub fn nps_groups(scores: &[i64]) -> Result<(i64, i64, i64), KpiError> {
    if scores.is_empty() {
        return Err(KpiError::NoData(KpiField::Scores));
    }
    let (mut p, mut pa, mut d) = (0, 0, 0);
    for (row, &score) in scores.iter().enumerate() {
        match score {
            9..=10 => p += 1,
            7..=8 => pa += 1,
            0..=6 => d += 1,
            _ => return Err(KpiError::ScoreOutOfRange { row, score }),
        }
    }
    Ok((p, pa, d))
}

/// NPS from raw 0–10 answers.
pub fn nps_from_scores(scores: &[i64]) -> Result<Nps, KpiError> {
    let (p, pa, d) = nps_groups(scores)?;
    nps(p, pa, d)
}

/// Client retention over a period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClientRetention {
    /// (start − lost) / start × 100.
    pub rate_pct: f64,
    /// lost / start × 100 (= 100 − rate).
    pub churn_pct: f64,
    /// Clients kept from the start.
    pub retained: i64,
    /// start − lost + gained.
    pub at_end: i64,
}

/// Client retention from the clients at the start, those lost among them and
/// those gained; `at_end`, if given, must equal start − lost + gained.
pub fn client_retention(
    at_start: i64,
    lost: i64,
    gained: i64,
    at_end: Option<i64>,
) -> Result<ClientRetention, KpiError> {
    let s = check(KpiField::ClientsAtStart, at_start)?;
    let l = check(KpiField::ClientsLost, lost)?;
    let g = check(KpiField::ClientsGained, gained)?;
    if s == 0 {
        return Err(KpiError::ZeroTotal(KpiField::ClientsAtStart));
    }
    if l > s {
        return Err(KpiError::Exceeds {
            part: KpiField::ClientsLost,
            whole: KpiField::ClientsAtStart,
        });
    }
    let expected = s - l + g;
    if let Some(e) = at_end {
        let e = check(KpiField::ClientsAtEnd, e)?;
        if e != expected {
            return Err(KpiError::DoesNotAddUp {
                field: KpiField::ClientsAtEnd,
                expected,
                given: e,
            });
        }
    }
    Ok(ClientRetention {
        rate_pct: pct(s - l, s),
        churn_pct: pct(l, s),
        retained: s - l,
        at_end: expected,
    })
}

/// Revenue retention over a period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RevenueRetention {
    /// (start − lost) / start × 100; at most 100.
    pub gross_pct: f64,
    /// (start − lost + expansion) / start × 100; may exceed 100.
    pub net_pct: f64,
}

/// Revenue retention from the revenue of the clients present at the start,
/// the part of it lost (churn and cuts) and their expansion.
pub fn revenue_retention(
    revenue_at_start: i64,
    revenue_lost: i64,
    expansion: i64,
) -> Result<RevenueRetention, KpiError> {
    let s = check(KpiField::RevenueAtStart, revenue_at_start)?;
    let l = check(KpiField::RevenueLost, revenue_lost)?;
    let x = check(KpiField::RevenueExpansion, expansion)?;
    if s == 0 {
        return Err(KpiError::ZeroTotal(KpiField::RevenueAtStart));
    }
    if l > s {
        return Err(KpiError::Exceeds {
            part: KpiField::RevenueLost,
            whole: KpiField::RevenueAtStart,
        });
    }
    Ok(RevenueRetention {
        gross_pct: pct(s - l, s),
        net_pct: pct(s - l + x, s),
    })
}

/// Response-time statistics, in minutes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ResponseTime {
    pub count: usize,
    pub mean_minutes: f64,
    /// The middle value (mean of the two middle ones for an even count).
    pub median_minutes: f64,
    pub min_minutes: f64,
    pub max_minutes: f64,
}

fn stats_from_seconds(mut secs: Vec<i64>) -> ResponseTime {
    crate::sort::by(&mut secs, |a, b| a.cmp(b));
    let n = secs.len();
    let sum: i128 = secs.iter().map(|&s| i128::from(s)).sum();
    let median = if n % 2 == 1 {
        secs[n / 2] as f64
    } else {
        (secs[n / 2 - 1] as f64 + secs[n / 2] as f64) / 2.0
    };
    ResponseTime {
        count: n,
        mean_minutes: sum as f64 / n as f64 / 60.0,
        median_minutes: median / 60.0,
        min_minutes: secs[0] as f64 / 60.0,
        max_minutes: secs[n - 1] as f64 / 60.0,
    }
}

/// Response time from `(request, response)` instants.
pub fn response_time_from_pairs(
    pairs: &[(DateTime<Utc>, DateTime<Utc>)],
) -> Result<ResponseTime, KpiError> {
    if pairs.is_empty() {
        return Err(KpiError::NoData(KpiField::ResponseTimes));
    }
    let mut secs = Vec::with_capacity(pairs.len());
    for (row, (req, resp)) in pairs.iter().enumerate() {
        let s = (*resp - *req).num_seconds();
        if s < 0 {
            return Err(KpiError::ResponseBeforeRequest { row });
        }
        secs.push(s);
    }
    Ok(stats_from_seconds(secs))
}

/// Response time from durations in minutes.
pub fn response_time_from_minutes(minutes: &[i64]) -> Result<ResponseTime, KpiError> {
    if minutes.is_empty() {
        return Err(KpiError::NoData(KpiField::ResponseTimes));
    }
    let mut secs = Vec::with_capacity(minutes.len());
    for (row, &m) in minutes.iter().enumerate() {
        if m < 0 {
            return Err(KpiError::ResponseBeforeRequest { row });
        }
        if m > MAX_AMOUNT / 60 {
            return Err(KpiError::TooLarge(KpiField::ResponseTimes));
        }
        secs.push(m * 60);
    }
    Ok(stats_from_seconds(secs))
}

/// Minutes from a request to its response (rounded down), or an error if the
/// response is earlier.
pub fn response_minutes(request: DateTime<Utc>, response: DateTime<Utc>) -> Result<i64, KpiError> {
    let m = (response - request).num_minutes();
    if response < request {
        Err(KpiError::ResponseBeforeRequest { row: 0 })
    } else {
        Ok(m)
    }
}

/// Upsell and cross-sell rates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ExpansionRates {
    pub upsell_pct: f64,
    pub cross_sell_pct: f64,
    /// Clients who did either, when known.
    pub combined_pct: Option<f64>,
}

/// Upsell and cross-sell rates among `active_clients`. `either` (clients
/// upsold or cross-sold, each counted once) is optional; when given it must
/// lie between max(upsold, cross-sold) and min(upsold + cross-sold, active).
pub fn expansion_rates(
    active_clients: i64,
    upsold: i64,
    cross_sold: i64,
    either: Option<i64>,
) -> Result<ExpansionRates, KpiError> {
    let a = check(KpiField::ActiveClients, active_clients)?;
    let u = check(KpiField::Upsold, upsold)?;
    let c = check(KpiField::CrossSold, cross_sold)?;
    if a == 0 {
        return Err(KpiError::ZeroTotal(KpiField::ActiveClients));
    }
    for (part, v) in [(KpiField::Upsold, u), (KpiField::CrossSold, c)] {
        if v > a {
            return Err(KpiError::Exceeds {
                part,
                whole: KpiField::ActiveClients,
            });
        }
    }
    let combined_pct = match either {
        None => None,
        Some(e) => {
            let e = check(KpiField::UpsoldOrCrossSold, e)?;
            let lo = u.max(c);
            let hi = (u + c).min(a);
            if e < lo || e > hi {
                return Err(KpiError::DoesNotAddUp {
                    field: KpiField::UpsoldOrCrossSold,
                    expected: if e < lo { lo } else { hi },
                    given: e,
                });
            }
            Some(pct(e, a))
        }
    };
    Ok(ExpansionRates {
        upsell_pct: pct(u, a),
        cross_sell_pct: pct(c, a),
        combined_pct,
    })
}

/// Average number of clients per account person.
pub fn clients_per_person(clients: i64, people: i64) -> Result<f64, KpiError> {
    let c = check(KpiField::Clients, clients)?;
    let p = check(KpiField::People, people)?;
    if p == 0 {
        return Err(KpiError::ZeroTotal(KpiField::People));
    }
    Ok(c as f64 / p as f64)
}

/// Revenue delivered as a percentage of its target.
pub fn revenue_vs_target(revenue: i64, target: i64) -> Result<f64, KpiError> {
    let r = check(KpiField::Revenue, revenue)?;
    let t = check(KpiField::Target, target)?;
    if t == 0 {
        return Err(KpiError::ZeroTotal(KpiField::Target));
    }
    Ok(pct(r, t))
}

// ---------------------------------------------------------------------------
// The per-client log and its series.

/// One measurement logged for a client.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum KpiMeasure {
    /// One request answered after `minutes`.
    ResponseTime { minutes: i64 },
    /// One NPS survey's answers.
    NpsSurvey {
        promoters: i64,
        passives: i64,
        detractors: i64,
    },
    /// Retention over the period ending on the entry's date.
    Retention {
        at_start: i64,
        lost: i64,
        gained: i64,
    },
    /// Upsell / cross-sell over the period ending on the entry's date.
    Expansion {
        active_clients: i64,
        upsold: i64,
        cross_sold: i64,
    },
    /// Revenue delivered (whole currency units), with its target if any.
    Revenue { amount: i64, target: Option<i64> },
}

impl Default for KpiMeasure {
    fn default() -> Self {
        KpiMeasure::ResponseTime { minutes: 0 }
    }
}

/// A dated measurement, attached to a client (a record of its own).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct KpiEntry {
    pub client_id: String,
    pub proposal_id: Option<String>,
    pub date: Option<NaiveDate>,
    pub measure: KpiMeasure,
    pub note: String,
}

impl KpiEntry {
    /// The client id, for the storage index.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// Checks the entry before it is saved: a client, a date, and numbers
    /// its formula accepts.
    pub fn validate(&self) -> Result<(), KpiError> {
        if self.client_id.trim().is_empty() {
            return Err(KpiError::Missing(KpiField::ClientId));
        }
        if self.date.is_none() {
            return Err(KpiError::Missing(KpiField::Date));
        }
        match self.measure {
            KpiMeasure::ResponseTime { minutes } => {
                response_time_from_minutes(&[minutes]).map(|_| ())
            }
            KpiMeasure::NpsSurvey {
                promoters,
                passives,
                detractors,
            } => nps(promoters, passives, detractors).map(|_| ()),
            KpiMeasure::Retention {
                at_start,
                lost,
                gained,
            } => client_retention(at_start, lost, gained, None).map(|_| ()),
            KpiMeasure::Expansion {
                active_clients,
                upsold,
                cross_sold,
            } => expansion_rates(active_clients, upsold, cross_sold, None).map(|_| ()),
            KpiMeasure::Revenue { amount, target } => {
                check(KpiField::Revenue, amount)?;
                if let Some(t) = target {
                    revenue_vs_target(amount, t)?;
                }
                Ok(())
            }
        }
    }
}

/// How long a period of the series is.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub enum Granularity {
    #[default]
    Month,
    Quarter,
    Year,
}

/// A calendar period: month 1–12, quarter 1–4, or a whole year (index 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Period {
    pub year: i32,
    pub index: u32,
    pub granularity: Granularity,
}

impl Period {
    /// The period containing `date`.
    pub fn of(date: NaiveDate, granularity: Granularity) -> Period {
        let index = match granularity {
            Granularity::Month => date.month(),
            Granularity::Quarter => (date.month() - 1) / 3 + 1,
            Granularity::Year => 1,
        };
        Period {
            year: date.year(),
            index,
            granularity,
        }
    }

    /// The period right after this one.
    pub fn next(self) -> Period {
        let per_year = match self.granularity {
            Granularity::Month => 12,
            Granularity::Quarter => 4,
            Granularity::Year => 1,
        };
        if self.index >= per_year {
            Period {
                year: self.year + 1,
                index: 1,
                ..self
            }
        } else {
            Period {
                index: self.index + 1,
                ..self
            }
        }
    }

    /// The first day of the period.
    pub fn first_day(self) -> NaiveDate {
        let month = match self.granularity {
            Granularity::Month => self.index,
            Granularity::Quarter => (self.index - 1) * 3 + 1,
            Granularity::Year => 1,
        };
        NaiveDate::from_ymd_opt(self.year, month, 1).unwrap_or(NaiveDate::MIN)
    }

    /// "2026-03", "2026-Q1" or "2026": short, sortable, language-neutral.
    pub fn label(self) -> String {
        match self.granularity {
            Granularity::Month => format!("{}-{:02}", self.year, self.index),
            Granularity::Quarter => format!("{}-Q{}", self.year, self.index),
            Granularity::Year => self.year.to_string(),
        }
    }
}

/// A KPI that has a series.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KpiKind {
    /// Mean minutes to respond (lower is better).
    ResponseTime,
    Nps,
    ClientRetention,
    UpsellRate,
    CrossSellRate,
    /// Sum of revenue entries (whole units).
    Revenue,
    /// Revenue of entries with a target, as % of their targets.
    RevenueVsTarget,
}

impl KpiKind {
    pub const ALL: [KpiKind; 7] = [
        KpiKind::ResponseTime,
        KpiKind::Nps,
        KpiKind::ClientRetention,
        KpiKind::UpsellRate,
        KpiKind::CrossSellRate,
        KpiKind::Revenue,
        KpiKind::RevenueVsTarget,
    ];

    /// Whether a higher value is good news.
    pub fn higher_is_better(self) -> bool {
        self != KpiKind::ResponseTime
    }

    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            KpiKind::ResponseTime => tx(
                "Average response time (min)",
                "Thời gian phản hồi trung bình (phút)",
            ),
            KpiKind::Nps => tx("NPS", "NPS"),
            KpiKind::ClientRetention => tx("Client retention (%)", "Tỉ lệ giữ chân client (%)"),
            KpiKind::UpsellRate => tx("Upsell rate (%)", "Tỉ lệ upsell (%)"),
            KpiKind::CrossSellRate => tx("Cross-sell rate (%)", "Tỉ lệ cross-sell (%)"),
            KpiKind::Revenue => tx("Revenue", "Doanh thu"),
            KpiKind::RevenueVsTarget => {
                tx("Revenue vs target (%)", "Doanh thu so với chỉ tiêu (%)")
            }
        }
        .get(lang)
    }
}

/// One point of a series; `value` is `None` for a period without data (the
/// chart leaves a gap rather than drawing a zero).
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    pub period: Period,
    pub label: String,
    pub value: Option<f64>,
    /// How many log entries went into the value.
    pub entries: usize,
}

/// Which way a KPI moved between its last two periods with data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Flat,
    /// Fewer than two periods with data.
    NotEnoughData,
}

/// The latest movement of a series.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trend {
    pub direction: Direction,
    /// Last value minus the previous one (in the KPI's unit).
    pub change: Option<f64>,
    /// Whether the move is good news (`None` when flat or unknown).
    pub better: Option<bool>,
}

/// A KPI over consecutive periods.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub kind: KpiKind,
    pub points: Vec<SeriesPoint>,
    pub trend: Trend,
}

impl Series {
    /// Whether any period has a value.
    pub fn has_data(&self) -> bool {
        self.points.iter().any(|p| p.value.is_some())
    }

    /// The latest value, if any.
    pub fn latest(&self) -> Option<f64> {
        self.points.iter().rev().find_map(|p| p.value)
    }
}

/// A client's KPIs per period.
#[derive(Clone, Debug, PartialEq)]
pub struct KpiReport {
    pub granularity: Granularity,
    /// The same consecutive periods for every KPI (first to last period with
    /// an entry), one series per [`KpiKind::ALL`].
    pub series: Vec<Series>,
    /// Entries of this client left out, by index into the given slice, and
    /// why (no date, or numbers that fail their formula).
    pub skipped: Vec<(usize, KpiError)>,
}

impl KpiReport {
    pub fn series(&self, kind: KpiKind) -> Option<&Series> {
        self.series.iter().find(|s| s.kind == kind)
    }
}

fn trend(points: &[SeriesPoint], higher_is_better: bool) -> Trend {
    let mut vals = points.iter().rev().filter_map(|p| p.value);
    let (Some(last), Some(prev)) = (vals.next(), vals.next()) else {
        return Trend {
            direction: Direction::NotEnoughData,
            change: None,
            better: None,
        };
    };
    let change = last - prev;
    let eps = 1e-9 * prev.abs().max(1.0);
    let direction = if change.abs() <= eps {
        Direction::Flat
    } else if change > 0.0 {
        Direction::Up
    } else {
        Direction::Down
    };
    let better = match direction {
        Direction::Up => Some(higher_is_better),
        Direction::Down => Some(!higher_is_better),
        _ => None,
    };
    Trend {
        direction,
        change: Some(change),
        better,
    }
}

/// Pooled sums of one period's entries.
#[derive(Default)]
struct Bucket {
    response: Vec<i64>,
    nps: [i64; 3],
    nps_n: usize,
    retention: [i64; 3],
    retention_n: usize,
    expansion: [i64; 3],
    expansion_n: usize,
    revenue: i64,
    revenue_n: usize,
    targeted: [i64; 2],
    targeted_n: usize,
}

impl Bucket {
    fn value(&self, kind: KpiKind) -> (Option<f64>, usize) {
        match kind {
            KpiKind::ResponseTime => (
                response_time_from_minutes(&self.response)
                    .ok()
                    .map(|r| r.mean_minutes),
                self.response.len(),
            ),
            KpiKind::Nps => (
                nps(self.nps[0], self.nps[1], self.nps[2])
                    .ok()
                    .map(|n| n.score),
                self.nps_n,
            ),
            KpiKind::ClientRetention => (
                client_retention(
                    self.retention[0],
                    self.retention[1],
                    self.retention[2],
                    None,
                )
                .ok()
                .map(|r| r.rate_pct),
                self.retention_n,
            ),
            KpiKind::UpsellRate | KpiKind::CrossSellRate => {
                let r = expansion_rates(
                    self.expansion[0],
                    self.expansion[1],
                    self.expansion[2],
                    None,
                )
                .ok()
                .map(|r| {
                    if kind == KpiKind::UpsellRate {
                        r.upsell_pct
                    } else {
                        r.cross_sell_pct
                    }
                });
                (r, self.expansion_n)
            }
            KpiKind::Revenue => (
                (self.revenue_n > 0).then_some(self.revenue as f64),
                self.revenue_n,
            ),
            KpiKind::RevenueVsTarget => (
                revenue_vs_target(self.targeted[0], self.targeted[1]).ok(),
                self.targeted_n,
            ),
        }
    }
}

/// The KPIs of `client_id` per period, from its log entries (entries of
/// other clients are ignored). Within a period, entries are pooled: NPS
/// surveys add their counts, retention and upsell entries add their counts,
/// response times are averaged, revenue is summed. Pooled sums stay valid
/// because each entry passed [`KpiEntry::validate`]; invalid ones are
/// listed in `skipped`. Sums are saturating, so huge logs cannot overflow.
pub fn kpi_report(entries: &[KpiEntry], client_id: &str, granularity: Granularity) -> KpiReport {
    use std::collections::BTreeMap;
    let mut buckets: BTreeMap<Period, Bucket> = BTreeMap::new();
    let mut skipped = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        if e.client_id != client_id {
            continue;
        }
        if let Err(err) = e.validate() {
            skipped.push((i, err));
            continue;
        }
        let Some(date) = e.date else { continue };
        let b = buckets.entry(Period::of(date, granularity)).or_default();
        let add = |acc: &mut [i64], vals: &[i64]| {
            for (a, v) in acc.iter_mut().zip(vals) {
                *a = a.saturating_add(*v).min(MAX_AMOUNT);
            }
        };
        match e.measure {
            KpiMeasure::ResponseTime { minutes } => b.response.push(minutes),
            KpiMeasure::NpsSurvey {
                promoters,
                passives,
                detractors,
            } => {
                add(&mut b.nps, &[promoters, passives, detractors]);
                b.nps_n += 1;
            }
            KpiMeasure::Retention {
                at_start,
                lost,
                gained,
            } => {
                add(&mut b.retention, &[at_start, lost, gained]);
                b.retention_n += 1;
            }
            KpiMeasure::Expansion {
                active_clients,
                upsold,
                cross_sold,
            } => {
                add(&mut b.expansion, &[active_clients, upsold, cross_sold]);
                b.expansion_n += 1;
            }
            KpiMeasure::Revenue { amount, target } => {
                b.revenue = b.revenue.saturating_add(amount);
                b.revenue_n += 1;
                if let Some(t) = target {
                    add(&mut b.targeted, &[amount, t]);
                    b.targeted_n += 1;
                }
            }
        }
    }
    let periods: Vec<Period> = match (buckets.keys().next(), buckets.keys().next_back()) {
        (Some(&first), Some(&last)) => {
            let mut v = vec![first];
            let mut p = first;
            while p < last {
                p = p.next();
                v.push(p);
            }
            v
        }
        _ => Vec::new(),
    };
    let empty = Bucket::default();
    let series = KpiKind::ALL
        .into_iter()
        .map(|kind| {
            let points: Vec<SeriesPoint> = periods
                .iter()
                .map(|&period| {
                    let (value, entries) = buckets.get(&period).unwrap_or(&empty).value(kind);
                    SeriesPoint {
                        period,
                        label: period.label(),
                        value,
                        entries,
                    }
                })
                .collect();
            let trend = trend(&points, kind.higher_is_better());
            Series {
                kind,
                points,
                trend,
            }
        })
        .collect();
    KpiReport {
        granularity,
        series,
        skipped,
    }
}
