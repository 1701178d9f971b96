//! The budget result as spreadsheets: `.xlsx` with live formulas (change a
//! spend in Excel and the totals follow) and a flat CSV.
//!
//! Pure Rust, tested natively; the page loads it in a lazy chunk. The
//! workbook itself is written by [`super::workbook`].
pub use super::workbook::XlsxError;
use super::workbook::{Cached, Fmt, Sheet, Workbook};

use crate::model::budget::scenario::unit_words;
use crate::model::budget::{Plan, Priority, Response, Solution, Unit};
use crate::model::text::{tx, Lang, Text};

const L_ITEMS: Text = tx("Items", "Hạng mục");
const L_CHANNELS: Text = tx("Channels", "Kênh");
const L_SUMMARY: Text = tx("Summary", "Tổng quan");
const L_ID: Text = tx("ID", "Mã");
const L_NAME: Text = tx("Name", "Tên");
const L_PRIORITY: Text = tx("Priority", "Mức ưu tiên");
const L_COST: Text = tx("Cost", "Chi phí");
const L_VALUE: Text = tx("Value (points)", "Giá trị (điểm)");
const L_INCLUDED: Text = tx("Included (1 = yes)", "Được chọn (1 = có)");
const L_COUNTED_COST: Text = tx("Cost counted", "Chi phí tính vào");
const L_COUNTED_VALUE: Text = tx("Value counted", "Giá trị tính vào");
const L_MIN: Text = tx("Minimum", "Tối thiểu");
const L_MAX: Text = tx("Maximum", "Tối đa");
const L_SPEND: Text = tx("Spend", "Ngân sách chi");
const L_SAT: Text = tx("Saturation value (points)", "Giá trị bão hòa (điểm)");
const L_HALF: Text = tx("Half-saturation spend", "Mức chi đạt nửa bão hòa");
const L_SHAPE: Text = tx("Shape", "Hệ số hình dạng");
const L_RESPONSE: Text = tx("Response (points)", "Hiệu quả (điểm)");
const L_WITHIN: Text = tx("Within limits", "Trong giới hạn");
const L_PLAN: Text = tx("Plan", "Kế hoạch");
const L_CURRENCY: Text = tx("Currency", "Đơn vị tiền");
const L_TOTAL: Text = tx(
    "Total budget (client pays)",
    "Tổng ngân sách (khách hàng trả)",
);
const L_MARGIN_PCT: Text = tx("Agency margin %", "Biên lợi nhuận agency %");
const L_CEILING: Text = tx("Spendable ceiling", "Trần được chi");
const L_ITEMS_COST: Text = tx("Items cost", "Chi phí hạng mục");
const L_MEDIA: Text = tx("Media spend", "Chi phí truyền thông");
const L_SPENT: Text = tx("Spent", "Đã chi");
const L_AGENCY: Text = tx("Agency margin", "Phần agency giữ lại");
const L_WITHIN_CEILING: Text = tx("Within ceiling", "Không vượt trần");
const L_OBJECTIVE: Text = tx("Objective (points)", "Tổng giá trị (điểm)");
const L_FEASIBLE: Text = tx("Feasible", "Khả thi");
const L_SHORTFALL: Text = tx("Shortfall", "Còn thiếu");
const L_KIND: Text = tx("Kind", "Loại");
const L_ITEM: Text = tx("item", "hạng mục");
const L_CHANNEL: Text = tx("channel", "kênh");
const L_YES: Text = tx("yes", "có");
const L_NO: Text = tx("no", "không");

fn priority_label(p: Priority, lang: Lang) -> &'static str {
    match p {
        Priority::Must => tx("must", "bắt buộc"),
        Priority::Should => tx("should", "nên có"),
        Priority::Could => tx("could", "có thể có"),
    }
    .get(lang)
}

/// `'Sheet name'!A1`-style reference prefix.
fn sheet_ref(name: &str) -> String {
    format!("'{}'!", name.replace('\'', "''"))
}

fn bool_text(b: bool, lang: Lang) -> &'static str {
    if b {
        L_YES.get(lang)
    } else {
        L_NO.get(lang)
    }
}

/// A label in the plan's unit: "Response (points)" becomes
/// "Response (leads)" in a leads plan. Labels without a unit are kept.
fn in_unit(label: Text, unit: Unit, lang: Lang) -> String {
    let points = unit_words(Unit::Points).get(lang);
    label.get(lang).replace(
        &format!("({points})"),
        &format!("({})", unit_words(unit).get(lang)),
    )
}

fn header(ws: &mut Sheet, labels: &[Text], unit: Unit, lang: Lang) {
    for (c, l) in labels.iter().enumerate() {
        ws.string(0, c as u16, &in_unit(*l, unit, lang), Fmt::Bold);
        ws.width(c as u16, 16.0);
    }
    ws.freeze_first_row();
}

/// The workbook: Summary, Items and Channels sheets, every total a formula
/// over the sheets (with the solver's numbers cached as the formulas'
/// results, for viewers that do not recalculate).
pub fn xlsx(plan: &Plan, sol: &Solution, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let items_name = L_ITEMS.get(lang);
    let channels_name = L_CHANNELS.get(lang);
    let n_items = plan.items.len() as u32;
    let n_channels = plan.channels.len() as u32;

    // Summary first, so it opens on the totals; its formulas refer to the
    // other sheets, written below.
    let items_ref = sheet_ref(items_name);
    let channels_ref = sheet_ref(channels_name);
    let sum = |sheet: &str, col: char, n: u32| {
        if n == 0 {
            "0".to_string()
        } else {
            format!("SUM({sheet}{col}2:{col}{})", n + 1)
        }
    };
    let items_cost: i64 = plan
        .items
        .iter()
        .zip(&sol.selected)
        .filter(|(_, s)| **s)
        .map(|(i, _)| i.cost)
        .sum();
    let media: i64 = sol.spends.iter().sum();
    {
        let ws = wb.add_sheet(L_SUMMARY.get(lang))?;
        ws.width(0, 34.0);
        ws.width(1, 20.0);
        ws.string(0, 0, L_PLAN.get(lang), Fmt::Bold);
        ws.string(0, 1, &plan.name, Fmt::General);
        ws.string(1, 0, L_CURRENCY.get(lang), Fmt::Bold);
        ws.string(1, 1, &plan.currency, Fmt::General);
        let rows: [(Text, Cell); 11] = [
            (L_TOTAL, Cell::Money(plan.total_budget as f64)),
            (L_MARGIN_PCT, Cell::Plain(plan.agency_margin_pct)),
            (
                L_CEILING,
                Cell::Formula("ROUNDDOWN(B3*(100-B4)/100,0)".into(), sol.ceiling as f64),
            ),
            (
                L_ITEMS_COST,
                Cell::Formula(sum(&items_ref, 'G', n_items), items_cost as f64),
            ),
            (
                L_MEDIA,
                Cell::Formula(sum(&channels_ref, 'E', n_channels), media as f64),
            ),
            (L_SPENT, Cell::Formula("B6+B7".into(), sol.spent as f64)),
            (
                L_AGENCY,
                Cell::Formula("B3-B8".into(), (plan.total_budget - sol.spent) as f64),
            ),
            (
                L_WITHIN_CEILING,
                Cell::Bool("B8<=B5".into(), sol.spent <= sol.ceiling),
            ),
            (
                L_OBJECTIVE,
                Cell::Points(
                    format!(
                        "{}+{}",
                        sum(&items_ref, 'H', n_items),
                        sum(&channels_ref, 'I', n_channels)
                    ),
                    sol.objective,
                ),
            ),
            (L_FEASIBLE, Cell::Text(bool_text(sol.feasible, lang))),
            (L_SHORTFALL, Cell::Money(sol.shortfall as f64)),
        ];
        for (k, (label, cell)) in rows.into_iter().enumerate() {
            let r = k as u32 + 2;
            ws.string(r, 0, &in_unit(label, plan.unit, lang), Fmt::Bold);
            match cell {
                Cell::Money(v) => ws.number(r, 1, v, Fmt::Money),
                Cell::Plain(v) => ws.number(r, 1, v, Fmt::General),
                Cell::Formula(f, v) => ws.formula(r, 1, &f, Cached::Num(v.to_string()), Fmt::Money),
                Cell::Points(f, v) => {
                    ws.formula(r, 1, &f, Cached::Num(format!("{v:.4}")), Fmt::Points)
                }
                Cell::Bool(f, v) => ws.formula(r, 1, &f, Cached::Bool(v), Fmt::General),
                Cell::Text(t) => ws.string(r, 1, t, Fmt::General),
            }
        }
    }

    {
        let ws = wb.add_sheet(items_name)?;
        header(
            ws,
            &[
                L_ID,
                L_NAME,
                L_PRIORITY,
                L_COST,
                L_VALUE,
                L_INCLUDED,
                L_COUNTED_COST,
                L_COUNTED_VALUE,
            ],
            Unit::Points,
            lang,
        );
        ws.width(1, 32.0);
        for (k, (item, &sel)) in plan.items.iter().zip(&sol.selected).enumerate() {
            let r = k as u32 + 1;
            let x = r + 1; // the row as Excel numbers it
            ws.string(r, 0, &item.id, Fmt::General);
            ws.string(r, 1, &item.name, Fmt::General);
            ws.string(r, 2, item.priority.as_str(), Fmt::General);
            ws.number(r, 3, item.cost as f64, Fmt::Money);
            ws.number(r, 4, item.value, Fmt::General);
            ws.number(r, 5, if sel { 1.0 } else { 0.0 }, Fmt::General);
            let counted = if sel { item.cost } else { 0 };
            ws.formula(
                r,
                6,
                &format!("F{x}*D{x}"),
                Cached::Num(counted.to_string()),
                Fmt::Money,
            );
            let value = if sel && item.priority != Priority::Must {
                item.value
            } else {
                0.0
            };
            ws.formula(
                r,
                7,
                &format!("IF(C{x}=\"must\",0,F{x}*E{x})"),
                Cached::Num(value.to_string()),
                Fmt::Points,
            );
        }
    }

    {
        let ws = wb.add_sheet(channels_name)?;
        header(
            ws,
            &[
                L_ID, L_NAME, L_MIN, L_MAX, L_SPEND, L_SAT, L_HALF, L_SHAPE, L_RESPONSE, L_WITHIN,
            ],
            plan.unit,
            lang,
        );
        ws.width(1, 28.0);
        for (k, (c, &spend)) in plan.channels.iter().zip(&sol.spends).enumerate() {
            let r = k as u32 + 1;
            let x = r + 1;
            let Response::Hill {
                max,
                half_saturation,
                shape,
            } = c.response;
            ws.string(r, 0, &c.id, Fmt::General);
            ws.string(r, 1, &c.name, Fmt::General);
            ws.number(r, 2, c.min as f64, Fmt::Money);
            ws.number(r, 3, c.max as f64, Fmt::Money);
            ws.number(r, 4, spend as f64, Fmt::Money);
            ws.number(r, 5, max, Fmt::General);
            ws.number(r, 6, half_saturation, Fmt::Money);
            ws.number(r, 7, shape, Fmt::General);
            ws.formula(
                r,
                8,
                &format!("IF(E{x}<=0,0,F{x}/(1+(G{x}/E{x})^H{x}))"),
                Cached::Num(format!("{:.6}", c.response.at(spend))),
                Fmt::Points,
            );
            let within = spend >= c.min && spend <= c.max;
            ws.formula(
                r,
                9,
                &format!("AND(E{x}>=C{x},E{x}<=D{x})"),
                Cached::Bool(within),
                Fmt::General,
            );
        }
    }
    wb.save()
}

enum Cell {
    Money(f64),
    Plain(f64),
    Formula(String, f64),
    Points(String, f64),
    Bool(String, bool),
    Text(&'static str),
}

/// One CSV field: quoted when needed, and a leading `=`, `+`, `-`, `@`, tab
/// or carriage return defused with an apostrophe so a spreadsheet never runs
/// a name as a formula.
pub(crate) fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The allocation as one CSV table (UTF-8 with a byte-order mark, so Excel
/// shows Vietnamese correctly): a row per item, a row per channel.
pub fn csv(plan: &Plan, sol: &Solution, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let head = [
        L_KIND, L_ID, L_NAME, L_PRIORITY, L_MIN, L_MAX, L_COST, L_SPEND, L_INCLUDED, L_VALUE,
        L_RESPONSE,
    ];
    let line = |fields: Vec<String>| {
        fields
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(",")
            + "\r\n"
    };
    out += &line(
        head.iter()
            .map(|l| {
                if *l == L_VALUE {
                    l.get(lang).to_string()
                } else {
                    in_unit(*l, plan.unit, lang)
                }
            })
            .collect(),
    );
    for (item, &sel) in plan.items.iter().zip(&sol.selected) {
        out += &line(vec![
            L_ITEM.get(lang).into(),
            item.id.clone(),
            item.name.clone(),
            priority_label(item.priority, lang).into(),
            String::new(),
            String::new(),
            item.cost.to_string(),
            String::new(),
            bool_text(sel, lang).into(),
            item.value.to_string(),
            String::new(),
        ]);
    }
    for (c, &spend) in plan.channels.iter().zip(&sol.spends) {
        out += &line(vec![
            L_CHANNEL.get(lang).into(),
            c.id.clone(),
            c.name.clone(),
            String::new(),
            c.min.to_string(),
            c.max.to_string(),
            String::new(),
            spend.to_string(),
            bool_text(spend > 0, lang).into(),
            String::new(),
            format!("{:.4}", c.response.at(spend)),
        ]);
    }
    out
}
