//! The plan model: what the client pays, the margin, deliverables and media
//! channels with their response curves. Amounts are whole currency units.
use serde::{Deserialize, Serialize};

/// The `format` tag of a plan file.
pub const PLAN_FORMAT: &str = "suitcase/budget-plan";
/// The plan format version this build reads and writes.
pub const PLAN_VERSION: u64 = 1;
pub use crate::model::money::MAX_AMOUNT;

/// How much an item matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// Always included; the plan is infeasible without it.
    Must,
    Should,
    Could,
}

impl Priority {
    /// The name used in plan files.
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Must => "must",
            Priority::Should => "should",
            Priority::Could => "could",
        }
    }
}

/// A deliverable (production, KOLs, an event…).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub id: String,
    pub name: String,
    pub cost: i64,
    pub priority: Priority,
    /// Value points when included (ignored for `must`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub value: f64,
}

fn is_zero(v: &f64) -> bool {
    *v == 0.0
}

/// How a channel's results grow with spend.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Response {
    /// `max · s^shape / (s^shape + half_saturation^shape)`: concave for
    /// `shape ≤ 1`, S-shaped for `shape > 1`.
    Hill {
        max: f64,
        half_saturation: f64,
        shape: f64,
    },
}

impl Response {
    /// The response at spend `s` (whole units, ≥ 0).
    pub fn at(&self, s: i64) -> f64 {
        match *self {
            Response::Hill {
                max,
                half_saturation,
                shape,
            } => {
                if s <= 0 {
                    return 0.0;
                }
                // Divide first so large spends do not overflow the powers.
                let r = (half_saturation / s as f64).powf(shape);
                max / (1.0 + r)
            }
        }
    }
}

impl Response {
    /// The response at a spend that need not be whole (the refinement of
    /// the solver works on real numbers before rounding).
    pub fn at_f(&self, s: f64) -> f64 {
        match *self {
            Response::Hill {
                max,
                half_saturation,
                shape,
            } => {
                if s <= 0.0 {
                    return 0.0;
                }
                max / (1.0 + (half_saturation / s).powf(shape))
            }
        }
    }

    /// The derivative of the response at spend `s > 0`.
    pub fn slope(&self, s: f64) -> f64 {
        match *self {
            Response::Hill {
                max,
                half_saturation,
                shape,
            } => {
                if s <= 0.0 {
                    return if shape < 1.0 {
                        f64::INFINITY
                    } else if shape == 1.0 {
                        max / half_saturation.max(f64::MIN_POSITIVE)
                    } else {
                        0.0
                    };
                }
                let r = (half_saturation / s).powf(shape);
                if !r.is_finite() {
                    return 0.0;
                }
                max * shape * r / (s * (1.0 + r) * (1.0 + r))
            }
        }
    }

    /// The spend at which the curve gives `share` (0 < share < 1) of its
    /// most: `h·(p/(1−p))^(1/k)`. Used to word a curve plainly: "nothing
    /// much happens below about" its 5 % point, "flattens from about" its
    /// 80 % point.
    pub fn spend_for_share(&self, share: f64) -> f64 {
        match *self {
            Response::Hill {
                half_saturation,
                shape,
                ..
            } => {
                let p = share.clamp(1e-9, 1.0 - 1e-9);
                half_saturation * (p / (1.0 - p)).powf(1.0 / shape.max(1e-9))
            }
        }
    }

    /// Whether the curve starts slowly (S-shaped: a threshold before
    /// results come) rather than growing from the first unit spent.
    pub fn starts_slowly(&self) -> bool {
        match *self {
            Response::Hill { shape, .. } => shape > 1.0,
        }
    }

    /// Where the curve turns from convex to concave: 0 for `shape ≤ 1`
    /// (concave throughout), `h·((k−1)/(k+1))^(1/k)` for S-curves.
    pub fn inflection(&self) -> f64 {
        match *self {
            Response::Hill {
                half_saturation,
                shape,
                ..
            } => {
                if shape <= 1.0 {
                    0.0
                } else {
                    half_saturation * ((shape - 1.0) / (shape + 1.0)).powf(1.0 / shape)
                }
            }
        }
    }
}

/// A media line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Channel {
    pub id: String,
    pub name: String,
    pub min: i64,
    pub max: i64,
    pub response: Response,
}

/// What a plan's channel curves count: the same unit for every channel.
/// Plans made before units existed count `points` (a plain score).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    #[default]
    Points,
    Reach,
    Clicks,
    Leads,
    Orders,
    /// Money coming back, in the plan's currency.
    Revenue,
}

impl Unit {
    /// Every unit, in the order the page offers them.
    pub const ALL: [Unit; 6] = [
        Unit::Points,
        Unit::Reach,
        Unit::Clicks,
        Unit::Leads,
        Unit::Orders,
        Unit::Revenue,
    ];

    /// The name used in plan files.
    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Points => "points",
            Unit::Reach => "reach",
            Unit::Clicks => "clicks",
            Unit::Leads => "leads",
            Unit::Orders => "orders",
            Unit::Revenue => "revenue",
        }
    }

    /// The unit named `name` in a plan file.
    pub fn parse(name: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.as_str() == name)
    }

    /// Whether this is the plain score of plans without a unit.
    pub fn is_points(&self) -> bool {
        *self == Unit::Points
    }
}

/// What a channel's spend costs per result, or for revenue what each unit
/// of money spent brings back. `None` when the spend brings nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CostPer {
    /// Money spent per unit of result (reach, clicks, …).
    Cost(f64),
    /// Revenue per unit of money spent.
    Return(f64),
}

impl Channel {
    /// Cost per result at `spend` (return per unit spent for revenue).
    pub fn cost_per(&self, unit: Unit, spend: i64) -> Option<CostPer> {
        let result = self.response.at(spend);
        if spend <= 0 || result.is_nan() || result <= 0.0 {
            return None;
        }
        Some(match unit {
            Unit::Revenue => CostPer::Return(result / spend as f64),
            _ => CostPer::Cost(spend as f64 / result),
        })
    }
}

/// A budget plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub name: String,
    pub currency: String,
    pub total_budget: i64,
    pub agency_margin_pct: f64,
    /// What the channel curves count (`points` when absent from a file).
    #[serde(default, skip_serializing_if = "Unit::is_points")]
    pub unit: Unit,
    pub items: Vec<Item>,
    pub channels: Vec<Channel>,
}

impl Plan {
    /// The name of the deliverable or channel `id` (the id itself when the
    /// plan has neither), for sentences about a result.
    pub fn name_of(&self, id: &str) -> String {
        self.items
            .iter()
            .find(|i| i.id == id)
            .map(|i| i.name.clone())
            .or_else(|| {
                self.channels
                    .iter()
                    .find(|c| c.id == id)
                    .map(|c| c.name.clone())
            })
            .unwrap_or_else(|| id.to_string())
    }

    /// What may be spent on items and media:
    /// `floor(total_budget × (100 − margin) / 100)`.
    pub fn ceiling(&self) -> i64 {
        // Exact for margins with up to 6 decimals: work in millionths.
        let keep_millionths = ((100.0 - self.agency_margin_pct) * 1e6).round() as i128;
        ((self.total_budget as i128 * keep_millionths) / 100_000_000) as i64
    }

    /// What the channels bring at these spends (in the plan's unit), the
    /// deliverables' importance left out.
    pub fn media_result(&self, spends: &[i64]) -> f64 {
        self.channels
            .iter()
            .zip(spends)
            .map(|(c, &s)| c.response.at(s))
            .sum()
    }

    /// Scales every channel's minimum and maximum by `to / from` (rounded
    /// to whole units, capped at [`MAX_AMOUNT`]), so the limits keep their
    /// share of a changed total budget. Nothing changes when `from` is 0.
    pub fn scale_limits(&mut self, from: i64, to: i64) {
        if from <= 0 || from == to {
            return;
        }
        let scale = |v: i64| -> i64 {
            let scaled = (i128::from(v) * i128::from(to) + i128::from(from) / 2) / i128::from(from);
            scaled.clamp(0, i128::from(MAX_AMOUNT)) as i64
        };
        for c in &mut self.channels {
            c.min = scale(c.min);
            c.max = scale(c.max).max(c.min);
        }
    }

    /// The plan as a file (`suitcase/budget-plan` v1).
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct File<'a> {
            format: &'static str,
            version: u64,
            #[serde(flatten)]
            plan: &'a Plan,
        }
        serde_json::to_string_pretty(&File {
            format: PLAN_FORMAT,
            version: PLAN_VERSION,
            plan: self,
        })
        .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(total: i64, margin: f64) -> Plan {
        Plan {
            name: "t".into(),
            currency: "VND".into(),
            total_budget: total,
            agency_margin_pct: margin,
            unit: Default::default(),
            items: vec![],
            channels: vec![],
        }
    }

    #[test]
    fn ceiling_is_floored_and_exact() {
        assert_eq!(plan(800_000_000, 15.0).ceiling(), 680_000_000);
        assert_eq!(plan(999, 15.0).ceiling(), 849); // 849.15 floored
        assert_eq!(plan(100, 0.0).ceiling(), 100);
        assert_eq!(plan(MAX_AMOUNT, 12.5).ceiling(), (MAX_AMOUNT / 8) * 7);
    }

    #[test]
    fn limits_scale_with_the_total_for_every_channel() {
        let mut p = plan(500_000_000, 15.0);
        let ch = |id: &str, min, max| Channel {
            id: id.into(),
            name: id.into(),
            min,
            max,
            response: Response::Hill {
                max: 10.0,
                half_saturation: 1e8,
                shape: 1.0,
            },
        };
        p.channels = vec![
            ch("meta", 0, 250_000_000),
            ch("tv", 100_000_000, 100_000_000),
        ];
        p.scale_limits(500_000_000, 3_500_000_000);
        assert_eq!((p.channels[0].min, p.channels[0].max), (0, 1_750_000_000));
        assert_eq!(
            (p.channels[1].min, p.channels[1].max),
            (700_000_000, 700_000_000)
        );
        p.scale_limits(3, 2);
        assert_eq!(p.channels[0].max, 1_166_666_667); // 1,166,666,666.67 rounded
        p.scale_limits(0, 5);
        assert_eq!(p.channels[0].max, 1_166_666_667);
        p.scale_limits(1, MAX_AMOUNT);
        assert_eq!(p.channels[0].max, MAX_AMOUNT);
    }

    #[test]
    fn plain_points_of_a_curve() {
        let r = Response::Hill {
            max: 100.0,
            half_saturation: 80_000_000.0,
            shape: 2.0,
        };
        let low = r.spend_for_share(0.05);
        assert!((r.at_f(low) - 5.0).abs() < 1e-9);
        assert!((r.spend_for_share(0.5) - 80_000_000.0).abs() < 1e-6);
        assert!(r.starts_slowly());
    }

    #[test]
    fn hill_curve_shapes() {
        let r = Response::Hill {
            max: 120.0,
            half_saturation: 80_000_000.0,
            shape: 1.8,
        };
        assert_eq!(r.at(0), 0.0);
        assert!((r.at(80_000_000) - 60.0).abs() < 1e-9);
        assert!(r.at(4_000_000_000) < 120.0 && r.at(4_000_000_000) > 119.0);
        // S-shaped: the first slice is worth less per unit than a later one.
        assert!(r.at(10_000_000) / 10.0 < (r.at(60_000_000) - r.at(50_000_000)) / 10.0);
    }
}
