//! The result file (`suitcase/budget-result` v1): the solver's answer in the
//! public format of docs/formats/budget-plan-v1.md.
use serde::{Deserialize, Serialize};

use super::plan::Plan;
use super::solve::Solution;

/// The `format` tag of a result file.
pub const RESULT_FORMAT: &str = "suitcase/budget-result";
/// The result format version this build writes.
pub const RESULT_VERSION: u64 = 1;

/// One item of the result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultItem {
    pub id: String,
    pub selected: bool,
    pub cost: i64,
}

/// One channel of the result.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResultChannel {
    pub id: String,
    pub spend: i64,
    pub response: f64,
}

/// A result file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BudgetResult {
    pub format: String,
    pub version: u64,
    pub plan: String,
    pub currency: String,
    pub feasible: bool,
    pub ceiling: i64,
    pub spent: i64,
    pub agency_margin: i64,
    pub objective: f64,
    pub shortfall: i64,
    pub items: Vec<ResultItem>,
    pub channels: Vec<ResultChannel>,
}

impl BudgetResult {
    /// The result of `solution` for `plan`.
    pub fn new(plan: &Plan, solution: &Solution) -> BudgetResult {
        BudgetResult {
            format: RESULT_FORMAT.into(),
            version: RESULT_VERSION,
            plan: plan.name.clone(),
            currency: plan.currency.clone(),
            feasible: solution.feasible,
            ceiling: solution.ceiling,
            spent: solution.spent,
            agency_margin: plan.total_budget - solution.spent,
            objective: solution.objective,
            shortfall: solution.shortfall,
            items: plan
                .items
                .iter()
                .zip(&solution.selected)
                .map(|(i, &selected)| ResultItem {
                    id: i.id.clone(),
                    selected,
                    cost: i.cost,
                })
                .collect(),
            channels: plan
                .channels
                .iter()
                .zip(&solution.spends)
                .map(|(c, &spend)| ResultChannel {
                    id: c.id.clone(),
                    spend,
                    response: c.response.at(spend),
                })
                .collect(),
        }
    }

    /// The result as a file.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
