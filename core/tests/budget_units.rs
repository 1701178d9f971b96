//! A plan's unit: what its channel curves count. Plans and files made
//! before units load as `points` and are written back unchanged; a unit
//! survives a round trip; an unknown unit is refused at its field; cost per
//! result (or return per unit spent, for revenue) follows the curve.
use suitcase_core::model::budget::{
    read_plan, Channel, CostPer, Plan, PlanErrorKind, Response, Unit,
};

const OLD_FILE: &str = r#"{
  "format": "suitcase/budget-plan",
  "version": 1,
  "name": "Before units",
  "currency": "VND",
  "total_budget": 500000000,
  "agency_margin_pct": 15,
  "items": [],
  "channels": [
    { "id": "meta", "name": "Meta", "min": 0, "max": 250000000,
      "response": { "type": "hill", "max": 1200, "half_saturation": 100000000, "shape": 1 } }
  ]
}"#;

#[test]
fn a_file_without_a_unit_counts_points_and_is_written_back_without_one() {
    let plan = read_plan(OLD_FILE).unwrap();
    assert_eq!(plan.unit, Unit::Points);
    let json = plan.to_json();
    assert!(!json.contains("\"unit\""), "{json}");
    assert_eq!(read_plan(&json).unwrap(), plan);
}

#[test]
fn a_stored_plan_without_a_unit_still_loads() {
    // A record stored by an older build: the plain serde form, no unit.
    let stored = r#"{"name":"Old","currency":"VND","total_budget":100,"agency_margin_pct":0,
        "items":[],"channels":[]}"#;
    let plan: Plan = serde_json::from_str(stored).unwrap();
    assert_eq!(plan.unit, Unit::Points);
}

#[test]
fn every_unit_survives_a_round_trip() {
    for unit in Unit::ALL {
        let mut plan = read_plan(OLD_FILE).unwrap();
        plan.unit = unit;
        let json = plan.to_json();
        assert_eq!(
            json.contains(&format!("\"unit\": \"{}\"", unit.as_str())),
            unit != Unit::Points
        );
        assert_eq!(read_plan(&json).unwrap().unit, unit);
        let stored: Plan = serde_json::from_str(&serde_json::to_string(&plan).unwrap()).unwrap();
        assert_eq!(stored.unit, unit);
    }
}

#[test]
fn an_unknown_unit_is_refused_at_its_field() {
    let text = OLD_FILE.replacen(
        "\"items\": [],",
        "\"unit\": \"likes\",\n  \"items\": [],",
        1,
    );
    let e = read_plan(&text).unwrap_err();
    assert_eq!(e.path, "unit");
    assert_eq!(e.kind, PlanErrorKind::UnknownUnit("likes".into()));
    let text = OLD_FILE.replacen("\"items\": [],", "\"unit\": 3,\n  \"items\": [],", 1);
    assert_eq!(read_plan(&text).unwrap_err().kind, PlanErrorKind::NotText);
    let text = OLD_FILE.replacen(
        "\"items\": [],",
        "\"unit\": \"leads\",\n  \"items\": [],",
        1,
    );
    assert_eq!(read_plan(&text).unwrap().unit, Unit::Leads);
}

#[test]
fn cost_per_result_and_return_per_unit_spent() {
    let meta = Channel {
        id: "meta".into(),
        name: "Meta".into(),
        min: 0,
        max: 300_000_000,
        response: Response::Hill {
            max: 1_200.0,
            half_saturation: 100_000_000.0,
            shape: 1.0,
        },
    };
    // 100 million brings 600 leads: about 166,667 per lead.
    match meta.cost_per(Unit::Leads, 100_000_000) {
        Some(CostPer::Cost(c)) => assert!((c - 166_666.666_7).abs() < 0.01, "{c}"),
        other => panic!("{other:?}"),
    }
    // As revenue: 600 back for 100 million spent.
    match meta.cost_per(Unit::Revenue, 100_000_000) {
        Some(CostPer::Return(r)) => assert!((r - 6e-6).abs() < 1e-12, "{r}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(meta.cost_per(Unit::Leads, 0), None);
    let plan = Plan {
        channels: vec![meta.clone(), meta],
        ..read_plan(OLD_FILE).unwrap()
    };
    assert!((plan.media_result(&[100_000_000, 300_000_000]) - 1_500.0).abs() < 1e-9);
}

#[test]
fn the_csv_names_results_in_the_unit_and_keeps_importance_as_a_score() {
    use suitcase_core::formats::xlsx::{csv, xlsx};
    use suitcase_core::model::budget::{default_step, solve};
    use suitcase_core::model::text::Lang;
    let mut plan = read_plan(OLD_FILE).unwrap();
    let sol = solve(&plan, default_step(&plan));
    let head = |text: &str| text.lines().next().unwrap().to_string();
    let points = head(&csv(&plan, &sol, Lang::En));
    assert!(points.contains("Response (points)"), "{points}");
    plan.unit = Unit::Leads;
    let leads = head(&csv(&plan, &sol, Lang::En));
    assert!(leads.contains("Response (leads)"), "{leads}");
    assert!(leads.contains("Value (points)"), "{leads}");
    plan.unit = Unit::Orders;
    let orders = head(&csv(&plan, &sol, Lang::Vi));
    assert!(orders.contains("(đơn hàng)"), "{orders}");
    assert!(xlsx(&plan, &sol, Lang::Vi).is_ok());
}

#[test]
fn backups_carry_plans_with_and_without_a_unit() {
    use suitcase_core::formats::backup::parse;
    let backup = |data: &str| {
        format!(
            r#"{{"format":"suitcase/backup","version":1,"exported_at":"2026-11-22T00:00:00Z","app_version":"0.1.0",
      "stores":{{"budget_plans":[{{"kind":"budget_plan","record":{{"id":"p1","created_at":"2026-11-22T00:00:00Z","updated_at":"2026-11-22T00:00:00Z","rev":1,
      "data":{data}}}}}]}}}}"#
        )
    };
    let plan = |unit: &str| {
        format!(
            r#"{{"name":"Tết","currency":"VND","total_budget":100000000,"agency_margin_pct":15,{unit}"items":[],
        "channels":[{{"id":"meta","name":"Meta","min":0,"max":50000000,"response":{{"type":"hill","max":10,"half_saturation":5000000,"shape":1.5}}}}]}}"#
        )
    };
    assert!(
        parse(&backup(&plan(""))).is_ok(),
        "a plan from before units"
    );
    assert!(parse(&backup(&plan(r#""unit":"leads","#))).is_ok());
    assert!(
        parse(&backup(&plan(r#""unit":"likes","#))).is_err(),
        "an unknown unit is refused"
    );
}
