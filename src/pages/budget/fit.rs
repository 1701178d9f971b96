//! A channel's curve from past campaigns: the account types two to five
//! past spends and what they brought, core fits the curve, the page shows
//! it against the points, says how sure it is, and uses it on request.
use leptos::prelude::*;

use super::curve::{Axes, Frame};
use super::lang_of;
use super::messages::{money_short, number, number_error, points, quantity};
use super::workspace::use_plan;
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::budget::fit::{
    fit, Caution, Fit, FitError, PastPoint, Sureness, MAX_POINTS, MIN_POINTS,
};
use suitcase_core::model::budget::{Plan, Response};
use suitcase_core::model::number::{parse_amount, parse_count};

/// The typed text of one past campaign.
#[derive(Clone, Default, PartialEq)]
struct Row {
    spend: String,
    result: String,
}

fn channel_index(p: &Plan, id: &str) -> Option<usize> {
    p.channels.iter().position(|c| c.id == id)
}

/// Why the points cannot be fitted, in words. `rows[i]` is the row number
/// (from 1) of the i-th point given to the fit.
fn fit_error_text(locale: Locale, e: &FitError, rows: &[usize], currency: &str) -> String {
    let row = |i: usize| rows.get(i).copied().unwrap_or(i + 1);
    match e {
        FitError::TooFew(_) => td_string!(locale, budget.fit_err_too_few).to_string(),
        FitError::TooMany(_) => {
            td_string!(locale, budget.fit_err_too_many, most = MAX_POINTS).to_string()
        }
        FitError::Negative { index } => {
            td_string!(locale, budget.fit_err_negative, n = row(*index)).to_string()
        }
        FitError::NotFinite { index } => {
            td_string!(locale, budget.fit_err_not_number, n = row(*index)).to_string()
        }
        FitError::ZeroSpend { index } => {
            td_string!(locale, budget.fit_err_zero_spend, n = row(*index)).to_string()
        }
        FitError::DuplicateSpend { spend } => td_string!(
            locale,
            budget.fit_err_duplicate,
            spend = money_short(locale, *spend, currency)
        )
        .to_string(),
        FitError::AllZero => td_string!(locale, budget.fit_err_all_zero).to_string(),
    }
}

/// The past results of a channel, the fitted curve and its doubts.
#[component]
pub fn FitPanel(
    /// The channel's id.
    id: String,
    /// The spend the solver chose for the channel.
    #[prop(into)]
    spend: Signal<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let key = StoredValue::new(id.clone());
    let rows = RwSignal::new(vec![Row::default(); MIN_POINTS]);
    let fitted: RwSignal<Option<Fit>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let used = RwSignal::new(false);

    let run = move |_| {
        let locale = i18n.get_locale_untracked();
        let lang = lang_of(locale);
        let cur = ctx.currency();
        let mut pts = Vec::new();
        let mut numbers = Vec::new();
        for (i, r) in rows.get_untracked().iter().enumerate() {
            let n = i + 1;
            if r.spend.trim().is_empty() && r.result.trim().is_empty() {
                continue;
            }
            let spend = match parse_amount(&r.spend, lang) {
                Ok(v) => v,
                Err(e) => {
                    let why = number_error(locale, &e);
                    error.set(Some(
                        td_string!(locale, budget.fit_row_spend, n = n, why = why).to_string(),
                    ));
                    fitted.set(None);
                    return;
                }
            };
            let result = match parse_count(&r.result, lang) {
                Ok(v) => v,
                Err(e) => {
                    let why = number_error(locale, &e);
                    error.set(Some(
                        td_string!(locale, budget.fit_row_result, n = n, why = why).to_string(),
                    ));
                    fitted.set(None);
                    return;
                }
            };
            pts.push(PastPoint { spend, result });
            numbers.push(n);
        }
        used.set(false);
        match fit(&pts) {
            Ok(f) => {
                error.set(None);
                fitted.set(Some(f));
            }
            Err(e) => {
                error.set(Some(fit_error_text(locale, &e, &numbers, &cur)));
                fitted.set(None);
            }
        }
    };
    let use_curve = move |_| {
        if let Some(f) = fitted.get_untracked() {
            let ok = ctx
                .edit(|p| {
                    if let Some(j) = channel_index(p, &key.get_value()) {
                        p.channels[j].response = f.response;
                    }
                })
                .is_ok();
            used.set(ok);
        }
    };
    let add_row = move |_| {
        rows.update(|r| {
            if r.len() < MAX_POINTS {
                r.push(Row::default());
            }
        })
    };
    // Only the number of rows redraws them (typing in a row must not).
    let count = Memo::new(move |_| rows.with(Vec::len));
    let summary_id = format!("ch-{id}-fit-title");
    let error_id = format!("ch-{id}-fit-error");
    view! {
        <details class="fit" id=format!("ch-{id}-fit")>
            <summary id=summary_id>{tr!(i18n, budget.fit_title)}</summary>
            <p class="help">{tr!(i18n, budget.fit_help)}</p>
            <div class="fit-rows">
                {move || {
                    (0..count.get())
                        .map(|i| view! { <PointRow id=key.get_value() index=i rows=rows /> })
                        .collect_view()
                }}
            </div>
            <div class="actions">
                <Show when=move || count.get() < MAX_POINTS>
                    <button type="button" class="secondary" on:click=add_row>
                        {tr!(i18n, budget.fit_add_row)}
                    </button>
                </Show>
                <button type="button" on:click=run>{tr!(i18n, budget.fit_run)}</button>
            </div>
            <div class="field-issues" aria-live="polite">
                {move || {
                    error
                        .get()
                        .map(|m| {
                            view! {
                                <p class="field-error" role="alert" id=error_id.clone()>
                                    {m}
                                </p>
                            }
                        })
                }}
            </div>
            {move || {
                fitted
                    .get()
                    .map(|f| {
                        view! {
                            <FitView fit=f spend=spend />
                            <div class="actions">
                                <button type="button" on:click=use_curve>
                                    {tr!(i18n, budget.fit_use)}
                                </button>
                            </div>
                            <p role="status">
                                {move || used.get().then_some(tr!(i18n, budget.fit_used))}
                            </p>
                        }
                    })
            }}
        </details>
    }
}

/// One past campaign: its spend and its result.
#[component]
fn PointRow(id: String, index: usize, rows: RwSignal<Vec<Row>>) -> impl IntoView {
    let i18n = use_i18n();
    let n = index + 1;
    let spend_id = format!("ch-{id}-past-{n}-spend");
    let result_id = format!("ch-{id}-past-{n}-result");
    let get =
        move |f: fn(&Row) -> String| move || rows.with(|r| r.get(index).map(f).unwrap_or_default());
    let remove = move |_| {
        rows.update(|r| {
            if r.len() > MIN_POINTS && index < r.len() {
                r.remove(index);
            }
        })
    };
    view! {
        <div class="form-grid fit-row">
            <div class="field">
                <label for=spend_id.clone()>
                    {move || td_string!(i18n.get_locale(), budget.fit_spend, n = n).to_string()}
                </label>
                <input
                    id=spend_id
                    inputmode="decimal"
                    spellcheck="false"
                    prop:value=get(|r| r.spend.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        rows.update(|r| {
                            if let Some(row) = r.get_mut(index) {
                                row.spend = v;
                            }
                        })
                    }
                />
            </div>
            <div class="field">
                <label for=result_id.clone()>
                    {move || td_string!(i18n.get_locale(), budget.fit_result, n = n).to_string()}
                </label>
                <input
                    id=result_id
                    inputmode="decimal"
                    spellcheck="false"
                    prop:value=get(|r| r.result.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        rows.update(|r| {
                            if let Some(row) = r.get_mut(index) {
                                row.result = v;
                            }
                        })
                    }
                />
            </div>
            <Show when=move || rows.with(|r| r.len() > MIN_POINTS)>
                <button type="button" class="secondary line-note" on:click=remove>
                    {move || td_string!(i18n.get_locale(), budget.fit_remove_row, n = n).to_string()}
                </button>
            </Show>
        </div>
    }
}

/// The fitted curve against the points, in a chart and in words.
#[component]
fn FitView(fit: Fit, spend: Signal<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let locale = i18n.get_locale_untracked();
    let cur = ctx.currency();
    let Response::Hill {
        max,
        half_saturation,
        shape,
    } = fit.response;
    let top_result = fit.points.iter().map(|p| p.result).fold(0.0, f64::max);
    let x_max = (fit.largest_spend() as f64 * 1.6).max(1.0);
    let frame = Frame {
        x_max,
        y_max: top_result.max(fit.response.at_f(x_max)).max(1e-9) * 1.1,
    };
    let pts: Vec<(f64, f64)> = (0..=64)
        .map(|k| {
            let s = x_max * f64::from(k) / 64.0;
            (s, fit.response.at_f(s))
        })
        .collect();
    let list = fit
        .points
        .iter()
        .map(|p| {
            td_string!(
                locale,
                budget.fit_point,
                spend = money_short(locale, p.spend, &cur),
                result = points(locale, p.result)
            )
            .to_string()
        })
        .collect::<Vec<_>>()
        .join("; ");
    let label = td_string!(
        locale,
        budget.fit_chart_label,
        n = fit.points.len(),
        list = list
    )
    .to_string();
    let curve_line = td_string!(
        locale,
        budget.fit_curve_line,
        max = quantity(locale, ctx.unit(), max, 1, &cur),
        half = money_short(locale, half_saturation.round() as i64, &cur),
        shape = number(locale, shape, 2)
    )
    .to_string();
    let sure = match fit.sureness() {
        Sureness::Fair => td_string!(locale, budget.fit_fair),
        Sureness::Rough => td_string!(locale, budget.fit_rough),
        Sureness::Weak => td_string!(locale, budget.fit_weak),
    }
    .to_string();
    let lo = fit.points.first().map(|p| p.spend).unwrap_or(0);
    let hi = fit.largest_spend();
    let doubts: Vec<String> = fit
        .cautions
        .iter()
        .map(|c| match c {
            Caution::FewPoints => td_string!(locale, budget.fit_few).to_string(),
            Caution::Close => td_string!(
                locale,
                budget.fit_close,
                lo = money_short(locale, lo, &cur),
                hi = money_short(locale, hi, &cur)
            )
            .to_string(),
            Caution::FarOff { spends } => {
                let at = spends
                    .iter()
                    .map(|s| money_short(locale, *s, &cur))
                    .collect::<Vec<_>>()
                    .join(", ");
                td_string!(locale, budget.fit_far, spends = at).to_string()
            }
        })
        .collect();
    let fit_for_beyond = fit.clone();
    let cur_beyond = cur.clone();
    // Whether the plan spends far beyond the past (follows the solver).
    let beyond = move || {
        let s = spend.get();
        fit_for_beyond.beyond(s).map(|ratio| {
            let locale = i18n.get_locale();
            td_string!(
                locale,
                budget.fit_beyond,
                spend = money_short(locale, s, &cur_beyond),
                ratio = number(locale, ratio, 1),
                top = money_short(locale, hi, &cur_beyond)
            )
            .to_string()
        })
    };
    let rows = fit
        .points
        .iter()
        .map(|p| {
            view! {
                <tr>
                    <td>{money_short(locale, p.spend, &cur)}</td>
                    <td>{points(locale, p.result)}</td>
                    <td>{points(locale, fit.response.at(p.spend))}</td>
                </tr>
            }
        })
        .collect_view();
    let dots = fit
        .points
        .iter()
        .map(|p| {
            view! {
                <circle
                    class="past-dot"
                    cx=frame.x(p.spend as f64)
                    cy=frame.y(p.result)
                    r=4.5
                />
            }
        })
        .collect_view();
    view! {
        <div class="fit-result" data-testid="fit-result">
            <p class="fit-sure">
                <strong>{sure}</strong>
                " "
                {curve_line}
            </p>
            <ul class="fit-doubts">
                {doubts.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}
                {move || beyond().map(|b| view! { <li class="fit-beyond">{b}</li> })}
            </ul>
            <svg class="chart fit-chart" viewBox="0 0 320 170" role="img" aria-label=label>
                <Axes
                    x_label=t_string!(i18n, budget.chart_spend).to_string()
                    y_label=t_string!(i18n, budget.fit_axis_result).to_string()
                />
                <path class="line" d=frame.path(&pts) />
                {dots}
            </svg>
            <table class="fit-table">
                <caption>{tr!(i18n, budget.fit_table_caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, budget.fit_col_spend)}</th>
                        <th scope="col">{tr!(i18n, budget.fit_col_result)}</th>
                        <th scope="col">{tr!(i18n, budget.fit_col_curve)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
