//! A KPI's series as a small line chart (gaps where a period has no data),
//! with its values in words for screen readers and as a table.
use leptos::prelude::*;

use suitcase_core::model::kpi::Series;

const W: f64 = 320.0;
const H: f64 = 150.0;
const PAD_L: f64 = 44.0;
const PAD_R: f64 = 10.0;
const PAD_T: f64 = 10.0;
const PAD_B: f64 = 24.0;

/// The chart of `series`; `fmt` formats a value, `label` names the KPI.
#[component]
pub fn SeriesChart(series: Series, label: String, fmt: fn(f64) -> String) -> impl IntoView {
    let values: Vec<f64> = series.points.iter().filter_map(|p| p.value).collect();
    let lo = values
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min)
        .min(0.0);
    let mut hi = values
        .iter()
        .copied()
        .fold(f64::NEG_INFINITY, f64::max)
        .max(0.0);
    if (hi - lo).abs() < 1e-9 {
        hi = lo + 1.0;
    }
    let n = series.points.len().max(1);
    let x = move |i: usize| {
        if n == 1 {
            PAD_L + (W - PAD_L - PAD_R) / 2.0
        } else {
            PAD_L + i as f64 / (n - 1) as f64 * (W - PAD_L - PAD_R)
        }
    };
    let y = move |v: f64| H - PAD_B - (v - lo) / (hi - lo) * (H - PAD_B - PAD_T);
    // One path segment per run of periods with data.
    let mut d = String::new();
    let mut pen = false;
    for (i, p) in series.points.iter().enumerate() {
        match p.value {
            Some(v) => {
                d.push_str(&format!(
                    "{}{:.1},{:.1} ",
                    if pen { "L" } else { "M" },
                    x(i),
                    y(v)
                ));
                pen = true;
            }
            None => pen = false,
        }
    }
    let words = series
        .points
        .iter()
        .map(|p| {
            format!(
                "{} {}",
                p.label,
                p.value.map(fmt).unwrap_or_else(|| "—".into())
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let aria = format!("{label}: {words}");
    let dots = series
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.value.map(|v| (i, v, p.label.clone())))
        .map(|(i, v, l)| {
            view! {
                <circle class="point" cx=x(i) cy=y(v) r="3.5">
                    <title>{format!("{l}: {}", fmt(v))}</title>
                </circle>
            }
        })
        .collect_view();
    let first = series
        .points
        .first()
        .map(|p| p.label.clone())
        .unwrap_or_default();
    let last = series
        .points
        .last()
        .map(|p| p.label.clone())
        .unwrap_or_default();
    let zero = (lo < 0.0)
        .then(|| view! { <line class="grid" x1=PAD_L y1=y(0.0) x2=W - PAD_R y2=y(0.0) /> });
    view! {
        <svg class="chart kpi-chart" viewBox=format!("0 0 {W} {H}") role="img" aria-label=aria>
            <line class="axis" x1=PAD_L y1=H - PAD_B x2=W - PAD_R y2=H - PAD_B />
            <line class="axis" x1=PAD_L y1=PAD_T x2=PAD_L y2=H - PAD_B />
            {zero}
            <text class="axis-label" x="2" y=PAD_T + 8.0>{fmt(hi)}</text>
            <text class="axis-label" x="2" y=H - PAD_B>{fmt(lo)}</text>
            <text class="axis-label" x=PAD_L y=H - 6.0>{first}</text>
            <text class="axis-label" x=W - PAD_R y=H - 6.0 text-anchor="end">{last}</text>
            <path class="line" d=d />
            {dots}
        </svg>
    }
}
