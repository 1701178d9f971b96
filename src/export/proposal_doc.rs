//! The proposal as a [`Doc`]: cover, understanding, strategy, the ideas and
//! the recommended one, deliverables, pricing, timeline, KPIs, next steps and
//! how the proposal answers the brief. Markdown, docx and print all render
//! this one document. Labels come in the chosen language; the user's text is
//! kept as typed (each renderer escapes it).
use chrono::NaiveDate;

use super::doc::Doc;
use crate::domain::money::{format_amount, format_grouped};
use crate::domain::proposal::{ItemKind, ProposalRecord, SectionId};
use crate::domain::text::{tx, Lang, Text};

const L_CLIENT: Text = tx("Client", "Khách hàng");
const L_BRAND: Text = tx("Brand", "Thương hiệu");
const L_PREPARED: Text = tx("Prepared by", "Thực hiện bởi");
const L_DATE: Text = tx("Date", "Ngày");
const L_VERSION: Text = tx("Version", "Phiên bản");
const L_STATUS: Text = tx("Status", "Trạng thái");
const L_OBJECTIVES: Text = tx("Objectives", "Mục tiêu");
const L_AUDIENCE: Text = tx("Target audience", "Đối tượng mục tiêu");
const L_INSIGHTS: Text = tx("Insights", "Insight");
const L_MANDATORIES: Text = tx("Mandatories", "Yêu cầu bắt buộc");
const L_PROPOSITION: Text = tx("Single-minded proposition", "Thông điệp cốt lõi");
const L_KEY_MESSAGE: Text = tx("Key message", "Thông điệp chính");
const L_TONE: Text = tx("Tone", "Giọng điệu");
const L_CHANNELS: Text = tx("Channels", "Kênh");
const L_TAGS: Text = tx("Tags", "Thẻ");
const L_RECOMMENDED: Text = tx("Recommended", "Đề xuất");
const L_RECOMMENDED_IDEA: Text = tx("Recommended idea", "Ý tưởng đề xuất");
const L_NO: Text = tx("No.", "STT");
const L_ITEM: Text = tx("Item", "Hạng mục");
const L_GROUP: Text = tx("Group", "Nhóm");
const L_QTY: Text = tx("Qty", "SL");
const L_UNIT: Text = tx("Unit price", "Đơn giá");
const L_AMOUNT: Text = tx("Amount", "Thành tiền");
const L_SUBTOTAL: Text = tx("Subtotal", "Tạm tính");
const L_FEE: Text = tx("Agency fee", "Phí agency");
const L_BEFORE_VAT: Text = tx("Total before VAT", "Tổng trước VAT");
const L_VAT: Text = tx("VAT", "VAT");
const L_TOTAL: Text = tx("Total", "Tổng cộng");
const L_PRICING_ERROR: Text = tx(
    "The pricing cannot be totalled: an amount or a percentage is out of range.",
    "Không tính được tổng báo giá: có số tiền hoặc tỷ lệ vượt giới hạn.",
);
const L_PHASE: Text = tx("Phase", "Giai đoạn");
const L_START: Text = tx("Start", "Bắt đầu");
const L_END: Text = tx("End", "Kết thúc");
const L_NOTE: Text = tx("Note", "Ghi chú");
const L_KPI: Text = tx("KPI", "KPI");
const L_TARGET: Text = tx("Target", "Mục tiêu");
const L_COVERAGE: Text = tx(
    "How this proposal answers the brief",
    "Proposal trả lời brief thế nào",
);
const L_BRIEF_ITEM: Text = tx("From the brief", "Từ brief");
const L_ANSWERED_IN: Text = tx("Answered in", "Được trả lời ở");
const L_NOT_COVERED: Text = tx("Not covered yet", "Chưa được trả lời");
const L_OBJECTIVE: Text = tx("Objective", "Mục tiêu");
const L_MANDATORY: Text = tx("Mandatory", "Bắt buộc");

/// A date as people of `lang` write it: 15 Feb 2026 / 15/02/2026.
pub fn format_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%-d %b %Y").to_string(),
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
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

fn push_nonblank(doc: &mut Doc, label: Text, value: &str, lang: Lang) {
    if !value.trim().is_empty() {
        doc.field(label.get(lang), value);
    }
}

fn nonblank(items: &[String]) -> Vec<String> {
    items
        .iter()
        .filter(|s| !s.trim().is_empty())
        .cloned()
        .collect()
}

/// The proposal document of `record` with labels in `lang`.
pub fn proposal_doc(record: &ProposalRecord, lang: Lang) -> Doc {
    let b = &record.brief;
    let p = &record.proposal;
    let h = |s: SectionId| s.label().get(lang);
    let mut doc = Doc::new(p.title.clone());

    // Cover.
    doc.heading(1, p.title.clone());
    if !p.subtitle.trim().is_empty() {
        doc.para(p.subtitle.clone());
    }
    push_nonblank(&mut doc, L_CLIENT, &b.client, lang);
    push_nonblank(&mut doc, L_BRAND, &b.brand, lang);
    push_nonblank(&mut doc, L_PREPARED, &p.prepared_by, lang);
    push_nonblank(&mut doc, L_DATE, &opt_date(p.date, lang), lang);
    let version = record.versions.last().map_or(1, |v| v.number);
    doc.field(L_VERSION.get(lang), version.to_string());
    doc.field(L_STATUS.get(lang), record.status.label().get(lang));
    doc.page_break();

    // Our understanding.
    doc.heading(2, h(SectionId::Understanding));
    if !p.understanding.trim().is_empty() {
        doc.para(p.understanding.clone());
    }
    let objectives: Vec<String> = b
        .objectives
        .iter()
        .map(|o| o.text.clone())
        .filter(|t| !t.trim().is_empty())
        .collect();
    if !objectives.is_empty() {
        doc.heading(3, L_OBJECTIVES.get(lang));
        doc.bullets(objectives);
    }
    if !b.target_audience.trim().is_empty() {
        doc.heading(3, L_AUDIENCE.get(lang));
        doc.para(b.target_audience.clone());
    }
    let insights = nonblank(&record.decode.insights);
    if !insights.is_empty() {
        doc.heading(3, L_INSIGHTS.get(lang));
        doc.bullets(insights);
    }
    let mandatories: Vec<String> = b
        .mandatories
        .iter()
        .map(|m| m.text.clone())
        .filter(|t| !t.trim().is_empty())
        .collect();
    if !mandatories.is_empty() {
        doc.heading(3, L_MANDATORIES.get(lang));
        doc.bullets(mandatories);
    }

    // Strategy.
    doc.heading(2, h(SectionId::Strategy));
    if !p.strategy.trim().is_empty() {
        doc.para(p.strategy.clone());
    }
    let c = &record.creative;
    push_nonblank(&mut doc, L_PROPOSITION, &c.proposition, lang);
    push_nonblank(&mut doc, L_KEY_MESSAGE, &b.key_message, lang);
    push_nonblank(&mut doc, L_TONE, &c.tone, lang);
    push_nonblank(
        &mut doc,
        L_CHANNELS,
        &nonblank(&c.channels).join(", "),
        lang,
    );

    // Ideas.
    doc.heading(2, h(SectionId::Ideas));
    let shown: Vec<_> = p
        .idea_ids
        .iter()
        .filter_map(|id| record.ideas.iter().find(|i| &i.id == id))
        .collect();
    for (n, idea) in shown.iter().enumerate() {
        let star = if idea.id == p.recommended_idea {
            format!(" ({})", L_RECOMMENDED.get(lang))
        } else {
            String::new()
        };
        doc.heading(3, format!("{}. {}{star}", n + 1, idea.title));
        if !idea.description.trim().is_empty() {
            doc.para(idea.description.clone());
        }
        if !idea.tags.is_empty() {
            let tags: Vec<String> = idea.tags.iter().map(|t| format!("#{t}")).collect();
            doc.field(L_TAGS.get(lang), tags.join(" "));
        }
    }

    // Recommendation.
    doc.heading(2, h(SectionId::Recommendation));
    if let Some(idea) = record.ideas.iter().find(|i| i.id == p.recommended_idea) {
        doc.field(L_RECOMMENDED_IDEA.get(lang), idea.title.clone());
    }
    if !p.recommendation.trim().is_empty() {
        doc.para(p.recommendation.clone());
    }

    // Deliverables.
    doc.heading(2, h(SectionId::Deliverables));
    let deliverables = nonblank(&p.deliverables);
    if !deliverables.is_empty() {
        doc.bullets(deliverables);
    }

    // Pricing.
    doc.heading(2, h(SectionId::Pricing));
    pricing_table(&mut doc, record, lang);

    // Timeline.
    doc.heading(2, h(SectionId::Timeline));
    if !p.phases.is_empty() {
        let rows = p
            .phases
            .iter()
            .map(|ph| {
                vec![
                    ph.label(lang).to_string(),
                    opt_date(ph.start, lang),
                    opt_date(ph.end, lang),
                    ph.note.clone(),
                ]
            })
            .collect();
        doc.table(
            vec![
                L_PHASE.get(lang).into(),
                L_START.get(lang).into(),
                L_END.get(lang).into(),
                L_NOTE.get(lang).into(),
            ],
            rows,
            vec![false, false, false, false],
        );
    }

    // KPIs.
    doc.heading(2, h(SectionId::Kpis));
    if !p.kpis.is_empty() {
        let rows = p
            .kpis
            .iter()
            .map(|k| vec![k.metric.clone(), k.target.clone()])
            .collect();
        doc.table(
            vec![L_KPI.get(lang).into(), L_TARGET.get(lang).into()],
            rows,
            vec![false, false],
        );
    }

    // Next steps.
    doc.heading(2, h(SectionId::NextSteps));
    let steps = nonblank(&p.next_steps);
    if !steps.is_empty() {
        doc.numbered(steps);
    }

    // Coverage.
    coverage_table(&mut doc, record, lang);
    doc
}

fn pricing_table(doc: &mut Doc, record: &ProposalRecord, lang: Lang) {
    let pr = &record.proposal.pricing;
    let cur = pr.currency.as_str();
    let Ok(t) = pr.totals() else {
        doc.para(L_PRICING_ERROR.get(lang));
        return;
    };
    let money = |v: i64| format_grouped(v, cur);
    let mut rows: Vec<Vec<String>> = pr
        .lines
        .iter()
        .zip(&t.lines)
        .enumerate()
        .map(|(i, (l, amount))| {
            let mut item = l.description.clone();
            if !l.note.trim().is_empty() {
                item = format!("{item}\n{}", l.note);
            }
            vec![
                (i + 1).to_string(),
                item,
                l.group.clone(),
                format_grouped(l.qty, cur),
                money(l.unit_price),
                money(*amount),
            ]
        })
        .collect();
    let sum_row = |label: String, v: i64| {
        vec![
            String::new(),
            label,
            String::new(),
            String::new(),
            String::new(),
            money(v),
        ]
    };
    rows.push(sum_row(L_SUBTOTAL.get(lang).into(), t.subtotal));
    if pr.agency_fee_pct != 0 {
        rows.push(sum_row(
            format!(
                "{} ({})",
                L_FEE.get(lang),
                format_pct(pr.agency_fee_pct, lang)
            ),
            t.agency_fee,
        ));
        rows.push(sum_row(L_BEFORE_VAT.get(lang).into(), t.before_vat));
    }
    rows.push(sum_row(
        format!("{} ({})", L_VAT.get(lang), format_pct(pr.vat_pct, lang)),
        t.vat,
    ));
    rows.push(sum_row(L_TOTAL.get(lang).into(), t.total));
    doc.table(
        vec![
            L_NO.get(lang).into(),
            L_ITEM.get(lang).into(),
            L_GROUP.get(lang).into(),
            L_QTY.get(lang).into(),
            format!("{} ({cur})", L_UNIT.get(lang)),
            format!("{} ({cur})", L_AMOUNT.get(lang)),
        ],
        rows,
        vec![true, false, false, true, true, true],
    );
    doc.field(L_TOTAL.get(lang), format_amount(t.total, cur));
}

fn coverage_table(doc: &mut Doc, record: &ProposalRecord, lang: Lang) {
    let b = &record.brief;
    let cov = &record.proposal.coverage;
    let items = b
        .objectives
        .iter()
        .map(|o| (ItemKind::Objective, &o.id, o.text.clone()))
        .chain(
            b.mandatories
                .iter()
                .map(|m| (ItemKind::Mandatory, &m.id, m.text.clone())),
        )
        .chain(
            b.kpis
                .iter()
                .map(|k| (ItemKind::Kpi, &k.id, k.metric.clone())),
        )
        .filter(|(_, _, t)| !t.trim().is_empty());
    let rows: Vec<Vec<String>> = items
        .map(|(kind, id, text)| {
            let kind_label = match kind {
                ItemKind::Objective => L_OBJECTIVE,
                ItemKind::Mandatory => L_MANDATORY,
                ItemKind::Kpi => L_KPI,
            };
            let mut sections = cov.sections_of(kind, id);
            sections.sort();
            let answered = if sections.is_empty() {
                L_NOT_COVERED.get(lang).to_string()
            } else {
                sections
                    .iter()
                    .map(|s| s.label().get(lang))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            vec![format!("{}: {text}", kind_label.get(lang)), answered]
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    doc.heading(2, L_COVERAGE.get(lang));
    doc.table(
        vec![
            L_BRIEF_ITEM.get(lang).into(),
            L_ANSWERED_IN.get(lang).into(),
        ],
        rows,
        vec![false, false],
    );
}
