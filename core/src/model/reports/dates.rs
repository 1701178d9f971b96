//! Dates as the toolkit uses them: parsing what people type, the user's
//! local date, and how close a due date is.
//!
//! The domain never reads the clock. The UI passes `today` (the user's local
//! date) or `now` (an instant) plus the user's UTC offset; everything here is
//! a pure function of its arguments.
//!
//! **The week.** "This week" is the ISO week of `today`: Monday to Sunday,
//! both inclusive. On a Sunday, only today is left of the week, so nothing is
//! "due this week" that is not "due today".
use chrono::{
    DateTime, Datelike, Days, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Utc,
};
use serde::{Deserialize, Serialize};

use crate::model::text::{tx, Lang};

/// The earliest year a typed date may have (catches typos such as `0226`).
pub const YEAR_MIN: i32 = 1900;
/// The latest year a typed date may have (catches typos such as `20266`).
pub const YEAR_MAX: i32 = 2999;

/// Why a typed date or time was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    /// Nothing was typed.
    #[error("empty")]
    Empty,
    /// Not of the form `YYYY-MM-DD` (dates) or `HH:MM` (times).
    #[error("not in the expected format")]
    Format,
    /// The form is right but no such day exists (2026-02-30, 2025-13-01).
    #[error("no such date")]
    NoSuchDate,
    /// A year outside [`YEAR_MIN`]..=[`YEAR_MAX`].
    #[error("year out of range")]
    YearOutOfRange,
    /// No such time of day (24:00, 12:60).
    #[error("no such time")]
    NoSuchTime,
    /// Not of the form `HH:MM` (times).
    #[error("not a time")]
    TimeFormat,
    /// A day/month date typed in English whose order cannot be told
    /// (`10/12/2026`: 10 December or October 12?). See [`parse_date_in`].
    #[error("day and month order unknown")]
    AmbiguousOrder,
}

/// Reads an all-digit field of 1..=`max_len` ASCII digits.
fn digits(s: &str, min_len: usize, max_len: usize) -> Option<u32> {
    if s.len() < min_len || s.len() > max_len || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Parses a date typed as ISO `YYYY-MM-DD` (month and day may have one
/// digit; surrounding spaces are ignored). Refuses days that do not exist,
/// such as 2026-02-30 or 2025-02-29, instead of rolling them over.
pub fn parse_date(input: &str) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let mut parts = s.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(DateError::Format);
    };
    let (Some(y), Some(m), Some(d)) = (digits(y, 4, 4), digits(m, 1, 2), digits(d, 1, 2)) else {
        return Err(DateError::Format);
    };
    let y = y as i32;
    if !(YEAR_MIN..=YEAR_MAX).contains(&y) {
        return Err(DateError::YearOutOfRange);
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::NoSuchDate)
}

/// Parses a time of day typed as `HH:MM` (the hour may have one digit; an
/// optional `:SS`, as some time pickers send, is accepted and kept).
pub fn parse_time(input: &str) -> Result<NaiveTime, DateError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    let parts: Vec<&str> = s.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return Err(DateError::TimeFormat);
    }
    let h = digits(parts[0], 1, 2).ok_or(DateError::TimeFormat)?;
    let m = digits(parts[1], 2, 2).ok_or(DateError::TimeFormat)?;
    let sec = match parts.get(2) {
        Some(p) => digits(p, 2, 2).ok_or(DateError::TimeFormat)?,
        None => 0,
    };
    NaiveTime::from_hms_opt(h, m, sec).ok_or(DateError::NoSuchTime)
}

/// Parses an optional date: blank is `Ok(None)`, anything else must be valid.
pub fn parse_optional_date(input: &str) -> Result<Option<NaiveDate>, DateError> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_date(input).map(Some)
    }
}

/// Parses a date as a person writing in `lang` types it.
///
/// - Everywhere: the ISO form `YYYY-MM-DD` (what the date picker gives).
/// - Vietnamese: day first, `dd/mm/yyyy`, also `d/m/yyyy`, `dd-mm-yyyy`
///   and `dd.mm.yyyy` (the habit of Vietnamese forms and documents).
/// - English: a day and month typed with `/`, `-` or `.` are read only when
///   the order is certain: a first number above 12 is a day (`25/12/2026`),
///   a second number above 12 is a day (`12/25/2026`), and equal numbers
///   need no order (`5/5/2026`). Otherwise (`10/12/2026`) the date is
///   refused with [`DateError::AmbiguousOrder`], never guessed.
///
/// The year has four digits; days that do not exist (31/02) are refused.
pub fn parse_date_in(input: &str, lang: Lang) -> Result<NaiveDate, DateError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(DateError::Empty);
    }
    // ISO: four digits first.
    if s.len() >= 4 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit) {
        return parse_date(s);
    }
    let Some(sep) = s.chars().find(|c| matches!(c, '/' | '-' | '.')) else {
        return Err(DateError::Format);
    };
    let mut parts = s.split(sep);
    let (Some(a), Some(b), Some(y), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(DateError::Format);
    };
    let (Some(a), Some(b), Some(y)) = (digits(a, 1, 2), digits(b, 1, 2), digits(y, 4, 4)) else {
        return Err(DateError::Format);
    };
    let y = y as i32;
    if !(YEAR_MIN..=YEAR_MAX).contains(&y) {
        return Err(DateError::YearOutOfRange);
    }
    let (day, month) = match lang {
        Lang::Vi => (a, b),
        Lang::En if a == b || a > 12 => (a, b),
        Lang::En if b > 12 => (b, a),
        Lang::En => return Err(DateError::AmbiguousOrder),
    };
    NaiveDate::from_ymd_opt(y, month, day).ok_or(DateError::NoSuchDate)
}

/// [`parse_date_in`] where blank is `Ok(None)`.
pub fn parse_optional_date_in(input: &str, lang: Lang) -> Result<Option<NaiveDate>, DateError> {
    if input.trim().is_empty() {
        Ok(None)
    } else {
        parse_date_in(input, lang).map(Some)
    }
}

/// A date as a date field shows it in `lang`: `10/12/2026` in Vietnamese,
/// `2026-12-10` in English; [`parse_date_in`] reads both back.
pub fn date_input_text(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Vi => day_month_year(date),
        Lang::En => iso(date),
    }
}

// Dates are written out here, not with chrono's `format`: its pattern
// parser and formatter took about 11 KB of wasm (before compression) on
// every page that shows a date, for the handful of patterns below.

/// Short English month names, January first.
const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Short English weekday names, Monday first.
const WEEKDAYS_EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// The short English name of a date's month ("Mar").
pub fn month_short_en(date: NaiveDate) -> &'static str {
    MONTHS_EN[date.month0() as usize]
}

/// The ISO form `YYYY-MM-DD`, for inputs and file names.
pub fn iso(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// `YYYYMMDD`, for references such as a proposal's number.
pub fn iso_compact(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// `DD/MM/YYYY`, the Vietnamese way.
pub fn day_month_year(date: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
}

/// "5 Mar 2026".
pub fn day_month_name_year(date: NaiveDate) -> String {
    format!("{} {} {:04}", date.day(), month_short_en(date), date.year())
}

/// `YYYY-MM-DD HH:MM`, a moment in a list.
pub fn iso_minutes(at: NaiveDateTime) -> String {
    format!("{} {}", iso(at.date()), format_time(at.time()))
}

/// A date as people read it: "Thu 5 Mar 2026" in English,
/// "T5, 05/03/2026" in Vietnamese.
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    let day = date.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::En => format!("{} {}", WEEKDAYS_EN[day], day_month_name_year(date)),
        Lang::Vi => {
            let wd = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"][day];
            format!("{wd}, {}", day_month_year(date))
        }
    }
}

/// `HH:MM`.
pub fn format_time(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// A UTC offset from minutes east of UTC (Ho Chi Minh City is +420).
/// `None` beyond ±24 h.
pub fn offset_from_minutes_east(minutes: i32) -> Option<FixedOffset> {
    FixedOffset::east_opt(minutes.checked_mul(60)?)
}

/// A UTC offset from JavaScript's `Date.prototype.getTimezoneOffset()`,
/// which counts minutes **west** of UTC (Ho Chi Minh City gives -420).
pub fn offset_from_js(js_timezone_offset: i32) -> Option<FixedOffset> {
    offset_from_minutes_east(js_timezone_offset.checked_neg()?)
}

/// The calendar date at `instant` for someone at `offset`: 23:30 UTC on
/// 31 January is already 1 February in Ho Chi Minh City (UTC+7).
pub fn local_date(instant: DateTime<Utc>, offset: FixedOffset) -> NaiveDate {
    instant.with_timezone(&offset).date_naive()
}

/// The Monday that starts the ISO week of `date`.
pub fn week_start(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back))
        .unwrap_or(NaiveDate::MIN)
}

/// The Sunday that ends the ISO week of `date`.
pub fn week_end(date: NaiveDate) -> NaiveDate {
    let ahead = u64::from(6 - date.weekday().num_days_from_monday());
    date.checked_add_days(Days::new(ahead))
        .unwrap_or(NaiveDate::MAX)
}

/// How close a due date is, seen from `today`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DueClass {
    /// Before today.
    Overdue,
    /// Today.
    DueToday,
    /// After today, up to and including the Sunday of today's ISO week.
    DueThisWeek,
    /// After this week.
    Later,
    /// No due date set.
    NoDate,
}

impl DueClass {
    /// A short label for badges and exports.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            DueClass::Overdue => tx("Overdue", "Trễ hạn"),
            DueClass::DueToday => tx("Due today", "Hạn hôm nay"),
            DueClass::DueThisWeek => tx("Due this week", "Hạn trong tuần"),
            DueClass::Later => tx("Later", "Sau tuần này"),
            DueClass::NoDate => tx("No date", "Chưa có hạn"),
        }
        .get(lang)
    }

    /// Whether the UI should highlight it (overdue, today, this week).
    pub fn is_urgent(self) -> bool {
        matches!(
            self,
            DueClass::Overdue | DueClass::DueToday | DueClass::DueThisWeek
        )
    }
}

/// Classifies `due` against the user's local `today` (see the module note
/// for the week).
pub fn classify_due(due: Option<NaiveDate>, today: NaiveDate) -> DueClass {
    let Some(due) = due else {
        return DueClass::NoDate;
    };
    if due < today {
        DueClass::Overdue
    } else if due == today {
        DueClass::DueToday
    } else if due <= week_end(today) {
        DueClass::DueThisWeek
    } else {
        DueClass::Later
    }
}

/// [`classify_due`] at an instant, for a user at `offset`: the local date is
/// derived first, so the same instant can be "due today" in Hanoi and
/// "due this week" (tomorrow) in London.
pub fn classify_due_at(
    due: Option<NaiveDate>,
    now: DateTime<Utc>,
    offset: FixedOffset,
) -> DueClass {
    classify_due(due, local_date(now, offset))
}

/// Whole days from `today` to `due`: negative when overdue.
pub fn days_until(due: NaiveDate, today: NaiveDate) -> i64 {
    (due - today).num_days()
}
