//! The user's calendar date, from the browser's clock and time zone.
use chrono::{FixedOffset, NaiveDate, Offset, Utc};
use leptos::prelude::*;

use suitcase_core::model::reports::dates::{local_date, offset_from_js};

/// How often an open page reads the clock again, so that a job due today
/// turns overdue at midnight without a reload.
const TICK: std::time::Duration = std::time::Duration::from_secs(60);

/// Today's date where the user is.
pub fn today() -> NaiveDate {
    let js_offset = js_sys::Date::new_0().get_timezone_offset();
    let offset: FixedOffset = offset_from_js(js_offset as i32).unwrap_or_else(|| Utc.fix());
    local_date(Utc::now(), offset)
}

/// Today as a signal that changes when the date does: checked every minute
/// while the view that asked for it is shown, and at once when the window
/// gets the focus back (a tab left open overnight, a laptop woken up).
pub fn use_today() -> Signal<NaiveDate> {
    let day = RwSignal::new(today());
    let tick = move || {
        let now = today();
        if day.try_get_untracked().is_some_and(|d| d != now) {
            day.try_set(now);
        }
    };
    if let Ok(handle) = set_interval_with_handle(tick, TICK) {
        on_cleanup(move || handle.clear());
    }
    let on_focus = window_event_listener(leptos::ev::focus, move |_| tick());
    on_cleanup(move || on_focus.remove());
    day.into()
}
