//! The account's toolkit: contact reports, WIP reports and competitor
//! reviews, with their checks (their documents are built in `docs`).
//!
//! Every record attaches to a client (and optionally a proposal). Checks
//! return typed issues per field; errors block sending, warnings (such as a
//! due date already past) never do. Nothing here reads the clock: callers
//! pass the user's local `today` or an instant and a UTC offset.
pub mod competitors;
pub mod contact;
pub mod dates;
pub mod wip;

pub use crate::check::{Cause, Issue, Severity};
pub use competitors::{
    campaign_timeline, Brand, Campaign, CompetitorField, CompetitorReview, Timeline, TimelineItem,
    TimelineLane,
};
pub use contact::{Agreement, Attendee, ContactField, ContactReport, NextStep, Side};
pub use dates::{
    classify_due, classify_due_at, local_date, parse_date, parse_time, DateError, DueClass,
};
pub use wip::{
    jobs_from_next_steps, JobSource, JobStatus, StatusChange, WipField, WipFilter, WipJob,
};
