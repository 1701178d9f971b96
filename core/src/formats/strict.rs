//! The one import rule: every file Suitcase reads (a proposal file, a plan
//! file, a backup) goes through these steps before its own checks, so the
//! three imports refuse the same things the same way:
//!
//! 1. [`parse_json`]: the text is JSON (a file that ends too early is told
//!    apart from one that is damaged at a line and column);
//! 2. [`check_tree`]: no `__proto__`, `constructor` or `prototype` key, no
//!    nesting deeper than [`MAX_DEPTH`], no number a browser cannot keep
//!    exactly (beyond 2^53);
//! 3. [`decode`]: the typed reading, whose failure is kept with the path of
//!    the field ([`FileError::path`]) and a typed [`Problem`] the app words
//!    in the user's language (never serde's own words).
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::tracked;

/// The deepest nesting accepted (Suitcase's own files stay well below it).
pub const MAX_DEPTH: usize = 64;
/// Keys refused anywhere in an imported file.
pub const HOSTILE_KEYS: [&str; 3] = ["__proto__", "constructor", "prototype"];
/// The largest number accepted anywhere: 2^53, the largest integer a
/// browser keeps exactly (the app's amount limit too).
pub const MAX_SAFE: u64 = 1 << 53;

/// One step of a path into a file: a field name or a list position (from 0).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// What the field at a path should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Text,
    /// A whole number (may be negative).
    WholeNumber,
    /// A whole number, 0 or more.
    Count,
    Number,
    TrueFalse,
    List,
    /// An object: a group of named fields.
    Group,
    /// A date or a date and time.
    Date,
    /// One of a fixed set of words.
    Choice,
    /// Something this list does not name.
    Other,
}

/// What is wrong at a path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The text ends before the JSON does (cut short while saving or copying).
    CutShort,
    /// Not JSON at this line and column (from 1).
    NotJson { line: usize, column: usize },
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// A key that is never allowed (one of [`HOSTILE_KEYS`]).
    HostileKey,
    /// A number beyond 2^53 (or beyond what a number can hold).
    UnsafeNumber,
    /// The value is of the wrong sort.
    WrongType(Expected),
    /// A required field is absent.
    Missing,
    /// A field this file type does not have.
    UnknownField,
    /// A word outside the allowed choices.
    UnknownChoice(String),
    /// A value of the right sort that cannot be used (a date that does not
    /// exist, say).
    BadValue,
}

/// A problem at a path of a file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {problem:?}", path_text(path))]
pub struct FileError {
    /// Where, from the top of the file (or of the record, in a backup).
    pub path: Vec<Step>,
    pub problem: Problem,
}

impl FileError {
    pub fn new(path: Vec<Step>, problem: Problem) -> Self {
        FileError { path, problem }
    }

    /// The error with `prefix` put before its path.
    pub fn under(mut self, prefix: &[Step]) -> Self {
        let mut p = prefix.to_vec();
        p.append(&mut self.path);
        self.path = p;
        self
    }
}

/// A path as code writes it (`ideas[2].title`), for logs and tests.
pub fn path_text(path: &[Step]) -> String {
    let mut s = String::new();
    for step in path {
        match step {
            Step::Key(k) => {
                if !s.is_empty() {
                    s.push('.');
                }
                s.push_str(k);
            }
            Step::Index(i) => s.push_str(&format!("[{i}]")),
        }
    }
    s
}

/// The steps of a path written as code writes it (`items[2].name`).
pub fn path_steps(s: &str) -> Vec<Step> {
    let mut out = Vec::new();
    for part in s.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = part.split_once('[').unwrap_or((part, ""));
        if !key.is_empty() {
            out.push(Step::Key(key.to_string()));
        }
        for idx in rest.split('[') {
            if let Ok(i) = idx.trim_end_matches(']').parse() {
                out.push(Step::Index(i));
            }
        }
    }
    out
}

/// Step 1: the text as JSON.
pub fn parse_json(text: &str) -> Result<Value, FileError> {
    serde_json::from_str(text).map_err(|e| {
        let problem = if e.is_eof() {
            Problem::CutShort
        } else if e.to_string().contains("recursion limit") {
            Problem::TooDeep
        } else {
            Problem::NotJson {
                line: e.line(),
                column: e.column(),
            }
        };
        FileError::new(Vec::new(), problem)
    })
}

/// Step 2: refuses hostile keys, deep nesting and unsafe numbers anywhere.
pub fn check_tree(v: &Value) -> Result<(), FileError> {
    let mut path = Vec::new();
    walk(v, &mut path)
}

fn walk(v: &Value, path: &mut Vec<Step>) -> Result<(), FileError> {
    if path.len() > MAX_DEPTH {
        return Err(FileError::new(Vec::new(), Problem::TooDeep));
    }
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                path.push(Step::Key(k.clone()));
                if HOSTILE_KEYS.contains(&k.as_str()) {
                    return Err(FileError::new(path.clone(), Problem::HostileKey));
                }
                walk(child, path)?;
                path.pop();
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                path.push(Step::Index(i));
                walk(child, path)?;
                path.pop();
            }
        }
        Value::Number(n) => {
            let safe = if let Some(u) = n.as_u64() {
                u <= MAX_SAFE
            } else if let Some(i) = n.as_i64() {
                i.unsigned_abs() <= MAX_SAFE
            } else {
                n.as_f64()
                    .is_some_and(|f| f.is_finite() && f.abs() <= MAX_SAFE as f64)
            };
            if !safe {
                return Err(FileError::new(path.clone(), Problem::UnsafeNumber));
            }
        }
        _ => {}
    }
    Ok(())
}

/// Step 3: the typed reading, with the failing field's path.
pub fn decode<T: DeserializeOwned>(value: Value) -> Result<T, FileError> {
    tracked::read(&value).map_err(|e| {
        let mut path = e.path();
        let (problem, field) = classify(e.message());
        if let Some(f) = field {
            if path.last() != Some(&Step::Key(f.clone())) {
                path.push(Step::Key(f));
            }
        }
        FileError::new(path, problem)
    })
}

/// Reads `text` through all three steps.
pub fn read<T: DeserializeOwned>(text: &str) -> Result<T, FileError> {
    let v = parse_json(text)?;
    check_tree(&v)?;
    decode(v)
}

/// The text between the first pair of backticks after `after`.
fn quoted<'a>(msg: &'a str, after: &str) -> Option<&'a str> {
    let rest = msg.split_once(after)?.1;
    let rest = rest.split_once('`')?.1;
    Some(rest.split_once('`')?.0)
}

/// Turns serde's message into a typed problem (and the field it names, for
/// a missing or unknown field).
fn classify(msg: &str) -> (Problem, Option<String>) {
    if let Some(f) = quoted(msg, "missing field") {
        return (Problem::Missing, Some(f.to_string()));
    }
    if let Some(f) = quoted(msg, "unknown field") {
        return (Problem::UnknownField, Some(f.to_string()));
    }
    if let Some(v) = quoted(msg, "unknown variant") {
        return (Problem::UnknownChoice(v.to_string()), None);
    }
    if msg.starts_with("invalid type") || msg.starts_with("invalid value") {
        let expected = msg
            .rsplit_once("expected ")
            .map(|(_, e)| expected_of(e))
            .unwrap_or(Expected::Other);
        if msg.starts_with("invalid value") && expected == Expected::Other {
            return (Problem::BadValue, None);
        }
        return (Problem::WrongType(expected), None);
    }
    if msg.contains("out of range") && msg.contains("integer") {
        return (Problem::UnsafeNumber, None);
    }
    (Problem::BadValue, None)
}

fn expected_of(e: &str) -> Expected {
    let e = e.trim();
    let word = |w: &str| e == w || e.starts_with(&format!("{w} ")) || e.ends_with(&format!(" {w}"));
    if ["u8", "u16", "u32", "u64", "usize"].iter().any(|w| word(w)) {
        Expected::Count
    } else if ["i8", "i16", "i32", "i64", "isize"].iter().any(|w| word(w)) {
        Expected::WholeNumber
    } else if word("f32") || word("f64") {
        Expected::Number
    } else if e.contains("string") || e.contains("char") {
        Expected::Text
    } else if e.contains("boolean") {
        Expected::TrueFalse
    } else if e.contains("sequence") || e.contains("tuple") {
        Expected::List
    } else if e.contains("struct") || e.contains("map") {
        Expected::Group
    } else if e.contains("date") || e.contains("RFC 3339") || e.contains("time") {
        Expected::Date
    } else if e.contains("variant") || e.contains("one of") {
        Expected::Choice
    } else {
        Expected::Other
    }
}
