//! A channel's response curve from what the account knows: two to five
//! past campaigns (what was spent, what came back). The curve is found by
//! least squares over its parameters: a grid over the half-saturation
//! spend and the shape, the ceiling in closed form for each pair, then a
//! few finer passes around the best pair. Everything is deterministic.
use super::plan::Response;

/// Fewest past points a fit accepts.
pub const MIN_POINTS: usize = 2;
/// Most past points a fit accepts.
pub const MAX_POINTS: usize = 5;

/// A past campaign on the channel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PastPoint {
    /// What was spent (whole currency units).
    pub spend: i64,
    /// What came back (reach, clicks, leads, …).
    pub result: f64,
}

/// Why a curve cannot be fitted to the points.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FitError {
    #[error("a fit needs at least {MIN_POINTS} past points, got {0}")]
    TooFew(usize),
    #[error("a fit takes at most {MAX_POINTS} past points, got {0}")]
    TooMany(usize),
    /// Point `index` (0-based) has a negative spend or result.
    #[error("point {index} has a negative value")]
    Negative { index: usize },
    /// Point `index` has a result that is not a number.
    #[error("point {index} is not a number")]
    NotFinite { index: usize },
    /// Point `index` has no spend: it says nothing about the curve.
    #[error("point {index} has no spend")]
    ZeroSpend { index: usize },
    /// Two points have the same spend.
    #[error("the spend {spend} appears twice")]
    DuplicateSpend { spend: i64 },
    /// Every result is zero: there is no curve to see.
    #[error("every result is zero")]
    AllZero,
}

/// Something that makes a fit less sure, in the order the UI words them.
#[derive(Clone, Debug, PartialEq)]
pub enum Caution {
    /// Only two points: the shape is assumed (results from the first
    /// spend, then flattening), not seen.
    FewPoints,
    /// The largest past spend is less than 1.5 × the smallest: the points
    /// say little about how results change with spend.
    Close,
    /// These past spends are far from the curve (off by more than a
    /// tenth of the largest result).
    FarOff { spends: Vec<i64> },
}

/// A fitted curve and how well it matches the points.
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    pub response: Response,
    /// The points, by increasing spend.
    pub points: Vec<PastPoint>,
    /// Root mean square of the misses, as a share of the largest result.
    pub miss: f64,
    pub cautions: Vec<Caution>,
}

/// How sure the fit is, in three plain steps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sureness {
    /// Enough points, spread out, all near the curve.
    Fair,
    /// One reason for doubt.
    Rough,
    /// Points far off the curve, or several reasons for doubt.
    Weak,
}

impl Fit {
    /// The largest past spend.
    pub fn largest_spend(&self) -> i64 {
        self.points.iter().map(|p| p.spend).max().unwrap_or(0)
    }

    /// How far `spend` goes beyond the largest past spend, when it is more
    /// than twice as much (the curve there is a guess): the ratio.
    pub fn beyond(&self, spend: i64) -> Option<f64> {
        let top = self.largest_spend();
        (top > 0 && spend > 2 * top).then(|| spend as f64 / top as f64)
    }

    /// How sure the fit is.
    pub fn sureness(&self) -> Sureness {
        let far = self
            .cautions
            .iter()
            .any(|c| matches!(c, Caution::FarOff { .. }));
        match (far, self.cautions.len()) {
            (true, _) => Sureness::Weak,
            (false, 0) => Sureness::Fair,
            (false, 1) => Sureness::Rough,
            _ => Sureness::Weak,
        }
    }
}

/// Checks the points and sorts them by spend.
fn checked(points: &[PastPoint]) -> Result<Vec<PastPoint>, FitError> {
    if points.len() < MIN_POINTS {
        return Err(FitError::TooFew(points.len()));
    }
    if points.len() > MAX_POINTS {
        return Err(FitError::TooMany(points.len()));
    }
    for (index, p) in points.iter().enumerate() {
        if !p.result.is_finite() {
            return Err(FitError::NotFinite { index });
        }
        if p.spend < 0 || p.result < 0.0 {
            return Err(FitError::Negative { index });
        }
        if p.spend == 0 {
            return Err(FitError::ZeroSpend { index });
        }
    }
    let mut sorted = points.to_vec();
    crate::sort::by_key(&mut sorted, |p| p.spend);
    if let Some(w) = sorted.windows(2).find(|w| w[0].spend == w[1].spend) {
        return Err(FitError::DuplicateSpend { spend: w[0].spend });
    }
    if sorted.iter().all(|p| p.result == 0.0) {
        return Err(FitError::AllZero);
    }
    Ok(sorted)
}

/// The best ceiling for a half-saturation spend and a shape, and the sum
/// of squared misses. The ceiling is kept positive.
fn score(points: &[PastPoint], half: f64, shape: f64) -> (f64, f64) {
    let g: Vec<f64> = points
        .iter()
        .map(|p| 1.0 / (1.0 + (half / p.spend as f64).powf(shape)))
        .collect();
    let gy: f64 = g.iter().zip(points).map(|(g, p)| g * p.result).sum();
    let gg: f64 = g.iter().map(|g| g * g).sum();
    let max = if gg > 0.0 { (gy / gg).max(0.0) } else { 0.0 };
    let sse = g
        .iter()
        .zip(points)
        .map(|(g, p)| (p.result - max * g).powi(2))
        .sum();
    (max, sse)
}

/// Shapes tried: 0.5 to 4 (slow starters included). With two points the
/// shape cannot be seen, so it is 1 (results from the first spend).
fn shapes(n: usize) -> Vec<f64> {
    if n <= 2 {
        vec![1.0]
    } else {
        (0..=35).map(|k| 0.5 + 0.1 * f64::from(k)).collect()
    }
}

/// Fits a curve to two to five past points.
pub fn fit(points: &[PastPoint]) -> Result<Fit, FitError> {
    let pts = checked(points)?;
    let lo = pts[0].spend as f64;
    let hi = pts[pts.len() - 1].spend as f64;
    let top = pts.iter().map(|p| p.result).fold(0.0, f64::max);
    // Half-saturation from a tenth of the smallest spend to 30 × the
    // largest, log-spaced.
    let (h_lo, h_hi) = ((lo / 10.0).ln(), (hi * 30.0).ln());
    const STEPS: i32 = 160;
    let mut best = (f64::INFINITY, 1.0, 1.0);
    let shapes = shapes(pts.len());
    for &k in &shapes {
        for i in 0..=STEPS {
            let h = (h_lo + (h_hi - h_lo) * f64::from(i) / f64::from(STEPS)).exp();
            let (_, sse) = score(&pts, h, k);
            if sse < best.0 {
                best = (sse, h, k);
            }
        }
    }
    // Finer passes around the best pair (pattern search, halving steps).
    let (mut sse, mut h, mut k) = best;
    let mut dh = ((h_hi - h_lo) / f64::from(STEPS)).exp();
    let mut dk = if shapes.len() > 1 { 0.1 } else { 0.0 };
    for _ in 0..40 {
        let mut moved = false;
        for (fh, sk) in [
            (dh, 0.0),
            (1.0 / dh, 0.0),
            (1.0, dk),
            (1.0, -dk),
            (dh, dk),
            (1.0 / dh, -dk),
            (dh, -dk),
            (1.0 / dh, dk),
        ] {
            let (nh, nk) = (h * fh, (k + sk).clamp(0.3, 6.0));
            if nh < lo / 20.0 || nh > hi * 60.0 {
                continue;
            }
            let (_, s) = score(&pts, nh, nk);
            if s < sse {
                (sse, h, k) = (s, nh, nk);
                moved = true;
            }
        }
        if !moved {
            dh = dh.sqrt();
            dk /= 2.0;
        }
    }
    let (max, sse) = score(&pts, h, k);
    let response = Response::Hill {
        max,
        half_saturation: h,
        shape: k,
    };
    let miss = (sse / pts.len() as f64).sqrt() / top;
    let mut cautions = Vec::new();
    if pts.len() == 2 {
        cautions.push(Caution::FewPoints);
    }
    if hi < lo * 1.5 {
        cautions.push(Caution::Close);
    }
    let far: Vec<i64> = pts
        .iter()
        .filter(|p| (p.result - response.at(p.spend)).abs() > 0.1 * top)
        .map(|p| p.spend)
        .collect();
    if !far.is_empty() {
        cautions.push(Caution::FarOff { spends: far });
    }
    Ok(Fit {
        response,
        points: pts,
        miss,
        cautions,
    })
}
