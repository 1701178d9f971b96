//! A local optimizer for comparison: the way marketing-mix allocators (SLSQP
//! and similar gradient methods) treat the media split. It starts from an
//! even split of the media money and moves money from the channel with the
//! lowest marginal return to the one with the highest, with shrinking steps,
//! until no move helps: a local optimum, where S-shaped curves can trap it.
//! Items are not its concern: it splits whatever is left for media.
use super::plan::Plan;

/// The derivative of a channel's response at spend `s` (central difference).
fn slope(plan: &Plan, j: usize, s: f64) -> f64 {
    let c = &plan.channels[j];
    let h = (c.max as f64 * 1e-6).max(1.0);
    let lo = (s - h).max(c.min as f64);
    let hi = (s + h).min(c.max as f64);
    if hi <= lo {
        return 0.0;
    }
    (c.response.at(hi.round() as i64) - c.response.at(lo.round() as i64)) / (hi - lo)
}

/// Splits `budget` across the channels by local search from an even split.
/// Returns the spends (whole units, within each channel's range, summing to
/// at most `budget`).
pub fn local_split(plan: &Plan, budget: i64) -> Vec<i64> {
    let n = plan.channels.len();
    if n == 0 {
        return Vec::new();
    }
    let mins: Vec<f64> = plan.channels.iter().map(|c| c.min as f64).collect();
    let maxs: Vec<f64> = plan.channels.iter().map(|c| c.max as f64).collect();
    // Even split of what is above the minimums, clipped to the maximums.
    let above = (budget as f64 - mins.iter().sum::<f64>()).max(0.0);
    let mut s: Vec<f64> = (0..n)
        .map(|j| (mins[j] + above / n as f64).min(maxs[j]))
        .collect();
    let mut step = above / n as f64 / 2.0;
    let total = |s: &[f64]| -> f64 {
        (0..n)
            .map(|j| plan.channels[j].response.at(s[j].round() as i64))
            .sum()
    };
    let mut value = total(&s);
    let mut iterations = 0;
    while step >= 1.0 && iterations < 10_000 {
        iterations += 1;
        let grads: Vec<f64> = (0..n).map(|j| slope(plan, j, s[j])).collect();
        // Receiver: highest slope with room; giver: lowest slope with money.
        let to = (0..n)
            .filter(|&j| s[j] < maxs[j])
            .max_by(|&a, &b| grads[a].total_cmp(&grads[b]));
        let from = (0..n)
            .filter(|&j| s[j] > mins[j])
            .min_by(|&a, &b| grads[a].total_cmp(&grads[b]));
        let (Some(to), Some(from)) = (to, from) else {
            break;
        };
        if to == from || grads[to] <= grads[from] {
            break; // first-order conditions hold: a local optimum
        }
        let amount = step.min(maxs[to] - s[to]).min(s[from] - mins[from]);
        let mut trial = s.clone();
        trial[to] += amount;
        trial[from] -= amount;
        let v = total(&trial);
        if v > value {
            s = trial;
            value = v;
        } else {
            step /= 2.0;
        }
    }
    s.iter().map(|x| x.floor() as i64).collect()
}
