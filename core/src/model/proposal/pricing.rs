//! The pricing table: line items (quantity × unit price), the agency fee and
//! VAT, totalled exactly in whole currency units.
//!
//! Percentages are hundredths (8 % = 800, 8.5 % = 850). The fee is a
//! percentage of the lines' subtotal; VAT is charged on subtotal + fee. Each
//! percentage is rounded once, half away from zero, to a whole unit (VND has
//! no minor unit), by [`percent_of`]. Every step is overflow-checked: no
//! amount may pass 2^53.
use serde::{Deserialize, Serialize};

use crate::model::brief::{is_currency, next_id, Cause, Checker, Issue, WizardField as F};
use crate::model::budget::{Plan, Solution};
use crate::model::money::{percent_of, MAX_AMOUNT};
use crate::model::text::{tx, Lang};

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
    /// The client chooses whether to take this line (it starts left out).
    pub optional: bool,
    /// A discount on this line, in hundredths of a percent of qty × price.
    pub discount_pct: i64,
}

/// One payment of the schedule: a share of the total, due at a milestone.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Installment {
    pub id: String,
    /// When it is due, in words ("On signing", "On delivery of the TVC").
    pub milestone: String,
    /// Share of the total, in hundredths of a percent (30 % = 3000).
    pub pct: i64,
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
    /// How the total is paid: shares that add up to 100 %.
    pub schedule: Vec<Installment>,
    /// How and when invoices are paid (bank transfer, days after invoice).
    pub payment_terms: String,
}

impl Default for Pricing {
    fn default() -> Self {
        Pricing {
            currency: "VND".into(),
            lines: Vec::new(),
            agency_fee_pct: 0,
            vat_pct: VAT_VN_STANDARD,
            schedule: Vec::new(),
            payment_terms: String::new(),
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
    #[error("line {index}: discount outside 0–100 %")]
    BadDiscount { index: usize },
}

/// The computed totals of a pricing table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Per line, in order: qty × unit price less the line's discount; 0 for
    /// an optional line the client left out.
    pub lines: Vec<i64>,
    /// Per line, in order: the discount taken off (0 when left out).
    pub discounts: Vec<i64>,
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
    /// The totals with every optional line left out (what the agency
    /// proposes before the client chooses).
    pub fn totals(&self) -> Result<Totals, PricingError> {
        self.totals_with(&[])
    }

    /// The totals when the client takes the optional lines in `chosen` (by
    /// id): each line is qty × unit price less its discount, then the fee on
    /// the subtotal and VAT on subtotal + fee, each rounded once.
    pub fn totals_with(&self, chosen: &[String]) -> Result<Totals, PricingError> {
        if !(0..=PCT_MAX).contains(&self.agency_fee_pct) || !(0..=PCT_MAX).contains(&self.vat_pct) {
            return Err(PricingError::PercentOutOfRange);
        }
        let mut lines = Vec::with_capacity(self.lines.len());
        let mut discounts = Vec::with_capacity(self.lines.len());
        let mut subtotal: i128 = 0;
        for (index, l) in self.lines.iter().enumerate() {
            if l.qty < 0 || l.unit_price < 0 {
                return Err(PricingError::Negative { index });
            }
            if l.qty > QTY_MAX {
                return Err(PricingError::QtyTooLarge { index });
            }
            if !(0..=PCT_MAX).contains(&l.discount_pct) {
                return Err(PricingError::BadDiscount { index });
            }
            let gross = checked_amount(i128::from(l.qty) * i128::from(l.unit_price))
                .ok_or(PricingError::LineTooLarge { index })?;
            let taken = !l.optional || chosen.contains(&l.id);
            let discount = if taken {
                percent_of(gross, l.discount_pct)
            } else {
                0
            };
            let amount = if taken { gross - discount } else { 0 };
            lines.push(amount);
            discounts.push(discount);
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
            discounts,
            subtotal,
            agency_fee,
            before_vat,
            vat,
            total,
        })
    }

    /// The ids of the optional lines that exist among `chosen`, in table
    /// order (unknown ids dropped).
    pub fn known_choices(&self, chosen: &[String]) -> Vec<String> {
        self.lines
            .iter()
            .filter(|l| l.optional && chosen.contains(&l.id))
            .map(|l| l.id.clone())
            .collect()
    }

    /// Splits `total` across the schedule so the payments add up to it
    /// exactly: each payment is the rounded running share minus the rounded
    /// share before it. None when the shares do not add up to 100 %.
    pub fn schedule_amounts(&self, total: i64) -> Option<Vec<i64>> {
        split_schedule(total, &self.schedule)
    }

    /// A default schedule: 50 % on signing, 50 % on completion.
    pub fn default_schedule(lang: Lang) -> Vec<Installment> {
        vec![
            Installment {
                id: "pay1".into(),
                milestone: tx("Deposit, on signing", "Tạm ứng khi ký hợp đồng")
                    .get(lang)
                    .into(),
                pct: 5_000,
            },
            Installment {
                id: "pay2".into(),
                milestone: tx(
                    "Balance, on completion and acceptance report",
                    "Phần còn lại khi hoàn thành và nghiệm thu",
                )
                .get(lang)
                .into(),
                pct: 5_000,
            },
        ]
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

    /// Adds a payment with a fresh id; returns the id.
    pub fn add_installment(&mut self, milestone: impl Into<String>, pct: i64) -> String {
        let id = next_id("pay", self.schedule.iter().map(|p| p.id.as_str()));
        self.schedule.push(Installment {
            id: id.clone(),
            milestone: milestone.into(),
            pct,
        });
        id
    }

    /// Field-level checks (fields like [`F::LineQty`]).
    pub fn validate(&self) -> Vec<Issue> {
        let mut c = Checker::default();
        if !is_currency(&self.currency) {
            c.push(F::Currency, Cause::BadCurrency);
        }
        c.list(F::Lines, &self.lines, true);
        c.unique_ids(F::LineId, self.lines.iter().map(|l| l.id.as_str()));
        for (i, l) in self.lines.iter().enumerate() {
            c.short(F::LineDescription(i), &l.description, true);
            c.short(F::LineGroup(i), &l.group, false);
            c.text(F::LineNote(i), &l.note, false);
            if l.qty < 0 {
                c.push(F::LineQty(i), Cause::Negative);
            } else if l.qty > QTY_MAX {
                c.push(F::LineQty(i), Cause::TooLarge { max: QTY_MAX });
            }
            c.amount(F::LineUnitPrice(i), l.unit_price);
            if !(0..=PCT_MAX).contains(&l.discount_pct) {
                c.push(F::LineDiscount(i), Cause::PercentOutOfRange);
            }
        }
        c.unique_ids(
            F::InstallmentId,
            self.schedule.iter().map(|p| p.id.as_str()),
        );
        for (i, p) in self.schedule.iter().enumerate() {
            c.short(F::Milestone(i), &p.milestone, true);
            if !(1..=PCT_MAX).contains(&p.pct) {
                c.push(F::Share(i), Cause::PercentOutOfRange);
            }
        }
        if !self.schedule.is_empty()
            && self.schedule.iter().all(|p| (1..=PCT_MAX).contains(&p.pct))
            && self.schedule.iter().map(|p| p.pct).sum::<i64>() != PCT_MAX
        {
            c.push(F::Schedule, Cause::ScheduleNotWhole);
        }
        c.text(F::PaymentTerms, &self.payment_terms, false);
        for (field, v) in [(F::AgencyFee, self.agency_fee_pct), (F::Vat, self.vat_pct)] {
            if !(0..=PCT_MAX).contains(&v) {
                c.push(field, Cause::PercentOutOfRange);
            }
        }
        if c.issues.is_empty() && self.totals().is_err() {
            c.push(F::Lines, Cause::PricingOverflow);
        }
        c.issues
    }

    /// A pricing table from a budget-balancer result: one line per chosen
    /// item and one per channel with spend; the agency fee is the plan's
    /// margin, as a percentage (rounded to a hundredth of a percent), so the
    /// fee line shows what the agency keeps. VAT is `vat_pct`. Group labels
    /// are in `lang`.
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
        let fee_pct = (plan.agency_margin_pct * 100.0).round();
        if !(0.0..=PCT_MAX as f64).contains(&fee_pct) {
            return Err(PricingError::PercentOutOfRange);
        }
        let mut p = Pricing {
            currency: plan.currency.clone(),
            lines: Vec::new(),
            agency_fee_pct: fee_pct as i64,
            vat_pct,
            ..Default::default()
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
                ..Default::default()
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
                    ..Default::default()
                });
            }
        }
        p.totals()?;
        Ok(p)
    }
}

/// Splits `total` by `schedule`'s shares so the parts sum to `total` exactly
/// (cumulative rounding, half away from zero). None when the schedule is
/// empty, a share is outside (0, 100 %], or the shares do not sum to 100 %.
pub fn split_schedule(total: i64, schedule: &[Installment]) -> Option<Vec<i64>> {
    if schedule.is_empty()
        || schedule.iter().any(|p| !(1..=PCT_MAX).contains(&p.pct))
        || schedule.iter().map(|p| p.pct).sum::<i64>() != PCT_MAX
    {
        return None;
    }
    let mut out = Vec::with_capacity(schedule.len());
    let mut running = 0i64;
    let mut paid = 0i64;
    for p in schedule {
        running += p.pct;
        let upto = percent_of(total, running);
        out.push(upto - paid);
        paid = upto;
    }
    Some(out)
}
