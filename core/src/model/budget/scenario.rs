//! Scenarios side by side: variants of a plan (the client's budget, 20 %
//! more, without the TVC…) are saved as plans of their own; two to four of
//! them are solved and compared in one table: total, objective in the
//! plan's unit, deliverables in and out, spend per channel.
use super::plan::{Plan, Unit};
use super::solve::{default_step, solve};
use crate::formats::xlsx::csv_field;
use crate::model::text::{tx, Lang};

/// Fewest plans a comparison takes.
pub const MIN_SCENARIOS: usize = 2;
/// Most plans a comparison takes.
pub const MAX_SCENARIOS: usize = 4;

/// A variant of `plan` with the total budget changed by `pct` percent
/// (rounded to a whole unit, at least 1), every channel's limits scaled
/// with it.
pub fn with_budget_change(plan: &Plan, pct: f64) -> Plan {
    let mut v = plan.clone();
    let to = (plan.total_budget as f64 * (1.0 + pct / 100.0)).round();
    let to = to.clamp(1.0, crate::model::money::MAX_AMOUNT as f64) as i64;
    v.scale_limits(plan.total_budget, to);
    v.total_budget = to;
    v
}

/// A variant of `plan` without the deliverable or channel `id` (the plan
/// as it is when there is none).
pub fn without(plan: &Plan, id: &str) -> Plan {
    let mut v = plan.clone();
    v.items.retain(|i| i.id != id);
    v.channels.retain(|c| c.id != id);
    v
}

/// Why plans cannot be compared.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum CompareError {
    #[error("a comparison needs at least {MIN_SCENARIOS} plans, got {0}")]
    TooFew(usize),
    #[error("a comparison takes at most {MAX_SCENARIOS} plans, got {0}")]
    TooMany(usize),
    /// The plans are in different currencies.
    #[error("the plans use different currencies")]
    MixedCurrencies,
    /// The plans count results in different units.
    #[error("the plans count results in different units")]
    MixedUnits,
}

/// One plan's column in a comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub name: String,
    pub total_budget: i64,
    pub spent: i64,
    pub feasible: bool,
    /// What the must-haves and minimums lack when not feasible.
    pub shortfall: i64,
    /// The solver's objective (media results plus importance).
    pub objective: f64,
    /// What the channels bring, in the unit.
    pub media_result: f64,
    /// Per row of [`Comparison::items`]: `Some(true)` in, `Some(false)`
    /// out, `None` when the plan has no such deliverable.
    pub items: Vec<Option<bool>>,
    /// Per row of [`Comparison::channels`]: the spend, `None` when the
    /// plan has no such channel.
    pub spends: Vec<Option<i64>>,
}

/// Two to four plans solved side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub currency: String,
    pub unit: Unit,
    /// Every deliverable of any plan (id, name), first seen first.
    pub items: Vec<(String, String)>,
    /// Every channel of any plan (id, name), first seen first.
    pub channels: Vec<(String, String)>,
    pub columns: Vec<Column>,
}

fn union<'a>(rows: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for (id, name) in rows {
        if !out.iter().any(|(i, _)| i == id) {
            out.push((id.to_string(), name.to_string()));
        }
    }
    out
}

/// Solves each plan (on its default step) and lines them up.
pub fn compare(plans: &[Plan]) -> Result<Comparison, CompareError> {
    if plans.len() < MIN_SCENARIOS {
        return Err(CompareError::TooFew(plans.len()));
    }
    if plans.len() > MAX_SCENARIOS {
        return Err(CompareError::TooMany(plans.len()));
    }
    let first = &plans[0];
    if plans.iter().any(|p| p.currency != first.currency) {
        return Err(CompareError::MixedCurrencies);
    }
    if plans.iter().any(|p| p.unit != first.unit) {
        return Err(CompareError::MixedUnits);
    }
    let items = union(
        plans
            .iter()
            .flat_map(|p| p.items.iter().map(|i| (i.id.as_str(), i.name.as_str()))),
    );
    let channels = union(
        plans
            .iter()
            .flat_map(|p| p.channels.iter().map(|c| (c.id.as_str(), c.name.as_str()))),
    );
    let columns = plans
        .iter()
        .map(|p| {
            let sol = solve(p, default_step(p));
            Column {
                name: p.name.clone(),
                total_budget: p.total_budget,
                spent: sol.spent,
                feasible: sol.feasible,
                shortfall: sol.shortfall,
                objective: sol.objective,
                media_result: p.media_result(&sol.spends),
                items: items
                    .iter()
                    .map(|(id, _)| {
                        let k = p.items.iter().position(|i| &i.id == id)?;
                        Some(sol.feasible && sol.selected.get(k).copied().unwrap_or(false))
                    })
                    .collect(),
                spends: channels
                    .iter()
                    .map(|(id, _)| {
                        let k = p.channels.iter().position(|c| &c.id == id)?;
                        Some(sol.spends.get(k).copied().unwrap_or(0))
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(Comparison {
        currency: first.currency.clone(),
        unit: first.unit,
        items,
        channels,
        columns,
    })
}

/// The comparison as one CSV table (UTF-8 with a byte-order mark): a row
/// per measure, a column per plan. Numbers are plain (no grouping), so a
/// spreadsheet reads them as numbers.
pub fn comparison_csv(c: &Comparison, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let mut line = |cells: Vec<String>| {
        out += &cells
            .iter()
            .map(|f| csv_field(f))
            .collect::<Vec<_>>()
            .join(",");
        out += "\r\n";
    };
    let col = |f: &dyn Fn(&Column) -> String| c.columns.iter().map(f).collect::<Vec<_>>();
    let row = |label: String, cells: Vec<String>| {
        let mut v = vec![label];
        v.extend(cells);
        v
    };
    line(row(
        tx("Scenario", "Kịch bản").get(lang).into(),
        col(&|k| k.name.clone()),
    ));
    line(row(
        format!(
            "{} ({})",
            tx("Total budget", "Tổng ngân sách").get(lang),
            c.currency
        ),
        col(&|k| k.total_budget.to_string()),
    ));
    line(row(
        format!("{} ({})", tx("Spent", "Đã chi").get(lang), c.currency),
        col(&|k| k.spent.to_string()),
    ));
    line(row(
        tx("Fits", "Khả thi").get(lang).into(),
        col(&|k| yes_no(k.feasible, lang).into()),
    ));
    line(row(
        format!(
            "{} ({})",
            tx("Total value", "Tổng giá trị").get(lang),
            unit_words(c.unit).get(lang)
        ),
        col(&|k| format!("{:.2}", k.objective)),
    ));
    line(row(
        format!(
            "{} ({})",
            tx("Media results", "Kết quả truyền thông").get(lang),
            unit_words(c.unit).get(lang)
        ),
        col(&|k| format!("{:.2}", k.media_result)),
    ));
    for (r, (_, name)) in c.items.iter().enumerate() {
        line(row(
            format!("{}: {name}", tx("Deliverable", "Hạng mục").get(lang)),
            col(&|k| match k.items[r] {
                Some(inside) => yes_no(inside, lang).into(),
                None => String::new(),
            }),
        ));
    }
    for (r, (_, name)) in c.channels.iter().enumerate() {
        line(row(
            format!(
                "{}: {name} ({})",
                tx("Spend", "Mức chi").get(lang),
                c.currency
            ),
            col(&|k| k.spends[r].map(|s| s.to_string()).unwrap_or_default()),
        ));
    }
    out
}

fn yes_no(b: bool, lang: Lang) -> &'static str {
    if b {
        tx("yes", "có").get(lang)
    } else {
        tx("no", "không").get(lang)
    }
}

/// The words of a unit in a label.
pub fn unit_words(unit: Unit) -> crate::model::text::Text {
    match unit {
        Unit::Points => tx("points", "điểm"),
        Unit::Reach => tx("reach", "lượt reach"),
        Unit::Clicks => tx("clicks", "click"),
        Unit::Leads => tx("leads", "leads"),
        Unit::Orders => tx("orders", "đơn hàng"),
        Unit::Revenue => tx("revenue", "doanh thu"),
    }
}
