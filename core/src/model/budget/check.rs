//! The plan editor's check: the same rules as a plan file (see
//! [`read_plan`](super::read_plan)), applied to a [`Plan`] in memory and
//! reported as typed [`Issue`]s, so the page can word each one at its field.
//!
//! A plan that passes this check always survives `to_json` → `read_plan`
//! unchanged (a test below keeps the two in step).
use std::collections::HashSet;

use super::plan::{Plan, Response, MAX_AMOUNT};
use super::read::NAME_MAX;
use crate::check::{Cause, Issue};
use crate::model::ids::is_valid_id;

/// A field of a budget plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanField {
    Name,
    Currency,
    TotalBudget,
    Margin,
    /// Deliverable `index` (from 0).
    Item {
        index: usize,
        part: ItemPart,
    },
    /// Media channel `index` (from 0).
    Channel {
        index: usize,
        part: ChannelPart,
    },
}

/// A field of a deliverable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemPart {
    Id,
    Name,
    Cost,
    Value,
}

/// A field of a media channel and its response curve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChannelPart {
    Id,
    Name,
    Min,
    Max,
    CurveMax,
    HalfSaturation,
    Shape,
}

/// Every problem of `plan`, in the order of the form (empty: the plan may be
/// kept and exported).
pub fn check_plan(plan: &Plan) -> Vec<Issue<PlanField>> {
    let mut out = Vec::new();
    name(&mut out, PlanField::Name, &plan.name);
    let c = &plan.currency;
    if c.len() != 3 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
        out.push(Issue::error(PlanField::Currency, Cause::BadCurrency));
    }
    if plan.total_budget > MAX_AMOUNT {
        out.push(Issue::error(
            PlanField::TotalBudget,
            Cause::TooLarge { max: MAX_AMOUNT },
        ));
    } else if plan.total_budget <= 0 {
        out.push(Issue::error(PlanField::TotalBudget, Cause::NotPositive));
    }
    let m = plan.agency_margin_pct;
    if !m.is_finite() {
        out.push(Issue::error(PlanField::Margin, Cause::NotFinite));
    } else if !(0.0..100.0).contains(&m) {
        out.push(Issue::error(PlanField::Margin, Cause::PercentOutOfRange));
    }

    let mut ids = HashSet::new();
    for (index, item) in plan.items.iter().enumerate() {
        let f = |part| PlanField::Item { index, part };
        id(&mut out, &mut ids, f(ItemPart::Id), &item.id);
        name(&mut out, f(ItemPart::Name), &item.name);
        amount(&mut out, f(ItemPart::Cost), item.cost);
        if !item.value.is_finite() {
            out.push(Issue::error(f(ItemPart::Value), Cause::NotFinite));
        } else if item.value < 0.0 {
            out.push(Issue::error(f(ItemPart::Value), Cause::Negative));
        }
    }
    for (index, ch) in plan.channels.iter().enumerate() {
        let f = |part| PlanField::Channel { index, part };
        id(&mut out, &mut ids, f(ChannelPart::Id), &ch.id);
        name(&mut out, f(ChannelPart::Name), &ch.name);
        let min_ok = amount(&mut out, f(ChannelPart::Min), ch.min);
        let max_ok = amount(&mut out, f(ChannelPart::Max), ch.max);
        if min_ok && max_ok && ch.min > ch.max {
            out.push(Issue::error(
                f(ChannelPart::Min),
                Cause::MinAboveMax {
                    min: ch.min,
                    max: ch.max,
                },
            ));
        }
        let Response::Hill {
            max,
            half_saturation,
            shape,
        } = ch.response;
        if !max.is_finite() {
            out.push(Issue::error(f(ChannelPart::CurveMax), Cause::NotFinite));
        } else if max < 0.0 {
            out.push(Issue::error(f(ChannelPart::CurveMax), Cause::Negative));
        }
        for (part, v) in [
            (ChannelPart::HalfSaturation, half_saturation),
            (ChannelPart::Shape, shape),
        ] {
            if !v.is_finite() {
                out.push(Issue::error(f(part), Cause::NotFinite));
            } else if v <= 0.0 {
                out.push(Issue::error(f(part), Cause::NotPositive));
            }
        }
    }
    out
}

fn name(out: &mut Vec<Issue<PlanField>>, field: PlanField, text: &str) {
    if text.trim().is_empty() {
        out.push(Issue::error(field, Cause::Missing));
    } else if text.chars().count() > NAME_MAX {
        out.push(Issue::error(field, Cause::TooLong { max: NAME_MAX }));
    }
}

fn id(out: &mut Vec<Issue<PlanField>>, seen: &mut HashSet<String>, field: PlanField, id: &str) {
    if !is_valid_id(id) {
        out.push(Issue::error(field, Cause::InvalidId));
    } else if !seen.insert(id.to_string()) {
        out.push(Issue::error(field, Cause::DuplicateId));
    }
}

/// Pushes an issue for an amount outside 0..=2^53; true when it is inside.
fn amount(out: &mut Vec<Issue<PlanField>>, field: PlanField, v: i64) -> bool {
    if v < 0 {
        out.push(Issue::error(field, Cause::Negative));
        false
    } else if v > MAX_AMOUNT {
        out.push(Issue::error(field, Cause::TooLarge { max: MAX_AMOUNT }));
        false
    } else {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::budget::presets::example_plan;
    use crate::model::budget::read_plan;
    use crate::model::text::Lang;

    fn issues(f: impl FnOnce(&mut Plan)) -> Vec<Issue<PlanField>> {
        let mut p = example_plan(Lang::En);
        f(&mut p);
        check_plan(&p)
    }

    #[test]
    fn the_example_passes_and_survives_the_file_reader() {
        for lang in [Lang::En, Lang::Vi] {
            let p = example_plan(lang);
            assert!(check_plan(&p).is_empty());
            assert_eq!(read_plan(&p.to_json()).unwrap(), p);
        }
    }

    #[test]
    fn each_field_is_named_with_its_row() {
        assert_eq!(
            issues(|p| p.items[1].cost = -1),
            [Issue::error(
                PlanField::Item {
                    index: 1,
                    part: ItemPart::Cost
                },
                Cause::Negative
            )]
        );
        assert_eq!(
            issues(|p| {
                p.channels[0].min = 9;
                p.channels[0].max = 5;
            }),
            [Issue::error(
                PlanField::Channel {
                    index: 0,
                    part: ChannelPart::Min
                },
                Cause::MinAboveMax { min: 9, max: 5 }
            )]
        );
        assert_eq!(
            issues(|p| p.agency_margin_pct = 100.0),
            [Issue::error(PlanField::Margin, Cause::PercentOutOfRange)]
        );
        assert_eq!(
            issues(|p| p.agency_margin_pct = f64::NAN),
            [Issue::error(PlanField::Margin, Cause::NotFinite)]
        );
        assert_eq!(
            issues(|p| p.total_budget = 0),
            [Issue::error(PlanField::TotalBudget, Cause::NotPositive)]
        );
        assert_eq!(
            issues(|p| p.name = " ".into()),
            [Issue::error(PlanField::Name, Cause::Missing)]
        );
    }

    #[test]
    fn ids_are_unique_across_items_and_channels() {
        let found = issues(|p| p.channels[0].id = p.items[0].id.clone());
        assert_eq!(
            found,
            [Issue::error(
                PlanField::Channel {
                    index: 0,
                    part: ChannelPart::Id
                },
                Cause::DuplicateId
            )]
        );
    }

    /// Every plan the check refuses, the file reader refuses too, and the
    /// other way round, over a spread of single-field edits.
    #[test]
    fn agrees_with_the_file_reader() {
        let edits: Vec<fn(&mut Plan)> = vec![
            |p| p.name = "x".repeat(NAME_MAX + 1),
            |p| p.name = "x".repeat(NAME_MAX),
            |p| p.currency = "vnd".into(),
            |p| p.total_budget = MAX_AMOUNT + 1,
            |p| p.total_budget = MAX_AMOUNT,
            |p| p.agency_margin_pct = -0.5,
            |p| p.agency_margin_pct = 99.9,
            |p| p.items[0].value = -1.0,
            |p| p.items[0].value = 0.0,
            |p| p.items[0].id = "a b".into(),
            |p| p.channels[0].max = MAX_AMOUNT + 1,
            |p| {
                p.channels[0].response = Response::Hill {
                    max: 1.0,
                    half_saturation: 0.0,
                    shape: 1.0,
                }
            },
            |p| {
                p.channels[0].response = Response::Hill {
                    max: 0.0,
                    half_saturation: 1.0,
                    shape: 0.5,
                }
            },
        ];
        for (i, edit) in edits.iter().enumerate() {
            let mut p = example_plan(Lang::En);
            edit(&mut p);
            let ours = check_plan(&p).is_empty();
            let file = read_plan(&p.to_json()).is_ok();
            assert_eq!(ours, file, "edit {i}");
        }
    }
}
