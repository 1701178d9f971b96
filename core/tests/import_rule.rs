//! One import rule for the three files Suitcase reads (a proposal file, a
//! plan file, a backup holding both): the same hostile or damaged content is
//! refused by all three, for the same reason, and nothing is half-read.
use chrono::{TimeZone, Utc};
use serde_json::Value;
use suitcase_core::formats::backup::{self, ImportError};
use suitcase_core::formats::record::{Record, Row, StoreName};
use suitcase_core::formats::strict::Problem;
use suitcase_core::model::budget::presets::example_plan;
use suitcase_core::model::budget::{read_plan, PlanErrorKind};
use suitcase_core::model::proposal::demo::demo;
use suitcase_core::model::proposal::{ProposalRecord, RecordError};
use suitcase_core::model::text::Lang;

/// A change made to a file's text, and what the rule must say of it.
struct Case {
    what: &'static str,
    /// Applied to the proposal's or the plan's JSON (in a backup, to the
    /// record's data).
    change: fn(&mut Value, Kind),
    problem: Option<Problem>,
}

#[derive(Clone, Copy)]
enum Kind {
    Proposal,
    Plan,
}

/// The first whole number of at least 1,000 in the tree (an amount).
fn amount(v: &mut Value) -> Option<&mut Value> {
    match v {
        Value::Number(n) if n.as_u64().is_some_and(|n| n >= 1_000) => Some(v),
        Value::Array(a) => a.iter_mut().find_map(amount),
        Value::Object(o) => o.values_mut().find_map(amount),
        _ => None,
    }
}

fn list_of(v: &mut Value, kind: Kind) -> &mut Vec<Value> {
    let key = match kind {
        Kind::Proposal => "ideas",
        Kind::Plan => "items",
    };
    v[key].as_array_mut().expect("a list with ids")
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            what: "a __proto__ key",
            change: |v, _| {
                v.as_object_mut()
                    .unwrap()
                    .insert("__proto__".into(), serde_json::json!({ "polluted": true }));
            },
            problem: Some(Problem::HostileKey),
        },
        Case {
            what: "a constructor key deep inside",
            change: |v, kind| {
                let first = &mut list_of(v, kind)[0];
                first
                    .as_object_mut()
                    .unwrap()
                    .insert("constructor".into(), Value::Null);
            },
            problem: Some(Problem::HostileKey),
        },
        Case {
            what: "an amount of 2^53 + 1",
            change: |v, _| {
                *amount(v).expect("an amount") = Value::from(9_007_199_254_740_993u64);
            },
            problem: Some(Problem::UnsafeNumber),
        },
        Case {
            what: "a negative amount",
            change: |v, _| {
                *amount(v).expect("an amount") = Value::from(-250_000_000i64);
            },
            problem: None,
        },
        Case {
            what: "two entries with one id",
            change: |v, kind| {
                let list = list_of(v, kind);
                let id = list[0]["id"].clone();
                list[1]["id"] = id;
            },
            problem: None,
        },
        Case {
            what: "nesting 100 levels deep",
            change: |v, _| {
                let mut deep = Value::Null;
                for _ in 0..100 {
                    deep = Value::Array(vec![deep]);
                }
                v.as_object_mut().unwrap().insert("extra".into(), deep);
            },
            problem: Some(Problem::TooDeep),
        },
    ]
}

fn proposal_value() -> Value {
    serde_json::from_str(&demo(Lang::En).to_json()).unwrap()
}

fn plan_value() -> Value {
    serde_json::from_str(&example_plan(Lang::En).to_json()).unwrap()
}

/// A backup holding the demo proposal and the example plan, each record's
/// data changed by `change` for its kind.
fn backup_text(change: impl Fn(&mut Value, Kind)) -> String {
    let t = Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
    let p = Row::from_record(&Record {
        rev: 1,
        ..Record::new("p1".into(), demo(Lang::En), t)
    })
    .unwrap();
    let b = Row::from_record(&Record {
        rev: 1,
        ..Record::new("b1".into(), example_plan(Lang::En), t)
    })
    .unwrap();
    let text = backup::build(
        &[
            (StoreName::Proposals, vec![p]),
            (StoreName::BudgetPlans, vec![b]),
        ],
        t,
        "test",
    )
    .unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    for (store, kind) in [("proposals", Kind::Proposal), ("budget_plans", Kind::Plan)] {
        let records = v
            .pointer_mut(&format!("/stores/{store}"))
            .and_then(Value::as_array_mut)
            .unwrap_or_else(|| panic!("a {store} part in {text}"));
        change(&mut records[0]["record"]["data"], kind);
    }
    serde_json::to_string(&v).unwrap()
}

#[test]
fn the_untouched_files_are_read() {
    assert!(ProposalRecord::from_json(&proposal_value().to_string()).is_ok());
    assert!(read_plan(&plan_value().to_string()).is_ok());
    let b = backup::parse(&backup_text(|_, _| {}));
    assert!(b.is_ok(), "{b:?}");
}

#[test]
fn the_three_imports_refuse_the_same_things_for_the_same_reason() {
    for case in cases() {
        let mut p = proposal_value();
        (case.change)(&mut p, Kind::Proposal);
        let proposal = ProposalRecord::from_json(&p.to_string());
        let mut b = plan_value();
        (case.change)(&mut b, Kind::Plan);
        let plan = read_plan(&b.to_string());
        let backup = backup::parse(&backup_text(case.change));
        assert!(
            proposal.is_err(),
            "{}: the proposal file is refused",
            case.what
        );
        assert!(plan.is_err(), "{}: the plan file is refused", case.what);
        assert!(backup.is_err(), "{}: the backup is refused", case.what);
        if let Some(problem) = &case.problem {
            match &proposal {
                Err(RecordError::File(f)) => {
                    assert_eq!(&f.problem, problem, "{}: proposal", case.what)
                }
                other => panic!("{}: proposal refused as {other:?}", case.what),
            }
            match &plan {
                Err(e) => match &e.kind {
                    PlanErrorKind::File(p) => assert_eq!(p, problem, "{}: plan", case.what),
                    // The plan's own word for a number beyond 2^53.
                    PlanErrorKind::TooLarge => {
                        assert_eq!(problem, &Problem::UnsafeNumber, "{}: plan", case.what)
                    }
                    other => panic!("{}: plan refused as {other:?}", case.what),
                },
                Ok(_) => unreachable!(),
            }
            match &backup {
                Err(ImportError::File(f)) => {
                    assert_eq!(&f.problem, problem, "{}: backup", case.what)
                }
                other => panic!("{}: backup refused as {other:?}", case.what),
            }
        }
    }
}

#[test]
fn a_cut_short_file_is_refused_as_cut_short_by_all_three() {
    let cut = |s: String| s[..s.len() * 2 / 3].to_string();
    let proposal = ProposalRecord::from_json(&cut(proposal_value().to_string()));
    assert!(
        matches!(&proposal, Err(RecordError::File(f)) if f.problem == Problem::CutShort),
        "{proposal:?}"
    );
    let plan = read_plan(&cut(plan_value().to_string()));
    assert!(
        matches!(&plan, Err(e) if e.kind == PlanErrorKind::File(Problem::CutShort)),
        "{plan:?}"
    );
    let backup = backup::parse(&cut(backup_text(|_, _| {})));
    assert!(
        matches!(&backup, Err(ImportError::File(f)) if f.problem == Problem::CutShort),
        "{backup:?}"
    );
}
