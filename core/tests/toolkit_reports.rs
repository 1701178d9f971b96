//! The account's toolkit: contact reports (send-ready checks), WIP jobs (due
//! classes across time zones, month and year ends and leap days, filters,
//! status history, jobs from next steps), competitor reviews (the twelve-month
//! window) and their documents.
mod common;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};
use suitcase_core::check::no_errors;
use suitcase_core::docs::{
    competitor_review_doc, contact_report_doc, contact_report_doc_for, wip_doc, Block, Doc,
};
use suitcase_core::model::reports::competitors::window;
use suitcase_core::model::reports::dates::{
    date_input_text, format_date, local_date, offset_from_js, offset_from_minutes_east,
    parse_date_in, parse_optional_date, parse_optional_date_in, week_end, week_start,
};
use suitcase_core::model::reports::wip::{due_flag, owners, wip_counts};
use suitcase_core::model::reports::*;
use suitcase_core::model::text::Lang;

use common::{d, good_report};

const XSS: &str = "<img src=x onerror=alert(1)>";

fn utc(y: i32, m: u32, day: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, day, h, min, 0).unwrap()
}

fn hcmc() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).unwrap()
}

fn doc_has(doc: &Doc, needle: &str) -> bool {
    doc.texts().iter().any(|t| t.contains(needle))
}

// ---------------------------------------------------------------- dates

#[test]
fn typed_dates_are_parsed_strictly() {
    assert_eq!(parse_date("2026-03-05"), Ok(d(2026, 3, 5)));
    assert_eq!(parse_date(" 2026-3-5 "), Ok(d(2026, 3, 5)));
    assert_eq!(parse_date("2028-02-29"), Ok(d(2028, 2, 29)));
    assert_eq!(parse_date("2000-02-29"), Ok(d(2000, 2, 29)));
    assert_eq!(parse_date("2026-02-30"), Err(DateError::NoSuchDate));
    assert_eq!(parse_date("2025-02-29"), Err(DateError::NoSuchDate));
    assert_eq!(parse_date("2100-02-29"), Err(DateError::NoSuchDate));
    assert_eq!(parse_date("2026-04-31"), Err(DateError::NoSuchDate));
    assert_eq!(parse_date("2026-13-01"), Err(DateError::NoSuchDate));
    assert_eq!(parse_date("2026-00-10"), Err(DateError::NoSuchDate));
    assert_eq!(parse_date(""), Err(DateError::Empty));
    assert_eq!(parse_date("   "), Err(DateError::Empty));
    assert_eq!(parse_date("2026/03/05"), Err(DateError::Format));
    assert_eq!(parse_date("05-03-2026"), Err(DateError::Format));
    assert_eq!(parse_date("26-3-5"), Err(DateError::Format));
    assert_eq!(parse_date("2026-03-05T10:00"), Err(DateError::Format));
    assert_eq!(parse_date("2026-+3-05"), Err(DateError::Format));
    assert_eq!(parse_date("２０２６-03-05"), Err(DateError::Format));
    assert_eq!(parse_date("0226-03-05"), Err(DateError::YearOutOfRange));
    assert_eq!(parse_optional_date(" "), Ok(None));
    assert_eq!(
        parse_optional_date("2026-02-30"),
        Err(DateError::NoSuchDate)
    );
}

#[test]
fn typed_times_are_parsed_strictly() {
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert_eq!(parse_time("09:30"), Ok(t(9, 30)));
    assert_eq!(parse_time("9:05"), Ok(t(9, 5)));
    assert_eq!(parse_time("00:00"), Ok(t(0, 0)));
    assert_eq!(parse_time("23:59"), Ok(t(23, 59)));
    assert_eq!(
        parse_time("08:15:30"),
        Ok(NaiveTime::from_hms_opt(8, 15, 30).unwrap())
    );
    assert_eq!(parse_time("24:00"), Err(DateError::NoSuchTime));
    assert_eq!(parse_time("12:60"), Err(DateError::NoSuchTime));
    assert_eq!(parse_time("1230"), Err(DateError::TimeFormat));
    assert_eq!(parse_time("12:3"), Err(DateError::TimeFormat));
    assert_eq!(parse_time("9h30"), Err(DateError::TimeFormat));
    assert_eq!(parse_time(""), Err(DateError::Empty));
}

#[test]
fn vietnamese_dates_are_read_day_first() {
    let vi = |s| parse_date_in(s, Lang::Vi);
    assert_eq!(vi("10/12/2026"), Ok(d(2026, 12, 10)));
    assert_eq!(vi("1/2/2026"), Ok(d(2026, 2, 1)));
    assert_eq!(vi(" 05-03-2026 "), Ok(d(2026, 3, 5)));
    assert_eq!(vi("05.03.2026"), Ok(d(2026, 3, 5)));
    assert_eq!(
        vi("2026-12-10"),
        Ok(d(2026, 12, 10)),
        "the picker's ISO form"
    );
    assert_eq!(vi("29/02/2028"), Ok(d(2028, 2, 29)));
    assert_eq!(vi("31/02/2026"), Err(DateError::NoSuchDate));
    assert_eq!(vi("29/02/2026"), Err(DateError::NoSuchDate));
    assert_eq!(vi("31/04/2026"), Err(DateError::NoSuchDate));
    assert_eq!(
        vi("12/13/2026"),
        Err(DateError::NoSuchDate),
        "no month 13, never swapped"
    );
    assert_eq!(vi("00/12/2026"), Err(DateError::NoSuchDate));
    assert_eq!(
        vi("10/12/26"),
        Err(DateError::Format),
        "a two-digit year is not guessed"
    );
    assert_eq!(vi("10/12-2026"), Err(DateError::Format), "one separator");
    assert_eq!(vi("10/12/2026/1"), Err(DateError::Format));
    assert_eq!(vi("hôm qua"), Err(DateError::Format));
    assert_eq!(vi("10/12/0226"), Err(DateError::YearOutOfRange));
    assert_eq!(vi(""), Err(DateError::Empty));
    assert_eq!(parse_optional_date_in("  ", Lang::Vi), Ok(None));
    assert_eq!(
        parse_optional_date_in("10/12/2026", Lang::Vi),
        Ok(Some(d(2026, 12, 10)))
    );
}

#[test]
fn english_dates_are_read_only_when_the_order_is_certain() {
    let en = |s| parse_date_in(s, Lang::En);
    assert_eq!(en("2026-12-10"), Ok(d(2026, 12, 10)));
    assert_eq!(en("2026-2-3"), Ok(d(2026, 2, 3)));
    assert_eq!(en("10/12/2026"), Err(DateError::AmbiguousOrder));
    assert_eq!(en("1.2.2026"), Err(DateError::AmbiguousOrder));
    assert_eq!(
        en("25/12/2026"),
        Ok(d(2026, 12, 25)),
        "25 can only be a day"
    );
    assert_eq!(
        en("12/25/2026"),
        Ok(d(2026, 12, 25)),
        "month first, as in the US"
    );
    assert_eq!(en("5/5/2026"), Ok(d(2026, 5, 5)), "same either way");
    assert_eq!(en("31/02/2026"), Err(DateError::NoSuchDate));
    assert_eq!(en("02/31/2026"), Err(DateError::NoSuchDate));
    assert_eq!(en("2026-02-30"), Err(DateError::NoSuchDate));
    assert_eq!(en("32/13/2026"), Err(DateError::NoSuchDate));
    assert_eq!(en("next Tuesday"), Err(DateError::Format));
}

#[test]
fn date_fields_show_dates_the_way_they_are_read() {
    let date = d(2026, 12, 10);
    assert_eq!(date_input_text(date, Lang::Vi), "10/12/2026");
    assert_eq!(date_input_text(date, Lang::En), "2026-12-10");
    for lang in [Lang::En, Lang::Vi] {
        for date in [d(2026, 1, 2), d(2028, 2, 29), d(1999, 12, 31)] {
            assert_eq!(parse_date_in(&date_input_text(date, lang), lang), Ok(date));
        }
    }
}

#[test]
fn dates_read_naturally_in_both_languages() {
    assert_eq!(format_date(d(2026, 3, 5), Lang::En), "Thu 5 Mar 2026");
    assert_eq!(format_date(d(2026, 3, 5), Lang::Vi), "T5, 05/03/2026");
    assert_eq!(format_date(d(2026, 3, 8), Lang::Vi), "CN, 08/03/2026");
}

// ---------------------------------------------------------------- due classes

/// The app writes dates itself (chrono's pattern formatter cost wasm on
/// every page); what it writes must be what chrono's patterns gave.
#[test]
#[allow(clippy::disallowed_methods)]
fn dates_written_out_match_chronos_patterns() {
    use suitcase_core::model::reports::dates::{
        day_month_name_year, day_month_year, format_time, iso, iso_compact, iso_minutes,
        month_short_en,
    };
    let mut date = d(1900, 1, 1);
    let mut checked = 0;
    while date <= d(2200, 12, 31) {
        assert_eq!(iso(date), date.format("%Y-%m-%d").to_string());
        assert_eq!(iso_compact(date), date.format("%Y%m%d").to_string());
        assert_eq!(day_month_year(date), date.format("%d/%m/%Y").to_string());
        assert_eq!(
            day_month_name_year(date),
            date.format("%-d %b %Y").to_string()
        );
        assert_eq!(month_short_en(date), date.format("%b").to_string());
        assert_eq!(
            format_date(date, Lang::En),
            date.format("%a %-d %b %Y").to_string()
        );
        let at = date
            .and_hms_opt(checked % 24, (checked * 7) % 60, 5)
            .unwrap();
        assert_eq!(iso_minutes(at), at.format("%Y-%m-%d %H:%M").to_string());
        date = date + chrono::Days::new(13);
        checked += 1;
    }
    assert!(checked > 8_000);
    for minute in 0..24 * 60 {
        let time = NaiveTime::from_hms_opt(minute / 60, minute % 60, 59).unwrap();
        assert_eq!(format_time(time), time.format("%H:%M").to_string());
    }
}

#[test]
fn due_classes_within_a_week_and_across_a_month_end() {
    let today = d(2026, 4, 29); // Wednesday
    assert_eq!(week_start(today), d(2026, 4, 27));
    assert_eq!(week_end(today), d(2026, 5, 3));
    assert_eq!(classify_due(Some(d(2026, 4, 28)), today), DueClass::Overdue);
    assert_eq!(
        classify_due(Some(d(2026, 4, 29)), today),
        DueClass::DueToday
    );
    assert_eq!(
        classify_due(Some(d(2026, 4, 30)), today),
        DueClass::DueThisWeek
    );
    assert_eq!(
        classify_due(Some(d(2026, 5, 1)), today),
        DueClass::DueThisWeek
    );
    assert_eq!(
        classify_due(Some(d(2026, 5, 3)), today),
        DueClass::DueThisWeek
    );
    assert_eq!(classify_due(Some(d(2026, 5, 4)), today), DueClass::Later);
    assert_eq!(classify_due(None, today), DueClass::NoDate);
    // Earlier in the same week is overdue, not "this week".
    assert_eq!(classify_due(Some(d(2026, 4, 27)), today), DueClass::Overdue);
}

#[test]
fn on_monday_the_whole_week_is_ahead_and_on_sunday_none_of_it() {
    let monday = d(2026, 5, 4);
    assert_eq!(
        classify_due(Some(d(2026, 5, 10)), monday),
        DueClass::DueThisWeek
    );
    assert_eq!(classify_due(Some(d(2026, 5, 11)), monday), DueClass::Later);
    let sunday = d(2026, 5, 3);
    assert_eq!(week_end(sunday), sunday);
    assert_eq!(week_start(sunday), d(2026, 4, 27));
    assert_eq!(classify_due(Some(d(2026, 5, 4)), sunday), DueClass::Later);
    assert_eq!(classify_due(Some(sunday), sunday), DueClass::DueToday);
}

#[test]
fn due_classes_across_a_year_end() {
    let today = d(2025, 12, 31); // Wednesday; its ISO week ends Sunday 2026-01-04
    assert_eq!(week_end(today), d(2026, 1, 4));
    assert_eq!(
        classify_due(Some(d(2026, 1, 1)), today),
        DueClass::DueThisWeek
    );
    assert_eq!(
        classify_due(Some(d(2026, 1, 4)), today),
        DueClass::DueThisWeek
    );
    assert_eq!(classify_due(Some(d(2026, 1, 5)), today), DueClass::Later);
    assert_eq!(
        classify_due(Some(d(2025, 12, 30)), today),
        DueClass::Overdue
    );
    // A week that starts in the old year, seen from the new one.
    let new_year = d(2027, 1, 1); // Friday
    assert_eq!(week_start(new_year), d(2026, 12, 28));
    assert_eq!(
        classify_due(Some(d(2026, 12, 31)), new_year),
        DueClass::Overdue
    );
    assert_eq!(
        classify_due(Some(d(2027, 1, 3)), new_year),
        DueClass::DueThisWeek
    );
}

#[test]
fn due_classes_around_leap_days() {
    let today = d(2028, 2, 28); // Monday
    assert_eq!(
        classify_due(Some(d(2028, 2, 29)), today),
        DueClass::DueThisWeek
    );
    assert_eq!(
        classify_due(Some(d(2028, 3, 5)), today),
        DueClass::DueThisWeek
    );
    assert_eq!(classify_due(Some(d(2028, 3, 6)), today), DueClass::Later);
    let leap = d(2028, 2, 29);
    assert_eq!(classify_due(Some(d(2028, 2, 28)), leap), DueClass::Overdue);
    assert_eq!(classify_due(Some(leap), leap), DueClass::DueToday);
    assert_eq!(
        classify_due(Some(d(2028, 3, 1)), leap),
        DueClass::DueThisWeek
    );
    // Not a leap year: the day after 28 February is 1 March.
    let feb28 = d(2027, 2, 28); // Sunday
    assert_eq!(classify_due(Some(d(2027, 3, 1)), feb28), DueClass::Later);
}

#[test]
fn the_local_date_decides_the_class_across_time_zones() {
    // 23:30 UTC on 31 January is already 1 February in Ho Chi Minh City.
    let now = utc(2026, 1, 31, 23, 30);
    assert_eq!(local_date(now, hcmc()), d(2026, 2, 1));
    assert_eq!(
        local_date(now, FixedOffset::east_opt(0).unwrap()),
        d(2026, 1, 31)
    );
    let london = FixedOffset::east_opt(0).unwrap();
    // Due 31 January: due today in London, overdue in Ho Chi Minh City.
    assert_eq!(
        classify_due_at(Some(d(2026, 1, 31)), now, london),
        DueClass::DueToday
    );
    assert_eq!(
        classify_due_at(Some(d(2026, 1, 31)), now, hcmc()),
        DueClass::Overdue
    );
    // Due 1 February (a Sunday): this week in London, today in Ho Chi Minh City.
    assert_eq!(
        classify_due_at(Some(d(2026, 2, 1)), now, london),
        DueClass::DueThisWeek
    );
    assert_eq!(
        classify_due_at(Some(d(2026, 2, 1)), now, hcmc()),
        DueClass::DueToday
    );
    // Due Monday 2 February: next week for both (London's Saturday and
    // Ho Chi Minh City's Sunday are in the same ISO week).
    assert_eq!(
        classify_due_at(Some(d(2026, 2, 2)), now, hcmc()),
        DueClass::Later
    );
    assert_eq!(
        classify_due_at(Some(d(2026, 2, 2)), now, london),
        DueClass::Later
    );
}

#[test]
fn year_end_and_leap_day_arrive_at_local_midnight() {
    // Ho Chi Minh City midnight is 17:00 UTC the day before.
    assert_eq!(
        local_date(
            Utc.with_ymd_and_hms(2025, 12, 31, 16, 59, 59).unwrap(),
            hcmc()
        ),
        d(2025, 12, 31)
    );
    assert_eq!(local_date(utc(2025, 12, 31, 17, 0), hcmc()), d(2026, 1, 1));
    assert_eq!(
        classify_due_at(Some(d(2025, 12, 31)), utc(2025, 12, 31, 17, 0), hcmc()),
        DueClass::Overdue
    );
    assert_eq!(local_date(utc(2028, 2, 28, 18, 0), hcmc()), d(2028, 2, 29));
    // West of UTC the date lags: 02:00 UTC on New Year's Day is still
    // 31 December in New York (UTC-5).
    let new_york = offset_from_minutes_east(-300).unwrap();
    let now = utc(2026, 1, 1, 2, 0);
    assert_eq!(local_date(now, new_york), d(2025, 12, 31));
    assert_eq!(
        classify_due_at(Some(d(2025, 12, 31)), now, new_york),
        DueClass::DueToday
    );
    assert_eq!(
        classify_due_at(
            Some(d(2025, 12, 31)),
            now,
            FixedOffset::east_opt(0).unwrap()
        ),
        DueClass::Overdue
    );
}

#[test]
fn offsets_from_javascript_count_minutes_west() {
    assert_eq!(offset_from_js(-420), Some(hcmc()));
    assert_eq!(offset_from_js(300), offset_from_minutes_east(-300));
    assert_eq!(offset_from_js(0), FixedOffset::east_opt(0));
    assert_eq!(offset_from_minutes_east(24 * 60), None);
    assert_eq!(offset_from_js(i32::MIN), None);
}

// ---------------------------------------------------------------- contact report

#[test]
fn a_complete_report_is_send_ready_without_any_issue() {
    let r = good_report();
    let today = d(2026, 11, 20);
    assert_eq!(r.check(today), vec![]);
    assert!(r.is_send_ready(today));
}

#[test]
fn an_agreement_needs_the_exact_wording() {
    let today = d(2026, 11, 20);
    let mut r = good_report();
    r.agreements.push(Agreement {
        topic: "Media plan".into(),
        wording: "   ".into(),
        accepted_by: String::new(),
    });
    r.agreements.push(Agreement {
        topic: "Budget".into(),
        wording: "OK.".into(),
        accepted_by: String::new(),
    });
    r.agreements.push(Agreement {
        topic: "Timing".into(),
        wording: "Như đã thống nhất".into(),
        accepted_by: String::new(),
    });
    let issues = r.check(today);
    assert!(issues.contains(&Issue::error(
        ContactField::AgreementWording(1),
        Cause::Missing
    )));
    assert!(issues.contains(&Issue::error(
        ContactField::AgreementWording(2),
        Cause::VagueWording
    )));
    assert!(issues.contains(&Issue::error(
        ContactField::AgreementWording(3),
        Cause::VagueWording
    )));
    assert!(!r.is_send_ready(today));
    // A real item that merely starts with a vague word is fine.
    r.agreements.truncate(1);
    r.agreements[0].wording = "OK to run the 15s cut on YouTube from 1 Dec".into();
    assert!(r.is_send_ready(today));
}

#[test]
fn a_next_step_needs_an_action_an_owner_and_a_date() {
    let today = d(2026, 11, 20);
    let mut r = good_report();
    r.next_steps[0].owner = " ".into();
    r.next_steps[1].due = None;
    r.next_steps.push(NextStep {
        action: String::new(),
        owner: "Hà".into(),
        due: Some(d(2026, 12, 1)),
    });
    let issues = r.check(today);
    assert!(issues.contains(&Issue::error(
        ContactField::NextStepOwner(0),
        Cause::Missing
    )));
    assert!(issues.contains(&Issue::error(ContactField::NextStepDue(1), Cause::Missing)));
    assert!(issues.contains(&Issue::error(
        ContactField::NextStepAction(2),
        Cause::Missing
    )));
    assert_eq!(issues.iter().filter(|i| i.is_error()).count(), 3);
    assert!(!r.is_send_ready(today));
}

#[test]
fn a_past_due_date_is_flagged_not_refused() {
    let mut r = good_report();
    // Written up late: today is 3 December, both steps fell due in November.
    let today = d(2026, 12, 3);
    r.next_steps[0].due = Some(d(2026, 11, 18)); // also before the meeting
    let issues = r.check(today);
    assert!(issues.iter().all(|i| i.severity == Severity::Warning));
    assert!(issues.contains(&Issue::warning(
        ContactField::NextStepDue(0),
        Cause::DueInPast { days: 15 }
    )));
    assert!(issues.contains(&Issue::warning(
        ContactField::NextStepDue(0),
        Cause::DueBeforeMeeting
    )));
    assert!(issues.contains(&Issue::warning(
        ContactField::NextStepDue(1),
        Cause::DueInPast { days: 6 }
    )));
    assert!(r.is_send_ready(today));
    // Nothing was changed or dropped by the check.
    assert_eq!(r.next_steps[0].due, Some(d(2026, 11, 18)));
}

#[test]
fn each_side_needs_an_attendee_with_a_name_and_the_meeting_a_date() {
    let today = d(2026, 11, 20);
    let mut r = good_report();
    r.client_attendees.clear();
    r.agency_attendees[1].name = "".into();
    r.agency_attendees[0].role = "".into();
    r.agency_attendees.push(Attendee {
        name: "  trần   thu hà ".into(),
        role: "AE".into(),
    });
    r.date = None;
    r.client_id = "".into();
    let issues = r.check(today);
    use ContactField as F;
    assert!(issues.contains(&Issue::error(F::Attendees(Side::Client), Cause::Missing)));
    assert!(issues.contains(&Issue::error(
        F::AttendeeName {
            side: Side::Agency,
            row: 1
        },
        Cause::Missing
    )));
    assert!(issues.contains(&Issue::warning(
        F::AttendeeRole {
            side: Side::Agency,
            row: 0
        },
        Cause::Missing
    )));
    assert!(issues.contains(&Issue::warning(
        F::AttendeeName {
            side: Side::Agency,
            row: 2
        },
        Cause::Duplicate
    )));
    assert!(issues.contains(&Issue::error(F::Date, Cause::Missing)));
    assert!(issues.contains(&Issue::error(F::ClientId, Cause::Missing)));
    // Errors come before warnings.
    let first_warning = issues.iter().position(|i| !i.is_error()).unwrap();
    assert!(issues[first_warning..].iter().all(|i| !i.is_error()));
    // Every issue names its field and a cause (the words are the app's:
    // src/ui/check.rs tests them in both languages).
}

#[test]
fn an_empty_report_lists_what_is_missing_without_panicking() {
    let r = ContactReport::default();
    let issues = r.check(d(2026, 1, 1));
    assert!(!no_errors(&issues));
    use ContactField as F;
    for f in [
        F::ClientId,
        F::Date,
        F::Attendees(Side::Client),
        F::Attendees(Side::Agency),
    ] {
        assert!(issues.contains(&Issue::error(f, Cause::Missing)), "{f:?}");
    }
    for f in [
        F::Subject,
        F::Time,
        F::Place,
        F::Agenda,
        F::Discussion,
        F::Agreements,
        F::NextSteps,
    ] {
        assert!(issues.contains(&Issue::warning(f, Cause::Missing)), "{f:?}");
    }
}

#[test]
fn bad_ids_and_long_text_are_refused() {
    let today = d(2026, 11, 20);
    let mut r = good_report();
    r.client_id = "a/b".into();
    r.proposal_id = Some("__proto__ ".into());
    r.place = "x".repeat(201);
    r.discussion = "đ".repeat(20_000); // at the limit in characters, over it in bytes
    let issues = r.check(today);
    assert!(issues.contains(&Issue::error(ContactField::ClientId, Cause::InvalidId)));
    assert!(issues.contains(&Issue::error(ContactField::ProposalId, Cause::InvalidId)));
    assert!(issues.contains(&Issue::error(
        ContactField::Place,
        Cause::TooLong { max: 200 }
    )));
    assert!(!issues.iter().any(|i| i.field == ContactField::Discussion));
}

#[test]
fn blank_rows_can_be_dropped_before_checking() {
    let mut r = good_report();
    r.client_attendees.push(Attendee::default());
    r.agenda.push("  ".into());
    r.agreements.push(Agreement::default());
    r.next_steps.push(NextStep::default());
    let today = d(2026, 11, 20);
    assert!(!r.is_send_ready(today));
    let cleaned = r.without_blank_rows();
    assert_eq!(cleaned, good_report());
    assert!(cleaned.is_send_ready(today));
}

#[test]
fn contact_report_doc_holds_every_part_raw() {
    let mut r = good_report();
    r.discussion = format!("Client pasted {XSS} into chat 😅\n\nSecond paragraph: Đà Nẵng");
    r.agreements[0].accepted_by = format!("An {XSS}");
    let doc = contact_report_doc_for(&r, Some("Lumi Tea 🍵"), Lang::En);
    assert_eq!(doc.title, "Contact report: Tết 2027 KV review 🧧");
    for needle in [
        "Lumi Tea 🍵",
        "Fri 20 Nov 2026",
        "14:00",
        "Lumi Tea HQ, Quận 1",
        "Nguyễn Văn An",
        "Brand Manager",
        "Creative Director",
        "Key visual options",
        XSS,
        "😅",
        "Second paragraph: Đà Nẵng",
        "KV option B with the green bottle and the tagline 'Mát lành mỗi ngày'",
        "Send revised KV option B",
        "Wed 25 Nov 2026",
        "Confirm OOH booking dates",
    ] {
        assert!(doc_has(&doc, needle), "missing {needle}");
    }
    // Discussion paragraphs stay separate; agreements and steps are tables.
    assert!(doc
        .blocks
        .contains(&Block::Para(format!("Client pasted {XSS} into chat 😅"))));
    let tables = doc
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Table { .. }))
        .count();
    assert_eq!(tables, 3);

    let vi = contact_report_doc(&r, Lang::Vi);
    assert!(doc_has(&vi, "Người phụ trách"));
    assert!(doc_has(&vi, "T6, 20/11/2026"));
    assert!(doc_has(&vi, XSS));
}

#[test]
fn an_empty_contact_report_still_makes_a_doc() {
    let doc = contact_report_doc(&ContactReport::default(), Lang::Vi);
    assert!(doc.title.starts_with("Contact report"));
    assert!(doc_has(&doc, "Chưa ghi bước tiếp theo."));
}

// ---------------------------------------------------------------- WIP

fn job(
    client: &str,
    title: &str,
    status: JobStatus,
    owner: &str,
    due: Option<NaiveDate>,
) -> WipJob {
    let mut j = WipJob::new(client, title, utc(2026, 4, 1, 2, 0));
    j.status = status;
    j.owner = owner.into();
    j.due = due;
    j.next_step = format!("next: {title}");
    j
}

#[test]
fn next_steps_become_wip_jobs_once() {
    let r = good_report();
    let mut with_blank = r.clone();
    with_blank.next_steps.push(NextStep::default());
    let now = utc(2026, 11, 20, 9, 0);
    let jobs = jobs_from_next_steps(&with_blank, "cr-1", &[], now);
    assert_eq!(jobs.len(), 2);
    let j = &jobs[1];
    assert_eq!(j.client_id, "client_lumi");
    assert_eq!(j.proposal_id.as_deref(), Some("prop-tet-2027"));
    assert_eq!(j.title, "Confirm OOH booking dates");
    assert_eq!(j.next_step, "Confirm OOH booking dates");
    assert_eq!(j.project, "Tết 2027 KV review 🧧");
    assert_eq!(j.owner, "Trần Thu Hà");
    assert_eq!(j.due, Some(d(2026, 11, 27)));
    assert_eq!(j.status, JobStatus::Briefed);
    assert_eq!(
        j.source,
        Some(JobSource {
            report_id: "cr-1".into(),
            step: 1
        })
    );
    assert_eq!(
        j.history,
        vec![StatusChange {
            at: now,
            from: None,
            to: JobStatus::Briefed,
            note: String::new()
        }]
    );
    // Running it again creates nothing; a new step creates only itself.
    assert!(jobs_from_next_steps(&with_blank, "cr-1", &jobs, now).is_empty());
    let mut more = r.clone();
    more.next_steps.push(NextStep {
        action: "Book the KOL".into(),
        owner: "An".into(),
        due: None,
    });
    let new = jobs_from_next_steps(&more, "cr-1", &jobs, now);
    assert_eq!(new.len(), 1);
    assert_eq!(new[0].title, "Book the KOL");
    // Another report's steps are not mistaken for these.
    assert_eq!(jobs_from_next_steps(&r, "cr-2", &jobs, now).len(), 2);
}

#[test]
fn status_changes_are_kept_with_their_time() {
    let t0 = utc(2026, 3, 2, 1, 0);
    let mut j = WipJob::new("c1", "TVC 30s", t0);
    assert!(j.set_status(JobStatus::InProgress, utc(2026, 3, 3, 2, 0), ""));
    assert!(j.set_status(
        JobStatus::AwaitingClient,
        utc(2026, 3, 10, 8, 30),
        "rough cut sent"
    ));
    assert!(!j.set_status(JobStatus::AwaitingClient, utc(2026, 3, 11, 0, 0), "again"));
    assert!(j.set_status(JobStatus::Done, utc(2026, 3, 12, 4, 0), "approved"));
    assert_eq!(j.status, JobStatus::Done);
    let steps: Vec<(Option<JobStatus>, JobStatus)> =
        j.history.iter().map(|c| (c.from, c.to)).collect();
    assert_eq!(
        steps,
        vec![
            (None, JobStatus::Briefed),
            (Some(JobStatus::Briefed), JobStatus::InProgress),
            (Some(JobStatus::InProgress), JobStatus::AwaitingClient),
            (Some(JobStatus::AwaitingClient), JobStatus::Done),
        ]
    );
    assert_eq!(j.history[2].note, "rough cut sent");
    assert_eq!(j.status_at(utc(2026, 3, 1, 0, 0)), None);
    assert_eq!(j.status_at(t0), Some(JobStatus::Briefed));
    assert_eq!(
        j.status_at(utc(2026, 3, 10, 8, 29)),
        Some(JobStatus::InProgress)
    );
    assert_eq!(
        j.status_at(utc(2026, 3, 10, 8, 30)),
        Some(JobStatus::AwaitingClient)
    );
    assert_eq!(j.last_change(), Some(utc(2026, 3, 12, 4, 0)));
    // A closed job is never highlighted, whatever its date.
    j.due = Some(d(2026, 3, 1));
    assert_eq!(j.due_class(d(2026, 4, 1)), None);
}

#[test]
fn job_checks_warn_about_gaps_and_past_dates_but_refuse_only_real_errors() {
    let today = d(2026, 4, 29);
    let mut j = WipJob::new("c1", "", utc(2026, 4, 1, 0, 0));
    j.due = Some(d(2026, 4, 20));
    let issues = j.check(today);
    assert!(issues.contains(&Issue::error(WipField::Title, Cause::Missing)));
    assert!(issues.contains(&Issue::warning(WipField::NextStep, Cause::Missing)));
    assert!(issues.contains(&Issue::warning(WipField::Owner, Cause::Missing)));
    assert!(issues.contains(&Issue::warning(WipField::Due, Cause::DueInPast { days: 9 })));
    j.title = "Social posts, May".into();
    assert!(no_errors(&j.check(today)));
    j.set_status(JobStatus::Done, utc(2026, 4, 29, 0, 0), "");
    assert_eq!(j.check(today), vec![]);
}

fn sample_jobs() -> Vec<WipJob> {
    let mut a = job(
        "lumi",
        "KV adaptation",
        JobStatus::InProgress,
        "Hà",
        Some(d(2026, 4, 27)),
    );
    a.project = "Tết 2027".into();
    vec![
        a,
        job(
            "lumi",
            "TVC edit",
            JobStatus::InProgress,
            "Minh",
            Some(d(2026, 4, 29)),
        ),
        job(
            "lumi",
            "OOH booking",
            JobStatus::AwaitingClient,
            "hà ",
            Some(d(2026, 5, 2)),
        ),
        job("lumi", "Event venue", JobStatus::Briefed, "An", None),
        job(
            "cafe",
            "Menu shoot",
            JobStatus::InProgress,
            "Hà",
            Some(d(2026, 5, 20)),
        ),
        job(
            "cafe",
            "Old post",
            JobStatus::Done,
            "Minh",
            Some(d(2026, 3, 1)),
        ),
        job(
            "lumi",
            "Radio spot",
            JobStatus::InProgress,
            "Minh",
            Some(d(2026, 4, 20)),
        ),
    ]
}

#[test]
fn filters_by_client_owner_status_and_due() {
    let jobs = sample_jobs();
    let today = d(2026, 4, 29);
    let titles = |f: &WipFilter| -> Vec<String> {
        f.apply(&jobs, today)
            .iter()
            .map(|j| j.title.clone())
            .collect()
    };
    let all = WipFilter::default();
    assert_eq!(all.apply(&jobs, today).len(), jobs.len());
    // WIP order: overdue (oldest first), today, this week, later, no date; closed last.
    assert_eq!(
        titles(&all),
        vec![
            "Radio spot",
            "KV adaptation",
            "TVC edit",
            "OOH booking",
            "Menu shoot",
            "Event venue",
            "Old post"
        ]
    );
    let by_client = WipFilter {
        client_id: Some("cafe".into()),
        ..Default::default()
    };
    assert_eq!(titles(&by_client), vec!["Menu shoot", "Old post"]);
    let by_owner = WipFilter {
        owner: Some("  HÀ".into()),
        ..Default::default()
    };
    assert_eq!(
        titles(&by_owner),
        vec!["KV adaptation", "OOH booking", "Menu shoot"]
    );
    let by_status = WipFilter {
        statuses: vec![JobStatus::AwaitingClient, JobStatus::Briefed],
        ..Default::default()
    };
    assert_eq!(titles(&by_status), vec!["OOH booking", "Event venue"]);
    let open = WipFilter {
        client_id: Some("cafe".into()),
        open_only: true,
        ..Default::default()
    };
    assert_eq!(titles(&open), vec!["Menu shoot"]);
    let urgent = WipFilter {
        due: vec![DueClass::Overdue, DueClass::DueToday],
        owner: Some("minh".into()),
        ..Default::default()
    };
    // "Old post" is overdue by date but done, so it is not urgent.
    assert_eq!(titles(&urgent), vec!["Radio spot", "TVC edit"]);
    let by_proposal = WipFilter {
        proposal_id: Some("p1".into()),
        ..Default::default()
    };
    assert!(titles(&by_proposal).is_empty());
    assert_eq!(owners(&jobs), vec!["An", "Hà", "Minh"]);
}

#[test]
fn counts_and_flags_follow_the_local_date() {
    let jobs = sample_jobs();
    let c = wip_counts(&jobs, d(2026, 4, 29));
    assert_eq!(
        (
            c.open,
            c.overdue,
            c.due_today,
            c.due_this_week,
            c.later,
            c.no_date
        ),
        (6, 2, 1, 1, 1, 1)
    );
    assert_eq!(
        due_flag(&jobs[0], d(2026, 4, 29), Lang::En),
        "Overdue by 2 days"
    );
    assert_eq!(
        due_flag(&jobs[0], d(2026, 4, 28), Lang::En),
        "Overdue by 1 day"
    );
    assert_eq!(
        due_flag(&jobs[0], d(2026, 4, 29), Lang::Vi),
        "Trễ hạn 2 ngày"
    );
    assert_eq!(due_flag(&jobs[1], d(2026, 4, 29), Lang::En), "Due today");
    assert_eq!(due_flag(&jobs[4], d(2026, 4, 29), Lang::En), "");
    assert_eq!(due_flag(&jobs[5], d(2026, 4, 29), Lang::En), "");
    // The same instant, two users: "TVC edit" is due 29 April. At 20:00 UTC
    // on 28 April it is already the 29th in Ho Chi Minh City.
    let now = utc(2026, 4, 28, 20, 0);
    let tvc = &jobs[1];
    assert_eq!(
        tvc.due_class(local_date(now, hcmc())),
        Some(DueClass::DueToday)
    );
    assert_eq!(
        tvc.due_class(local_date(now, FixedOffset::east_opt(0).unwrap())),
        Some(DueClass::DueThisWeek)
    );
}

#[test]
fn weekly_wip_doc_groups_by_status_with_overdue_first() {
    let mut jobs = sample_jobs();
    jobs[3].title = format!("Event venue {XSS} 🎪");
    jobs[3].next_step = "Gửi báo giá địa điểm cho chị Hương".into();
    let today = d(2026, 4, 29);
    let doc = wip_doc(&jobs, today, Lang::En);
    assert_eq!(doc.title, "WIP report — week of Mon 27 Apr 2026");
    let headings: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level: 2, text } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        headings,
        vec![
            "In progress (4)",
            "Awaiting client (1)",
            "Briefed (1)",
            "Done (1)"
        ]
    );
    let in_progress = doc
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { rows, .. } => Some(rows),
            _ => None,
        })
        .unwrap();
    let order: Vec<&str> = in_progress.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        order,
        vec!["Radio spot", "KV adaptation", "TVC edit", "Menu shoot"]
    );
    assert_eq!(in_progress[0][5], "Overdue by 9 days");
    assert_eq!(in_progress[1][1], "Tết 2027");
    assert!(doc_has(&doc, &format!("Event venue {XSS} 🎪")));
    assert!(doc_has(&doc, "Gửi báo giá địa điểm cho chị Hương"));
    assert!(doc_has(&doc, "Overdue: 2"));

    let vi = wip_doc(&jobs, today, Lang::Vi);
    assert!(doc_has(&vi, "Đang làm (4)"));
    assert!(doc_has(&vi, "Trễ hạn 9 ngày"));
    let empty = wip_doc(&[], today, Lang::En);
    assert!(doc_has(&empty, "No jobs."));
}

// ---------------------------------------------------------------- competitor review

fn camp(
    name: &str,
    date: Option<NaiveDate>,
    end: Option<NaiveDate>,
    spend: Option<i64>,
) -> Campaign {
    Campaign {
        name: name.into(),
        date,
        end,
        channel: "TikTok".into(),
        message: format!("message of {name}"),
        estimated_spend: spend,
        notes: String::new(),
    }
}

fn review() -> CompetitorReview {
    CompetitorReview {
        client_id: "lumi".into(),
        title: "Ready-to-drink tea, 2025–26".into(),
        as_of: Some(d(2026, 6, 30)),
        currency: "VND".into(),
        category_notes: "RTD tea grows on health claims.".into(),
        market_notes: "Convenience stores drive trial.".into(),
        point_of_view: format!("Lumi should own 'afternoon refresh' 🍃 {XSS}"),
        brands: vec![
            Brand {
                name: "Lumi Tea".into(),
                is_client: true,
                campaigns: vec![camp(
                    "Mát lành mùa hè",
                    Some(d(2026, 5, 1)),
                    Some(d(2026, 6, 15)),
                    Some(2_000_000_000),
                )],
                ..Default::default()
            },
            Brand {
                name: "Trà Xanh Đồi".into(),
                is_client: false,
                strengths: vec!["Wide distribution".into()],
                weaknesses: vec!["Tired packaging".into()],
                campaigns: vec![
                    camp(
                        "Tết reunion",
                        Some(d(2026, 1, 10)),
                        Some(d(2026, 2, 20)),
                        Some(5_000_000_000),
                    ),
                    camp("Too old", Some(d(2025, 6, 30)), None, Some(1)),
                    camp("First day in", Some(d(2025, 7, 1)), None, None),
                    camp(
                        "Summer carry-over",
                        Some(d(2025, 5, 1)),
                        Some(d(2025, 8, 31)),
                        Some(700_000_000),
                    ),
                    camp("Next quarter", Some(d(2026, 7, 1)), None, None),
                    camp("Undated rumour", None, None, None),
                ],
            },
            Brand {
                name: "Quiet Brand".into(),
                strengths: vec!["Price".into()],
                weaknesses: vec!["No media".into()],
                campaigns: vec![],
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

#[test]
fn the_window_is_twelve_whole_months_up_to_the_review_date() {
    assert_eq!(window(d(2026, 6, 30)), (d(2025, 7, 1), d(2026, 6, 30)));
    assert_eq!(window(d(2026, 12, 31)), (d(2026, 1, 1), d(2026, 12, 31)));
    assert_eq!(window(d(2026, 1, 15)), (d(2025, 1, 16), d(2026, 1, 15)));
    // Leap years: 366 days when the window holds a 29 February.
    assert_eq!(window(d(2028, 2, 29)), (d(2027, 3, 1), d(2028, 2, 29)));
    assert_eq!(window(d(2029, 2, 28)), (d(2028, 3, 1), d(2029, 2, 28)));
    assert_eq!(window(d(2028, 3, 31)), (d(2027, 4, 1), d(2028, 3, 31)));
    assert_eq!(window(d(2028, 2, 28)), (d(2027, 3, 1), d(2028, 2, 28)));
    let (s, e) = window(d(2028, 6, 30));
    assert_eq!((e - s).num_days() + 1, 366);
}

#[test]
fn timeline_keeps_the_window_sorted_and_grouped_by_brand() {
    let r = review();
    let tl = campaign_timeline(&r, d(2026, 6, 30));
    assert_eq!((tl.start, tl.end), (d(2025, 7, 1), d(2026, 6, 30)));
    assert_eq!(tl.lanes.len(), 3);
    assert!(tl.lanes[0].is_client);
    assert_eq!(tl.lanes[0].name, "Lumi Tea");
    let comp = &tl.lanes[1];
    let names: Vec<&str> = comp.items.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        vec!["Summer carry-over", "First day in", "Tết reunion"]
    );
    // A campaign that began before the window is drawn from its first day.
    assert_eq!(comp.items[0].date, d(2025, 5, 1));
    assert_eq!(comp.items[0].bar_start, d(2025, 7, 1));
    assert_eq!(comp.items[0].bar_end, d(2025, 8, 31));
    // A one-off ends on its start date.
    assert_eq!(comp.items[1].end, d(2025, 7, 1));
    assert_eq!(comp.items[2].campaign, 0);
    assert_eq!(comp.known_spend, 5_700_000_000);
    assert_eq!(comp.unknown_spend, 1);
    assert!(tl.lanes[2].items.is_empty());
    assert_eq!(tl.undated, vec![(1, 5)]);
    assert_eq!(tl.len(), 4);
    let all: Vec<&str> = tl.all_sorted().iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        all,
        vec![
            "Summer carry-over",
            "First day in",
            "Tết reunion",
            "Mát lành mùa hè"
        ]
    );
    // One day later, the window moves: "First day in" drops out, "Next quarter" comes in.
    let later = campaign_timeline(&r, d(2026, 7, 1));
    let names: Vec<&str> = later.lanes[1]
        .items
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    assert_eq!(
        names,
        vec!["Summer carry-over", "Tết reunion", "Next quarter"]
    );
}

#[test]
fn review_checks() {
    let mut r = review();
    let issues = r.check();
    use CompetitorField as F;
    assert!(no_errors(&issues), "{issues:?}");
    assert!(issues.contains(&Issue::warning(
        F::CampaignDate { brand: 1, row: 1 },
        Cause::OutsideWindow
    )));
    assert!(issues.contains(&Issue::warning(
        F::CampaignDate { brand: 1, row: 4 },
        Cause::AfterAsOf
    )));
    assert!(issues.contains(&Issue::warning(
        F::CampaignDate { brand: 1, row: 5 },
        Cause::Missing
    )));
    assert!(issues.contains(&Issue::warning(F::Campaigns(2), Cause::Missing)));
    // The carry-over started before the window but ran into it: no warning.
    assert!(!issues
        .iter()
        .any(|i| i.field == F::CampaignDate { brand: 1, row: 3 }));

    r.brands[1].campaigns[0].end = Some(d(2026, 1, 1));
    r.brands[1].campaigns[2].estimated_spend = Some(-5);
    r.brands[0].campaigns[0].estimated_spend = Some(i64::MAX);
    r.brands[2].name = " ".into();
    r.as_of = None;
    r.point_of_view.clear();
    r.brands.retain(|b| b.is_client || b.name.trim().is_empty());
    let issues = r.check();
    assert!(issues.contains(&Issue::error(F::AsOf, Cause::Missing)));
    assert!(issues.contains(&Issue::error(F::BrandName(1), Cause::Missing)));
    assert!(issues.contains(&Issue::error(
        F::CampaignSpend { brand: 0, row: 0 },
        Cause::TooLarge {
            max: suitcase_core::model::money::MAX_AMOUNT
        }
    )));
    assert!(issues.contains(&Issue::warning(F::PointOfView, Cause::Missing)));

    let mut r = review();
    r.brands[1].campaigns[0].end = Some(d(2026, 1, 1));
    r.brands[1].campaigns[2].estimated_spend = Some(-5);
    let issues = r.check();
    assert!(issues.contains(&Issue::error(
        F::CampaignEnd { brand: 1, row: 0 },
        Cause::EndBeforeStart
    )));
    assert!(issues.contains(&Issue::error(
        F::CampaignSpend { brand: 1, row: 2 },
        Cause::Negative
    )));
    let only_client = CompetitorReview {
        client_id: "lumi".into(),
        as_of: Some(d(2026, 6, 30)),
        ..Default::default()
    };
    assert!(only_client
        .check()
        .contains(&Issue::warning(F::Competitors, Cause::Missing)));
}

#[test]
fn competitor_review_doc_holds_the_window_the_brands_and_the_point_of_view() {
    let r = review();
    let doc = competitor_review_doc(&r, Lang::En);
    assert_eq!(doc.title, "Ready-to-drink tea, 2025–26");
    for needle in [
        "Tue 1 Jul 2025 – Tue 30 Jun 2026",
        "RTD tea grows on health claims.",
        "Convenience stores drive trial.",
        "Lumi Tea (client)",
        "Trà Xanh Đồi",
        "Wide distribution",
        "Tired packaging",
        "Tết reunion",
        "message of Tết reunion",
        "5.000.000.000 ₫",
        "Mát lành mùa hè",
        "🍃",
        XSS,
        "No campaigns in the period reviewed.",
        "3 more campaign(s) undated or outside the period are not listed.",
    ] {
        assert!(doc_has(&doc, needle), "missing {needle}");
    }
    assert!(!doc_has(&doc, "Too old"));
    assert!(!doc_has(&doc, "Next quarter"));
    let vi = competitor_review_doc(&r, Lang::Vi);
    assert!(doc_has(&vi, "Góc nhìn của account"));
    assert!(doc_has(&vi, "Điểm mạnh:"));
    // Without a review date every dated campaign is listed.
    let mut undated = r.clone();
    undated.as_of = None;
    let doc = competitor_review_doc(&undated, Lang::En);
    assert!(doc_has(&doc, "Too old") && doc_has(&doc, "Next quarter"));
    assert!(!doc_has(&doc, "Undated rumour"));
}

#[test]
fn campaign_notes_are_in_the_review_document_for_the_campaigns_listed() {
    let mut r = review();
    r.brands[1].campaigns[0].notes = "  Ran with 30 KOLs; <b>bold</b> claims  ".into();
    r.brands[1].campaigns[1].notes = "Outside the window".into();
    let doc = competitor_review_doc(&r, Lang::En);
    assert!(doc_has(&doc, "Notes on these campaigns:"));
    assert!(doc_has(
        &doc,
        "Tết reunion: Ran with 30 KOLs; <b>bold</b> claims"
    ));
    assert!(!doc_has(&doc, "Outside the window"));
    let vi = competitor_review_doc(&r, Lang::Vi);
    assert!(doc_has(&vi, "Ghi chú về các chiến dịch:"));
    // No notes, no heading.
    assert!(!doc_has(
        &competitor_review_doc(&review(), Lang::En),
        "Notes on these campaigns:"
    ));
}

// ---------------------------------------------------------------- storage shape

#[test]
fn records_round_trip_and_fill_missing_fields_with_defaults() {
    let cr = good_report();
    let back: ContactReport = serde_json::from_str(&serde_json::to_string(&cr).unwrap()).unwrap();
    assert_eq!(back, cr);
    let mut j = sample_jobs().remove(0);
    j.set_status(JobStatus::OnHold, utc(2026, 4, 2, 3, 4), "client paused");
    let back: WipJob = serde_json::from_str(&serde_json::to_string(&j).unwrap()).unwrap();
    assert_eq!(back, j);
    let rv = review();
    let back: CompetitorReview =
        serde_json::from_str(&serde_json::to_string(&rv).unwrap()).unwrap();
    assert_eq!(back, rv);

    let cr: ContactReport = serde_json::from_str(r#"{"client_id":"c1"}"#).unwrap();
    assert_eq!(cr.client_id, "c1");
    assert!(cr.next_steps.is_empty());
    let j: WipJob = serde_json::from_str(r#"{"title":"x","due":"2026-02-28"}"#).unwrap();
    assert_eq!(j.due, Some(d(2026, 2, 28)));
    assert_eq!(j.status, JobStatus::Briefed);
    let rv: CompetitorReview = serde_json::from_str("{}").unwrap();
    assert_eq!(rv.currency, "VND");
    // A stored impossible date is refused, not rolled over.
    assert!(serde_json::from_str::<WipJob>(r#"{"due":"2026-02-30"}"#).is_err());
    assert!(serde_json::from_str::<WipJob>(r#"{"unknown":1}"#).is_err());
}

#[test]
fn drafts_are_stored_unfinished_but_never_malformed() {
    // An unfinished contact report (no date, nobody, a blank wording) may be
    // saved as a draft; the send-ready check still lists what is missing.
    let draft = ContactReport {
        client_id: "c1".into(),
        agreements: vec![Agreement::default()],
        ..Default::default()
    };
    assert!(draft.storage_errors().is_empty());
    assert!(!draft.is_send_ready(d(2026, 3, 2)));
    // Without a client, or with text beyond the limits, it may not.
    let orphan = ContactReport::default();
    assert_eq!(orphan.storage_errors().len(), 1);
    let long = ContactReport {
        client_id: "c1".into(),
        discussion: "x".repeat(20_001),
        ..Default::default()
    };
    assert_eq!(
        long.storage_errors()[0],
        Issue::error(ContactField::Discussion, Cause::TooLong { max: 20_000 })
    );
    // A job needs its title to be stored; a past due date never blocks.
    let mut job = WipJob::new("c1", " ", utc(2026, 3, 2, 9, 0));
    assert_eq!(job.storage_errors().len(), 1);
    job.title = "KV OOH".into();
    job.due = Some(d(2020, 1, 1));
    assert!(job.storage_errors().is_empty());
    // A review with a nameless brand is a draft; a negative spend is not.
    let mut review = CompetitorReview {
        client_id: "c1".into(),
        brands: vec![Brand::default()],
        ..Default::default()
    };
    assert!(review.storage_errors().is_empty());
    review.brands[0].campaigns.push(Campaign {
        estimated_spend: Some(-5),
        ..Default::default()
    });
    assert_eq!(review.storage_errors().len(), 1);
}
