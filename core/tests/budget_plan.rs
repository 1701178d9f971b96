//! The plan file reader (docs/formats/budget-plan-v1.md): the example
//! reads, a plan survives a round trip, and every bad input names its field.
use suitcase_core::model::budget::plan::MAX_AMOUNT;
use suitcase_core::model::budget::read::MAX_PLAN_BYTES;
use suitcase_core::model::budget::{read_plan, PlanErrorKind, Priority, Response};

const EXAMPLE: &str = r#"{
  "format": "suitcase/budget-plan",
  "version": 1,
  "name": "Tet 2027 launch",
  "currency": "VND",
  "total_budget": 800000000,
  "agency_margin_pct": 15,
  "items": [
    { "id": "tvc",   "name": "TVC 30s production", "cost": 250000000, "priority": "must" },
    { "id": "kol",   "name": "3 KOL posts",         "cost": 90000000,  "priority": "should", "value": 40 },
    { "id": "event", "name": "Launch event",        "cost": 150000000, "priority": "could",  "value": 25 }
  ],
  "channels": [
    { "id": "facebook", "name": "Facebook Ads", "min": 0, "max": 400000000,
      "response": { "type": "hill", "max": 120, "half_saturation": 80000000, "shape": 1.8 } }
  ]
}"#;

#[test]
fn the_format_documents_example_reads() {
    let plan = read_plan(EXAMPLE).expect("example is valid");
    assert_eq!(plan.name, "Tet 2027 launch");
    assert_eq!(plan.ceiling(), 680_000_000);
    assert_eq!(plan.items.len(), 3);
    assert_eq!(plan.items[0].priority, Priority::Must);
    assert_eq!(plan.items[1].value, 40.0);
    assert_eq!(
        plan.channels[0].response,
        Response::Hill {
            max: 120.0,
            half_saturation: 80_000_000.0,
            shape: 1.8
        }
    );
}

#[test]
fn a_plan_survives_export_and_import() {
    let plan = read_plan(EXAMPLE).unwrap();
    assert_eq!(read_plan(&plan.to_json()).unwrap(), plan);
}

/// The example with `from` replaced by `to` (once).
fn with(from: &str, to: &str) -> String {
    assert!(EXAMPLE.contains(from), "{from}");
    EXAMPLE.replacen(from, to, 1)
}

fn error_at(text: &str) -> (String, PlanErrorKind) {
    let e = read_plan(text).expect_err("must be refused");
    (e.path, e.kind)
}

#[test]
fn negative_amounts_name_the_field() {
    assert_eq!(
        error_at(&with("\"cost\": 90000000", "\"cost\": -5")),
        ("items[1].cost".into(), PlanErrorKind::Negative)
    );
    assert_eq!(
        error_at(&with("\"total_budget\": 800000000", "\"total_budget\": 0")).1,
        PlanErrorKind::NotPositive
    );
}

#[test]
fn min_above_max_is_refused() {
    let (path, kind) = error_at(&with("\"min\": 0", "\"min\": 500000000"));
    assert_eq!(path, "channels[0].min");
    assert_eq!(
        kind,
        PlanErrorKind::MinAboveMax {
            min: 500_000_000,
            max: 400_000_000
        }
    );
}

#[test]
fn margin_must_be_below_100() {
    for m in ["100", "150", "-1"] {
        let text = with(
            "\"agency_margin_pct\": 15",
            &format!("\"agency_margin_pct\": {m}"),
        );
        assert_eq!(
            error_at(&text),
            ("agency_margin_pct".into(), PlanErrorKind::MarginOutOfRange),
            "{m}"
        );
    }
    assert!(read_plan(&with(
        "\"agency_margin_pct\": 15",
        "\"agency_margin_pct\": 99.5"
    ))
    .is_ok());
}

#[test]
fn nan_infinity_and_huge_numbers_are_refused() {
    // JSON has no NaN or Infinity: such files are not JSON at all.
    assert!(matches!(
        error_at(&with("\"shape\": 1.8", "\"shape\": NaN")).1,
        PlanErrorKind::File(_)
    ));
    assert!(matches!(
        error_at(&with("\"shape\": 1.8", "\"shape\": Infinity")).1,
        PlanErrorKind::File(_)
    ));
    // 1e400 overflows a float: serde_json refuses it as JSON.
    assert!(read_plan(&with("\"shape\": 1.8", "\"shape\": 1e400")).is_err());
    let beyond = (MAX_AMOUNT + 1).to_string();
    assert_eq!(
        error_at(&with(
            "\"total_budget\": 800000000",
            &format!("\"total_budget\": {beyond}")
        )),
        ("total_budget".into(), PlanErrorKind::TooLarge)
    );
    assert_eq!(
        error_at(&with(
            "\"cost\": 250000000",
            "\"cost\": 18446744073709551615"
        ))
        .1,
        PlanErrorKind::TooLarge
    );
    assert_eq!(
        error_at(&with("\"cost\": 250000000", "\"cost\": 2.5")).1,
        PlanErrorKind::NotWhole
    );
    assert!(read_plan(&with(
        "\"total_budget\": 800000000",
        &format!("\"total_budget\": {MAX_AMOUNT}")
    ))
    .is_ok());
}

#[test]
fn duplicate_ids_across_items_and_channels() {
    let (path, kind) = error_at(&with("\"id\": \"facebook\"", "\"id\": \"kol\""));
    assert_eq!(path, "channels[0].id");
    assert_eq!(kind, PlanErrorKind::DuplicateId("kol".into()));
}

#[test]
fn unknown_priority_and_curve_type() {
    assert_eq!(
        error_at(&with("\"priority\": \"could\"", "\"priority\": \"nice\"")),
        (
            "items[2].priority".into(),
            PlanErrorKind::UnknownPriority("nice".into())
        )
    );
    assert_eq!(
        error_at(&with("\"type\": \"hill\"", "\"type\": \"linear\"")),
        (
            "channels[0].response.type".into(),
            PlanErrorKind::UnknownCurve("linear".into())
        )
    );
}

#[test]
fn missing_and_unknown_fields() {
    assert_eq!(
        error_at(&with("\"currency\": \"VND\",", "")),
        ("currency".into(), PlanErrorKind::Missing)
    );
    assert_eq!(
        error_at(&with(", \"shape\": 1.8", "")),
        ("channels[0].response.shape".into(), PlanErrorKind::Missing)
    );
    assert_eq!(
        error_at(&with(
            "\"priority\": \"must\"",
            "\"priority\": \"must\", \"colour\": \"red\""
        )),
        ("items[0].colour".into(), PlanErrorKind::UnknownField)
    );
}

#[test]
fn curve_parameters_are_checked() {
    assert_eq!(
        error_at(&with("\"shape\": 1.8", "\"shape\": 0")).1,
        PlanErrorKind::NotPositive
    );
    assert_eq!(
        error_at(&with(
            "\"half_saturation\": 80000000",
            "\"half_saturation\": -1"
        ))
        .1,
        PlanErrorKind::NotPositive
    );
    assert_eq!(
        error_at(&with("\"max\": 120", "\"max\": -3")).1,
        PlanErrorKind::Negative
    );
    assert_eq!(
        error_at(&with("\"max\": 120", "\"max\": \"lots\"")).1,
        PlanErrorKind::NotANumber
    );
}

#[test]
fn other_files_are_refused_as_a_whole() {
    assert!(matches!(error_at("{ not json").1, PlanErrorKind::File(_)));
    assert_eq!(
        error_at(&with("suitcase/budget-plan", "suitcase/budget-result")).1,
        PlanErrorKind::WrongFormat("suitcase/budget-result".into())
    );
    assert_eq!(
        error_at(&with("\"version\": 1", "\"version\": 2")).1,
        PlanErrorKind::NewerVersion(2)
    );
    assert_eq!(
        error_at(&with("\"currency\": \"VND\"", "\"currency\": \"dong\"")).1,
        PlanErrorKind::BadCurrency
    );
    let huge = " ".repeat(MAX_PLAN_BYTES + 1);
    assert!(matches!(
        error_at(&huge).1,
        PlanErrorKind::FileTooLarge { .. }
    ));
    let truncated = &EXAMPLE[..EXAMPLE.len() / 2];
    assert!(matches!(error_at(truncated).1, PlanErrorKind::File(_)));
}

#[test]
fn names_accept_vietnamese_and_emoji_but_not_blank() {
    assert!(read_plan(&with("Tet 2027 launch", "Chiến dịch Tết 2027 🧧")).is_ok());
    assert_eq!(
        error_at(&with("\"Tet 2027 launch\"", "\"  \"")),
        ("name".into(), PlanErrorKind::Empty)
    );
}
