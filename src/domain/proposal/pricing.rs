//! The pricing table: line items (quantity × unit price), the agency fee and
//! VAT, totalled exactly in whole currency units.
//!
//! Percentages are hundredths (8 % = 800, 8.5 % = 850). The fee is a
//! percentage of the lines' subtotal; VAT is charged on subtotal + fee. Each
//! percentage is rounded once, half away from zero, to a whole unit (VND has
//! no minor unit), by [`percent_of`]. Every step is overflow-checked: no
//! amount may pass 2^53.
use serde::{Deserialize, Serialize};

use crate::domain::brief::{is_currency, next_id, Cause, Checker, Issue};
use crate::domain::budget::{Plan, Solution};
use crate::domain::money::{percent_of, MAX_AMOUNT};
use crate::domain::text::{tx, Lang};

/// Largest quantity on one line.
pub const QTY_MAX: i64 = 1_000_000_000;
/// 100 %, in hundredths.
pub const PCT_MAX: i64 = 10_000;
/// Vietnam's standard VAT rate, 10 %, in hundredths.
pub const VAT_VN_STANDARD: i64 = 1_000;

/// One line of the pricing table.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LineItem {
    pub id: String,
    pub description: String,
    /// A grouping shown in the table (e.g. "Production", "Media").
    pub group: String,
    pub qty: i64,
    pub unit_price: i64,
    pub note: String,
}

/// The proposal's pricing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Pricing {
    pub currency: String,
    pub lines: Vec<LineItem>,
    /// Agency fee on the subtotal, in hundredths of a percent.
    pub agency_fee_pct: i64,
    /// VAT on subtotal + fee, in hundredths of a percent.
    pub vat_pct: i64,
}

impl Default for Pricing {
    fn default() -> Self {
        Pricing {
            currency: "VND".into(),
            lines: Vec::new(),
            agency_fee_pct: 0,
            vat_pct: VAT_VN_STANDARD,
        }
    }
}

/// Why a pricing table cannot be totalled.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PricingError {
    #[error("line {index}: negative quantity or price")]
    Negative { index: usize },
    #[error("line {index}: quantity above {QTY_MAX}")]
    QtyTooLarge { index: usize },
    #[error("line {index}: amount above 2^53")]
    LineTooLarge { index: usize },
    #[error("the total is above 2^53")]
    TotalTooLarge,
    #[error("a percentage is outside 0–100 %")]
    PercentOutOfRange,
    #[error("the budget plan's result does not match the plan")]
    PlanMismatch,
}

/// The computed totals of a pricing table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Per line, in order: qty × unit price.
    pub lines: Vec<i64>,
    pub subtotal: i64,
    pub agency_fee: i64,
    /// subtotal + agency fee.
    pub before_vat: i64,
    pub vat: i64,
    pub total: i64,
}

fn checked_amount(v: i128) -> Option<i64> {
    (0..=i128::from(MAX_AMOUNT))
        .contains(&v)
        .then_some(v as i64)
}

impl Pricing {
    /// qty × unit price of each line, the subtotal, fee, VAT and total.
    pub fn totals(&self) -> Result<Totals, PricingError> {
        if !(0..=PCT_MAX).contains(&self.agency_fee_pct) || !(0..=PCT_MAX).contains(&self.vat_pct) {
            return Err(PricingError::PercentOutOfRange);
        }
        let mut lines = Vec::with_capacity(self.lines.len());
        let mut subtotal: i128 = 0;
        for (index, l) in self.lines.iter().enumerate() {
            if l.qty < 0 || l.unit_price < 0 {
                return Err(PricingError::Negative { index });
            }
            if l.qty > QTY_MAX {
                return Err(PricingError::QtyTooLarge { index });
            }
            let amount = checked_amount(i128::from(l.qty) * i128::from(l.unit_price))
                .ok_or(PricingError::LineTooLarge { index })?;
            lines.push(amount);
            subtotal += i128::from(amount);
        }
        let subtotal = checked_amount(subtotal).ok_or(PricingError::TotalTooLarge)?;
        let agency_fee = percent_of(subtotal, self.agency_fee_pct);
        let before_vat = checked_amount(i128::from(subtotal) + i128::from(agency_fee))
            .ok_or(PricingError::TotalTooLarge)?;
        let vat = percent_of(before_vat, self.vat_pct);
        let total = checked_amount(i128::from(before_vat) + i128::from(vat))
            .ok_or(PricingError::TotalTooLarge)?;
        Ok(Totals {
            lines,
            subtotal,
            agency_fee,
            before_vat,
            vat,
            total,
        })
    }

    /// Adds a line with a fresh id; returns the id.
    pub fn add_line(
        &mut self,
        description: impl Into<String>,
        qty: i64,
        unit_price: i64,
    ) -> String {
        let id = next_id("l", self.lines.iter().map(|l| l.id.as_str()));
        self.lines.push(LineItem {
            id: id.clone(),
            description: description.into(),
            qty,
            unit_price,
            ..Default::default()
        });
        id
    }

    /// Field-level checks, with paths like `lines[2].qty`.
    pub fn validate(&self) -> Vec<Issue> {
        let mut c = Checker::default();
        if !is_currency(&self.currency) {
            c.push("currency", Cause::BadCurrency);
        }
        c.list("lines", &self.lines, true);
        c.unique_ids("lines", self.lines.iter().map(|l| l.id.as_str()));
        for (i, l) in self.lines.iter().enumerate() {
            c.short(&format!("lines[{i}].description"), &l.description, true);
            c.short(&format!("lines[{i}].group"), &l.group, false);
            c.text(&format!("lines[{i}].note"), &l.note, false);
            if l.qty < 0 {
                c.push(format!("lines[{i}].qty"), Cause::Negative);
            } else if l.qty > QTY_MAX {
                c.push(format!("lines[{i}].qty"), Cause::TooLarge { max: QTY_MAX });
            }
            c.amount(&format!("lines[{i}].unit_price"), l.unit_price);
        }
        for (path, v) in [
            ("agency_fee_pct", self.agency_fee_pct),
            ("vat_pct", self.vat_pct),
        ] {
            if !(0..=PCT_MAX).contains(&v) {
                c.push(path, Cause::PercentOutOfRange);
            }
        }
        if c.issues.is_empty() && self.totals().is_err() {
            c.push("lines", Cause::PricingOverflow);
        }
        c.issues
    }

    /// A pricing table from a budget-balancer result: one line per chosen
    /// item, one per channel with spend, and the plan's agency margin
    /// (total budget − spent) as its own line, so the subtotal equals the
    /// plan's total budget. The fee percentage is 0 (the margin is already a
    /// line); VAT is `vat_pct`. Labels of the groups and the margin line are
    /// in `lang`.
    pub fn from_budget(
        plan: &Plan,
        solution: &Solution,
        vat_pct: i64,
        lang: Lang,
    ) -> Result<Pricing, PricingError> {
        if solution.selected.len() != plan.items.len()
            || solution.spends.len() != plan.channels.len()
        {
            return Err(PricingError::PlanMismatch);
        }
        let production = tx("Production & deliverables", "Sản xuất & hạng mục").get(lang);
        let media = tx("Media", "Truyền thông").get(lang);
        let fee = tx("Agency fee", "Phí agency").get(lang);
        let mut p = Pricing {
            currency: plan.currency.clone(),
            lines: Vec::new(),
            agency_fee_pct: 0,
            vat_pct,
        };
        for (item, _) in plan
            .items
            .iter()
            .zip(&solution.selected)
            .filter(|(_, &sel)| sel)
        {
            p.lines.push(LineItem {
                id: format!("item-{}", item.id),
                description: item.name.clone(),
                group: production.into(),
                qty: 1,
                unit_price: item.cost,
                note: String::new(),
            });
        }
        for (ch, &spend) in plan.channels.iter().zip(&solution.spends) {
            if spend > 0 {
                p.lines.push(LineItem {
                    id: format!("media-{}", ch.id),
                    description: ch.name.clone(),
                    group: media.into(),
                    qty: 1,
                    unit_price: spend,
                    note: String::new(),
                });
            }
        }
        let margin = plan.total_budget - solution.spent;
        if margin > 0 {
            p.lines.push(LineItem {
                id: "agency-fee".into(),
                description: fee.into(),
                group: fee.into(),
                qty: 1,
                unit_price: margin,
                note: String::new(),
            });
        }
        p.totals()?;
        Ok(p)
    }
}
