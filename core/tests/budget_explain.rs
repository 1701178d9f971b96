//! Explanations: trade-offs of left-out items, one more million, marginal
//! returns and binding limits.
use suitcase_core::model::budget::explain::{explain, MILLION};
use suitcase_core::model::budget::plan::{Channel, Item, Plan, Priority, Response};
use suitcase_core::model::budget::solve;

fn item(id: &str, cost: i64, priority: Priority, value: f64) -> Item {
    Item {
        id: id.into(),
        name: id.into(),
        cost,
        priority,
        value,
    }
}

fn tight_plan() -> Plan {
    Plan {
        name: "Tết".into(),
        currency: "VND".into(),
        total_budget: 800_000_000,
        agency_margin_pct: 15.0,
        unit: Default::default(),
        items: vec![
            item("tvc", 250_000_000, Priority::Must, 0.0),
            item("kol", 90_000_000, Priority::Should, 40.0),
            item("event", 150_000_000, Priority::Could, 25.0),
            item("booth", 60_000_000, Priority::Could, 2.0),
        ],
        channels: vec![
            Channel {
                id: "facebook".into(),
                name: "Facebook Ads".into(),
                min: 20_000_000,
                max: 400_000_000,
                response: Response::Hill {
                    max: 120.0,
                    half_saturation: 80_000_000.0,
                    shape: 1.8,
                },
            },
            Channel {
                id: "ooh".into(),
                name: "OOH".into(),
                min: 0,
                max: 50_000_000,
                response: Response::Hill {
                    max: 30.0,
                    half_saturation: 10_000_000.0,
                    shape: 0.8,
                },
            },
        ],
    }
}

#[test]
fn left_out_items_say_what_they_would_take() {
    let plan = tight_plan();
    let sol = solve(&plan, MILLION);
    let ex = explain(&plan, &sol, MILLION);
    assert!(
        !ex.left_out.is_empty(),
        "something is left out of a tight plan: {sol:?}"
    );
    for t in &ex.left_out {
        let i = plan.items.iter().position(|it| it.id == t.id).unwrap();
        assert!(!sol.selected[i]);
        let cost = plan.items[i].cost;
        // The extra budget is exactly enough to pay for the item on top.
        let with = Plan {
            total_budget: plan.total_budget + t.extra_budget,
            ..plan.clone()
        };
        assert!(with.ceiling() - sol.spent >= cost, "{}: not enough", t.id);
        if t.extra_budget > 0 {
            let less = Plan {
                total_budget: plan.total_budget + t.extra_budget - 1,
                ..plan.clone()
            };
            assert!(
                less.ceiling() - sol.spent < cost,
                "{}: more than needed",
                t.id
            );
        }
        // Forcing it in at today's budget can only cost objective.
        let forced = t
            .within_budget
            .as_ref()
            .expect("fits if something gives way");
        assert!(
            forced.objective <= sol.objective + 1e-9,
            "{}: {} > {}",
            t.id,
            forced.objective,
            sol.objective
        );
        assert!(
            forced.media_cut > 0 || !forced.dropped.is_empty(),
            "{}: something gives way",
            t.id
        );
    }
}

#[test]
fn one_more_million_and_channel_margins() {
    let plan = tight_plan();
    let sol = solve(&plan, MILLION);
    let ex = explain(&plan, &sol, MILLION);
    assert!(ex.one_more_million >= 0.0);
    let richer = Plan {
        total_budget: plan.total_budget + ex.one_more_million_costs,
        ..plan.clone()
    };
    assert!(richer.ceiling() >= sol.ceiling + MILLION);
    let cheaper = Plan {
        total_budget: richer.total_budget - 1,
        ..plan.clone()
    };
    assert!(
        cheaper.ceiling() < sol.ceiling + MILLION,
        "the smallest increase that gives a million"
    );
    assert!((solve(&richer, MILLION).objective - sol.objective - ex.one_more_million).abs() < 1e-9);
    for (m, (c, &s)) in ex
        .channels
        .iter()
        .zip(plan.channels.iter().zip(&sol.spends))
    {
        assert_eq!(m.at_max, s == c.max);
        assert_eq!(m.at_min, s == c.min);
        match m.per_million {
            None => assert!(m.at_max),
            Some(v) => {
                let room = (c.max - s).min(MILLION) as f64;
                let expect =
                    (c.response.at(s + room as i64) - c.response.at(s)) * MILLION as f64 / room;
                assert!((v - expect).abs() < 1e-12);
            }
        }
    }
    assert!(ex.ceiling_binds, "a tight plan spends its ceiling: {sol:?}");
}

#[test]
fn an_infeasible_plan_explains_no_tradeoffs() {
    let mut plan = tight_plan();
    plan.total_budget = 200_000_000;
    let sol = solve(&plan, MILLION);
    assert!(!sol.feasible && sol.shortfall > 0);
    let ex = explain(&plan, &sol, MILLION);
    assert!(ex.left_out.is_empty());
    assert_eq!(ex.one_more_million, 0.0);
    assert!(!ex.ceiling_binds);
}

#[test]
fn what_changes_between_two_budgets() {
    use suitcase_core::model::budget::explain::{changes, Change};
    use suitcase_core::model::budget::presets::example_plan;
    use suitcase_core::model::budget::{default_step, solve};
    use suitcase_core::model::text::Lang;
    let plan = example_plan(Lang::En);
    let step = default_step(&plan);
    let now = solve(&plan, step);
    let mut richer = plan.clone();
    richer.total_budget = 1_600_000_000;
    let more = solve(&richer, step);
    let up = changes(&plan, &now, &more, step);
    let down = changes(&plan, &more, &now, step);
    assert!(!up.is_empty());
    // The same changes read backwards.
    assert_eq!(up.len(), down.len());
    for (u, d) in up.iter().zip(&down) {
        match (u, d) {
            (Change::ItemIn(a), Change::ItemOut(b)) | (Change::ItemOut(a), Change::ItemIn(b)) => {
                assert_eq!(a, b)
            }
            (
                Change::Channel { id, from, to },
                Change::Channel {
                    id: id2,
                    from: f2,
                    to: t2,
                },
            ) => assert_eq!((id, from, to), (id2, t2, f2)),
            _ => panic!("{u:?} vs {d:?}"),
        }
    }
    // Every change is real, and every item that differs is listed.
    for (i, item) in plan.items.iter().enumerate() {
        let listed = up
            .iter()
            .any(|c| matches!(c, Change::ItemIn(id) | Change::ItemOut(id) if *id == item.id));
        assert_eq!(listed, now.selected[i] != more.selected[i], "{}", item.id);
    }
    let threshold = step.max(more.ceiling / 100);
    let mut last = i64::MAX;
    for c in &up {
        if let Change::Channel { id, from, to } = c {
            let j = plan.channels.iter().position(|x| &x.id == id).unwrap();
            assert_eq!((*from, *to), (now.spends[j], more.spends[j]));
            assert!((to - from).abs() >= threshold);
            assert!((to - from).abs() <= last, "largest move first");
            last = (to - from).abs();
        }
    }
    // Nothing changes between a solution and itself.
    assert!(changes(&plan, &now, &now, step).is_empty());
}
