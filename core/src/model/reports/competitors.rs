//! The communication / competitor review: the client's and its competitors'
//! campaigns over the past twelve months, the category and market, each
//! brand's strengths and weaknesses, and the account's own point of view.
//!
//! **The window.** For an "as of" date `D`, the twelve months reviewed run
//! from the day after the same date a year earlier to `D`, both ends
//! inclusive: as of 2026-06-30 that is 2025-07-01..=2026-06-30; as of
//! 2028-02-29 it is 2027-03-01..=2028-02-29; as of 2029-02-28 (a month's last
//! day) it is the whole months 2028-03-01..=2029-02-28, never starting on a
//! 29 February. A campaign is in the window
//! when its run (start to end, or just its start date when it has no end)
//! overlaps it.
use chrono::{Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::check::{check_ids, check_len, Cause, Issue};
use crate::model::client::{NAME_MAX, TEXT_MAX};
use crate::model::money::MAX_AMOUNT;

/// One campaign of a brand.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Campaign {
    pub name: String,
    /// When it started (or aired, for a one-off).
    pub date: Option<NaiveDate>,
    /// When it ended, if it ran for a while.
    pub end: Option<NaiveDate>,
    /// TV, OOH, Facebook, TikTok, KOL, event…
    pub channel: String,
    /// Its key message.
    pub message: String,
    /// Estimated spend in the review's currency (whole units), if known.
    pub estimated_spend: Option<i64>,
    pub notes: String,
}

impl Campaign {
    /// The last day of its run (its start when it has no end).
    pub fn last_day(&self) -> Option<NaiveDate> {
        self.end.or(self.date)
    }
}

/// A brand reviewed: a competitor, or the client itself.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Brand {
    pub name: String,
    /// True for the client's own brand.
    pub is_client: bool,
    pub strengths: Vec<String>,
    pub weaknesses: Vec<String>,
    pub campaigns: Vec<Campaign>,
}

/// A communication / competitor review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CompetitorReview {
    pub client_id: String,
    pub proposal_id: Option<String>,
    pub title: String,
    /// The date the review is made as of; the window ends here.
    pub as_of: Option<NaiveDate>,
    /// ISO 4217 code for the spend estimates ("VND").
    pub currency: String,
    pub category_notes: String,
    pub market_notes: String,
    pub brands: Vec<Brand>,
    /// The account's own reading of the client's problem.
    pub point_of_view: String,
}

impl Default for CompetitorReview {
    fn default() -> Self {
        CompetitorReview {
            client_id: String::new(),
            proposal_id: None,
            title: String::new(),
            as_of: None,
            currency: "VND".into(),
            category_notes: String::new(),
            market_notes: String::new(),
            brands: Vec::new(),
            point_of_view: String::new(),
        }
    }
}

/// The twelve months reviewed as of `as_of` (see the module note).
pub fn window(as_of: NaiveDate) -> (NaiveDate, NaiveDate) {
    // The day after the same date a year earlier…
    let after_year_ago = as_of
        .checked_sub_months(Months::new(12))
        .and_then(|d| d.checked_add_days(Days::new(1)));
    // …or, when that falls short at a month's end (as of 2029-02-28, a year
    // earlier is 2028-02-28, whose next day is 29 February), the date a year
    // before the day after: 2028-03-01, so the window is March to February.
    let year_before_next_day = as_of
        .checked_add_days(Days::new(1))
        .and_then(|d| d.checked_sub_months(Months::new(12)));
    let start = match (after_year_ago, year_before_next_day) {
        (Some(a), Some(b)) => a.max(b),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => NaiveDate::MIN,
    };
    (start, as_of)
}

/// A field of a competitor review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompetitorField {
    ClientId,
    ProposalId,
    Title,
    AsOf,
    Currency,
    CategoryNotes,
    MarketNotes,
    PointOfView,
    /// The list of brands (e.g. no competitor at all).
    Competitors,
    BrandName(usize),
    Strengths(usize),
    Weaknesses(usize),
    Campaigns(usize),
    CampaignName {
        brand: usize,
        row: usize,
    },
    CampaignDate {
        brand: usize,
        row: usize,
    },
    CampaignEnd {
        brand: usize,
        row: usize,
    },
    CampaignChannel {
        brand: usize,
        row: usize,
    },
    CampaignMessage {
        brand: usize,
        row: usize,
    },
    CampaignSpend {
        brand: usize,
        row: usize,
    },
    CampaignNotes {
        brand: usize,
        row: usize,
    },
}

impl CompetitorReview {
    /// The client id, for the storage index.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// Checks the review. Errors: no client, no "as of" date, a brand
    /// without a name, a campaign ending before it starts, a negative or
    /// too large spend, text too long. Warnings: no competitor, no point of
    /// view, no category notes, a competitor without strengths, weaknesses or
    /// campaigns, a campaign without name, date, channel or message, dated
    /// after the review date or wholly outside the twelve months.
    pub fn check(&self) -> Vec<Issue<CompetitorField>> {
        use CompetitorField as F;
        let mut out = Vec::new();
        check_ids(
            &mut out,
            &self.client_id,
            F::ClientId,
            self.proposal_id.as_deref(),
            F::ProposalId,
        );
        check_len(&mut out, F::Title, &self.title, NAME_MAX);
        if self.as_of.is_none() {
            out.push(Issue::error(F::AsOf, Cause::Missing));
        }
        let cur = self.currency.trim();
        if cur.is_empty() {
            out.push(Issue::error(F::Currency, Cause::Missing));
        }
        check_len(&mut out, F::Currency, cur, 3);
        if self.category_notes.trim().is_empty() {
            out.push(Issue::warning(F::CategoryNotes, Cause::Missing));
        }
        check_len(&mut out, F::CategoryNotes, &self.category_notes, TEXT_MAX);
        check_len(&mut out, F::MarketNotes, &self.market_notes, TEXT_MAX);
        if self.point_of_view.trim().is_empty() {
            out.push(Issue::warning(F::PointOfView, Cause::Missing));
        }
        check_len(&mut out, F::PointOfView, &self.point_of_view, TEXT_MAX);
        if !self.brands.iter().any(|b| !b.is_client) {
            out.push(Issue::warning(F::Competitors, Cause::Missing));
        }
        let win = self.as_of.map(window);
        for (b, brand) in self.brands.iter().enumerate() {
            if brand.name.trim().is_empty() {
                out.push(Issue::error(F::BrandName(b), Cause::Missing));
            }
            check_len(&mut out, F::BrandName(b), &brand.name, NAME_MAX);
            if !brand.is_client {
                if brand.strengths.iter().all(|s| s.trim().is_empty()) {
                    out.push(Issue::warning(F::Strengths(b), Cause::Missing));
                }
                if brand.weaknesses.iter().all(|s| s.trim().is_empty()) {
                    out.push(Issue::warning(F::Weaknesses(b), Cause::Missing));
                }
                if brand.campaigns.is_empty() {
                    out.push(Issue::warning(F::Campaigns(b), Cause::Missing));
                }
            }
            for s in &brand.strengths {
                check_len(&mut out, F::Strengths(b), s, TEXT_MAX);
            }
            for s in &brand.weaknesses {
                check_len(&mut out, F::Weaknesses(b), s, TEXT_MAX);
            }
            for (row, c) in brand.campaigns.iter().enumerate() {
                if c.name.trim().is_empty() {
                    out.push(Issue::warning(
                        F::CampaignName { brand: b, row },
                        Cause::Missing,
                    ));
                }
                check_len(
                    &mut out,
                    F::CampaignName { brand: b, row },
                    &c.name,
                    NAME_MAX,
                );
                match c.date {
                    None => out.push(Issue::warning(
                        F::CampaignDate { brand: b, row },
                        Cause::Missing,
                    )),
                    Some(d) => {
                        if let Some((start, end)) = win {
                            if d > end {
                                out.push(Issue::warning(
                                    F::CampaignDate { brand: b, row },
                                    Cause::AfterAsOf,
                                ));
                            } else if c.last_day().is_some_and(|l| l < start) {
                                out.push(Issue::warning(
                                    F::CampaignDate { brand: b, row },
                                    Cause::OutsideWindow,
                                ));
                            }
                        }
                    }
                }
                if let (Some(s), Some(e)) = (c.date, c.end) {
                    if e < s {
                        out.push(Issue::error(
                            F::CampaignEnd { brand: b, row },
                            Cause::EndBeforeStart,
                        ));
                    }
                }
                if c.channel.trim().is_empty() {
                    out.push(Issue::warning(
                        F::CampaignChannel { brand: b, row },
                        Cause::Missing,
                    ));
                }
                check_len(
                    &mut out,
                    F::CampaignChannel { brand: b, row },
                    &c.channel,
                    NAME_MAX,
                );
                if c.message.trim().is_empty() {
                    out.push(Issue::warning(
                        F::CampaignMessage { brand: b, row },
                        Cause::Missing,
                    ));
                }
                check_len(
                    &mut out,
                    F::CampaignMessage { brand: b, row },
                    &c.message,
                    TEXT_MAX,
                );
                check_len(
                    &mut out,
                    F::CampaignNotes { brand: b, row },
                    &c.notes,
                    TEXT_MAX,
                );
                match c.estimated_spend {
                    Some(s) if s < 0 => out.push(Issue::error(
                        F::CampaignSpend { brand: b, row },
                        Cause::Negative,
                    )),
                    Some(s) if s > MAX_AMOUNT => out.push(Issue::error(
                        F::CampaignSpend { brand: b, row },
                        Cause::TooLarge { max: MAX_AMOUNT },
                    )),
                    _ => {}
                }
            }
        }
        crate::sort::by_key(&mut out, |i| i.severity);
        out
    }
}

impl CompetitorReview {
    /// What stops the review from being stored even as a draft (a missing
    /// client, text beyond the limits, a bad id, an impossible spend). A
    /// brand still without a name or a missing "as of" date is kept and
    /// listed by [`CompetitorReview::check`].
    pub fn storage_errors(&self) -> Vec<Issue<CompetitorField>> {
        crate::check::storage_errors(&self.check(), CompetitorField::ClientId)
    }
}

/// One campaign on the timeline chart.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineItem {
    /// Where it is in the review: `brands[brand].campaigns[campaign]`.
    pub brand: usize,
    pub campaign: usize,
    pub name: String,
    pub channel: String,
    /// Its own start and end (end = start for a one-off).
    pub date: NaiveDate,
    pub end: NaiveDate,
    /// The part of its run inside the window, for drawing the bar.
    pub bar_start: NaiveDate,
    pub bar_end: NaiveDate,
    pub estimated_spend: Option<i64>,
}

/// One brand's row of the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineLane {
    /// Index into `review.brands`.
    pub brand: usize,
    pub name: String,
    pub is_client: bool,
    /// Its campaigns in the window, by start date, then end, then name.
    pub items: Vec<TimelineItem>,
    /// Sum of the known estimated spends in the window.
    pub known_spend: i64,
    /// How many campaigns in the window have no spend estimate.
    pub unknown_spend: usize,
}

/// The data for the campaign timeline chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// First and last day of the window, both inclusive.
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// One lane per brand, in the review's order (brands with no campaign in
    /// the window keep an empty lane: being silent for a year is news too).
    pub lanes: Vec<TimelineLane>,
    /// Campaigns left off because they have no start date, as
    /// `(brand, campaign)` indexes, so the UI can say so.
    pub undated: Vec<(usize, usize)>,
}

impl Timeline {
    /// Every item of every lane, by start date (then brand order).
    pub fn all_sorted(&self) -> Vec<&TimelineItem> {
        let mut v: Vec<&TimelineItem> = self.lanes.iter().flat_map(|l| &l.items).collect();
        crate::sort::by_key(&mut v, |i| (i.date, i.brand, i.end));
        v
    }

    /// Number of campaigns on the chart.
    pub fn len(&self) -> usize {
        self.lanes.iter().map(|l| l.items.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The campaigns of the twelve months up to `as_of`, grouped by brand and
/// sorted by date (see the module note for the window). A campaign whose end
/// is before its start is drawn as a one-off on its start date.
pub fn campaign_timeline(review: &CompetitorReview, as_of: NaiveDate) -> Timeline {
    let (start, end) = window(as_of);
    let mut undated = Vec::new();
    let lanes = review
        .brands
        .iter()
        .enumerate()
        .map(|(b, brand)| {
            let mut items: Vec<TimelineItem> = brand
                .campaigns
                .iter()
                .enumerate()
                .filter_map(|(ci, c)| {
                    let Some(date) = c.date else {
                        undated.push((b, ci));
                        return None;
                    };
                    let last = c.end.filter(|e| *e >= date).unwrap_or(date);
                    if date > end || last < start {
                        return None;
                    }
                    Some(TimelineItem {
                        brand: b,
                        campaign: ci,
                        name: c.name.clone(),
                        channel: c.channel.clone(),
                        date,
                        end: last,
                        bar_start: date.max(start),
                        bar_end: last.min(end),
                        estimated_spend: c.estimated_spend.filter(|s| (0..=MAX_AMOUNT).contains(s)),
                    })
                })
                .collect();
            crate::sort::by(&mut items, |a, b| {
                (a.date, a.end)
                    .cmp(&(b.date, b.end))
                    .then_with(|| a.name.cmp(&b.name))
            });
            let known_spend = items
                .iter()
                .filter_map(|i| i.estimated_spend)
                .fold(0i64, |acc, s| acc.saturating_add(s));
            let unknown_spend = items.iter().filter(|i| i.estimated_spend.is_none()).count();
            TimelineLane {
                brand: b,
                name: brand.name.clone(),
                is_client: brand.is_client,
                items,
                known_spend,
                unknown_spend,
            }
        })
        .collect();
    Timeline {
        start,
        end,
        lanes,
        undated,
    }
}
