//! Fitting a channel's curve to past campaigns: known curves come back
//! from exact and from noisy points, two points give a concave curve
//! through both, and bad points are refused with a typed reason.
use suitcase_core::model::budget::fit::{fit, Caution, FitError, PastPoint, Sureness};
use suitcase_core::model::budget::Response;

/// A small deterministic random source (xorshift64*).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn hill(max: f64, half: f64, shape: f64) -> Response {
    Response::Hill {
        max,
        half_saturation: half,
        shape,
    }
}

fn params(r: Response) -> (f64, f64, f64) {
    let Response::Hill {
        max,
        half_saturation,
        shape,
    } = r;
    (max, half_saturation, shape)
}

fn points_on(r: Response, spends: &[i64]) -> Vec<PastPoint> {
    spends
        .iter()
        .map(|&s| PastPoint {
            spend: s,
            result: r.at(s),
        })
        .collect()
}

fn close(a: f64, b: f64, rel: f64) -> bool {
    (a - b).abs() <= rel * b.abs()
}

#[test]
fn exact_points_give_the_curve_back() {
    let cases = [
        (
            hill(1_200_000.0, 150_000_000.0, 1.0),
            vec![50, 100, 200, 400],
        ),
        (hill(900.0, 80_000_000.0, 2.2), vec![20, 50, 80, 140, 300]),
        (hill(5_000.0, 300_000_000.0, 0.7), vec![40, 120, 300, 700]),
    ];
    for (truth, millions) in cases {
        let spends: Vec<i64> = millions.iter().map(|m| m * 1_000_000).collect();
        let f = fit(&points_on(truth, &spends)).expect("fits");
        let (m, h, k) = params(f.response);
        let (tm, th, tk) = params(truth);
        assert!(close(m, tm, 0.01), "max {m} vs {tm}");
        assert!(close(h, th, 0.01), "half {h} vs {th}");
        assert!(close(k, tk, 0.01), "shape {k} vs {tk}");
        assert!(f.miss < 1e-3, "miss {}", f.miss);
        assert_eq!(f.sureness(), Sureness::Fair);
        // The curve matches between the points too.
        for s in [60_000_000, 250_000_000] {
            assert!(close(f.response.at(s), truth.at(s), 0.01));
        }
    }
}

#[test]
fn noisy_points_land_near_the_curve() {
    let truth = hill(2_000.0, 120_000_000.0, 1.5);
    let spends: Vec<i64> = [30, 70, 120, 220, 400]
        .iter()
        .map(|m| m * 1_000_000)
        .collect();
    let mut rng = Rng(0x5EED_CAFE);
    for _ in 0..20 {
        // ±5 % noise on each result.
        let pts: Vec<PastPoint> = points_on(truth, &spends)
            .into_iter()
            .map(|p| PastPoint {
                result: p.result * (1.0 + 0.1 * (rng.next() - 0.5)),
                ..p
            })
            .collect();
        let f = fit(&pts).expect("fits");
        // Where the points are, the fitted curve is within the noise
        // (measured against the largest past result).
        let top = truth.at(400_000_000);
        for s in spends.iter().copied().chain([50_000_000, 300_000_000]) {
            assert!(
                (f.response.at(s) - truth.at(s)).abs() < 0.06 * top,
                "at {s}: {} vs {}",
                f.response.at(s),
                truth.at(s)
            );
        }
        assert!(f.miss < 0.05);
        assert!(!f
            .cautions
            .iter()
            .any(|c| matches!(c, Caution::FarOff { .. })));
    }
}

#[test]
fn the_fit_is_deterministic() {
    let pts = points_on(
        hill(700.0, 90_000_000.0, 1.3),
        &[10_000_000, 60_000_000, 150_000_000],
    );
    assert_eq!(fit(&pts), fit(&pts));
    let mut reversed = pts.clone();
    reversed.reverse();
    assert_eq!(fit(&pts), fit(&reversed));
}

#[test]
fn two_points_give_a_concave_curve_through_both() {
    let pts = [
        PastPoint {
            spend: 100_000_000,
            result: 300.0,
        },
        PastPoint {
            spend: 300_000_000,
            result: 600.0,
        },
    ];
    let f = fit(&pts).expect("fits");
    let (m, h, k) = params(f.response);
    assert_eq!(k, 1.0);
    // y = M s / (s + h) through both: h = 300 million, M = 1,200.
    assert!(close(h, 300_000_000.0, 0.001), "half {h}");
    assert!(close(m, 1_200.0, 0.001), "max {m}");
    assert!(close(f.response.at(100_000_000), 300.0, 0.001));
    assert!(close(f.response.at(300_000_000), 600.0, 0.001));
    assert_eq!(f.cautions, vec![Caution::FewPoints]);
    assert_eq!(f.sureness(), Sureness::Rough);
}

#[test]
fn doubts_are_named() {
    // Two points close together: few and close.
    let f = fit(&[
        PastPoint {
            spend: 100_000_000,
            result: 300.0,
        },
        PastPoint {
            spend: 120_000_000,
            result: 330.0,
        },
    ])
    .unwrap();
    assert_eq!(f.cautions, vec![Caution::FewPoints, Caution::Close]);
    assert_eq!(f.sureness(), Sureness::Weak);

    // A point no curve of this family can pass near: far off.
    let f = fit(&[
        PastPoint {
            spend: 50_000_000,
            result: 500.0,
        },
        PastPoint {
            spend: 100_000_000,
            result: 100.0,
        },
        PastPoint {
            spend: 200_000_000,
            result: 520.0,
        },
        PastPoint {
            spend: 400_000_000,
            result: 560.0,
        },
    ])
    .unwrap();
    match f.cautions.as_slice() {
        [Caution::FarOff { spends }] => assert!(spends.contains(&100_000_000)),
        other => panic!("expected far off, got {other:?}"),
    }
    assert_eq!(f.sureness(), Sureness::Weak);

    // Spending far beyond what was ever tried.
    assert_eq!(f.largest_spend(), 400_000_000);
    assert_eq!(f.beyond(700_000_000), None);
    assert_eq!(f.beyond(1_200_000_000), Some(3.0));
}

#[test]
fn bad_points_are_refused() {
    let p = |spend, result| PastPoint { spend, result };
    assert_eq!(fit(&[p(100, 1.0)]), Err(FitError::TooFew(1)));
    assert_eq!(fit(&[]), Err(FitError::TooFew(0)));
    let six: Vec<PastPoint> = (1..=6).map(|k| p(k * 100, k as f64)).collect();
    assert_eq!(fit(&six), Err(FitError::TooMany(6)));
    assert_eq!(
        fit(&[p(100, 1.0), p(200, 2.0), p(100, 3.0)]),
        Err(FitError::DuplicateSpend { spend: 100 })
    );
    assert_eq!(
        fit(&[p(100, 1.0), p(-200, 2.0)]),
        Err(FitError::Negative { index: 1 })
    );
    assert_eq!(
        fit(&[p(100, -1.0), p(200, 2.0)]),
        Err(FitError::Negative { index: 0 })
    );
    assert_eq!(
        fit(&[p(0, 0.0), p(200, 2.0)]),
        Err(FitError::ZeroSpend { index: 0 })
    );
    assert_eq!(
        fit(&[p(100, f64::NAN), p(200, 2.0)]),
        Err(FitError::NotFinite { index: 0 })
    );
    assert_eq!(fit(&[p(100, 0.0), p(200, 0.0)]), Err(FitError::AllZero));
}

#[test]
fn the_worked_example_of_the_page_comes_out_round() {
    // 25, 50, 100 and 300 million brought 240, 400, 600 and 900 leads:
    // at most 1,200, half of that at 100 million, no slow start.
    let p = |m: i64, result| PastPoint {
        spend: m * 1_000_000,
        result,
    };
    let f = fit(&[p(25, 240.0), p(50, 400.0), p(100, 600.0), p(300, 900.0)]).unwrap();
    let (m, h, k) = params(f.response);
    assert!((m - 1_200.0).abs() < 0.005, "max {m}");
    assert!((h - 100_000_000.0).abs() < 1_000.0, "half {h}");
    assert!((k - 1.0).abs() < 0.005, "shape {k}");
    assert!(f.cautions.is_empty());
    assert_eq!(f.sureness(), Sureness::Fair);
}
