//! Share links: the whole proposal record, compressed, in the URL fragment.
//!
//! The fragment is `p1.` followed by base64url (no padding) of the raw
//! DEFLATE of the record's compact JSON (`suitcase/proposal` v1). A fragment
//! never reaches a server, so the link works with static hosting and keeps
//! the proposal private to whoever holds the link. Decoding is strict and
//! bounded: the text is size-checked before decoding, inflating stops at a
//! limit, and every failure is a [`ShareError`], never a panic.
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::domain::proposal::{ProposalRecord, RecordError, MAX_PROPOSAL_BYTES};

/// The prefix naming this encoding and its version.
pub const SHARE_PREFIX: &str = "p1.";
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
}

/// The fragment (without `#`) that holds `record`.
pub fn encode(record: &ProposalRecord) -> Result<String, ShareError> {
    let json = record.to_json_compact();
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let fragment = format!("{SHARE_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(ShareError::TooLong {
            chars: fragment.len(),
            limit: MAX_FRAGMENT_CHARS,
        });
    }
    Ok(fragment)
}

/// A full link: `page_url` (any fragment it has is replaced) + `#` + fragment.
pub fn link(page_url: &str, record: &ProposalRecord) -> Result<String, ShareError> {
    let base = page_url.split('#').next().unwrap_or(page_url);
    Ok(format!("{base}#{}", encode(record)?))
}

/// Reads a record from a fragment, a `#fragment`, or a whole link.
pub fn decode(input: &str) -> Result<ProposalRecord, ShareError> {
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
    let body = fragment
        .strip_prefix(SHARE_PREFIX)
        .ok_or(ShareError::UnknownPrefix)?;
    let packed = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| ShareError::BadEncoding)?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_INFLATED_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::InflatesTooLarge {
                limit: MAX_INFLATED_BYTES,
            },
            _ => ShareError::BadCompression,
        })?;
    let text = String::from_utf8(json).map_err(|_| ShareError::NotUtf8)?;
    ProposalRecord::from_json(&text).map_err(ShareError::BadRecord)
}
