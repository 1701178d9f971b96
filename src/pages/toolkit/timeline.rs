//! The campaign timeline: one lane per brand over the twelve months
//! reviewed, as an SVG with a title and a description, and the same
//! campaigns as a table (the chart's text alternative).
use chrono::{Datelike, Months, NaiveDate};
use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::money::format_amount;
use suitcase_core::model::reports::dates::{format_date, month_short_en};
use suitcase_core::model::reports::{Timeline, TimelineItem};
use suitcase_core::model::text::Lang;

const W: f64 = 720.0;
const LABEL_W: f64 = 130.0;
const PAD_R: f64 = 12.0;
const TOP: f64 = 22.0;
const LANE_H: f64 = 30.0;

fn x_of(d: NaiveDate, start: NaiveDate, end: NaiveDate) -> f64 {
    let total = ((end - start).num_days() + 1).max(1) as f64;
    let days = (d - start).num_days() as f64;
    LABEL_W + days / total * (W - LABEL_W - PAD_R)
}

/// "Mar 2026 – May 2026" or one date.
fn when(i: &TimelineItem, lang: Lang) -> String {
    if i.end > i.date {
        format!(
            "{} – {}",
            format_date(i.date, lang),
            format_date(i.end, lang)
        )
    } else {
        format_date(i.date, lang)
    }
}

fn short(s: &str, max: usize) -> String {
    if s.chars().count() > max {
        format!("{}…", s.chars().take(max - 1).collect::<String>())
    } else {
        s.to_string()
    }
}

/// The chart and its table for `timeline` (spends in `currency`).
#[component]
pub fn TimelineView(
    #[prop(into)] timeline: Signal<Option<Timeline>>,
    #[prop(into)] currency: Signal<String>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        let lang = lang.get();
        let Some(tl) = timeline.get() else {
            return view! { <p class="help">{tr!(i18n, toolkit.rv_no_asof)}</p> }.into_any();
        };
        let cur = currency.get();
        let (start, end) = (tl.start, tl.end);
        let brands = tl.lanes.len();
        let h = TOP + LANE_H * brands.max(1) as f64 + 8.0;
        let desc = td_string!(
            i18n.get_locale(),
            toolkit.rv_chart_desc,
            n = tl.len(),
            brands = brands,
            start = format_date(start, lang),
            end = format_date(end, lang)
        )
        .to_string();
        // Month ticks: the first of each month in the window.
        let mut ticks = Vec::new();
        let mut m = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start);
        while m <= end {
            if m >= start {
                ticks.push(m);
            }
            match m.checked_add_months(Months::new(1)) {
                Some(n) => m = n,
                None => break,
            }
        }
        let tick_view = ticks
            .iter()
            .map(|&t| {
                let x = x_of(t, start, end);
                let label = match lang {
                    Lang::En => month_short_en(t).to_string(),
                    Lang::Vi => format!("T{}", t.month()),
                };
                view! {
                    <line class="tick" x1=x y1=TOP - 4.0 x2=x y2=h - 8.0 />
                    <text class="tick-label" x=x + 2.0 y=TOP - 8.0>{label}</text>
                }
            })
            .collect_view();
        let lanes = tl
            .lanes
            .iter()
            .enumerate()
            .map(|(k, lane)| {
                let y = TOP + LANE_H * k as f64;
                let name = if lane.name.trim().is_empty() { "—".to_string() } else { short(&lane.name, 18) };
                let items = lane
                    .items
                    .iter()
                    .map(|i| {
                        let x1 = x_of(i.bar_start, start, end);
                        let x2 = x_of(i.bar_end, start, end);
                        let tip = format!("{}: {} ({})", lane.name, i.name, when(i, lang));
                        let client = lane.is_client;
                        if i.bar_end > i.bar_start {
                            view! {
                                <rect class=if client { "bar bar-client" } else { "bar" } x=x1 y=y + 8.0 width=(x2 - x1).max(4.0) height=LANE_H - 16.0 rx="3">
                                    <title>{tip}</title>
                                </rect>
                            }
                            .into_any()
                        } else {
                            view! {
                                <circle class=if client { "dot dot-client" } else { "dot" } cx=x1 cy=y + LANE_H / 2.0 r="6">
                                    <title>{tip}</title>
                                </circle>
                            }
                            .into_any()
                        }
                    })
                    .collect_view();
                view! {
                    <rect class="lane-bg" x="0" y=y + 2.0 width=W height=LANE_H - 4.0 />
                    <text class="lane-label" x="6" y=y + LANE_H / 2.0 + 4.0>{name}</text>
                    {items}
                }
            })
            .collect_view();
        let rows = tl
            .all_sorted()
            .into_iter()
            .map(|i| {
                let lane = &tl.lanes[i.brand];
                view! {
                    <tr>
                        <td>{when(i, lang)}</td>
                        <td>{lane.name.clone()}</td>
                        <td>{i.name.clone()}</td>
                        <td>{i.channel.clone()}</td>
                        <td class="num">{i.estimated_spend.map(|s| format_amount(s, &cur)).unwrap_or_else(|| "—".into())}</td>
                    </tr>
                }
            })
            .collect_view();
        let undated = tl.undated.len();
        view! {
            <svg
                class="chart timeline"
                viewBox=format!("0 0 {W} {h}")
                role="img"
                aria-labelledby="rv-chart-title rv-chart-desc"
                data-testid="timeline-chart"
            >
                <title id="rv-chart-title">{tr!(i18n, toolkit.rv_chart_title)}</title>
                <desc id="rv-chart-desc">{desc}</desc>
                {lanes}
                {tick_view}
            </svg>
            {(undated > 0).then(|| view! {
                <p class="help">{td_string!(i18n.get_locale(), toolkit.rv_undated, n = undated).to_string()}</p>
            })}
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="rv-table-caption">
                <table class="data" data-testid="timeline-table">
                    <caption id="rv-table-caption">{tr!(i18n, toolkit.rv_table_caption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, toolkit.rv_when)}</th>
                            <th scope="col">{tr!(i18n, toolkit.rv_brand)}</th>
                            <th scope="col">{tr!(i18n, toolkit.rv_campaign)}</th>
                            <th scope="col">{tr!(i18n, toolkit.rv_channel)}</th>
                            <th scope="col" class="num">{tr!(i18n, toolkit.rv_spend)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}
