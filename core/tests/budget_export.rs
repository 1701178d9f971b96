//! Spreadsheet exports of a budget result: the xlsx holds live formulas and
//! the solver's numbers; the CSV is safe to open in a spreadsheet.
use std::io::Read;

use suitcase_core::formats::xlsx::{csv, xlsx};
use suitcase_core::model::budget::{
    presets::example_plan, solve, solve::default_step, Item, Priority,
};
use suitcase_core::model::text::Lang;

fn sheet_xml(bytes: &[u8], n: usize) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip file");
    let mut s = String::new();
    zip.by_name(&format!("xl/worksheets/sheet{n}.xml"))
        .expect("sheet exists")
        .read_to_string(&mut s)
        .unwrap();
    s
}

fn shared_strings(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut s = String::new();
    zip.by_name("xl/sharedStrings.xml")
        .unwrap()
        .read_to_string(&mut s)
        .unwrap();
    s
}

#[test]
fn the_workbook_has_live_formulas_and_the_solvers_numbers() {
    let mut plan = example_plan(Lang::Vi);
    plan.items.push(Item {
        id: "x".into(),
        name: "<script>alert(1)</script> Đà Nẵng 🎉".into(),
        cost: 5_000_000,
        priority: Priority::Could,
        value: 1.0,
    });
    let sol = solve(&plan, default_step(&plan));
    let bytes = xlsx(&plan, &sol, Lang::Vi).expect("workbook builds");
    let summary = sheet_xml(&bytes, 1);
    assert!(summary.contains("<f>ROUNDDOWN(B3*(100-B4)/100,0)</f>"));
    assert!(
        summary.contains("<f>B3-B8</f>"),
        "agency margin is a formula"
    );
    assert!(
        summary.contains(&format!("<v>{}</v>", sol.spent)),
        "cached spent"
    );
    assert!(summary.contains("SUM('Hạng mục'!G2:G6)"), "{summary}");
    let items = sheet_xml(&bytes, 2);
    assert!(items.contains("<f>F2*D2</f>"));
    let channels = sheet_xml(&bytes, 3);
    assert!(channels.contains("<f>IF(E2&lt;=0,0,F2/(1+(G2/E2)^H2))</f>"));
    for (j, s) in sol.spends.iter().enumerate() {
        assert!(
            channels.contains(&format!("<v>{s}</v>")),
            "channel {j} spend"
        );
    }
    let strings = shared_strings(&bytes);
    assert!(strings.contains("&lt;script&gt;alert(1)&lt;/script&gt; Đà Nẵng 🎉"));
    assert!(strings.contains("Tổng ngân sách"));
}

#[test]
fn an_empty_plan_still_makes_a_workbook() {
    let mut plan = example_plan(Lang::En);
    plan.items.clear();
    plan.channels.clear();
    let sol = solve(&plan, 1);
    let bytes = xlsx(&plan, &sol, Lang::En).unwrap();
    assert!(
        sheet_xml(&bytes, 1).contains("<f>0</f>") || sheet_xml(&bytes, 1).contains("<f>0+0</f>")
    );
}

#[test]
fn csv_quotes_and_defuses_formulas() {
    let mut plan = example_plan(Lang::En);
    plan.items[0].name = "=HYPERLINK(\"x\"), \"quoted\"".into();
    plan.items[1].name = "Trà sữa, Tết".into();
    let sol = solve(&plan, default_step(&plan));
    let text = csv(&plan, &sol, Lang::En);
    assert!(text.starts_with('\u{feff}'));
    assert!(text.contains("\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\""));
    assert!(text.contains("\"Trà sữa, Tết\""));
    assert_eq!(
        text.lines().count(),
        1 + plan.items.len() + plan.channels.len()
    );
    for (c, s) in plan.channels.iter().zip(&sol.spends) {
        assert!(text.contains(&format!("channel,{},", c.id)));
        assert!(text.contains(&format!(",{s},")));
    }
}

/// The e2e test imports this plan in the browser, exports the result and
/// compares it with this file: here the file is checked to be exactly what
/// the solver gives (`BLESS=1` rewrites it after an intended change).
#[test]
fn the_e2e_fixture_result_is_the_solvers_output() {
    use suitcase_core::model::budget::{read_plan, result::BudgetResult};
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/budget");
    let plan = read_plan(&std::fs::read_to_string(format!("{dir}/tet-plan.json")).unwrap())
        .expect("the fixture plan is valid");
    let expected = BudgetResult::new(&plan, &solve(&plan, default_step(&plan))).to_json();
    let path = format!("{dir}/tet-result.json");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), expected);
}
