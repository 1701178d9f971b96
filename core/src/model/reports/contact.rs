//! The contact report: the minutes of a client meeting, so that everyone
//! works from the same record of who was there, what the client accepted
//! (word for word) and who does what next, by when.
use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

use super::dates::days_until;
use crate::check::{check_ids, check_len, no_errors, Cause, Issue};
use crate::model::client::{NAME_MAX, TEXT_MAX};
use crate::model::text::{tx, Lang};

/// A person in the meeting.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Attendee {
    pub name: String,
    /// Job title or part in the meeting ("Brand Manager", "AE").
    pub role: String,
}

/// Which side of the table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Side {
    #[default]
    Client,
    Agency,
}

impl Side {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Side::Client => tx("Client", "Client"),
            Side::Agency => tx("Agency", "Agency"),
        }
        .get(lang)
    }
}

/// Something the client accepted.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Agreement {
    /// What it is about ("Key visual", "Media plan"); optional.
    pub topic: String,
    /// The exact item accepted, as the client accepted it
    /// ("KV option B, green bottle, tagline 'Mát lành mỗi ngày'").
    pub wording: String,
    /// Who on the client side accepted it; optional.
    pub accepted_by: String,
}

/// An action agreed in the meeting.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NextStep {
    pub action: String,
    /// Who does it (a person, not a department, ideally).
    pub owner: String,
    pub due: Option<NaiveDate>,
}

impl NextStep {
    fn is_blank(&self) -> bool {
        self.action.trim().is_empty() && self.owner.trim().is_empty() && self.due.is_none()
    }
}

/// Minutes of one client meeting.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContactReport {
    /// The client it belongs to (required).
    pub client_id: String,
    /// The proposal it concerns, if any.
    pub proposal_id: Option<String>,
    /// What the meeting was about; also the document's title.
    pub subject: String,
    pub date: Option<NaiveDate>,
    pub time: Option<NaiveTime>,
    /// A room, an address or "Google Meet".
    pub place: String,
    /// Who wrote the report.
    pub prepared_by: String,
    pub client_attendees: Vec<Attendee>,
    pub agency_attendees: Vec<Attendee>,
    pub agenda: Vec<String>,
    pub discussion: String,
    pub agreements: Vec<Agreement>,
    pub next_steps: Vec<NextStep>,
}

/// A field of a contact report; rows are 0-based.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContactField {
    ClientId,
    ProposalId,
    Subject,
    Date,
    Time,
    Place,
    PreparedBy,
    /// The list of attendees on one side (e.g. nobody from the client).
    Attendees(Side),
    AttendeeName {
        side: Side,
        row: usize,
    },
    AttendeeRole {
        side: Side,
        row: usize,
    },
    Agenda,
    AgendaItem(usize),
    Discussion,
    Agreements,
    AgreementTopic(usize),
    AgreementWording(usize),
    AgreementAcceptedBy(usize),
    NextSteps,
    NextStepAction(usize),
    NextStepOwner(usize),
    NextStepDue(usize),
}

/// Wordings that name no item: the client "accepted" something, but the
/// report does not say what. Compared after lower-casing and trimming
/// punctuation.
const VAGUE: &[&str] = &[
    "ok",
    "okay",
    "agreed",
    "approved",
    "accepted",
    "yes",
    "fine",
    "done",
    "noted",
    "as discussed",
    "as agreed",
    "as above",
    "see above",
    "tbc",
    "tbd",
    "đồng ý",
    "ok rồi",
    "duyệt",
    "đã duyệt",
    "chốt",
    "đã chốt",
    "được",
    "xong",
    "như trên",
    "như đã bàn",
    "như đã trao đổi",
    "như đã thống nhất",
];

/// Whether an agreement's wording names no actual item.
pub fn is_vague_wording(wording: &str) -> bool {
    let w = wording
        .trim()
        .trim_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .to_lowercase();
    VAGUE.contains(&w.as_str())
}

fn normalized(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl ContactReport {
    /// The attendees of one side.
    pub fn attendees(&self, side: Side) -> &[Attendee] {
        match side {
            Side::Client => &self.client_attendees,
            Side::Agency => &self.agency_attendees,
        }
    }

    /// The client id, for the storage index.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// A copy without rows the user added and left completely empty
    /// (attendees, agenda items, agreements, next steps).
    pub fn without_blank_rows(&self) -> ContactReport {
        let mut r = self.clone();
        let blank_person = |a: &Attendee| a.name.trim().is_empty() && a.role.trim().is_empty();
        r.client_attendees.retain(|a| !blank_person(a));
        r.agency_attendees.retain(|a| !blank_person(a));
        r.agenda.retain(|a| !a.trim().is_empty());
        r.agreements.retain(|a| {
            !(a.topic.trim().is_empty()
                && a.wording.trim().is_empty()
                && a.accepted_by.trim().is_empty())
        });
        r.next_steps.retain(|s| !s.is_blank());
        r
    }

    /// Everything the send-ready check finds, errors first in field order.
    ///
    /// Errors: no client, no date, nobody on one side, an attendee without a
    /// name, an agreement without exact wording (blank or vague such as
    /// "OK"), a next step without action, owner or due date, text too long.
    /// Warnings: no subject, time, place, role, agenda, discussion or
    /// agreement; a name listed twice; a due date before today or before
    /// the meeting.
    pub fn check(&self, today: NaiveDate) -> Vec<Issue<ContactField>> {
        use ContactField as F;
        let mut out = Vec::new();
        check_ids(
            &mut out,
            &self.client_id,
            F::ClientId,
            self.proposal_id.as_deref(),
            F::ProposalId,
        );
        if self.subject.trim().is_empty() {
            out.push(Issue::warning(F::Subject, Cause::Missing));
        }
        check_len(&mut out, F::Subject, &self.subject, NAME_MAX);
        if self.date.is_none() {
            out.push(Issue::error(F::Date, Cause::Missing));
        }
        if self.time.is_none() {
            out.push(Issue::warning(F::Time, Cause::Missing));
        }
        if self.place.trim().is_empty() {
            out.push(Issue::warning(F::Place, Cause::Missing));
        }
        check_len(&mut out, F::Place, &self.place, NAME_MAX);
        check_len(&mut out, F::PreparedBy, &self.prepared_by, NAME_MAX);

        for side in [Side::Client, Side::Agency] {
            let people = self.attendees(side);
            if people.is_empty() {
                out.push(Issue::error(F::Attendees(side), Cause::Missing));
            }
            let mut seen: Vec<String> = Vec::new();
            for (row, a) in people.iter().enumerate() {
                let name = normalized(&a.name);
                if name.is_empty() {
                    out.push(Issue::error(F::AttendeeName { side, row }, Cause::Missing));
                } else if seen.contains(&name) {
                    out.push(Issue::warning(
                        F::AttendeeName { side, row },
                        Cause::Duplicate,
                    ));
                } else {
                    seen.push(name);
                }
                check_len(&mut out, F::AttendeeName { side, row }, &a.name, NAME_MAX);
                if a.role.trim().is_empty() {
                    out.push(Issue::warning(
                        F::AttendeeRole { side, row },
                        Cause::Missing,
                    ));
                }
                check_len(&mut out, F::AttendeeRole { side, row }, &a.role, NAME_MAX);
            }
        }

        if self.agenda.iter().all(|a| a.trim().is_empty()) {
            out.push(Issue::warning(F::Agenda, Cause::Missing));
        }
        for (r, item) in self.agenda.iter().enumerate() {
            check_len(&mut out, F::AgendaItem(r), item, TEXT_MAX);
        }
        if self.discussion.trim().is_empty() {
            out.push(Issue::warning(F::Discussion, Cause::Missing));
        }
        check_len(&mut out, F::Discussion, &self.discussion, TEXT_MAX);

        if self.agreements.is_empty() {
            out.push(Issue::warning(F::Agreements, Cause::Missing));
        }
        for (r, a) in self.agreements.iter().enumerate() {
            if a.wording.trim().is_empty() {
                out.push(Issue::error(F::AgreementWording(r), Cause::Missing));
            } else if is_vague_wording(&a.wording) {
                out.push(Issue::error(F::AgreementWording(r), Cause::VagueWording));
            }
            check_len(&mut out, F::AgreementTopic(r), &a.topic, NAME_MAX);
            check_len(&mut out, F::AgreementWording(r), &a.wording, TEXT_MAX);
            check_len(
                &mut out,
                F::AgreementAcceptedBy(r),
                &a.accepted_by,
                NAME_MAX,
            );
        }

        if self.next_steps.is_empty() {
            out.push(Issue::warning(F::NextSteps, Cause::Missing));
        }
        for (r, s) in self.next_steps.iter().enumerate() {
            if s.action.trim().is_empty() {
                out.push(Issue::error(F::NextStepAction(r), Cause::Missing));
            }
            check_len(&mut out, F::NextStepAction(r), &s.action, TEXT_MAX);
            if s.owner.trim().is_empty() {
                out.push(Issue::error(F::NextStepOwner(r), Cause::Missing));
            }
            check_len(&mut out, F::NextStepOwner(r), &s.owner, NAME_MAX);
            match s.due {
                None => out.push(Issue::error(F::NextStepDue(r), Cause::Missing)),
                Some(due) => {
                    if due < today {
                        out.push(Issue::warning(
                            F::NextStepDue(r),
                            Cause::DueInPast {
                                days: -days_until(due, today),
                            },
                        ));
                    }
                    if self.date.is_some_and(|d| due < d) {
                        out.push(Issue::warning(F::NextStepDue(r), Cause::DueBeforeMeeting));
                    }
                }
            }
        }
        crate::sort::by_key(&mut out, |i| i.severity);
        out
    }

    /// What stops the report from being stored even as a draft (a missing
    /// client, text beyond the limits, a bad id); empty when it may be saved.
    pub fn storage_errors(&self) -> Vec<Issue<ContactField>> {
        crate::check::storage_errors(&self.check(NaiveDate::MIN), ContactField::ClientId)
    }

    /// True when the check finds no error (warnings allowed).
    pub fn is_send_ready(&self, today: NaiveDate) -> bool {
        no_errors(&self.check(today))
    }
}
