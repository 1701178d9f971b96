//! The client's side of a proposal: the document the client reads, and the
//! reply they send back.
//!
//! [`ClientProposal`] is built from the agency's working record and holds
//! only what a client should read: no reviewer, score, rejected idea, decode
//! note, question back, tag, status or version counter. Share links, print,
//! `.docx` and Markdown all start from it, so nothing internal can leak by a
//! renderer forgetting to leave it out.
//!
//! A [`Reply`] is the client's answer (accept with their name and PO number,
//! or decline with a reason). It names the proposal and the sent version,
//! holds the SHA-256 of the exact client document the client saw
//! ([`ClientProposal::canonical_bytes`]) and is sealed with an HMAC-SHA-256
//! under a secret that only the share link carried. The hashing itself is
//! done by the caller (Web Crypto in the browser); [`check_reply`] compares
//! the digests and recomputes every amount.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::pricing::{Pricing, PricingError};
use super::{ProposalRecord, Status};
use crate::model::text::Lang;

/// The `format` tag of a share-link payload.
pub const SHARE_FORMAT: &str = "suitcase/client-proposal";
/// The `format` tag of a reply.
pub const REPLY_FORMAT: &str = "suitcase/reply";
/// The file version this build reads and writes (both formats).
pub const CLIENT_VERSION: u64 = 1;
/// Longest reply text field, in characters.
pub const REPLY_FIELD_MAX: usize = 200;
/// Longest decline reason, in characters.
pub const REASON_MAX: usize = 2_000;
/// Largest agency logo kept, in bytes of its data URL.
pub const LOGO_MAX_BYTES: usize = 48_000;

/// Who the proposal is from, as printed on its cover.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agency {
    pub name: String,
    /// A `data:image/png|jpeg|svg+xml;base64,…` URL, or empty.
    pub logo: String,
    /// Where the client can write (e-mail), or empty.
    pub contact: String,
}

impl Agency {
    /// The logo when it is an image data URL of an accepted kind and size.
    pub fn logo_url(&self) -> Option<&str> {
        logo_ok(&self.logo).then_some(self.logo.as_str())
    }
}

/// True for a data URL of a PNG, JPEG or SVG image within the size limit.
pub fn logo_ok(url: &str) -> bool {
    url.len() <= LOGO_MAX_BYTES
        && [
            "data:image/png;base64,",
            "data:image/jpeg;base64,",
            "data:image/svg+xml;base64,",
        ]
        .iter()
        .any(|p| url.starts_with(p) && url.len() > p.len())
}

/// One idea as the client reads it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientIdea {
    pub title: String,
    pub description: String,
    pub recommended: bool,
}

/// One phase of the timeline.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientPhase {
    pub name: String,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    pub note: String,
}

/// One KPI and its target.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientKpi {
    pub metric: String,
    pub target: String,
}

/// The proposal as the client reads it, in its own language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClientProposal {
    pub lang: Lang,
    pub agency: Agency,
    pub number: String,
    pub title: String,
    pub subtitle: String,
    pub client: String,
    pub brand: String,
    pub prepared_by: String,
    pub date: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    pub understanding: String,
    pub objectives: Vec<String>,
    pub audience: String,
    pub strategy: String,
    pub ideas: Vec<ClientIdea>,
    pub recommendation: String,
    pub deliverables: Vec<String>,
    pub phases: Vec<ClientPhase>,
    pub kpis: Vec<ClientKpi>,
    pub pricing: Pricing,
    pub terms: String,
    pub next_steps: Vec<String>,
}

fn kept(items: impl IntoIterator<Item = String>) -> Vec<String> {
    items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `text` without paragraphs that repeat `seen` (so a proposition used as
/// the subtitle is not printed again inside the strategy).
fn without_repeats(text: &str, seen: &str) -> String {
    let seen = seen.trim();
    if seen.is_empty() {
        return text.trim().to_string();
    }
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty() && *p != seen)
        .collect::<Vec<_>>()
        .join("\n\n")
}

impl ClientProposal {
    /// The client document of `record`'s current proposal, from `agency`.
    pub fn build(record: &ProposalRecord, agency: &Agency) -> ClientProposal {
        let p = &record.proposal;
        let b = &record.brief;
        let lang = p.lang.unwrap_or_default();
        let ideas = p
            .idea_ids
            .iter()
            .filter_map(|id| record.ideas.iter().find(|i| &i.id == id))
            .map(|i| ClientIdea {
                title: i.title.trim().to_string(),
                description: i.description.trim().to_string(),
                recommended: i.id == p.recommended_idea,
            })
            .collect();
        let mut pricing = p.pricing.clone();
        for l in &mut pricing.lines {
            l.description = l.description.trim().to_string();
            l.group = l.group.trim().to_string();
            l.note = l.note.trim().to_string();
        }
        ClientProposal {
            lang,
            agency: Agency {
                name: agency.name.trim().to_string(),
                logo: agency.logo_url().unwrap_or_default().to_string(),
                contact: agency.contact.trim().to_string(),
            },
            number: p.number.trim().to_string(),
            title: p.title.trim().to_string(),
            subtitle: p.subtitle.trim().to_string(),
            client: b.client.trim().to_string(),
            brand: b.brand.trim().to_string(),
            prepared_by: p.prepared_by.trim().to_string(),
            date: p.date,
            valid_until: p.valid_until,
            understanding: p.understanding.trim().to_string(),
            objectives: kept(b.objectives.iter().map(|o| o.text.clone())),
            audience: b.target_audience.trim().to_string(),
            strategy: without_repeats(&p.strategy, &p.subtitle),
            ideas,
            recommendation: p.recommendation.trim().to_string(),
            deliverables: kept(p.deliverables.iter().cloned()),
            phases: p
                .phases
                .iter()
                .map(|ph| ClientPhase {
                    name: ph.label(lang).to_string(),
                    start: ph.start,
                    end: ph.end,
                    note: ph.note.trim().to_string(),
                })
                .collect(),
            kpis: p
                .kpis
                .iter()
                .filter(|k| !k.metric.trim().is_empty())
                .map(|k| ClientKpi {
                    metric: k.metric.trim().to_string(),
                    target: k.target.trim().to_string(),
                })
                .collect(),
            pricing,
            terms: p.terms.trim().to_string(),
            next_steps: kept(p.next_steps.iter().cloned()),
        }
    }

    /// The exact bytes the document's SHA-256 is taken over: its compact
    /// JSON, fields in declaration order. Reading a document back and
    /// writing it again gives the same bytes.
    pub fn canonical_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The title of the recommended idea, if one is marked.
    pub fn recommended(&self) -> Option<&ClientIdea> {
        self.ideas.iter().find(|i| i.recommended)
    }
}

/// What travels in a share link: the client document and what the reply
/// must name to be matched, plus the secret that seals the reply.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SharePayload {
    pub format: String,
    pub version: u64,
    /// The proposal's record id at the agency.
    pub proposal: String,
    /// The sent version this document is.
    pub sent: u32,
    /// base64url secret for the reply's HMAC.
    pub key: String,
    pub doc: ClientProposal,
}

impl SharePayload {
    /// The payload of sent version `number` of `record`, when that version
    /// kept its client document.
    pub fn of(record: &ProposalRecord, number: u32) -> Option<SharePayload> {
        let v = record.versions.iter().find(|v| v.number == number)?;
        Some(SharePayload {
            format: SHARE_FORMAT.into(),
            version: CLIENT_VERSION,
            proposal: record.id.clone(),
            sent: v.number,
            key: v.reply_key.clone(),
            doc: v.client_doc()?.clone(),
        })
    }
}

/// Accept or decline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    #[default]
    Accept,
    Decline,
}

/// The client's answer to one sent version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reply {
    pub format: String,
    pub version: u64,
    pub proposal: String,
    pub sent: u32,
    pub number: String,
    /// Hex SHA-256 of the client document's canonical bytes.
    pub doc_sha256: String,
    pub decision: Decision,
    pub name: String,
    pub job_title: String,
    pub company: String,
    pub po_number: String,
    pub reason: String,
    /// The optional lines taken, by id.
    pub chosen: Vec<String>,
    pub currency: String,
    pub before_vat: i64,
    pub total: i64,
    /// When the client answered (RFC 3339, UTC).
    pub at: String,
    /// Hex HMAC-SHA-256 of [`Reply::signed_bytes`] under the link's key.
    pub mac: String,
}

/// Why the client's reply form cannot make a reply yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormProblem {
    NameMissing,
    NotAgreed,
    ReasonMissing,
    TooLong,
}

/// What the client filled in.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReplyForm {
    pub decision: Decision,
    pub name: String,
    pub job_title: String,
    pub company: String,
    pub po_number: String,
    pub agreed: bool,
    pub reason: String,
    pub chosen: Vec<String>,
}

impl ReplyForm {
    /// What is missing or wrong, field by field (empty when it can be sent).
    pub fn problems(&self) -> Vec<(&'static str, FormProblem)> {
        let mut v = Vec::new();
        let long = |s: &str, max: usize| s.chars().count() > max;
        match self.decision {
            Decision::Accept => {
                if self.name.trim().is_empty() {
                    v.push(("name", FormProblem::NameMissing));
                }
                for (f, s) in [
                    ("name", &self.name),
                    ("job_title", &self.job_title),
                    ("company", &self.company),
                    ("po_number", &self.po_number),
                ] {
                    if long(s, REPLY_FIELD_MAX) {
                        v.push((f, FormProblem::TooLong));
                    }
                }
                if !self.agreed {
                    v.push(("agreed", FormProblem::NotAgreed));
                }
            }
            Decision::Decline => {
                if self.reason.trim().is_empty() {
                    v.push(("reason", FormProblem::ReasonMissing));
                } else if long(&self.reason, REASON_MAX) {
                    v.push(("reason", FormProblem::TooLong));
                }
                if long(&self.name, REPLY_FIELD_MAX) {
                    v.push(("name", FormProblem::TooLong));
                }
            }
        }
        v
    }
}

impl Reply {
    /// The unsealed reply of `form` to `payload` (`doc_sha256` is the hex
    /// digest of the payload document's canonical bytes; `at` the time).
    /// The caller seals it with [`Reply::signed_bytes`] and sets `mac`.
    pub fn draft(
        payload: &SharePayload,
        form: &ReplyForm,
        doc_sha256: String,
        at: String,
    ) -> Result<Reply, PricingError> {
        let pricing = &payload.doc.pricing;
        let accept = form.decision == Decision::Accept;
        let chosen = if accept {
            pricing.known_choices(&form.chosen)
        } else {
            Vec::new()
        };
        let t = pricing.totals_with(&chosen)?;
        let keep = |s: &str| {
            if accept {
                s.trim().to_string()
            } else {
                String::new()
            }
        };
        Ok(Reply {
            format: REPLY_FORMAT.into(),
            version: CLIENT_VERSION,
            proposal: payload.proposal.clone(),
            sent: payload.sent,
            number: payload.doc.number.clone(),
            doc_sha256,
            decision: form.decision,
            name: form.name.trim().to_string(),
            job_title: keep(&form.job_title),
            company: keep(&form.company),
            po_number: keep(&form.po_number),
            reason: if accept {
                String::new()
            } else {
                form.reason.trim().to_string()
            },
            chosen,
            currency: pricing.currency.clone(),
            before_vat: t.before_vat,
            total: t.total,
            at,
            mac: String::new(),
        })
    }

    /// The bytes the seal covers: the reply's compact JSON with `mac` empty.
    pub fn signed_bytes(&self) -> Vec<u8> {
        let mut unsealed = self.clone();
        unsealed.mac.clear();
        serde_json::to_vec(&unsealed).unwrap_or_default()
    }

    /// The reply as a file (pretty JSON).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a reply file or the JSON inside a reply link, strictly.
    pub fn from_json(text: &str) -> Result<Reply, ReplyError> {
        if text.len() > 64_000 {
            return Err(ReplyError::NotAReply);
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|_| ReplyError::NotAReply)?;
        match value.get("format").and_then(|f| f.as_str()) {
            Some(REPLY_FORMAT) => {}
            _ => return Err(ReplyError::NotAReply),
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(CLIENT_VERSION) => {}
            Some(v) if v > CLIENT_VERSION => return Err(ReplyError::Newer),
            _ => return Err(ReplyError::NotAReply),
        }
        serde_json::from_value(value).map_err(|_| ReplyError::NotAReply)
    }
}

/// Why a reply was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReplyError {
    #[error("not a Suitcase reply")]
    NotAReply,
    #[error("made by a newer Suitcase")]
    Newer,
    #[error("no proposal here has this reply's id")]
    UnknownProposal,
    #[error("the proposal has no sent version {0} with a client document")]
    UnknownVersion(u32),
    #[error("the reply was changed after the client made it")]
    Altered,
    #[error("the client saw a document different from the one sent")]
    DocumentChanged,
}

/// Checks `reply` against `record`. `doc_sha256` is the hex SHA-256 of the
/// canonical bytes of the sent version's client document, and `mac` the hex
/// HMAC-SHA-256 of `reply.signed_bytes()` under that version's key, both
/// computed by the caller. Every amount is recomputed from the stored
/// version: a reply whose choices or figures do not match is `Altered`.
pub fn check_reply(
    record: &ProposalRecord,
    reply: &Reply,
    doc_sha256: &str,
    mac: &str,
) -> Result<(), ReplyError> {
    let doc = record
        .reply_target(reply)?
        .client_doc()
        .ok_or(ReplyError::UnknownVersion(reply.sent))?;
    if !eq_hex(mac, &reply.mac) {
        return Err(ReplyError::Altered);
    }
    if !eq_hex(doc_sha256, &reply.doc_sha256) {
        return Err(ReplyError::DocumentChanged);
    }
    let pricing = &doc.pricing;
    if pricing.known_choices(&reply.chosen) != reply.chosen
        || (reply.decision == Decision::Decline && !reply.chosen.is_empty())
        || reply.number != doc.number
        || !reply.currency.eq_ignore_ascii_case(&pricing.currency)
    {
        return Err(ReplyError::Altered);
    }
    let t = pricing
        .totals_with(&reply.chosen)
        .map_err(|_| ReplyError::Altered)?;
    if t.total != reply.total || t.before_vat != reply.before_vat {
        return Err(ReplyError::Altered);
    }
    Ok(())
}

fn eq_hex(a: &str, b: &str) -> bool {
    !a.is_empty() && a.eq_ignore_ascii_case(b)
}

/// What recording a checked reply did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Recorded {
    /// The reply is now on its version and the status follows it.
    New,
    /// This very reply was recorded before: nothing changed.
    Already,
}

impl super::Version {
    /// The client document of this version, when it can take a reply: it
    /// was sent with a reply key, so a client link was made of it.
    pub fn client_doc(&self) -> Option<&ClientProposal> {
        self.client.as_ref().filter(|_| !self.reply_key.is_empty())
    }
}

impl ProposalRecord {
    /// The sent version `reply` answers: this record's, and one that a
    /// client link was made of.
    pub fn reply_target(&self, reply: &Reply) -> Result<&super::Version, ReplyError> {
        if self.id != reply.proposal {
            return Err(ReplyError::UnknownProposal);
        }
        self.versions
            .iter()
            .find(|v| v.number == reply.sent && v.client_doc().is_some())
            .ok_or(ReplyError::UnknownVersion(reply.sent))
    }

    /// Records a reply that [`check_reply`] accepted: it goes on its version,
    /// and the proposal becomes Accepted (or Lost when declined).
    pub fn record_reply(&mut self, reply: &Reply) -> Result<Recorded, ReplyError> {
        let number = self.reply_target(reply)?.number;
        let v = self
            .versions
            .iter_mut()
            .find(|v| v.number == number)
            .ok_or(ReplyError::UnknownVersion(reply.sent))?;
        if v.reply.as_ref() == Some(reply) {
            return Ok(Recorded::Already);
        }
        v.reply = Some(reply.clone());
        self.status = match reply.decision {
            Decision::Accept => Status::Accepted,
            Decision::Decline => Status::Lost,
        };
        Ok(Recorded::New)
    }
}
