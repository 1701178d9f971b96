//! Small SVG charts: a channel's response curve with the chosen spend, and
//! the what-if curve of best value against total budget.
use leptos::prelude::*;

use super::messages::{money, money_short, points, quantity};
use super::workspace::use_plan;
use crate::i18n::*;
use suitcase_core::model::budget::{Channel, Response};

const W: f64 = 320.0;
const H: f64 = 170.0;
const PAD_L: f64 = 36.0;
const PAD_B: f64 = 28.0;
const PAD_T: f64 = 10.0;
const PAD_R: f64 = 10.0;

/// Maps data to the plot area.
#[derive(Clone, Copy)]
pub struct Frame {
    pub x_max: f64,
    pub y_max: f64,
}

impl Frame {
    pub fn x(self, v: f64) -> f64 {
        PAD_L + (v / self.x_max.max(1e-9)) * (W - PAD_L - PAD_R)
    }
    pub fn y(self, v: f64) -> f64 {
        H - PAD_B - (v / self.y_max.max(1e-9)) * (H - PAD_B - PAD_T)
    }
    /// An SVG path through the points.
    pub fn path(self, pts: &[(f64, f64)]) -> String {
        let mut d = String::new();
        for (k, (x, y)) in pts.iter().enumerate() {
            d.push_str(&format!(
                "{}{:.1},{:.1} ",
                if k == 0 { "M" } else { "L" },
                self.x(*x),
                self.y(*y)
            ));
        }
        d
    }
}

/// Axes with their labels.
#[component]
pub fn Axes(#[prop(into)] x_label: String, #[prop(into)] y_label: String) -> impl IntoView {
    view! {
        <line class="axis" x1=PAD_L y1=H - PAD_B x2=W - PAD_R y2=H - PAD_B />
        <line class="axis" x1=PAD_L y1=PAD_T x2=PAD_L y2=H - PAD_B />
        <text class="axis-label" x=W - PAD_R y=H - 8.0 text-anchor="end">
            {x_label}
        </text>
        <text class="axis-label" x=4.0 y=PAD_T + 4.0>
            {y_label}
        </text>
    }
}

/// A channel's response curve, its allowed range shaded and the chosen
/// spend marked. The description says the same in words.
#[component]
pub fn CurveChart(channel: Channel, spend: i64) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let Response::Hill {
        max,
        half_saturation,
        ..
    } = channel.response;
    let x_max = (channel.max as f64)
        .max(half_saturation * 2.0)
        .max(spend as f64)
        .max(1.0)
        * 1.05;
    let frame = Frame {
        x_max,
        y_max: max.max(1e-9) * 1.05,
    };
    let pts: Vec<(f64, f64)> = (0..=64)
        .map(|k| {
            let s = x_max * f64::from(k) / 64.0;
            (s, channel.response.at(s as i64))
        })
        .collect();
    let value = channel.response.at(spend);
    let locale = i18n.get_locale_untracked();
    let label = td_string!(
        locale,
        budget.chart_label,
        name = &channel.name,
        spend = money(locale, spend, &ctx.currency()),
        value = points(locale, value),
        max = quantity(locale, ctx.unit(), max, 1, &ctx.currency())
    )
    .to_string();
    let (sx, sy) = (frame.x(spend as f64), frame.y(value));
    // The curve in plain words: where it flattens and, for a slow starter,
    // the spend below which little happens.
    let cur = ctx.currency();
    let flat = money_short(
        locale,
        round_sig(channel.response.spend_for_share(0.8)),
        &cur,
    );
    let words = if channel.response.starts_slowly() {
        td_string!(
            locale,
            budget.curve_slow,
            name = &channel.name,
            low = money_short(
                locale,
                round_sig(channel.response.spend_for_share(0.05)),
                &cur
            ),
            flat = flat
        )
        .to_string()
    } else {
        td_string!(
            locale,
            budget.curve_quick,
            name = &channel.name,
            flat = flat
        )
        .to_string()
    };
    view! {
        <p class="help curve-words">{words}</p>
        <svg class="chart curve" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label>
            <rect
                class="range"
                x=frame.x(channel.min as f64)
                y=PAD_T
                width=(frame.x(channel.max as f64) - frame.x(channel.min as f64)).max(1.5)
                height=H - PAD_B - PAD_T
            />
            <Axes
                x_label=t_string!(i18n, budget.chart_spend).to_string()
                y_label=t_string!(i18n, budget.chart_value).to_string()
            />
            <path class="line" d=frame.path(&pts) />
            <line class="marker" x1=sx y1=sy x2=sx y2=H - PAD_B />
            <circle class="marker-dot" cx=sx cy=sy r=5 />
        </svg>
    }
}

/// Rounds an estimate to two significant digits ("about 38 million", not
/// "about 37.614.023").
fn round_sig(v: f64) -> i64 {
    if !v.is_finite() || v <= 0.0 {
        return 0;
    }
    let unit = 10f64.powi(v.log10().floor() as i32 - 1);
    ((v / unit).round() * unit) as i64
}

/// The best total value against the total budget, with the tried budget
/// marked.
#[component]
pub fn FrontierChart(
    /// (total budget, best value) points, increasing budget.
    points_list: Vec<(i64, f64)>,
    /// The budget being tried and its value.
    at: (i64, f64),
    /// The description.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let lo = points_list.first().map(|p| p.0).unwrap_or(0) as f64;
    let hi = points_list.last().map(|p| p.0).unwrap_or(1) as f64;
    let top = points_list.iter().map(|p| p.1).fold(1e-9, f64::max) * 1.05;
    let frame = Frame {
        x_max: (hi - lo).max(1.0),
        y_max: top,
    };
    let pts: Vec<(f64, f64)> = points_list
        .iter()
        .map(|(b, v)| (*b as f64 - lo, *v))
        .collect();
    let (mx, my) = (frame.x(at.0 as f64 - lo), frame.y(at.1));
    view! {
        <svg class="chart frontier" viewBox=format!("0 0 {W} {H}") role="img" aria-label=label>
            <Axes
                x_label=t_string!(i18n, budget.total).to_string()
                y_label=t_string!(i18n, budget.chart_value).to_string()
            />
            <path class="line" d=frame.path(&pts) />
            <line class="marker" x1=mx y1=my x2=mx y2=H - PAD_B />
            <circle class="marker-dot" cx=mx cy=my r=5 />
        </svg>
    }
}
