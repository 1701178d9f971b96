//! The budget balancer's domain: the plan (format `suitcase/budget-plan` v1,
//! see docs/formats/budget-plan-v1.md) and its strict reader. The solver
//! and explanations build on these types.
pub mod check;
pub mod explain;
pub mod fit;
pub mod local;
pub mod plan;
pub mod presets;
pub mod read;
pub mod result;
pub mod scenario;
pub mod solve;

pub use check::{check_plan, ChannelPart, ItemPart, PlanField};
pub use plan::{Channel, CostPer, Item, Plan, Priority, Response, Unit};
pub use read::{read_plan, PlanError, PlanErrorKind};
pub use solve::{default_step, frontier, solve, FrontierPoint, Solution};
