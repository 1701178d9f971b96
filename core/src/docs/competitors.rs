//! The communication and competitor review as a document.

use crate::docs::Doc;
use crate::model::money::format_amount;
use crate::model::reports::competitors::window;
use crate::model::reports::dates::format_date;
use crate::model::reports::{campaign_timeline, CompetitorReview};
use crate::model::text::{tx, Lang};

/// The review as a document. Campaign tables show the twelve-month window
/// (when an "as of" date is set; otherwise every dated campaign), sorted.
pub fn competitor_review_doc(review: &CompetitorReview, lang: Lang) -> Doc {
    let t = |en, vi| tx(en, vi).get(lang);
    let kind = t(
        "Communication & competitor review",
        "Communication / competitor review",
    );
    let title = if review.title.trim().is_empty() {
        kind.to_string()
    } else {
        review.title.trim().to_string()
    };
    let mut doc = Doc::new(title.clone());
    doc.heading(1, title);
    if let Some(as_of) = review.as_of {
        let (s, e) = window(as_of);
        doc.field(t("As of", "Tính đến ngày"), format_date(as_of, lang));
        doc.field(
            t("Period reviewed", "Khoảng thời gian xem xét"),
            format!("{} – {}", format_date(s, lang), format_date(e, lang)),
        );
    }
    let paras = |doc: &mut Doc, text: &str| {
        let mut any = false;
        for p in text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
            doc.para(p);
            any = true;
        }
        if !any {
            doc.para("—");
        }
    };
    doc.heading(2, t("Category", "Ngành hàng"));
    paras(&mut doc, &review.category_notes);
    doc.heading(2, t("Market", "Thị trường"));
    paras(&mut doc, &review.market_notes);

    let timeline = review.as_of.map(|d| campaign_timeline(review, d));
    let cur = if review.currency.trim().is_empty() {
        "VND"
    } else {
        review.currency.trim()
    };
    doc.heading(2, t("Brands and campaigns", "Thương hiệu và chiến dịch"));
    for (b, brand) in review.brands.iter().enumerate() {
        let name = if brand.name.trim().is_empty() {
            "—".to_string()
        } else {
            brand.name.clone()
        };
        let heading = if brand.is_client {
            format!("{name} ({})", t("client", "client"))
        } else {
            name
        };
        doc.heading(3, heading);
        let list = |v: &[String]| -> Vec<String> {
            v.iter().filter(|s| !s.trim().is_empty()).cloned().collect()
        };
        let strengths = list(&brand.strengths);
        let weaknesses = list(&brand.weaknesses);
        doc.para(format!("{}:", t("Strengths", "Điểm mạnh")));
        if strengths.is_empty() {
            doc.para("—");
        } else {
            doc.bullets(strengths);
        }
        doc.para(format!("{}:", t("Weaknesses", "Điểm yếu")));
        if weaknesses.is_empty() {
            doc.para("—");
        } else {
            doc.bullets(weaknesses);
        }
        let shown: Vec<usize> = match &timeline {
            Some(tl) => tl.lanes[b].items.iter().map(|i| i.campaign).collect(),
            None => {
                let mut v: Vec<usize> = (0..brand.campaigns.len())
                    .filter(|&i| brand.campaigns[i].date.is_some())
                    .collect();
                crate::sort::by_key(&mut v, |&i| brand.campaigns[i].date);
                v
            }
        };
        if shown.is_empty() {
            doc.para(t(
                "No campaigns in the period reviewed.",
                "Không có chiến dịch nào trong khoảng thời gian xem xét.",
            ));
        } else {
            let dash = |s: &str| {
                if s.trim().is_empty() {
                    "—".to_string()
                } else {
                    s.to_string()
                }
            };
            let rows = shown
                .iter()
                .map(|&i| {
                    let c = &brand.campaigns[i];
                    let when = match (c.date, c.end) {
                        (Some(s), Some(e)) if e > s => {
                            format!("{} – {}", format_date(s, lang), format_date(e, lang))
                        }
                        (Some(s), _) => format_date(s, lang),
                        _ => "—".into(),
                    };
                    vec![
                        when,
                        dash(&c.name),
                        dash(&c.channel),
                        dash(&c.message),
                        c.estimated_spend
                            .map(|s| format_amount(s, cur))
                            .unwrap_or_else(|| "—".into()),
                    ]
                })
                .collect();
            doc.table(
                vec![
                    t("Date", "Ngày").into(),
                    t("Campaign", "Chiến dịch").into(),
                    t("Channel", "Kênh").into(),
                    t("Message", "Thông điệp").into(),
                    t("Est. spend", "Ngân sách ước tính").into(),
                ],
                rows,
                vec![false, false, false, false, true],
            );
            let notes: Vec<String> = shown
                .iter()
                .map(|&i| &brand.campaigns[i])
                .filter(|c| !c.notes.trim().is_empty())
                .map(|c| format!("{}: {}", dash(&c.name), c.notes.trim()))
                .collect();
            if !notes.is_empty() {
                doc.para(t("Notes on these campaigns:", "Ghi chú về các chiến dịch:"));
                doc.bullets(notes);
            }
        }
        let hidden = brand.campaigns.len() - shown.len();
        if hidden > 0 {
            doc.para(match lang {
                Lang::En => format!(
                    "{hidden} more campaign(s) undated or outside the period are not listed."
                ),
                Lang::Vi => format!(
                    "{hidden} chiến dịch khác chưa có ngày hoặc nằm ngoài khoảng thời gian không được liệt kê."
                ),
            });
        }
    }
    doc.heading(2, t("Our point of view", "Góc nhìn của account"));
    paras(&mut doc, &review.point_of_view);
    doc
}
