//! The client document as a [`Doc`]: cover, our understanding, strategy,
//! the ideas and the recommended one, deliverables, timeline, KPIs, pricing
//! with the payment schedule, terms and next steps. Print, `.docx`,
//! Markdown and the client's page all render this one document, built from
//! a [`ClientProposal`], so nothing internal (reviews, rejected ideas, decode
//! notes, tags, status, version counters) can reach it. Labels are in the
//! proposal's own language; the user's text is kept as typed (each renderer
//! escapes it).
use chrono::NaiveDate;

use crate::docs::{Cover, Doc};
use crate::model::money::format_grouped;
use crate::model::proposal::client::{Agency, ClientProposal};
use crate::model::proposal::{ProposalRecord, SectionId};
use crate::model::reports::dates::{day_month_name_year, day_month_year};
use crate::model::text::{tx, Lang, Text};

const L_PROPOSAL: Text = tx("Proposal", "Đề xuất");
const L_CLIENT: Text = tx("Client", "Khách hàng");
const L_NUMBER: Text = tx("Proposal no.", "Số đề xuất");
const L_PREPARED: Text = tx("Prepared by", "Người thực hiện");
const L_DATE: Text = tx("Date", "Ngày");
const L_VALID: Text = tx("Valid until", "Hiệu lực đến");
const L_CONTACT: Text = tx("Contact", "Liên hệ");
const L_OBJECTIVES: Text = tx("Objectives", "Mục tiêu");
const L_AUDIENCE: Text = tx("Target audience", "Đối tượng mục tiêu");
const L_IDEAS: Text = tx("The ideas", "Các ý tưởng");
const L_RECOMMENDED: Text = tx("recommended", "đề xuất");
const L_RECOMMENDED_IDEA: Text = tx("Recommended idea", "Ý tưởng đề xuất");
const L_NO: Text = tx("No.", "STT");
const L_ITEM: Text = tx("Item", "Hạng mục");
const L_QTY: Text = tx("Qty", "SL");
const L_UNIT: Text = tx("Unit price", "Đơn giá");
const L_DISCOUNT: Text = tx("Discount", "Giảm giá");
const L_AMOUNT: Text = tx("Amount", "Thành tiền");
const L_OPTIONAL_OUT: Text = tx("Optional, not included", "Tùy chọn, chưa tính");
const L_OPTIONAL_IN: Text = tx("Optional, included", "Tùy chọn, đã tính");
const L_SUBTOTAL: Text = tx("Subtotal", "Tạm tính");
const L_FEE: Text = tx("Agency fee", "Phí agency");
const L_BEFORE_VAT: Text = tx("Total before VAT", "Tổng trước VAT");
const L_VAT: Text = tx("VAT", "VAT");
const L_TOTAL: Text = tx("Total", "Tổng cộng");
const L_PRICING_ERROR: Text = tx(
    "The pricing cannot be totalled: an amount or a percentage is out of range.",
    "Không tính được tổng báo giá: có số tiền hoặc tỷ lệ vượt giới hạn.",
);
const L_SCHEDULE: Text = tx("Payment schedule", "Lịch thanh toán");
const L_PAYMENT: Text = tx("Payment", "Đợt thanh toán");
const L_SHARE: Text = tx("Share", "Tỷ lệ");
const L_PAYMENT_TERMS: Text = tx("Payment terms", "Điều kiện thanh toán");
const L_PHASE: Text = tx("Phase", "Giai đoạn");
const L_START: Text = tx("Start", "Bắt đầu");
const L_END: Text = tx("End", "Kết thúc");
const L_NOTE: Text = tx("Note", "Ghi chú");
const L_KPI: Text = tx("KPI", "KPI");
const L_TARGET: Text = tx("Target", "Mục tiêu");

/// A date as people of `lang` write it: 15 Feb 2026 / 15/02/2026.
pub fn format_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => day_month_name_year(d),
        Lang::Vi => day_month_year(d),
    }
}

fn opt_date(d: Option<NaiveDate>, lang: Lang) -> String {
    d.map(|d| format_date(d, lang)).unwrap_or_default()
}

/// A percentage in hundredths as text: 800 → "8%", 850 → "8.5%" ("8,5%" in
/// Vietnamese).
pub fn format_pct(hundredths: i64, lang: Lang) -> String {
    let sign = if hundredths < 0 { "-" } else { "" };
    let h = hundredths.unsigned_abs();
    let (whole, frac) = (h / 100, h % 100);
    let sep = if lang == Lang::Vi { "," } else { "." };
    let frac = match frac {
        0 => String::new(),
        f if f % 10 == 0 => format!("{sep}{}", f / 10),
        f => format!("{sep}{f:02}"),
    };
    format!("{sign}{whole}{frac}%")
}

/// The client document of `record`'s current draft, from `agency`. Its
/// language is the proposal's own; `fallback` when none was chosen.
pub fn proposal_doc_from(record: &ProposalRecord, agency: &Agency, fallback: Lang) -> Doc {
    let cp = if record.proposal.lang.is_some() {
        ClientProposal::build(record, agency)
    } else {
        // Only a proposal whose language was never chosen is copied.
        let mut r = record.clone();
        r.proposal.lang = Some(fallback);
        ClientProposal::build(&r, agency)
    };
    client_doc(&cp, &[])
}

/// [`proposal_doc_from`] with no agency details.
pub fn proposal_doc(record: &ProposalRecord, fallback: Lang) -> Doc {
    proposal_doc_from(record, &Agency::default(), fallback)
}

/// The running footer: agency, title and number, those that are known.
fn footer_of(cp: &ClientProposal) -> String {
    [
        cp.agency.name.as_str(),
        cp.title.as_str(),
        cp.number.as_str(),
    ]
    .iter()
    .map(|s| s.trim())
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The client document with the optional lines in `chosen` taken.
pub fn client_doc(cp: &ClientProposal, chosen: &[String]) -> Doc {
    let lang = cp.lang;
    let h = |s: SectionId| s.label().get(lang);
    let mut doc = Doc::new(cp.title.clone());
    doc.lang = lang.tag().into();
    doc.footer = footer_of(cp);

    // Cover.
    let mut facts = Vec::new();
    let mut fact = |label: Text, value: String| {
        if !value.trim().is_empty() {
            facts.push((label.get(lang).to_string(), value));
        }
    };
    let client = match (cp.client.trim(), cp.brand.trim()) {
        (c, b) if !c.is_empty() && !b.is_empty() && c != b => format!("{c} ({b})"),
        (c, "") => c.to_string(),
        (_, b) => b.to_string(),
    };
    fact(L_CLIENT, client);
    fact(L_NUMBER, cp.number.clone());
    fact(L_DATE, opt_date(cp.date, lang));
    fact(L_VALID, opt_date(cp.valid_until, lang));
    fact(L_PREPARED, cp.prepared_by.clone());
    fact(L_CONTACT, cp.agency.contact.clone());
    doc.cover(Cover {
        logo: cp.agency.logo.clone(),
        from: cp.agency.name.clone(),
        kind: L_PROPOSAL.get(lang).into(),
        title: cp.title.clone(),
        subtitle: cp.subtitle.clone(),
        facts,
    });

    // Our understanding.
    doc.heading(2, h(SectionId::Understanding));
    if !cp.understanding.is_empty() {
        doc.para(cp.understanding.clone());
    }
    if !cp.objectives.is_empty() {
        doc.heading(3, L_OBJECTIVES.get(lang));
        doc.bullets(cp.objectives.clone());
    }
    if !cp.audience.is_empty() {
        doc.heading(3, L_AUDIENCE.get(lang));
        doc.para(cp.audience.clone());
    }

    // Strategy.
    if !cp.strategy.is_empty() {
        doc.heading(2, h(SectionId::Strategy));
        doc.para(cp.strategy.clone());
    }

    // The ideas.
    if !cp.ideas.is_empty() {
        let title = if cp.ideas.len() == 3 {
            h(SectionId::Ideas)
        } else {
            L_IDEAS.get(lang)
        };
        doc.heading(2, title);
        for (n, idea) in cp.ideas.iter().enumerate() {
            let star = if idea.recommended {
                format!(" ({})", L_RECOMMENDED.get(lang))
            } else {
                String::new()
            };
            doc.heading(3, format!("{}. {}{star}", n + 1, idea.title));
            if !idea.description.is_empty() {
                doc.para(idea.description.clone());
            }
        }
    }

    // Our recommendation.
    if cp.recommended().is_some() || !cp.recommendation.is_empty() {
        doc.heading(2, h(SectionId::Recommendation));
        if let Some(idea) = cp.recommended() {
            doc.field(L_RECOMMENDED_IDEA.get(lang), idea.title.clone());
        }
        if !cp.recommendation.is_empty() {
            doc.para(cp.recommendation.clone());
        }
    }

    // Deliverables.
    if !cp.deliverables.is_empty() {
        doc.heading(2, h(SectionId::Deliverables));
        doc.bullets(cp.deliverables.clone());
    }

    // Timeline.
    if !cp.phases.is_empty() {
        doc.heading(2, h(SectionId::Timeline));
        let rows = cp
            .phases
            .iter()
            .map(|ph| {
                vec![
                    ph.name.clone(),
                    opt_date(ph.start, lang),
                    opt_date(ph.end, lang),
                    ph.note.clone(),
                ]
            })
            .collect();
        doc.table_with(
            vec![
                L_PHASE.get(lang).into(),
                L_START.get(lang).into(),
                L_END.get(lang).into(),
                L_NOTE.get(lang).into(),
            ],
            rows,
            vec![false, false, false, false],
            vec![30, 17, 17, 36],
            0,
        );
    }

    // KPIs.
    if !cp.kpis.is_empty() {
        doc.heading(2, h(SectionId::Kpis));
        let rows = cp
            .kpis
            .iter()
            .map(|k| vec![k.metric.clone(), k.target.clone()])
            .collect();
        doc.table_with(
            vec![L_KPI.get(lang).into(), L_TARGET.get(lang).into()],
            rows,
            vec![false, false],
            vec![62, 38],
            0,
        );
    }

    // Pricing and payment.
    doc.heading(2, h(SectionId::Pricing));
    pricing(&mut doc, cp, chosen);

    // Terms.
    if !cp.terms.is_empty() {
        doc.heading(2, h(SectionId::Terms));
        doc.para(cp.terms.clone());
    }

    // Next steps.
    if !cp.next_steps.is_empty() {
        doc.heading(2, h(SectionId::NextSteps));
        doc.numbered(cp.next_steps.clone());
    }
    doc
}

fn pricing(doc: &mut Doc, cp: &ClientProposal, chosen: &[String]) {
    let lang = cp.lang;
    let pr = &cp.pricing;
    let cur = pr.currency.as_str();
    let Ok(t) = pr.totals_with(chosen) else {
        doc.para(L_PRICING_ERROR.get(lang));
        return;
    };
    let money = |v: i64| format_grouped(v, cur);
    let discounts = pr.lines.iter().any(|l| l.discount_pct > 0);
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (i, l) in pr.lines.iter().enumerate() {
        let taken = !l.optional || chosen.contains(&l.id);
        let mut item = l.description.clone();
        if l.optional {
            let tag = if taken { L_OPTIONAL_IN } else { L_OPTIONAL_OUT };
            item = format!("{item}\n[{}]", tag.get(lang));
        }
        if !l.note.is_empty() {
            item = format!("{item}\n{}", l.note);
        }
        let gross = l.qty.saturating_mul(l.unit_price);
        let amount = if taken {
            money(t.lines[i])
        } else {
            format!("({})", money(gross))
        };
        let mut row = vec![
            (i + 1).to_string(),
            item,
            format_grouped(l.qty, cur),
            money(l.unit_price),
        ];
        if discounts {
            row.push(if l.discount_pct > 0 {
                format_pct(l.discount_pct, lang)
            } else {
                String::new()
            });
        }
        row.push(amount);
        rows.push(row);
    }
    let cols = if discounts { 6 } else { 5 };
    let sum_row = |label: String, v: i64| {
        let mut r = vec![String::new(), label];
        r.resize(cols - 1, String::new());
        r.push(money(v));
        r
    };
    let mut summary = vec![sum_row(L_SUBTOTAL.get(lang).into(), t.subtotal)];
    if pr.agency_fee_pct != 0 {
        summary.push(sum_row(
            format!(
                "{} ({})",
                L_FEE.get(lang),
                format_pct(pr.agency_fee_pct, lang)
            ),
            t.agency_fee,
        ));
        summary.push(sum_row(L_BEFORE_VAT.get(lang).into(), t.before_vat));
    }
    summary.push(sum_row(
        format!("{} ({})", L_VAT.get(lang), format_pct(pr.vat_pct, lang)),
        t.vat,
    ));
    summary.push(sum_row(format!("{} ({cur})", L_TOTAL.get(lang)), t.total));
    let n_summary = summary.len();
    rows.extend(summary);
    let mut header = vec![
        L_NO.get(lang).to_string(),
        L_ITEM.get(lang).into(),
        L_QTY.get(lang).into(),
        format!("{} ({cur})", L_UNIT.get(lang)),
    ];
    let (numeric, widths) = if discounts {
        header.push(L_DISCOUNT.get(lang).into());
        (
            vec![true, false, true, true, true, true],
            vec![8, 25, 13, 18, 13, 23],
        )
    } else {
        (vec![true, false, true, true, true], vec![8, 36, 14, 20, 22])
    };
    header.push(format!("{} ({cur})", L_AMOUNT.get(lang)));
    doc.table_with(header, rows, numeric, widths, n_summary);

    if let Some(amounts) = pr.schedule_amounts(t.total) {
        doc.heading(3, L_SCHEDULE.get(lang));
        let rows = pr
            .schedule
            .iter()
            .zip(amounts)
            .enumerate()
            .map(|(i, (p, a))| {
                vec![
                    (i + 1).to_string(),
                    p.milestone.clone(),
                    format_pct(p.pct, lang),
                    money(a),
                ]
            })
            .collect();
        doc.table_with(
            vec![
                L_NO.get(lang).into(),
                L_PAYMENT.get(lang).into(),
                L_SHARE.get(lang).into(),
                format!("{} ({cur})", L_AMOUNT.get(lang)),
            ],
            rows,
            vec![true, false, true, true],
            vec![8, 54, 13, 25],
            0,
        );
    }
    if !pr.payment_terms.trim().is_empty() {
        doc.field(L_PAYMENT_TERMS.get(lang), pr.payment_terms.trim());
    }
}
