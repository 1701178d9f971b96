//! The client's reply, on the agency's side: opened from the reply link
//! (`/reply#r1.…`) or imported as a file. Suitcase finds the proposal and
//! the sent version the reply answers, checks the digest of the document the
//! client saw and the reply's seal (Web Crypto), recomputes every amount,
//! and only then records it: Accepted (or Lost, with the reason).
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;

use super::{lang_of, proposal_href};
use crate::i18n::*;
use crate::storage::{use_storage, StorageError};
use crate::ui::crypto::{hmac_sha256_hex, sha256_hex};
use crate::ui::text::tr;
use suitcase_core::docs::proposal::format_date;
use suitcase_core::formats::share::{decode_reply, ShareError};
use suitcase_core::model::money::format_amount;
use suitcase_core::model::proposal::client::{check_reply, Recorded};
use suitcase_core::model::proposal::{Decision, ProposalRecord, Reply, ReplyError};

/// Why a reply was not recorded, for the message.
#[derive(Clone, Debug)]
pub enum ReplyFailure {
    Read(ShareError),
    Check(ReplyError),
    Crypto,
    Storage(StorageError),
}

/// Checks `reply` against `record` (digest and seal through Web Crypto)
/// and records it on a copy. The copy is returned with what happened.
pub async fn verify_and_record(
    mut record: ProposalRecord,
    reply: &Reply,
) -> Result<(ProposalRecord, Recorded), ReplyFailure> {
    let version = record.reply_target(reply).map_err(ReplyFailure::Check)?;
    let (doc, key) = match version.client_doc() {
        Some(doc) => (doc.canonical_bytes(), version.reply_key.clone()),
        None => return Err(ReplyFailure::Check(ReplyError::UnknownVersion(reply.sent))),
    };
    let doc_hash = sha256_hex(&doc).await.map_err(|_| ReplyFailure::Crypto)?;
    let mac = hmac_sha256_hex(&key, &reply.signed_bytes())
        .await
        .map_err(|_| ReplyFailure::Crypto)?;
    check_reply(&record, reply, &doc_hash, &mac).map_err(ReplyFailure::Check)?;
    let done = record.record_reply(reply).map_err(ReplyFailure::Check)?;
    Ok((record, done))
}

/// The message for a reply that was not recorded.
pub fn failure_text(locale: Locale, f: &ReplyFailure) -> String {
    match f {
        ReplyFailure::Read(ShareError::BadReply(ReplyError::Newer)) => {
            td_string!(locale, client.reply_newer).to_string()
        }
        ReplyFailure::Read(_) | ReplyFailure::Check(ReplyError::NotAReply) => {
            td_string!(locale, client.reply_unreadable).to_string()
        }
        ReplyFailure::Check(ReplyError::Newer) => {
            td_string!(locale, client.reply_newer).to_string()
        }
        ReplyFailure::Check(ReplyError::UnknownProposal) => {
            td_string!(locale, client.reply_unknown).to_string()
        }
        ReplyFailure::Check(ReplyError::UnknownVersion(n)) => {
            td_string!(locale, client.reply_unknown_version, n = *n).to_string()
        }
        ReplyFailure::Check(ReplyError::Altered) => {
            td_string!(locale, client.reply_altered).to_string()
        }
        ReplyFailure::Check(ReplyError::DocumentChanged) => {
            td_string!(locale, client.reply_doc_changed).to_string()
        }
        ReplyFailure::Crypto => td_string!(locale, client.reply_crypto).to_string(),
        ReplyFailure::Storage(_) => td_string!(locale, client.reply_storage).to_string(),
    }
}

/// The names of the optional lines `reply` took, from the version it
/// answers in `record`.
pub fn option_names(record: &ProposalRecord, reply: &Reply) -> Vec<String> {
    record
        .versions
        .iter()
        .find(|v| v.number == reply.sent)
        .and_then(|v| v.client.as_ref())
        .map(|doc| {
            doc.pricing
                .lines
                .iter()
                .filter(|l| reply.chosen.contains(&l.id))
                .map(|l| l.description.clone())
                .collect()
        })
        .unwrap_or_default()
}

/// What recording a reply did, in words.
pub fn recorded_text(locale: Locale, done: Recorded) -> String {
    match done {
        Recorded::New => td_string!(locale, client.reply_recorded).to_string(),
        Recorded::Already => td_string!(locale, client.reply_already).to_string(),
    }
}

/// One reply in words: who, when, which options, for how much.
#[component]
pub fn ReplySummary(reply: Reply, options: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let lang = lang_of(locale);
    let when = chrono::DateTime::parse_from_rfc3339(&reply.at)
        .map(|d| format_date(d.date_naive(), lang))
        .unwrap_or_else(|_| reply.at.clone());
    let money = format_amount(reply.total, &reply.currency);
    let before = format_amount(reply.before_vat, &reply.currency);
    let accepted = reply.decision == Decision::Accept;
    let head = if accepted {
        td_string!(
            locale,
            wizard.accepted_by,
            name = reply.name.clone(),
            date = when
        )
        .to_string()
    } else {
        td_string!(locale, wizard.declined_by, date = when).to_string()
    };
    let row = |label: String, value: String| {
        (!value.trim().is_empty()).then(|| view! { <div><dt>{label}</dt><dd>{value}</dd></div> })
    };
    view! {
        <div class="reply-summary" data-testid="reply-summary" class:accepted=accepted class:declined=!accepted>
            <p class="reply-head"><strong>{head}</strong></p>
            <dl class="facts">
                {row(td_string!(locale, client.f_job_title).to_string(), reply.job_title.clone())}
                {row(td_string!(locale, client.f_company).to_string(), reply.company.clone())}
                {row(td_string!(locale, client.f_po).to_string(), reply.po_number.clone())}
                {row(td_string!(locale, client.f_reason).to_string(), reply.reason.clone())}
                {accepted.then(|| {
                    let taken = if options.is_empty() {
                        td_string!(locale, client.no_options).to_string()
                    } else {
                        options.join("; ")
                    };
                    row(td_string!(locale, client.options_taken).to_string(), taken)
                })}
                {accepted.then(|| row(td_string!(locale, client.before_vat).to_string(), before))}
                {accepted.then(|| row(td_string!(locale, client.total_final).to_string(), money))}
                {row(td_string!(locale, client.sent_version).to_string(), reply.sent.to_string())}
            </dl>
        </div>
    }
}

/// What opening a reply link came to.
type Outcome = Result<(ProposalRecord, Recorded, Reply), ReplyFailure>;

/// Reads the reply link `hash`, checks it against the stored proposal and
/// records it; the outcome goes into `outcome`.
async fn check_link(
    storage: crate::storage::AppStorage,
    hash: String,
    outcome: RwSignal<Option<Outcome>>,
) {
    let result: Outcome = async {
        let reply = decode_reply(&hash).map_err(ReplyFailure::Read)?;
        let repo = storage
            .repo::<ProposalRecord>()
            .await
            .map_err(ReplyFailure::Storage)?;
        let mut stored = match repo.get(&reply.proposal).await {
            Ok(r) => r,
            Err(StorageError::NotFound) => {
                return Err(ReplyFailure::Check(ReplyError::UnknownProposal))
            }
            Err(e) => return Err(ReplyFailure::Storage(e)),
        };
        let (record, done) = verify_and_record(stored.data.clone(), &reply).await?;
        if done == Recorded::New {
            stored.data = record.clone();
            storage.save(&stored).await.map_err(ReplyFailure::Storage)?;
        }
        Ok((record, done, reply))
    }
    .await;
    outcome.try_set(Some(result));
}

/// `/reply#r1.…`: the agency opens the client's reply link.
#[component]
pub fn ReplyPage() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let fragment = super::client::use_fragment();
    let outcome: RwSignal<Option<Outcome>> = RwSignal::new(None);
    // Checked again when another reply link is pasted into this tab.
    Effect::new(move |_| {
        let hash = fragment.get();
        outcome.set(None);
        spawn_local(check_link(storage, hash, outcome));
    });
    view! {
        <Title text=move || t_string!(i18n, client.reply_page_title).to_string() />
        <h1>{tr!(i18n, client.reply_page_title)}</h1>
        {move || match outcome.get() {
            None => view! { <p role="status">{tr!(i18n, client.checking)}</p> }.into_any(),
            Some(Err(e)) => {
                let text = failure_text(i18n.get_locale(), &e);
                view! {
                    <p class="msg msg-error" role="alert" data-testid="reply-error">{text}</p>
                    <p><a href=crate::routes::Route::Wizard.href()>{tr!(i18n, wizard.back)}</a></p>
                }
                .into_any()
            }
            Some(Ok((record, done, reply))) => {
                let title = record.proposal.title.clone();
                let note = recorded_text(i18n.get_locale(), done);
                view! {
                    <p class="msg msg-ok" role="status" data-testid="reply-ok">{note}</p>
                    <h2>{title}</h2>
                    <ReplySummary options=option_names(&record, &reply) reply=reply />
                    <p><a href=proposal_href(&record.id)>{tr!(i18n, client.open_proposal)}</a></p>
                }
                .into_any()
            }
        }}
    }
}
