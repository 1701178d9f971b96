//! Reading a plan file strictly: every problem is reported with the path of
//! the field it is in (`items[2].cost`), so the page can show it there and
//! nothing stored changes.
use std::collections::HashSet;

use serde_json::{Map, Value};

use super::plan::{
    Channel, Item, Plan, Priority, Response, Unit, MAX_AMOUNT, PLAN_FORMAT, PLAN_VERSION,
};
use crate::model::ids::is_valid_id;

/// The largest plan file accepted, in bytes.
pub const MAX_PLAN_BYTES: usize = 2_000_000;
/// Longest name of a plan, item or channel, in characters.
pub const NAME_MAX: usize = 200;

/// What is wrong, without the path (the UI words each kind).
#[derive(Clone, Debug, PartialEq)]
pub enum PlanErrorKind {
    FileTooLarge {
        size: usize,
        limit: usize,
    },
    /// Refused by the one import rule ([`crate::formats::strict`]): not
    /// JSON, cut short, too deep, a hostile key, an unsafe number.
    File(crate::formats::strict::Problem),
    WrongFormat(String),
    NewerVersion(u64),
    Missing,
    UnknownField,
    NotAnObject,
    NotAList,
    NotText,
    NotANumber,
    NotWhole,
    /// Beyond 2^53, or beyond what a float holds.
    TooLarge,
    Negative,
    NotPositive,
    Empty,
    TooLong(usize),
    BadId,
    DuplicateId(String),
    BadCurrency,
    MarginOutOfRange,
    MinAboveMax {
        min: i64,
        max: i64,
    },
    UnknownPriority(String),
    UnknownCurve(String),
    /// The `unit` is not one of points, reach, clicks, leads, orders, revenue.
    UnknownUnit(String),
}

/// A problem in a plan file, at `path` (empty for the file as a whole).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{path}: {kind:?}")]
pub struct PlanError {
    pub path: String,
    pub kind: PlanErrorKind,
}

fn err<T>(path: &str, kind: PlanErrorKind) -> Result<T, PlanError> {
    Err(PlanError {
        path: path.to_string(),
        kind,
    })
}

/// Reads a plan file.
pub fn read_plan(text: &str) -> Result<Plan, PlanError> {
    if text.len() > MAX_PLAN_BYTES {
        return err(
            "",
            PlanErrorKind::FileTooLarge {
                size: text.len(),
                limit: MAX_PLAN_BYTES,
            },
        );
    }
    let file_error = |e: crate::formats::strict::FileError| PlanError {
        path: crate::formats::strict::path_text(&e.path),
        kind: match e.problem {
            crate::formats::strict::Problem::UnsafeNumber => PlanErrorKind::TooLarge,
            p => PlanErrorKind::File(p),
        },
    };
    let value: Value = crate::formats::strict::parse_json(text).map_err(file_error)?;
    crate::formats::strict::check_tree(&value).map_err(file_error)?;
    let top = object(&value, "")?;
    match top.get("format") {
        Some(Value::String(f)) if f == PLAN_FORMAT => {}
        Some(Value::String(f)) => return err("format", PlanErrorKind::WrongFormat(f.clone())),
        Some(_) => return err("format", PlanErrorKind::NotText),
        None => return err("format", PlanErrorKind::Missing),
    }
    let version = whole(field(top, "", "version")?, "version")?;
    if version > PLAN_VERSION as i64 {
        return err("version", PlanErrorKind::NewerVersion(version as u64));
    }
    if version < 1 {
        return err("version", PlanErrorKind::NotPositive);
    }
    only_fields(
        top,
        "",
        &[
            "format",
            "version",
            "name",
            "currency",
            "total_budget",
            "agency_margin_pct",
            "unit",
            "items",
            "channels",
        ],
    )?;

    let plan_name = name(field(top, "", "name")?, "name")?;
    let currency = text_of(field(top, "", "currency")?, "currency")?;
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return err("currency", PlanErrorKind::BadCurrency);
    }
    let total_budget = amount(field(top, "", "total_budget")?, "total_budget")?;
    if total_budget == 0 {
        return err("total_budget", PlanErrorKind::NotPositive);
    }
    let margin = number(field(top, "", "agency_margin_pct")?, "agency_margin_pct")?;
    if !(0.0..100.0).contains(&margin) {
        return err("agency_margin_pct", PlanErrorKind::MarginOutOfRange);
    }

    let unit = match top.get("unit") {
        None => Unit::Points,
        Some(v) => {
            let name = text_of(v, "unit")?;
            match Unit::parse(&name) {
                Some(u) => u,
                None => return err("unit", PlanErrorKind::UnknownUnit(name)),
            }
        }
    };

    let mut ids = HashSet::new();
    let mut unique = |id: &str, path: &str| -> Result<(), PlanError> {
        if ids.insert(id.to_string()) {
            Ok(())
        } else {
            err(path, PlanErrorKind::DuplicateId(id.to_string()))
        }
    };

    let mut items = Vec::new();
    for (i, v) in list(field(top, "", "items")?, "items")?.iter().enumerate() {
        let p = format!("items[{i}]");
        let o = object(v, &p)?;
        only_fields(o, &p, &["id", "name", "cost", "priority", "value"])?;
        let id = id_of(field(o, &p, "id")?, &format!("{p}.id"))?;
        unique(&id, &format!("{p}.id"))?;
        let priority = match text_of(field(o, &p, "priority")?, &format!("{p}.priority"))?.as_str()
        {
            "must" => Priority::Must,
            "should" => Priority::Should,
            "could" => Priority::Could,
            other => {
                return err(
                    &format!("{p}.priority"),
                    PlanErrorKind::UnknownPriority(other.into()),
                )
            }
        };
        let value = match o.get("value") {
            None | Some(Value::Null) => 0.0,
            Some(v) => non_negative(number(v, &format!("{p}.value"))?, &format!("{p}.value"))?,
        };
        items.push(Item {
            id,
            name: name(field(o, &p, "name")?, &format!("{p}.name"))?,
            cost: amount(field(o, &p, "cost")?, &format!("{p}.cost"))?,
            priority,
            value,
        });
    }

    let mut channels = Vec::new();
    for (i, v) in list(field(top, "", "channels")?, "channels")?
        .iter()
        .enumerate()
    {
        let p = format!("channels[{i}]");
        let o = object(v, &p)?;
        only_fields(o, &p, &["id", "name", "min", "max", "response"])?;
        let id = id_of(field(o, &p, "id")?, &format!("{p}.id"))?;
        unique(&id, &format!("{p}.id"))?;
        let min = amount(field(o, &p, "min")?, &format!("{p}.min"))?;
        let max = amount(field(o, &p, "max")?, &format!("{p}.max"))?;
        if min > max {
            return err(&format!("{p}.min"), PlanErrorKind::MinAboveMax { min, max });
        }
        let rp = format!("{p}.response");
        let r = object(field(o, &p, "response")?, &rp)?;
        let response = match text_of(field(r, &rp, "type")?, &format!("{rp}.type"))?.as_str() {
            "hill" => {
                only_fields(r, &rp, &["type", "max", "half_saturation", "shape"])?;
                let m = non_negative(
                    number(field(r, &rp, "max")?, &format!("{rp}.max"))?,
                    &format!("{rp}.max"),
                )?;
                let h = number(
                    field(r, &rp, "half_saturation")?,
                    &format!("{rp}.half_saturation"),
                )?;
                if h <= 0.0 {
                    return err(&format!("{rp}.half_saturation"), PlanErrorKind::NotPositive);
                }
                let s = number(field(r, &rp, "shape")?, &format!("{rp}.shape"))?;
                if s <= 0.0 {
                    return err(&format!("{rp}.shape"), PlanErrorKind::NotPositive);
                }
                Response::Hill {
                    max: m,
                    half_saturation: h,
                    shape: s,
                }
            }
            other => {
                return err(
                    &format!("{rp}.type"),
                    PlanErrorKind::UnknownCurve(other.into()),
                )
            }
        };
        channels.push(Channel {
            id,
            name: name(field(o, &p, "name")?, &format!("{p}.name"))?,
            min,
            max,
            response,
        });
    }

    Ok(Plan {
        name: plan_name,
        currency,
        total_budget,
        agency_margin_pct: margin,
        unit,
        items,
        channels,
    })
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

fn field<'a>(o: &'a Map<String, Value>, parent: &str, key: &str) -> Result<&'a Value, PlanError> {
    o.get(key).ok_or_else(|| PlanError {
        path: join(parent, key),
        kind: PlanErrorKind::Missing,
    })
}

fn only_fields(o: &Map<String, Value>, parent: &str, allowed: &[&str]) -> Result<(), PlanError> {
    match o.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => err(&join(parent, k), PlanErrorKind::UnknownField),
        None => Ok(()),
    }
}

fn object<'a>(v: &'a Value, path: &str) -> Result<&'a Map<String, Value>, PlanError> {
    v.as_object().ok_or_else(|| PlanError {
        path: path.into(),
        kind: PlanErrorKind::NotAnObject,
    })
}

fn list<'a>(v: &'a Value, path: &str) -> Result<&'a Vec<Value>, PlanError> {
    v.as_array().ok_or_else(|| PlanError {
        path: path.into(),
        kind: PlanErrorKind::NotAList,
    })
}

fn text_of(v: &Value, path: &str) -> Result<String, PlanError> {
    v.as_str().map(str::to_string).ok_or_else(|| PlanError {
        path: path.into(),
        kind: PlanErrorKind::NotText,
    })
}

fn name(v: &Value, path: &str) -> Result<String, PlanError> {
    let s = text_of(v, path)?;
    if s.trim().is_empty() {
        return err(path, PlanErrorKind::Empty);
    }
    if s.chars().count() > NAME_MAX {
        return err(path, PlanErrorKind::TooLong(NAME_MAX));
    }
    Ok(s)
}

fn id_of(v: &Value, path: &str) -> Result<String, PlanError> {
    let s = text_of(v, path)?;
    if is_valid_id(&s) {
        Ok(s)
    } else {
        err(path, PlanErrorKind::BadId)
    }
}

fn number(v: &Value, path: &str) -> Result<f64, PlanError> {
    match v {
        Value::Number(n) => match n.as_f64() {
            Some(f) if f.is_finite() => Ok(f),
            _ => err(path, PlanErrorKind::TooLarge),
        },
        _ => err(path, PlanErrorKind::NotANumber),
    }
}

fn non_negative(f: f64, path: &str) -> Result<f64, PlanError> {
    if f < 0.0 {
        err(path, PlanErrorKind::Negative)
    } else {
        Ok(f)
    }
}

/// A whole number (sign checked by the caller).
fn whole(v: &Value, path: &str) -> Result<i64, PlanError> {
    match v {
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                if i.unsigned_abs() > MAX_AMOUNT as u64 {
                    return err(path, PlanErrorKind::TooLarge);
                }
                Ok(i)
            } else if n.as_u64().is_some() {
                err(path, PlanErrorKind::TooLarge)
            } else {
                match n.as_f64() {
                    Some(f) if f.is_finite() && f.abs() > MAX_AMOUNT as f64 => {
                        err(path, PlanErrorKind::TooLarge)
                    }
                    Some(f) if f.is_finite() => err(path, PlanErrorKind::NotWhole),
                    _ => err(path, PlanErrorKind::TooLarge),
                }
            }
        }
        _ => err(path, PlanErrorKind::NotANumber),
    }
}

/// A whole, non-negative amount of money, at most 2^53.
fn amount(v: &Value, path: &str) -> Result<i64, PlanError> {
    let i = whole(v, path)?;
    if i < 0 {
        err(path, PlanErrorKind::Negative)
    } else {
        Ok(i)
    }
}
