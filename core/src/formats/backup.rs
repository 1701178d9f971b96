//! The backup file: one JSON document with every record, and its strict reader.
//!
//! Pure Rust, tested natively. `backup.rs` does the IndexedDB side.
use std::collections::{BTreeMap, HashSet};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::record::{timestamp, Record, RecordKind, Row, StoreName};
use super::strict::{self, FileError};
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
    /// Refused by the one import rule ([`strict`]): not JSON, cut short,
    /// too deep, a hostile key or an unsafe number (with its path).
    #[error("{0}")]
    File(FileError),
    #[error("not a Suitcase backup (format {0:?})")]
    WrongFormat(String),
    #[error("made by a newer version ({0})")]
    NewerVersion(u64),
    /// Something wrong at `path` (`version`, `stores.clients[2]`).
    #[error("bad field at {path}: {what:?}")]
    BadField { path: String, what: FieldProblem },
    /// A record its own check refuses (the app words the problem).
    #[error("bad record at {path}: {problem:?}")]
    BadRecord {
        path: String,
        problem: RecordProblem,
    },
}

/// What is wrong at a backup's path, typed so the app words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    /// The version is not a whole number from 1.
    BadVersion,
    /// A store this version of Suitcase does not have.
    UnknownStore,
    /// The record's kind does not belong in its store (or is not a kind).
    WrongKind(String),
    /// The record's id is not a valid id.
    BadId,
    /// Two records of one store share this id.
    DuplicateId(String),
    /// A saved record must have a revision of 1 or more.
    RevZero,
    /// A proposal larger than a proposal may be.
    TooLarge,
    /// The record's data is not a group of fields.
    NotAGroup,
    /// A field of the record (path from the record) cannot be read.
    Field(FileError),
    /// The record's own rules refuse it (a profile's or a client's check,
    /// in code words: kept for the log, worded generally by the app).
    Rules(String),
}

/// Where a backup path points: `stores.clients[2]` is record 3 of the
/// clients store.
pub fn record_position(path: &str) -> Option<(&str, usize)> {
    let rest = path.strip_prefix("stores.")?;
    let (store, rest) = rest.split_once('[')?;
    let index = rest.strip_suffix(']')?.parse().ok()?;
    Some((store, index))
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
    Proposal(crate::model::brief::Issue),
}

/// Why one record cannot be imported: what is wrong, or its check.
enum RowError {
    Detail(FieldProblem),
    Record(RecordProblem),
}

impl From<FieldProblem> for RowError {
    fn from(p: FieldProblem) -> Self {
        RowError::Detail(p)
    }
}

impl From<FileError> for RowError {
    fn from(e: FileError) -> Self {
        RowError::Detail(FieldProblem::Field(e))
    }
}

fn bad(path: impl Into<String>, what: FieldProblem) -> ImportError {
    ImportError::BadField {
        path: path.into(),
        what,
    }
}

/// A record's rules refusing it (a message of the model, in code words).
fn rules(e: impl std::fmt::Display) -> RowError {
    RowError::Detail(FieldProblem::Rules(e.to_string()))
}

/// The row of a decoded record (serialising a decoded record cannot fail;
/// if it did, the record is refused rather than stored half-written).
fn row_of<T: RecordKind>(rec: &Record<T>) -> Result<Row, RowError> {
    Row::from_record(rec).map_err(rules)
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
    let value: Value = strict::parse_json(text).map_err(ImportError::File)?;
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
            _ => return Err(bad("version", FieldProblem::BadVersion)),
        },
        _ => return Err(bad("version", FieldProblem::BadVersion)),
    }
    let top = Value::Object(top);
    strict::check_tree(&top).map_err(ImportError::File)?;
    let file: BackupFile = strict::decode(top).map_err(ImportError::File)?;

    let mut out = Vec::new();
    for (name, records) in file.stores {
        let store = StoreName::parse(&name)
            .ok_or_else(|| bad(format!("stores.{name}"), FieldProblem::UnknownStore))?;
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
                return Err(bad(path, FieldProblem::DuplicateId(row.id)));
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
        return Err(FieldProblem::WrongKind(kind.to_string()).into());
    }
    // A record's data is a group of fields: serde would also read a struct
    // from a list of its values, and then blame the list's first item.
    if value.get("data").is_some_and(|d| !d.is_object()) {
        let at = vec![strict::Step::Key("data".into())];
        return Err(FileError::new(at, strict::Problem::WrongType(strict::Expected::Group)).into());
    }
    let row = match store {
        StoreName::Clients => {
            let rec: Record<Client> = strict::decode(value)?;
            rec.data.validate().map_err(rules)?;
            row_of(&rec)?
        }
        StoreName::Profile => {
            let rec: Record<Profile> = strict::decode(value)?;
            rec.data.validate().map_err(rules)?;
            row_of(&rec)?
        }
        StoreName::BudgetPlans => {
            let rec: Record<Plan> = strict::decode(value)?;
            first_issue(check_plan(&rec.data), RecordProblem::Plan)?;
            row_of(&rec)?
        }
        StoreName::Proposals => {
            let rec: Record<ProposalRecord> = strict::decode(value)?;
            if rec.data.to_json_compact().len() > MAX_PROPOSAL_BYTES {
                return Err(FieldProblem::TooLarge.into());
            }
            // The proposal file's own refusals (the one import rule).
            if let Some(i) = rec.data.import_problem() {
                return Err(RowError::Record(RecordProblem::Proposal(i)));
            }
            row_of(&rec)?
        }
        StoreName::Reports => report_row(kind, value)?,
        StoreName::Career if kind == <CareerProgress as RecordKind>::KIND => {
            let rec: Record<CareerProgress> = strict::decode(value)?;
            rec.data.validate().map_err(rules)?;
            row_of(&rec)?
        }
        // Kinds of these stores arrive with their features; until then the
        // envelope is checked and the data must be an object.
        _ => {
            let rec: Record<Value> = strict::decode(value)?;
            if !rec.data.is_object() {
                return Err(FieldProblem::NotAGroup.into());
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
                body: serde_json::to_string(&rec).map_err(rules)?,
            }
        }
    };
    if row.kind != kind {
        return Err(FieldProblem::WrongKind(kind.to_string()).into());
    }
    if !is_valid_id(&row.id) {
        return Err(FieldProblem::BadId.into());
    }
    if row.rev == 0 {
        return Err(FieldProblem::RevZero.into());
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
        let rec: Record<T> = strict::decode(value)?;
        check(&rec.data)?;
        row_of(&rec)
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
        other => Err(FieldProblem::WrongKind(other.to_string()).into()),
    }
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
