//! Links that carry a document in their fragment, compressed.
//!
//! - `c1.` (the client's link): the client document of one sent version and
//!   what a reply must name ([`SharePayload`]). This is what the agency sends.
//! - `r1.` (the reply link): the client's sealed [`Reply`], sent back.
//! - `p1.` (older Suitcase): the whole working record. New links are never
//!   made this way; [`decode`] still reads them for the tests of old files.
//!
//! Each is the prefix followed by base64url (no padding) of the raw DEFLATE
//! of compact JSON. A fragment never reaches a server, so the links work
//! with static hosting. Decoding is strict and bounded: the text is
//! size-checked before decoding, inflating stops at a limit, and every
//! failure is a [`ShareError`], never a panic.
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::model::proposal::client::{
    Reply, ReplyError, SharePayload, CLIENT_VERSION, SHARE_FORMAT,
};
use crate::model::proposal::{ProposalRecord, RecordError, MAX_PROPOSAL_BYTES};

/// The prefix of the older whole-record links.
pub const SHARE_PREFIX: &str = "p1.";
/// The prefix of a client link.
pub const CLIENT_PREFIX: &str = "c1.";
/// The prefix of a reply link.
pub const REPLY_PREFIX: &str = "r1.";
/// The largest reply accepted, inflated.
pub const MAX_REPLY_BYTES: usize = 64_000;
/// Longest fragment accepted or produced, in characters (browsers keep URLs
/// of about 2 MB; messaging apps much less, so links are kept well below).
pub const MAX_FRAGMENT_CHARS: usize = 1_000_000;
/// Largest JSON a fragment may inflate to, in bytes.
pub const MAX_INFLATED_BYTES: usize = MAX_PROPOSAL_BYTES;

/// Why a share link could not be made or read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error("the link is empty")]
    Empty,
    #[error("the proposal is too large for a link ({chars} characters; at most {limit})")]
    TooLong { chars: usize, limit: usize },
    #[error("not a Suitcase share link")]
    UnknownPrefix,
    #[error("the link is damaged (not base64url)")]
    BadEncoding,
    #[error("the link is damaged or cut short (cannot inflate)")]
    BadCompression,
    #[error("the link holds more than {limit} bytes")]
    InflatesTooLarge { limit: usize },
    #[error("the link does not hold text")]
    NotUtf8,
    #[error("the link does not hold a proposal: {0}")]
    BadRecord(RecordError),
    #[error("the link is from an older Suitcase that shared the working file")]
    OldLink,
    #[error("the link does not hold a client proposal")]
    NotClientProposal,
    #[error("the link was made by a newer Suitcase")]
    Newer,
    #[error("the reply cannot be read: {0}")]
    BadReply(ReplyError),
}

fn pack(prefix: &str, json: &[u8]) -> Result<String, ShareError> {
    let packed = miniz_oxide::deflate::compress_to_vec(json, 9);
    let fragment = format!("{prefix}{}", URL_SAFE_NO_PAD.encode(packed));
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLong {
            chars: fragment.len(),
            limit: MAX_FRAGMENT_CHARS,
        });
    }
    Ok(fragment)
}

/// The fragment of `input` (a fragment, a `#fragment` or a whole link),
/// trimmed and size-checked.
fn fragment_of(input: &str) -> Result<&str, ShareError> {
    let fragment = match input.find('#') {
        Some(i) => &input[i + 1..],
        None => input,
    }
    .trim();
    if fragment.is_empty() {
        return Err(ShareError::Empty);
    }
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLong {
            chars: fragment.len(),
            limit: MAX_FRAGMENT_CHARS,
        });
    }
    Ok(fragment)
}

fn unpack(body: &str, limit: usize) -> Result<String, ShareError> {
    let packed = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| ShareError::BadEncoding)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, limit).map_err(|e| {
        // A stream that reached the limit is too large, even when it is
        // also cut short or damaged further on (a deflate bomb rarely
        // ends cleanly): say what stopped it first.
        if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput || e.output.len() >= limit {
            ShareError::InflatesTooLarge { limit }
        } else {
            ShareError::BadCompression
        }
    })?;
    String::from_utf8(json).map_err(|_| ShareError::NotUtf8)
}

/// The client link fragment of `payload`.
pub fn encode_client(payload: &SharePayload) -> Result<String, ShareError> {
    pack(
        CLIENT_PREFIX,
        &serde_json::to_vec(payload).unwrap_or_default(),
    )
}

/// A full client link: `page_url` + `#` + the payload's fragment.
pub fn client_link(page_url: &str, payload: &SharePayload) -> Result<String, ShareError> {
    let base = page_url.split('#').next().unwrap_or(page_url);
    Ok(format!("{base}#{}", encode_client(payload)?))
}

/// Reads a client link (or its fragment). An older whole-record link is
/// refused as [`ShareError::OldLink`]: it would show the agency's working
/// file.
pub fn decode_client(input: &str) -> Result<SharePayload, ShareError> {
    let fragment = fragment_of(input)?;
    if fragment.starts_with(SHARE_PREFIX) {
        return Err(ShareError::OldLink);
    }
    let body = fragment
        .strip_prefix(CLIENT_PREFIX)
        .ok_or(ShareError::UnknownPrefix)?;
    let text = unpack(body, MAX_INFLATED_BYTES)?;
    let value: serde_json::Value =
        serde_json::from_str(&text).map_err(|_| ShareError::NotClientProposal)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(SHARE_FORMAT) {
        return Err(ShareError::NotClientProposal);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(CLIENT_VERSION) => {}
        Some(v) if v > CLIENT_VERSION => return Err(ShareError::Newer),
        _ => return Err(ShareError::NotClientProposal),
    }
    serde_json::from_value(value).map_err(|_| ShareError::NotClientProposal)
}

/// The reply link fragment of `reply`.
pub fn encode_reply(reply: &Reply) -> Result<String, ShareError> {
    pack(REPLY_PREFIX, &serde_json::to_vec(reply).unwrap_or_default())
}

/// Reads a reply link, its fragment, or a reply file's text.
pub fn decode_reply(input: &str) -> Result<Reply, ShareError> {
    let trimmed = input.trim();
    if trimmed.starts_with('{') {
        return Reply::from_json(trimmed).map_err(ShareError::BadReply);
    }
    let fragment = fragment_of(trimmed)?;
    let body = fragment
        .strip_prefix(REPLY_PREFIX)
        .ok_or(ShareError::UnknownPrefix)?;
    let text = unpack(body, MAX_REPLY_BYTES)?;
    Reply::from_json(&text).map_err(ShareError::BadReply)
}

/// The older whole-record fragment of `record` (kept for reading old links
/// and for tests; the app makes client links).
pub fn encode(record: &ProposalRecord) -> Result<String, ShareError> {
    pack(SHARE_PREFIX, record.to_json_compact().as_bytes())
}

/// A full older-style link: `page_url` + `#` + fragment.
pub fn link(page_url: &str, record: &ProposalRecord) -> Result<String, ShareError> {
    let base = page_url.split('#').next().unwrap_or(page_url);
    Ok(format!("{base}#{}", encode(record)?))
}

/// Reads a record from an older whole-record link.
pub fn decode(input: &str) -> Result<ProposalRecord, ShareError> {
    let fragment = fragment_of(input)?;
    let body = fragment
        .strip_prefix(SHARE_PREFIX)
        .ok_or(ShareError::UnknownPrefix)?;
    let text = unpack(body, MAX_INFLATED_BYTES)?;
    ProposalRecord::from_json(&text).map_err(ShareError::BadRecord)
}
