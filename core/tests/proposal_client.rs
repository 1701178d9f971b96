//! The client's side: the client document leaves out everything internal,
//! prices with optional lines, discounts and an exact payment schedule, the
//! send check's budget, validity and terms flags, and the reply's round trip
//! (a changed byte is refused). SHA-256 and HMAC come from the `sha2` and
//! `hmac` crates here, as Web Crypto computes them in the browser.
// Tests are not in the wasm: the standard sorts are fine here (clippy.toml).
#![allow(clippy::disallowed_methods)]
use std::io::{Cursor, Read};

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use suitcase_core::docs::proposal::client_doc;
use suitcase_core::formats::docx::to_docx;
use suitcase_core::formats::markdown::to_markdown;
use suitcase_core::formats::share;
use suitcase_core::model::brief::{Cause, WizardField as F};
use suitcase_core::model::proposal::client::{
    check_reply, ClientProposal, FormProblem, Recorded, ReplyForm, SharePayload,
};
use suitcase_core::model::proposal::demo::demo;
use suitcase_core::model::proposal::{
    split_schedule, Agency, Decision, Installment, LineItem, Pricing, ProposalRecord, Reply,
    ReplyError, SendError, Status,
};
use suitcase_core::model::text::Lang;

fn d(y: i32, m: u32, day: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn sha256(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

fn hmac(key: &str, data: &[u8]) -> String {
    use base64::Engine;
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(key)
        .unwrap();
    let mut mac = Hmac::<Sha256>::new_from_slice(&raw).unwrap();
    mac.update(data);
    hex(&mac.finalize().into_bytes())
}

const KEY: &str = "c2VjcmV0LXJlcGx5LWtleQ";

fn agency() -> Agency {
    Agency {
        name: "Ánh Sáng Agency".into(),
        logo: String::new(),
        contact: "hello@anhsang.vn".into(),
    }
}

/// The demo, sent again as version 2 with a reply key.
fn sent_demo(lang: Lang) -> ProposalRecord {
    let mut r = demo(lang);
    let n = r
        .send_to_client(d(2025, 12, 4), false, &agency(), KEY.into())
        .expect("the demo can be sent");
    assert_eq!(n, 2);
    r
}

/// Strings of the agency's working file that must never reach the client.
fn internal_strings(r: &ProposalRecord, lang: Lang) -> Vec<String> {
    let mut v = Vec::new();
    for s in &r.review.scores {
        v.push(s.reviewer.clone());
    }
    for i in &r.ideas {
        if !r.proposal.idea_ids.contains(&i.id) {
            v.push(i.title.clone());
        }
        for t in &i.tags {
            v.push(format!("#{t}"));
        }
    }
    if !r.decode.notes.trim().is_empty() {
        v.push(r.decode.notes.clone());
    }
    for q in &r.decode.questions {
        v.push(q.text.clone());
        if !q.answer.trim().is_empty() {
            v.push(q.answer.clone());
        }
    }
    match lang {
        Lang::En => v.extend(["Status".into(), "Version".into(), "Internal review".into()]),
        Lang::Vi => v.extend([
            "Trạng thái".into(),
            "Phiên bản".into(),
            "Review nội bộ".into(),
        ]),
    }
    v.retain(|s| s.trim().chars().count() >= 4);
    v.sort();
    v.dedup();
    v
}

fn docx_xml(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip file");
    let mut xml = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn nothing_internal_reaches_the_client_document_or_any_export() {
    for lang in [Lang::En, Lang::Vi] {
        let r = sent_demo(lang);
        let internal = internal_strings(&r, lang);
        assert!(
            internal.len() >= 8,
            "the demo has internal work: {internal:?}"
        );
        let payload = SharePayload::of(&r, 2).unwrap();
        // The share link, decoded back to its JSON text.
        let link = share::encode_client(&payload).unwrap();
        let back = share::decode_client(&link).unwrap();
        assert_eq!(back, payload);
        let link_json = serde_json::to_string(&back).unwrap();
        let doc = client_doc(&payload.doc, &[]);
        let texts = doc.texts().join("\n");
        let md = to_markdown(&doc);
        let docx = to_docx(&doc).unwrap();
        let xml = docx_xml(&docx, "word/document.xml");
        for s in &internal {
            assert!(!link_json.contains(s.as_str()), "{lang:?} link holds {s:?}");
            assert!(!texts.contains(s.as_str()), "{lang:?} document holds {s:?}");
            assert!(!md.contains(s.as_str()), "{lang:?} Markdown holds {s:?}");
            assert!(!xml.contains(s.as_str()), "{lang:?} docx holds {s:?}");
        }
        // What the client should read is there, once.
        assert!(texts.contains(&r.proposal.title));
        assert_eq!(
            texts.matches(&r.creative.proposition).count(),
            1,
            "{lang:?}"
        );
        let total_label = match lang {
            Lang::En => "Total (VND)",
            Lang::Vi => "Tổng cộng (VND)",
        };
        assert_eq!(texts.matches(total_label).count(), 1);
        assert!(texts.contains("hello@anhsang.vn"));
    }
}

#[test]
fn the_client_document_is_in_the_proposals_language_not_the_readers() {
    let mut r = demo(Lang::Vi);
    r.proposal.lang = Some(Lang::Vi);
    let cp = ClientProposal::build(&r, &agency());
    let doc = client_doc(&cp, &[]);
    assert_eq!(doc.lang, "vi");
    let texts = doc.texts().join("\n");
    for vi in [
        "Báo giá",
        "Lịch thanh toán",
        "Hiệu lực đến",
        "Điều khoản và điều kiện",
    ] {
        assert!(texts.contains(vi), "{vi}");
    }
    for en in ["Pricing", "Payment schedule", "Valid until", "Next steps"] {
        assert!(!texts.contains(en), "{en}");
    }
}

#[test]
fn optional_lines_and_discounts_total_correctly() {
    let mut p = Pricing {
        agency_fee_pct: 1_000,
        vat_pct: 800,
        ..Default::default()
    };
    p.lines = vec![
        LineItem {
            id: "a".into(),
            description: "Film".into(),
            qty: 1,
            unit_price: 100_000_000,
            discount_pct: 1_250,
            ..Default::default()
        },
        LineItem {
            id: "b".into(),
            description: "Extra weekend".into(),
            qty: 3,
            unit_price: 10_000_001,
            optional: true,
            discount_pct: 500,
            ..Default::default()
        },
    ];
    let base = p.totals().unwrap();
    assert_eq!(base.lines, vec![87_500_000, 0]);
    assert_eq!(base.subtotal, 87_500_000);
    assert_eq!(base.agency_fee, 8_750_000);
    assert_eq!(base.vat, 7_700_000);
    assert_eq!(base.total, 103_950_000);
    let with = p.totals_with(&["b".into(), "nope".into()]).unwrap();
    // 30,000,003 less 5 % (1,500,000.15 → 1,500,000).
    assert_eq!(with.lines[1], 28_500_003);
    assert_eq!(with.discounts[1], 1_500_000);
    assert_eq!(with.subtotal, 116_000_003);
    assert_eq!(with.agency_fee, 11_600_000);
    assert_eq!(with.before_vat, 127_600_003);
    assert_eq!(with.vat, 10_208_000);
    assert_eq!(with.total, 137_808_003);
    assert_eq!(
        p.known_choices(&["nope".into(), "b".into(), "a".into()]),
        vec!["b".to_string()]
    );
    p.lines[0].discount_pct = 10_001;
    assert!(p.totals().is_err());
    assert!(p
        .validate()
        .iter()
        .any(|i| i.field == F::LineDiscount(0) && i.cause == Cause::PercentOutOfRange));
}

#[test]
fn the_payment_schedule_sums_exactly() {
    let sched = |pcts: &[i64]| -> Vec<Installment> {
        pcts.iter()
            .enumerate()
            .map(|(i, &pct)| Installment {
                id: format!("p{i}"),
                milestone: format!("Payment {i}"),
                pct,
            })
            .collect()
    };
    // Seeded sweep: awkward totals and shares always add up to the total.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..2_000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let total = (x % 9_000_000_000_007) as i64;
        let n = 1 + (x % 5) as usize;
        let mut pcts = vec![10_000 / n as i64; n];
        pcts[0] += 10_000 - pcts.iter().sum::<i64>();
        let amounts = split_schedule(total, &sched(&pcts)).unwrap();
        assert_eq!(amounts.iter().sum::<i64>(), total, "{total} {pcts:?}");
        assert!(amounts.iter().all(|&a| a >= 0));
    }
    assert_eq!(
        split_schedule(100, &sched(&[3_333, 3_333, 3_334])).unwrap(),
        vec![33, 34, 33]
    );
    assert_eq!(split_schedule(100, &sched(&[5_000, 4_000])), None);
    assert_eq!(split_schedule(100, &sched(&[])), None);
    assert_eq!(split_schedule(100, &sched(&[0, 10_000])), None);
    let mut r = demo(Lang::En);
    r.proposal.pricing.schedule[0].pct = 2_000;
    assert!(r
        .missing(suitcase_core::model::proposal::Step::Proposal)
        .iter()
        .any(|i| i.field == F::Schedule && i.cause == Cause::ScheduleNotWhole));
}

#[test]
fn the_send_check_flags_budget_validity_and_terms() {
    let mut r = demo(Lang::En);
    assert_eq!(r.budget_check(), None, "the demo fits its budget");
    // Above the budget before VAT: flagged, and "send anyway" may pass it.
    r.brief.budget.amount = 2_000_000_000;
    let issue = r.budget_check().unwrap();
    assert_eq!(issue.cause, Cause::OverBudget);
    // Only with VAT above it.
    r.brief.budget.amount = 2_300_000_000;
    assert_eq!(r.budget_check().unwrap().cause, Cause::OverBudgetWithVat);
    match r.clone().send(d(2025, 12, 4), false) {
        Err(SendError::Blocked(v)) => {
            assert!(v.iter().any(|i| i.cause == Cause::OverBudgetWithVat))
        }
        other => panic!("{other:?}"),
    }
    assert!(r.clone().send(d(2025, 12, 4), true).is_ok());
    // An expired validity date blocks, even sending anyway.
    match r.clone().send(d(2026, 3, 1), true) {
        Err(SendError::Blocked(v)) => {
            assert!(v
                .iter()
                .any(|i| i.field == F::ValidUntil && i.cause == Cause::Expired))
        }
        other => panic!("{other:?}"),
    }
    // Empty terms block.
    r.proposal.terms = "  ".into();
    match r.clone().send(d(2025, 12, 4), true) {
        Err(SendError::Blocked(v)) => {
            assert!(v
                .iter()
                .any(|i| i.field == F::Terms && i.cause == Cause::Missing))
        }
        other => panic!("{other:?}"),
    }
}

fn accept_form(chosen: &[&str]) -> ReplyForm {
    ReplyForm {
        decision: Decision::Accept,
        name: "Nguyễn Thị Lan".into(),
        job_title: "Marketing Director".into(),
        company: "Mây Milk Tea JSC".into(),
        po_number: "PO-2026-0117".into(),
        agreed: true,
        chosen: chosen.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    }
}

fn sealed(payload: &SharePayload, form: &ReplyForm) -> Reply {
    let mut reply = Reply::draft(
        payload,
        form,
        sha256(&payload.doc.canonical_bytes()),
        "2025-12-05T09:30:00Z".into(),
    )
    .unwrap();
    reply.mac = hmac(&payload.key, &reply.signed_bytes());
    reply
}

/// What the agency's browser computes for `reply` against its record.
fn agency_check(r: &ProposalRecord, reply: &Reply) -> Result<(), ReplyError> {
    let v = r.versions.iter().find(|v| v.number == reply.sent);
    let doc_hash = v
        .and_then(|v| v.client.as_ref())
        .map(|c| sha256(&c.canonical_bytes()))
        .unwrap_or_default();
    let mac = v
        .map(|v| hmac(&v.reply_key, &reply.signed_bytes()))
        .unwrap_or_default();
    check_reply(r, reply, &doc_hash, &mac)
}

#[test]
fn a_reply_round_trips_and_a_changed_byte_is_refused() {
    let mut r = sent_demo(Lang::Vi);
    let payload =
        share::decode_client(&share::encode_client(&SharePayload::of(&r, 2).unwrap()).unwrap())
            .unwrap();
    // The client's browser: re-serialising the document gives the same bytes.
    assert_eq!(
        payload.doc.canonical_bytes(),
        r.versions[1].client.as_ref().unwrap().canonical_bytes()
    );
    let reply = sealed(&payload, &accept_form(&["l9"]));
    let t = r.versions[1]
        .client
        .as_ref()
        .unwrap()
        .pricing
        .totals_with(&["l9".into()])
        .unwrap();
    assert_eq!(reply.total, t.total);
    assert!(reply.total > r.proposal.pricing.totals().unwrap().total);
    // Through the reply link and back.
    let link = share::encode_reply(&reply).unwrap();
    assert!(link.starts_with("r1."));
    assert!(link.len() < 1_000, "{}", link.len());
    let back = share::decode_reply(&format!("https://x.org/suitcase/reply#{link}")).unwrap();
    assert_eq!(back, reply);
    assert_eq!(share::decode_reply(&reply.to_json()).unwrap(), reply);
    assert_eq!(agency_check(&r, &back), Ok(()));
    assert_eq!(r.record_reply(&back), Ok(Recorded::New));
    assert_eq!(r.status, Status::Accepted);
    assert_eq!(r.accepted_version().unwrap().number, 2);
    assert_eq!(r.record_reply(&back), Ok(Recorded::Already));
    // The accepted version is locked: sending is closed, and an edit opens
    // a new version while version 2 keeps its reply.
    assert!(matches!(
        r.send(d(2025, 12, 6), true),
        Err(SendError::Closed(Status::Accepted))
    ));
    assert!(r.reopen_if_accepted());
    assert_eq!(r.status, Status::Revising);
    assert!(r.versions[1].reply.is_some());

    // Any one field changed after sealing: refused.
    let fresh = sent_demo(Lang::Vi);
    let mut changed = vec![];
    let mut a = reply.clone();
    a.po_number.push('9');
    changed.push(a);
    let mut a = reply.clone();
    a.total -= 1;
    changed.push(a);
    let mut a = reply.clone();
    a.chosen.clear();
    changed.push(a);
    let mut a = reply.clone();
    a.decision = Decision::Decline;
    changed.push(a);
    for a in &changed {
        assert_eq!(agency_check(&fresh, a), Err(ReplyError::Altered));
    }
    // A changed byte in the link: refused before or at the check.
    let mut bytes = link.clone().into_bytes();
    for pos in [5, bytes.len() / 2, bytes.len() - 2] {
        let old = bytes[pos];
        bytes[pos] = if old == b'A' { b'B' } else { b'A' };
        let text = String::from_utf8(bytes.clone()).unwrap();
        match share::decode_reply(&text) {
            Err(_) => {}
            Ok(r2) => assert!(r2 == reply || agency_check(&fresh, &r2).is_err()),
        }
        bytes[pos] = old;
    }
    // The client saw another text (the link was altered on the way).
    let mut other = payload.clone();
    other.doc.terms.push_str(" Extra clause.");
    let forged = sealed(&other, &accept_form(&[]));
    assert_eq!(
        agency_check(&fresh, &forged),
        Err(ReplyError::DocumentChanged)
    );
    // An unknown proposal or version.
    let mut a = reply.clone();
    a.proposal = "someone-else".into();
    assert_eq!(agency_check(&fresh, &a), Err(ReplyError::UnknownProposal));
    let mut a = reply.clone();
    a.sent = 7;
    assert_eq!(agency_check(&fresh, &a), Err(ReplyError::UnknownVersion(7)));
    // Version 1 of the demo predates the client document: no reply to it.
    let mut a = reply;
    a.sent = 1;
    assert_eq!(agency_check(&fresh, &a), Err(ReplyError::UnknownVersion(1)));
}

#[test]
fn a_decline_records_lost_and_the_form_says_what_is_missing() {
    let mut r = sent_demo(Lang::En);
    let payload = SharePayload::of(&r, 2).unwrap();
    let mut form = ReplyForm {
        decision: Decision::Decline,
        ..Default::default()
    };
    assert_eq!(
        form.problems(),
        vec![("reason", FormProblem::ReasonMissing)]
    );
    form.reason = "We went with a smaller scope this Tet.".into();
    assert!(form.problems().is_empty());
    let reply = sealed(&payload, &form);
    assert_eq!(agency_check(&r, &reply), Ok(()));
    r.record_reply(&reply).unwrap();
    assert_eq!(r.status, Status::Lost);
    let accept = ReplyForm {
        decision: Decision::Accept,
        ..Default::default()
    };
    assert_eq!(
        accept.problems(),
        vec![
            ("name", FormProblem::NameMissing),
            ("agreed", FormProblem::NotAgreed)
        ]
    );
    assert!(matches!(Reply::from_json("{}"), Err(ReplyError::NotAReply)));
    assert!(matches!(
        Reply::from_json(r#"{"format":"suitcase/reply","version":9}"#),
        Err(ReplyError::Newer)
    ));
}

#[test]
fn old_whole_record_links_are_not_shown_to_clients() {
    let old = share::encode(&demo(Lang::En)).unwrap();
    assert_eq!(share::decode_client(&old), Err(share::ShareError::OldLink));
    assert!(share::decode_client("c1.AAAA").is_err());
}

#[test]
fn the_fee_comes_from_the_budget_plans_margin() {
    use suitcase_core::model::budget::presets::example_plan;
    use suitcase_core::model::budget::{default_step, solve};
    let plan = example_plan(Lang::En);
    let sol = solve(&plan, default_step(&plan));
    let p = Pricing::from_budget(&plan, &sol, 1_000, Lang::En).unwrap();
    assert_eq!(
        p.agency_fee_pct,
        (plan.agency_margin_pct * 100.0).round() as i64
    );
    assert!(p.agency_fee_pct > 0);
    assert!(p.lines.iter().all(|l| l.id != "agency-fee"));
}

/// A second "mark as sent" with nothing changed (a double click) is known
/// as such, so the wizard makes no copy of the version.
#[test]
fn a_send_with_nothing_changed_is_known() {
    let mut r = sent_demo(Lang::En);
    assert_eq!(r.unchanged_since_sent(), Some(2));
    r.proposal.title.push_str(" (rev)");
    assert_eq!(
        r.unchanged_since_sent(),
        None,
        "a changed title is a new version"
    );
    let mut r = sent_demo(Lang::Vi);
    r.status = Status::Accepted;
    assert_eq!(r.unchanged_since_sent(), None, "only a sent proposal");
}
