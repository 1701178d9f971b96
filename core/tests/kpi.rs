//! Client KPIs: formulas with known values, every invalid input, and the
//! per-client log turned into per-period series with trends.
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use suitcase_core::model::kpi::*;
use suitcase_core::model::money::MAX_AMOUNT;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn t(day: u32, h: u32, m: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, day, h, m, 0).unwrap()
}

// ---------------------------------------------------------------- NPS

#[test]
fn nps_known_values() {
    let n = nps(50, 30, 20).unwrap();
    assert!(close(n.score, 30.0));
    assert!(close(n.promoters_pct, 50.0));
    assert!(close(n.passives_pct, 30.0));
    assert!(close(n.detractors_pct, 20.0));
    assert_eq!(n.respondents, 100);
    assert!(close(nps(7, 0, 0).unwrap().score, 100.0));
    assert!(close(nps(0, 0, 3).unwrap().score, -100.0));
    assert!(close(nps(0, 5, 0).unwrap().score, 0.0));
    assert!(close(nps(1, 1, 1).unwrap().score, 0.0));
    assert!(close(nps(2, 0, 1).unwrap().score, 100.0 / 3.0));
    assert!(close(nps(MAX_AMOUNT, MAX_AMOUNT, 0).unwrap().score, 50.0));
}

#[test]
fn nps_from_raw_answers() {
    assert_eq!(nps_groups(&[10, 9, 8, 7, 6, 0]), Ok((2, 2, 2)));
    assert!(close(nps_from_scores(&[10, 10, 9, 3]).unwrap().score, 50.0));
    assert_eq!(nps_groups(&[]), Err(KpiError::NoData(KpiField::Scores)));
    assert_eq!(
        nps_groups(&[10, 11]),
        Err(KpiError::ScoreOutOfRange { row: 1, score: 11 })
    );
    assert_eq!(
        nps_from_scores(&[-1]),
        Err(KpiError::ScoreOutOfRange { row: 0, score: -1 })
    );
}

#[test]
fn nps_refuses_bad_counts() {
    assert_eq!(
        nps(0, 0, 0),
        Err(KpiError::ZeroTotal(KpiField::Respondents))
    );
    assert_eq!(nps(-1, 5, 5), Err(KpiError::Negative(KpiField::Promoters)));
    assert_eq!(nps(1, -5, 5), Err(KpiError::Negative(KpiField::Passives)));
    assert_eq!(nps(1, 5, -5), Err(KpiError::Negative(KpiField::Detractors)));
    assert_eq!(
        nps(MAX_AMOUNT + 1, 0, 0),
        Err(KpiError::TooLarge(KpiField::Promoters))
    );
    assert!(close(nps_of_total(5, 3, 2, 10).unwrap().score, 30.0));
    assert_eq!(
        nps_of_total(5, 3, 2, 12),
        Err(KpiError::DoesNotAddUp {
            field: KpiField::Respondents,
            expected: 10,
            given: 12
        })
    );
    assert_eq!(
        nps_of_total(5, 3, 2, -1),
        Err(KpiError::Negative(KpiField::Respondents))
    );
}

// ---------------------------------------------------------------- retention

#[test]
fn client_retention_known_values() {
    let r = client_retention(20, 3, 5, None).unwrap();
    assert!(close(r.rate_pct, 85.0));
    assert!(close(r.churn_pct, 15.0));
    assert_eq!(r.retained, 17);
    assert_eq!(r.at_end, 22);
    // New clients do not raise retention: (E − N) / S = (22 − 5) / 20.
    assert!(close(
        client_retention(20, 3, 50, Some(67)).unwrap().rate_pct,
        85.0
    ));
    assert!(close(
        client_retention(4, 4, 0, None).unwrap().rate_pct,
        0.0
    ));
    assert!(close(
        client_retention(4, 0, 0, Some(4)).unwrap().rate_pct,
        100.0
    ));
}

#[test]
fn client_retention_refuses_bad_counts() {
    assert_eq!(
        client_retention(0, 0, 3, None),
        Err(KpiError::ZeroTotal(KpiField::ClientsAtStart))
    );
    assert_eq!(
        client_retention(5, 6, 0, None),
        Err(KpiError::Exceeds {
            part: KpiField::ClientsLost,
            whole: KpiField::ClientsAtStart
        })
    );
    assert_eq!(
        client_retention(20, 3, 5, Some(21)),
        Err(KpiError::DoesNotAddUp {
            field: KpiField::ClientsAtEnd,
            expected: 22,
            given: 21
        })
    );
    assert_eq!(
        client_retention(-2, 0, 0, None),
        Err(KpiError::Negative(KpiField::ClientsAtStart))
    );
    assert_eq!(
        client_retention(2, -1, 0, None),
        Err(KpiError::Negative(KpiField::ClientsLost))
    );
    assert_eq!(
        client_retention(2, 0, -1, None),
        Err(KpiError::Negative(KpiField::ClientsGained))
    );
    assert_eq!(
        client_retention(2, 0, 0, Some(-2)),
        Err(KpiError::Negative(KpiField::ClientsAtEnd))
    );
}

#[test]
fn revenue_retention_gross_and_net() {
    let r = revenue_retention(1_000_000_000, 100_000_000, 250_000_000).unwrap();
    assert!(close(r.gross_pct, 90.0));
    assert!(close(r.net_pct, 115.0));
    let r = revenue_retention(MAX_AMOUNT, 0, MAX_AMOUNT).unwrap();
    assert!(close(r.net_pct, 200.0));
    assert_eq!(
        revenue_retention(0, 0, 10),
        Err(KpiError::ZeroTotal(KpiField::RevenueAtStart))
    );
    assert_eq!(
        revenue_retention(10, 11, 0),
        Err(KpiError::Exceeds {
            part: KpiField::RevenueLost,
            whole: KpiField::RevenueAtStart
        })
    );
    assert_eq!(
        revenue_retention(10, 1, -1),
        Err(KpiError::Negative(KpiField::RevenueExpansion))
    );
}

// ---------------------------------------------------------------- response time

#[test]
fn response_time_from_request_and_reply_instants() {
    let pairs = [
        (t(2, 9, 0), t(2, 9, 30)),   // 30 min
        (t(2, 10, 0), t(2, 11, 30)), // 90 min
        (t(3, 23, 30), t(4, 0, 30)), // 60 min, across midnight
    ];
    let r = response_time_from_pairs(&pairs).unwrap();
    assert_eq!(r.count, 3);
    assert!(close(r.mean_minutes, 60.0));
    assert!(close(r.median_minutes, 60.0));
    assert!(close(r.min_minutes, 30.0));
    assert!(close(r.max_minutes, 90.0));
    // Even count: the median is the mean of the two middle values.
    let r = response_time_from_minutes(&[10, 40, 20, 240]).unwrap();
    assert!(close(r.median_minutes, 30.0));
    assert!(close(r.mean_minutes, 77.5));
    // Seconds count.
    let r = response_time_from_pairs(&[(t(2, 9, 0), t(2, 9, 0) + chrono::Duration::seconds(90))])
        .unwrap();
    assert!(close(r.mean_minutes, 1.5));
    assert_eq!(response_minutes(t(2, 9, 0), t(2, 10, 15)), Ok(75));
    assert!(close(
        response_time_from_minutes(&[0]).unwrap().mean_minutes,
        0.0
    ));
}

#[test]
fn response_time_refuses_bad_input() {
    assert_eq!(
        response_time_from_pairs(&[]),
        Err(KpiError::NoData(KpiField::ResponseTimes))
    );
    assert_eq!(
        response_time_from_minutes(&[]),
        Err(KpiError::NoData(KpiField::ResponseTimes))
    );
    assert_eq!(
        response_time_from_pairs(&[(t(2, 9, 0), t(2, 9, 5)), (t(2, 10, 0), t(2, 9, 59))]),
        Err(KpiError::ResponseBeforeRequest { row: 1 })
    );
    assert_eq!(
        response_time_from_minutes(&[5, -1]),
        Err(KpiError::ResponseBeforeRequest { row: 1 })
    );
    assert_eq!(
        response_time_from_minutes(&[i64::MAX]),
        Err(KpiError::TooLarge(KpiField::ResponseTimes))
    );
    assert_eq!(
        response_minutes(t(2, 10, 0), t(2, 9, 0)),
        Err(KpiError::ResponseBeforeRequest { row: 0 })
    );
}

// ---------------------------------------------------------------- upsell / cross-sell

#[test]
fn upsell_and_cross_sell_rates() {
    let r = expansion_rates(40, 6, 4, Some(8)).unwrap();
    assert!(close(r.upsell_pct, 15.0));
    assert!(close(r.cross_sell_pct, 10.0));
    assert_eq!(r.combined_pct.map(|c| (c * 1e6).round()), Some(20e6));
    assert_eq!(expansion_rates(40, 6, 4, None).unwrap().combined_pct, None);
    // The bounds of "either": all overlap (6) or none (10).
    assert!(expansion_rates(40, 6, 4, Some(6)).is_ok());
    assert!(expansion_rates(40, 6, 4, Some(10)).is_ok());
    // …and never more than the active clients.
    assert!(expansion_rates(5, 4, 4, Some(5)).is_ok());
}

#[test]
fn upsell_refuses_counts_that_do_not_add_up() {
    assert_eq!(
        expansion_rates(0, 0, 0, None),
        Err(KpiError::ZeroTotal(KpiField::ActiveClients))
    );
    assert_eq!(
        expansion_rates(10, 11, 0, None),
        Err(KpiError::Exceeds {
            part: KpiField::Upsold,
            whole: KpiField::ActiveClients
        })
    );
    assert_eq!(
        expansion_rates(10, 1, 12, None),
        Err(KpiError::Exceeds {
            part: KpiField::CrossSold,
            whole: KpiField::ActiveClients
        })
    );
    assert_eq!(
        expansion_rates(40, 6, 4, Some(5)),
        Err(KpiError::DoesNotAddUp {
            field: KpiField::UpsoldOrCrossSold,
            expected: 6,
            given: 5
        })
    );
    assert_eq!(
        expansion_rates(40, 6, 4, Some(11)),
        Err(KpiError::DoesNotAddUp {
            field: KpiField::UpsoldOrCrossSold,
            expected: 10,
            given: 11
        })
    );
    assert_eq!(
        expansion_rates(5, 4, 4, Some(6)),
        Err(KpiError::DoesNotAddUp {
            field: KpiField::UpsoldOrCrossSold,
            expected: 5,
            given: 6
        })
    );
    assert_eq!(
        expansion_rates(-1, 0, 0, None),
        Err(KpiError::Negative(KpiField::ActiveClients))
    );
    assert_eq!(
        expansion_rates(4, -1, 0, None),
        Err(KpiError::Negative(KpiField::Upsold))
    );
    assert_eq!(
        expansion_rates(4, 0, -1, None),
        Err(KpiError::Negative(KpiField::CrossSold))
    );
    assert_eq!(
        expansion_rates(4, 0, 0, Some(-1)),
        Err(KpiError::Negative(KpiField::UpsoldOrCrossSold))
    );
}

#[test]
fn workload_and_revenue_against_target() {
    assert!(close(clients_per_person(12, 4).unwrap(), 3.0));
    assert!(close(clients_per_person(0, 4).unwrap(), 0.0));
    assert_eq!(
        clients_per_person(12, 0),
        Err(KpiError::ZeroTotal(KpiField::People))
    );
    assert_eq!(
        clients_per_person(-1, 2),
        Err(KpiError::Negative(KpiField::Clients))
    );
    assert!(close(
        revenue_vs_target(1_200_000_000, 1_000_000_000).unwrap(),
        120.0
    ));
    assert_eq!(
        revenue_vs_target(1, 0),
        Err(KpiError::ZeroTotal(KpiField::Target))
    );
    assert_eq!(
        revenue_vs_target(-1, 10),
        Err(KpiError::Negative(KpiField::Revenue))
    );
    assert_eq!(
        revenue_vs_target(1, MAX_AMOUNT + 1),
        Err(KpiError::TooLarge(KpiField::Target))
    );
}

// ---------------------------------------------------------------- log and series

fn entry(client: &str, date: NaiveDate, measure: KpiMeasure) -> KpiEntry {
    KpiEntry {
        client_id: client.into(),
        date: Some(date),
        measure,
        ..Default::default()
    }
}

fn log() -> Vec<KpiEntry> {
    use KpiMeasure as M;
    vec![
        entry("lumi", d(2026, 1, 5), M::ResponseTime { minutes: 120 }),
        entry("lumi", d(2026, 1, 20), M::ResponseTime { minutes: 60 }),
        entry(
            "lumi",
            d(2026, 1, 31),
            M::NpsSurvey {
                promoters: 3,
                passives: 1,
                detractors: 1,
            },
        ),
        entry(
            "lumi",
            d(2026, 1, 31),
            M::Revenue {
                amount: 800,
                target: Some(1000),
            },
        ),
        // February: nothing.
        entry("lumi", d(2026, 3, 2), M::ResponseTime { minutes: 30 }),
        entry(
            "lumi",
            d(2026, 3, 15),
            M::NpsSurvey {
                promoters: 4,
                passives: 1,
                detractors: 0,
            },
        ),
        entry(
            "lumi",
            d(2026, 3, 20),
            M::NpsSurvey {
                promoters: 2,
                passives: 2,
                detractors: 1,
            },
        ),
        entry(
            "lumi",
            d(2026, 3, 31),
            M::Revenue {
                amount: 500,
                target: None,
            },
        ),
        entry(
            "lumi",
            d(2026, 3, 31),
            M::Revenue {
                amount: 1100,
                target: Some(1000),
            },
        ),
        entry(
            "lumi",
            d(2026, 3, 31),
            M::Retention {
                at_start: 10,
                lost: 1,
                gained: 2,
            },
        ),
        entry(
            "lumi",
            d(2026, 3, 31),
            M::Expansion {
                active_clients: 10,
                upsold: 2,
                cross_sold: 1,
            },
        ),
        // Another client's entry, and two broken ones.
        entry("cafe", d(2026, 2, 1), M::ResponseTime { minutes: 5 }),
        entry(
            "lumi",
            d(2026, 2, 10),
            M::NpsSurvey {
                promoters: 0,
                passives: 0,
                detractors: 0,
            },
        ),
        KpiEntry {
            client_id: "lumi".into(),
            date: None,
            measure: M::ResponseTime { minutes: 1 },
            ..Default::default()
        },
    ]
}

#[test]
fn monthly_series_have_one_point_per_month_with_gaps_left_empty() {
    let report = kpi_report(&log(), "lumi", Granularity::Month);
    assert_eq!(
        report.skipped,
        vec![
            (12, KpiError::ZeroTotal(KpiField::Respondents)),
            (13, KpiError::Missing(KpiField::Date))
        ]
    );
    assert_eq!(report.series.len(), KpiKind::ALL.len());
    let rt = report.series(KpiKind::ResponseTime).unwrap();
    let labels: Vec<&str> = rt.points.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, vec!["2026-01", "2026-02", "2026-03"]);
    let values: Vec<Option<f64>> = rt.points.iter().map(|p| p.value).collect();
    assert_eq!(values, vec![Some(90.0), None, Some(30.0)]);
    assert_eq!(rt.points[0].entries, 2);
    // Faster replies: down, and that is good news.
    assert_eq!(rt.trend.direction, Direction::Down);
    assert_eq!(rt.trend.change, Some(-60.0));
    assert_eq!(rt.trend.better, Some(true));

    // March pools two surveys: 6 promoters, 3 passives, 1 detractor → 50.
    let n = report.series(KpiKind::Nps).unwrap();
    assert!(close(n.points[0].value.unwrap(), 40.0));
    assert!(close(n.points[2].value.unwrap(), 50.0));
    assert_eq!(n.points[2].entries, 2);
    assert_eq!(n.trend.direction, Direction::Up);
    assert_eq!(n.trend.better, Some(true));
    assert_eq!(n.latest().map(|v| v.round()), Some(50.0));

    let rev = report.series(KpiKind::Revenue).unwrap();
    assert_eq!(rev.points[2].value, Some(1600.0));
    let vs = report.series(KpiKind::RevenueVsTarget).unwrap();
    assert!(close(vs.points[0].value.unwrap(), 80.0));
    assert!(close(vs.points[2].value.unwrap(), 110.0));

    let ret = report.series(KpiKind::ClientRetention).unwrap();
    assert!(close(ret.points[2].value.unwrap(), 90.0));
    assert_eq!(ret.points[0].value, None);
    assert_eq!(ret.trend.direction, Direction::NotEnoughData);
    assert_eq!(ret.trend.better, None);
    let up = report.series(KpiKind::UpsellRate).unwrap();
    assert!(close(up.points[2].value.unwrap(), 20.0));
    let cross = report.series(KpiKind::CrossSellRate).unwrap();
    assert!(close(cross.points[2].value.unwrap(), 10.0));
    assert!(cross.has_data());
}

#[test]
fn quarters_and_years_cross_the_year_end() {
    use KpiMeasure as M;
    let entries = vec![
        entry("lumi", d(2025, 11, 30), M::ResponseTime { minutes: 40 }),
        entry("lumi", d(2026, 1, 1), M::ResponseTime { minutes: 40 }),
        entry("lumi", d(2026, 8, 31), M::ResponseTime { minutes: 20 }),
    ];
    let q = kpi_report(&entries, "lumi", Granularity::Quarter);
    let rt = q.series(KpiKind::ResponseTime).unwrap();
    let labels: Vec<&str> = rt.points.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, vec!["2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3"]);
    assert_eq!(rt.points[1].value, Some(40.0));
    assert_eq!(rt.points[2].value, None);
    // Flat between Q4 and Q1 does not hide the later move: the trend reads
    // the last two periods that have data (Q1 → Q3).
    assert_eq!(rt.trend.direction, Direction::Down);
    assert_eq!(rt.points[1].period.first_day(), d(2026, 1, 1));
    let y = kpi_report(&entries, "lumi", Granularity::Year);
    let rt = y.series(KpiKind::ResponseTime).unwrap();
    let labels: Vec<&str> = rt.points.iter().map(|p| p.label.as_str()).collect();
    assert_eq!(labels, vec!["2025", "2026"]);
    assert!(close(rt.points[1].value.unwrap(), 30.0));

    let flat = vec![
        entry("lumi", d(2026, 1, 1), M::ResponseTime { minutes: 40 }),
        entry("lumi", d(2026, 2, 1), M::ResponseTime { minutes: 40 }),
    ];
    let rt = kpi_report(&flat, "lumi", Granularity::Month);
    let tr = rt.series(KpiKind::ResponseTime).unwrap().trend;
    assert_eq!(tr.direction, Direction::Flat);
    assert_eq!(tr.better, None);
}

#[test]
fn periods_step_over_year_ends() {
    let dec = Period::of(d(2025, 12, 31), Granularity::Month);
    assert_eq!(dec.next().label(), "2026-01");
    let q4 = Period::of(d(2025, 10, 1), Granularity::Quarter);
    assert_eq!(q4.label(), "2025-Q4");
    assert_eq!(q4.next().label(), "2026-Q1");
    assert_eq!(
        Period::of(d(2028, 2, 29), Granularity::Month).label(),
        "2028-02"
    );
    assert_eq!(Period::of(d(2026, 6, 30), Granularity::Quarter).index, 2);
    assert_eq!(Period::of(d(2026, 7, 1), Granularity::Quarter).index, 3);
    assert_eq!(
        Period::of(d(2026, 5, 5), Granularity::Year).first_day(),
        d(2026, 1, 1)
    );
}

#[test]
fn an_empty_or_foreign_log_gives_empty_series() {
    let report = kpi_report(&log(), "nobody", Granularity::Month);
    assert!(report.skipped.is_empty());
    for s in &report.series {
        assert!(s.points.is_empty() && !s.has_data());
        assert_eq!(s.trend.direction, Direction::NotEnoughData);
    }
    let report = kpi_report(&[], "lumi", Granularity::Quarter);
    assert!(report.series.iter().all(|s| s.points.is_empty()));
}

#[test]
fn log_entries_are_validated_and_stored_as_records() {
    use KpiMeasure as M;
    let good = entry("lumi", d(2026, 3, 1), M::ResponseTime { minutes: 15 });
    assert_eq!(good.validate(), Ok(()));
    let mut e = good.clone();
    e.client_id.clear();
    assert_eq!(e.validate(), Err(KpiError::Missing(KpiField::ClientId)));
    let e = entry(
        "lumi",
        d(2026, 3, 1),
        M::Retention {
            at_start: 3,
            lost: 4,
            gained: 0,
        },
    );
    assert!(matches!(e.validate(), Err(KpiError::Exceeds { .. })));
    let e = entry(
        "lumi",
        d(2026, 3, 1),
        M::Revenue {
            amount: 5,
            target: Some(0),
        },
    );
    assert_eq!(e.validate(), Err(KpiError::ZeroTotal(KpiField::Target)));
    let e = entry(
        "lumi",
        d(2026, 3, 1),
        M::Revenue {
            amount: -5,
            target: None,
        },
    );
    assert_eq!(e.validate(), Err(KpiError::Negative(KpiField::Revenue)));

    for e in log() {
        let json = serde_json::to_string(&e).unwrap();
        let back: KpiEntry = serde_json::from_str(&json).unwrap();
        assert_eq!(back, e);
    }
    let partial: KpiEntry = serde_json::from_str(r#"{"client_id":"lumi"}"#).unwrap();
    assert_eq!(partial.measure, KpiMeasure::ResponseTime { minutes: 0 });
    assert_eq!(partial.date, None);
    assert!(serde_json::from_str::<KpiEntry>(r#"{"date":"2026-02-29"}"#).is_err());
}
