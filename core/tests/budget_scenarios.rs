//! Scenarios side by side: variants of the worked example (the client's
//! budget, 20 % more, without the TVC) are solved and lined up; the
//! comparison refuses too few or too many plans and plans that cannot be
//! read on one scale; its CSV has a row per measure and a column per plan.
use suitcase_core::model::budget::presets::example_plan;
use suitcase_core::model::budget::scenario::{
    compare, comparison_csv, with_budget_change, without, CompareError,
};
use suitcase_core::model::budget::{default_step, solve, Unit};
use suitcase_core::model::text::Lang;

#[test]
fn three_variants_of_the_example_side_by_side() {
    let base = example_plan(Lang::En);
    let mut more = with_budget_change(&base, 20.0);
    more.name = "+20 %".into();
    let mut no_tvc = without(&base, "tvc");
    no_tvc.name = "Without TVC".into();
    assert_eq!(more.total_budget, base.total_budget * 6 / 5);
    assert!(no_tvc.items.iter().all(|i| i.id != "tvc"));

    let c = compare(&[base.clone(), more.clone(), no_tvc.clone()]).unwrap();
    assert_eq!(c.columns.len(), 3);
    assert_eq!(c.currency, "VND");
    assert_eq!(c.unit, Unit::Points);
    // Each column is that plan's own optimum.
    for (col, plan) in c.columns.iter().zip([&base, &more, &no_tvc]) {
        let sol = solve(plan, default_step(plan));
        assert_eq!(col.spent, sol.spent);
        assert_eq!(col.objective, sol.objective);
        assert_eq!(col.total_budget, plan.total_budget);
        let media: i64 = col.spends.iter().flatten().sum();
        assert_eq!(media, sol.spends.iter().sum::<i64>());
    }
    // More money never buys less.
    assert!(c.columns[1].objective >= c.columns[0].objective);
    // The TVC row: in for the plans that have it (a must-have), absent
    // from the plan without it.
    let tvc = c.items.iter().position(|(id, _)| id == "tvc").unwrap();
    assert_eq!(c.columns[0].items[tvc], Some(true));
    assert_eq!(c.columns[1].items[tvc], Some(true));
    assert_eq!(c.columns[2].items[tvc], None);
    // Every channel row has a spend in every plan (none was removed).
    assert!(c
        .columns
        .iter()
        .all(|k| k.spends.iter().all(Option::is_some)));
}

#[test]
fn a_removed_channel_is_blank_in_its_column() {
    let base = example_plan(Lang::En);
    let first = base.channels[0].id.clone();
    let c = compare(&[base.clone(), without(&base, &first)]).unwrap();
    let row = c.channels.iter().position(|(id, _)| *id == first).unwrap();
    assert!(c.columns[0].spends[row].is_some());
    assert_eq!(c.columns[1].spends[row], None);
}

#[test]
fn a_budget_cut_scales_the_limits_too() {
    let base = example_plan(Lang::En);
    let less = with_budget_change(&base, -50.0);
    assert_eq!(less.total_budget, base.total_budget / 2);
    for (a, b) in base.channels.iter().zip(&less.channels) {
        assert!((b.max - a.max / 2).abs() <= 1, "{} {}", a.max, b.max);
    }
}

#[test]
fn comparisons_refuse_what_cannot_be_lined_up() {
    let base = example_plan(Lang::En);
    assert_eq!(
        compare(std::slice::from_ref(&base)),
        Err(CompareError::TooFew(1))
    );
    assert_eq!(
        compare(&vec![base.clone(); 5]),
        Err(CompareError::TooMany(5))
    );
    let mut usd = base.clone();
    usd.currency = "USD".into();
    assert_eq!(
        compare(&[base.clone(), usd]),
        Err(CompareError::MixedCurrencies)
    );
    let mut leads = base.clone();
    leads.unit = Unit::Leads;
    assert_eq!(
        compare(&[base.clone(), leads]),
        Err(CompareError::MixedUnits)
    );
    assert!(compare(&vec![base; 4]).is_ok());
}

#[test]
fn the_csv_has_a_row_per_measure_and_a_column_per_plan() {
    let base = example_plan(Lang::En);
    let mut more = with_budget_change(&base, 20.0);
    more.name = "=+20 %, \"bold\"".into();
    let c = compare(&[base.clone(), more]).unwrap();
    let text = comparison_csv(&c, Lang::En);
    assert!(text.starts_with('\u{feff}'));
    let lines: Vec<&str> = text.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 6 + c.items.len() + c.channels.len());
    // A name that looks like a formula is defused and quoted.
    assert_eq!(
        lines[0],
        format!("Scenario,{},\"'=+20 %, \"\"bold\"\"\"", base.name)
    );
    assert_eq!(
        lines[1],
        format!(
            "Total budget (VND),{},{}",
            base.total_budget,
            base.total_budget * 6 / 5
        )
    );
    assert!(lines[4].starts_with("Total value (points),"));
    assert!(lines.iter().any(|l| l.starts_with("Deliverable: ")));
    let vi = comparison_csv(&c, Lang::Vi);
    assert!(vi.contains("Tổng ngân sách (VND)"));
}
