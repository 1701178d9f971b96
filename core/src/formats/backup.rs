//! The backup file: one JSON document with every record, and its strict reader.
//!
//! Pure Rust, tested natively. `backup.rs` does the IndexedDB side.
use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::record::{timestamp, Record, RecordKind, Row, StoreName};
use crate::check::Issue;
use crate::model::budget::{check_plan, Plan, PlanField};
use crate::model::career::CareerProgress;
use crate::model::kpi::{KpiEntry, KpiError};
use crate::model::proposal::{ProposalRecord, MAX_PROPOSAL_BYTES};
use crate::model::reports::{
    CompetitorField, CompetitorReview, ContactField, ContactReport, WipField, WipJob,
};
use crate::model::{client::Client, ids::is_valid_id, profile::Profile};

/// The `format` tag of a backup file.
pub const FORMAT: &str = "suitcase/backup";
/// The newest backup version this build writes and reads.
pub const VERSION: u32 = 1;
/// The largest backup file accepted, in bytes.
pub const MAX_BYTES: u64 = 20_000_000;
/// Keys refused anywhere in an imported file.
const HOSTILE_KEYS: [&str; 3] = ["__proto__", "constructor", "prototype"];

/// A backup file as written.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupFile {
    pub format: String,
    pub version: u32,
    pub exported_at: DateTime<Utc>,
    pub app_version: String,
    /// Store name to its records.
    pub stores: BTreeMap<String, Vec<Entry>>,
}

/// One record in a backup: its kind and the record itself.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub kind: String,
    pub record: Value,
}

/// Why a file cannot be imported. Each is shown to the user in their language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("file is {size} bytes, over the {limit} byte limit")]
    TooLarge { size: u64, limit: u64 },
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("nested too deeply")]
    TooDeep,
    #[error("not a Suitcase backup (format {0:?})")]
    WrongFormat(String),
    #[error("made by a newer version ({0})")]
    NewerVersion(u64),
    #[error("bad field at {path}: {detail}")]
    BadField { path: String, detail: String },
    /// A record its own check refuses (the app words the problem).
    #[error("bad record at {path}: {problem:?}")]
    BadRecord {
        path: String,
        problem: RecordProblem,
    },
}

/// What a record's own check found wrong, typed so the app can word it in
/// the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    Contact(Issue<ContactField>),
    Wip(Issue<WipField>),
    Competitor(Issue<CompetitorField>),
    Plan(Issue<PlanField>),
    Kpi(KpiError),
}

/// Why one record cannot be imported: a decoding detail, or its check.
enum RowError {
    Detail(String),
    Record(RecordProblem),
}

impl From<String> for RowError {
    fn from(s: String) -> Self {
        RowError::Detail(s)
    }
}

impl From<&str> for RowError {
    fn from(s: &str) -> Self {
        RowError::Detail(s.to_string())
    }
}

fn bad(path: impl Into<String>, detail: impl Into<String>) -> ImportError {
    ImportError::BadField {
        path: path.into(),
        detail: detail.into(),
    }
}

/// Builds the backup document from every store's rows.
pub fn build(
    rows: &[(StoreName, Vec<Row>)],
    now: DateTime<Utc>,
    app_version: &str,
) -> Result<String, serde_json::Error> {
    let mut stores = BTreeMap::new();
    for (store, rows) in rows {
        let values = rows
            .iter()
            .map(|r| {
                Ok(Entry {
                    kind: r.kind.clone(),
                    record: serde_json::from_str::<Value>(&r.body)?,
                })
            })
            .collect::<Result<Vec<_>, serde_json::Error>>()?;
        stores.insert(store.as_str().to_string(), values);
    }
    let file = BackupFile {
        format: FORMAT.into(),
        version: VERSION,
        exported_at: now,
        app_version: app_version.into(),
        stores,
    };
    serde_json::to_string_pretty(&file)
}

/// Reads and checks a whole backup file. Returns the rows to write, per store,
/// or the first thing that is wrong. Nothing is written by this function.
pub fn parse(text: &str) -> Result<Vec<(StoreName, Vec<Row>)>, ImportError> {
    let size = text.len() as u64;
    if size > MAX_BYTES {
        return Err(ImportError::TooLarge {
            size,
            limit: MAX_BYTES,
        });
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        if e.to_string().contains("recursion limit") {
            ImportError::TooDeep
        } else {
            ImportError::NotJson(e.to_string())
        }
    })?;
    let Value::Object(top) = value else {
        return Err(ImportError::WrongFormat(kind_of(&value).into()));
    };
    match top.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(Value::String(f)) => return Err(ImportError::WrongFormat(f.clone())),
        Some(other) => return Err(ImportError::WrongFormat(kind_of(other).into())),
        None => return Err(ImportError::WrongFormat("none".into())),
    }
    match top.get("version") {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v > u64::from(VERSION) => return Err(ImportError::NewerVersion(v)),
            Some(v) if v >= 1 => {}
            _ => return Err(bad("version", "must be a whole number from 1")),
        },
        _ => return Err(bad("version", "missing or not a number")),
    }
    check_keys(&Value::Object(top.clone()), "", 0)?;
    let file: BackupFile = serde_json::from_value(Value::Object(top))
        .map_err(|e| bad("(top level)", e.to_string()))?;

    let mut out = Vec::new();
    for (name, records) in file.stores {
        let store = StoreName::parse(&name)
            .ok_or_else(|| bad(format!("stores.{name}"), "unknown store"))?;
        let mut seen = HashSet::new();
        let mut rows = Vec::with_capacity(records.len());
        for (i, entry) in records.into_iter().enumerate() {
            let path = format!("stores.{name}[{i}]");
            let row = row_for(store, &entry.kind, entry.record).map_err(|e| match e {
                RowError::Detail(d) => bad(path.clone(), d),
                RowError::Record(problem) => ImportError::BadRecord {
                    path: path.clone(),
                    problem,
                },
            })?;
            if !seen.insert(row.id.clone()) {
                return Err(bad(path, format!("duplicate id {:?}", row.id)));
            }
            rows.push(row);
        }
        out.push((store, rows));
    }
    Ok(out)
}

/// What to do with an imported record whose id may already exist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Merge {
    /// No record with this id: add it.
    Add,
    /// The file's record is newer: replace ours.
    Replace,
    /// Ours is as new or newer: keep it, skip the file's.
    Keep,
}

/// The rule for records that already exist: the one changed most recently
/// wins (by `updated_at`, then by revision); on a tie ours is kept.
pub fn merge(existing: Option<&Row>, incoming: &Row) -> Merge {
    match existing {
        None => Merge::Add,
        Some(e) => {
            // RFC 3339 UTC timestamps with fixed precision sort as text.
            if (incoming.updated_at.as_str(), incoming.rev) > (e.updated_at.as_str(), e.rev) {
                Merge::Replace
            } else {
                Merge::Keep
            }
        }
    }
}

/// Checks one record of `store` against its kind and returns its row.
fn row_for(store: StoreName, kind: &str, value: Value) -> Result<Row, RowError> {
    if !is_valid_id(kind) {
        return Err(format!("kind {kind:?} is not a valid kind").into());
    }
    let row = match store {
        StoreName::Clients => {
            let rec: Record<Client> =
                serde_json::from_value(value).map_err(|e| RowError::Detail(e.to_string()))?;
            rec.data
                .validate()
                .map_err(|e| RowError::Detail(e.to_string()))?;
            Row::from_record(&rec).map_err(|e| RowError::Detail(e.to_string()))?
        }
        StoreName::Profile => {
            let rec: Record<Profile> =
                serde_json::from_value(value).map_err(|e| RowError::Detail(e.to_string()))?;
            rec.data
                .validate()
                .map_err(|e| RowError::Detail(e.to_string()))?;
            Row::from_record(&rec).map_err(|e| RowError::Detail(e.to_string()))?
        }
        StoreName::BudgetPlans => {
            let rec: Record<Plan> =
                serde_json::from_value(value).map_err(|e| RowError::Detail(e.to_string()))?;
            first_issue(check_plan(&rec.data), RecordProblem::Plan)?;
            Row::from_record(&rec).map_err(|e| RowError::Detail(e.to_string()))?
        }
        StoreName::Proposals => {
            let rec: Record<ProposalRecord> =
                serde_json::from_value(value).map_err(|e| RowError::Detail(e.to_string()))?;
            if rec.data.to_json_compact().len() > MAX_PROPOSAL_BYTES {
                return Err(format!("proposal is over {MAX_PROPOSAL_BYTES} bytes").into());
            }
            Row::from_record(&rec).map_err(|e| RowError::Detail(e.to_string()))?
        }
        StoreName::Reports => report_row(kind, value)?,
        StoreName::Career if kind == <CareerProgress as RecordKind>::KIND => {
            let rec: Record<CareerProgress> =
                serde_json::from_value(value).map_err(|e| RowError::Detail(e.to_string()))?;
            rec.data
                .validate()
                .map_err(|e| RowError::Detail(e.to_string()))?;
            Row::from_record(&rec).map_err(|e| RowError::Detail(e.to_string()))?
        }
        // Kinds of these stores arrive with their features; until then the
        // envelope is checked and the data must be an object.
        _ => {
            let rec: Record<Value> =
                serde_json::from_value(value).map_err(|e| RowError::Detail(e.to_string()))?;
            if !rec.data.is_object() {
                return Err("data must be an object".into());
            }
            Row {
                id: rec.id.clone(),
                kind: kind.to_string(),
                rev: rec.rev,
                updated_at: timestamp(rec.updated_at),
                client_id: rec
                    .data
                    .get("client_id")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                body: serde_json::to_string(&rec).map_err(|e| RowError::Detail(e.to_string()))?,
            }
        }
    };
    if row.kind != kind {
        return Err(format!("kind {kind:?} does not belong in this store").into());
    }
    if !is_valid_id(&row.id) {
        return Err(format!("id {:?} is not a valid record id", row.id).into());
    }
    if row.rev == 0 {
        return Err("rev must be at least 1 for a saved record".into());
    }
    Ok(row)
}

/// The first storage error of a report, as a typed problem.
fn first_issue<F: Copy>(
    issues: Vec<Issue<F>>,
    wrap: fn(Issue<F>) -> RecordProblem,
) -> Result<(), RowError> {
    match issues.first() {
        Some(i) => Err(RowError::Record(wrap(*i))),
        None => Ok(()),
    }
}

/// Decodes a record of the reports store by its kind and checks it as the
/// app does before saving; a kind the reports store does not hold is refused.
fn report_row(kind: &str, value: Value) -> Result<Row, RowError> {
    fn typed<T: crate::formats::record::RecordKind>(
        value: Value,
        check: impl Fn(&T) -> Result<(), RowError>,
    ) -> Result<Row, RowError> {
        let rec: Record<T> =
            serde_json::from_value(value).map_err(|e| RowError::Detail(e.to_string()))?;
        check(&rec.data)?;
        Row::from_record(&rec).map_err(|e| RowError::Detail(e.to_string()))
    }
    match kind {
        "contact_report" => typed::<ContactReport>(value, |r| {
            first_issue(r.storage_errors(), RecordProblem::Contact)
        }),
        "wip_job" => typed::<WipJob>(value, |j| {
            first_issue(j.storage_errors(), RecordProblem::Wip)
        }),
        "competitor_review" => typed::<CompetitorReview>(value, |r| {
            first_issue(r.storage_errors(), RecordProblem::Competitor)
        }),
        "kpi_entry" => typed::<KpiEntry>(value, |e| {
            e.validate()
                .map_err(|err| RowError::Record(RecordProblem::Kpi(err)))
        }),
        other => Err(format!("kind {other:?} does not belong in this store").into()),
    }
}

/// Refuses prototype-polluting keys anywhere in the document.
fn check_keys(v: &Value, path: &str, depth: usize) -> Result<(), ImportError> {
    if depth > 64 {
        return Err(ImportError::TooDeep);
    }
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                if HOSTILE_KEYS.contains(&k.as_str()) {
                    return Err(bad(p, "this key is not allowed"));
                }
                check_keys(child, &p, depth + 1)?;
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                check_keys(child, &format!("{path}[{i}]"), depth + 1)?;
            }
        }
        _ => {}
    }
    Ok(())
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}
