//! The result: the optimum in numbers, a chart of where the money goes, and
//! the reasons in words.
use std::time::Duration;

use leptos::prelude::*;

use super::messages::{money, number, points, quantity, unit_name};
use super::workspace::use_plan;
use crate::i18n::*;
use crate::ui::text::tr;
use leptos_i18n::I18nContext;
use suitcase_core::model::budget::explain::{explain, Explanation};
use suitcase_core::model::budget::{CostPer, Plan, Solution, Unit};

/// A value computed from the plan and its solution a moment after the last
/// edit, so typing stays fluid while slower work (explanations, the what-if
/// curve) catches up.
pub fn deferred<T>(compute: fn(&Plan, &Solution, i64) -> T) -> RwSignal<Option<T>>
where
    T: Send + Sync + 'static,
{
    let ctx = use_plan();
    let out = RwSignal::new(None);
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |_| {
        ctx.draft.track();
        ctx.solution.track();
        if let Some(Some(h)) = timer.try_get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                // The page may have been left in the meantime.
                let v = ctx.draft.try_with_untracked(|p| {
                    ctx.solution.try_with_untracked(|s| {
                        ctx.step.try_get_untracked().map(|step| compute(p, s, step))
                    })
                });
                if let Some(Some(Some(v))) = v {
                    out.try_set(Some(v));
                }
            },
            Duration::from_millis(120),
        )
        .ok();
        timer.try_set_value(handle);
    });
    on_cleanup(move || {
        if let Some(Some(h)) = timer.try_get_value() {
            h.clear();
        }
    });
    out
}

/// For a plan in a real unit whose chosen deliverables carry importance:
/// how much of the total is media results and how much is importance.
fn media_part(locale: Locale, p: &Plan, sol: &Solution) -> Option<String> {
    if p.unit.is_points() {
        return None;
    }
    let media = p.media_result(&sol.spends);
    let score = sol.objective - media;
    (score > 0.05).then(|| {
        format!(
            " {}",
            td_string!(
                locale,
                budget.media_part,
                media = quantity(locale, p.unit, media, 1, &p.currency),
                score = number(locale, score, 1)
            )
        )
    })
}

/// The optimum of the open plan.
#[component]
pub fn ResultView() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let summary = move || {
        let locale = i18n.get_locale();
        let sol = ctx.solution.get();
        ctx.draft.with(|p| {
            let cur = &p.currency;
            if sol.feasible {
                view! {
                    <p class="result-line" data-testid="result-summary">
                        {td_string!(
                            locale,
                            budget.feasible_line,
                            spent = money(locale, sol.spent, cur),
                            ceiling = money(locale, sol.ceiling, cur),
                            margin = money(locale, p.total_budget - sol.spent, cur),
                            objective = quantity(locale, p.unit, sol.objective, 1, cur)
                        )
                            .to_string()}
                        {media_part(locale, p, &sol)}
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <p class="msg msg-error" role="alert" data-testid="result-summary">
                        {td_string!(
                            locale,
                            budget.infeasible,
                            need = money(locale, sol.spent, cur),
                            ceiling = money(locale, sol.ceiling, cur),
                            shortfall = money(locale, sol.shortfall, cur),
                            total = money(locale, p.total_budget + sol.shortfall, cur)
                        )
                            .to_string()}
                    </p>
                }
                .into_any()
            }
        })
    };
    let grid = move || {
        let locale = i18n.get_locale();
        td_string!(
            locale,
            budget.grid_note,
            step = money(locale, ctx.step.get(), &ctx.currency())
        )
        .to_string()
    };
    let explanation = deferred(explain);
    view! {
        <section class="card" aria-labelledby="result-title">
            <h2 id="result-title">{tr!(i18n, budget.result_title)}</h2>
            <p class="help">{tr!(i18n, budget.result_help)}</p>
            {summary}
            <ItemsTable />
            <ChannelsTable explanation=explanation />
            <SplitChart />
            <p class="help">{grid}</p>
            <Explanations explanation=explanation />
        </section>
    }
}

fn yes_no(i18n: I18nContext<Locale>, b: bool) -> String {
    if b {
        t_string!(i18n, budget.yes)
    } else {
        t_string!(i18n, budget.no)
    }
    .to_string()
}

#[component]
fn ItemsTable() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let rows = move || {
        let locale = i18n.get_locale();
        let sol = ctx.solution.get();
        ctx.draft.with(|p| {
            p.items
                .iter()
                .zip(sol.selected)
                .map(|(item, sel)| {
                    view! {
                        <tr class=if sel { "" } else { "left-out" }>
                            <th scope="row">{item.name.clone()}</th>
                            <td>{yes_no(i18n, sel)}</td>
                            <td class="num">{money(locale, item.cost, &p.currency)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <Show when=move || ctx.draft.with(|p| !p.items.is_empty())>
            <table class="data">
                <caption>{tr!(i18n, budget.items_title)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr!(i18n, budget.item_name)}</th>
                        <th scope="col">{tr!(i18n, budget.col_included)}</th>
                        <th scope="col" class="num">{tr!(i18n, budget.item_cost)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </Show>
    }
}

#[component]
fn ChannelsTable(explanation: RwSignal<Option<Explanation>>) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let rows = move || {
        let locale = i18n.get_locale();
        let sol = ctx.solution.get();
        let media: i64 = sol.spends.iter().sum();
        let ex = explanation.get();
        ctx.draft.with(|p| {
            p.channels
                .iter()
                .zip(&sol.spends)
                .map(|(c, &s)| {
                    let share = if media > 0 {
                        format!("{} %", number(locale, s as f64 * 100.0 / media as f64, 1))
                    } else {
                        "—".into()
                    };
                    let gain = ex
                        .as_ref()
                        .and_then(|e| e.channels.iter().find(|m| m.id == c.id))
                        .and_then(|m| m.per_million)
                        .map(|g| number(locale, g, 2))
                        .unwrap_or_else(|| "—".into());
                    view! {
                        <tr>
                            <th scope="row">{c.name.clone()}</th>
                            <td class="num" data-testid=format!("spend-{}", c.id)>
                                {money(locale, s, &p.currency)}
                            </td>
                            <td class="num">{share}</td>
                            <td class="num">{points(locale, c.response.at(s))}</td>
                            <td class="num">{gain}</td>
                            {(!p.unit.is_points())
                                .then(|| {
                                    let cost = match c.cost_per(p.unit, s) {
                                        Some(CostPer::Cost(v)) => {
                                            money(locale, v.round() as i64, &p.currency)
                                        }
                                        Some(CostPer::Return(r)) => number(locale, r, 2),
                                        None => "—".into(),
                                    };
                                    view! {
                                        <td class="num" data-testid=format!("cost-{}", c.id)>
                                            {cost}
                                        </td>
                                    }
                                })}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    // In a real unit the result column is named after it, and a column
    // says what each result costs (or, for revenue, what each unit spent
    // brings back).
    let result_header = move || {
        let locale = i18n.get_locale();
        match ctx.unit() {
            u if u.is_points() => t_string!(i18n, budget.item_value).to_string(),
            u => unit_name(locale, u),
        }
    };
    let cost_header = move || {
        let locale = i18n.get_locale();
        let head = match ctx.unit() {
            u if u.is_points() => return None,
            Unit::Revenue => {
                td_string!(locale, budget.col_return, currency = ctx.currency()).to_string()
            }
            _ => td_string!(locale, budget.col_cost).to_string(),
        };
        Some(view! { <th scope="col" class="num">{head}</th> })
    };
    view! {
        <Show when=move || ctx.draft.with(|p| !p.channels.is_empty())>
            <div
                class="table-scroll"
                tabindex="0"
                role="region"
                aria-label=move || t_string!(i18n, budget.result_channels).to_string()
            >
                <table class="data">
                    <caption>{tr!(i18n, budget.result_channels)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, budget.ch_name)}</th>
                            <th scope="col" class="num">{tr!(i18n, budget.col_spend)}</th>
                            <th scope="col" class="num">{tr!(i18n, budget.col_share)}</th>
                            <th scope="col" class="num">{result_header}</th>
                            <th scope="col" class="num">{tr!(i18n, budget.col_gain)}</th>
                            {cost_header}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Show>
    }
}

/// A stacked bar of the total budget: deliverables, each channel, what is
/// unspent and the agency's margin; the legend repeats it in words.
#[component]
fn SplitChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let parts = move || {
        let sol = ctx.solution.get();
        ctx.draft.with(|p| {
            let items: i64 = p
                .items
                .iter()
                .zip(&sol.selected)
                .filter(|(_, s)| **s)
                .map(|(i, _)| i.cost)
                .sum();
            let mut parts = vec![(t_string!(i18n, budget.deliverables).to_string(), items)];
            for (c, &s) in p.channels.iter().zip(&sol.spends) {
                parts.push((c.name.clone(), s));
            }
            parts.push((
                t_string!(i18n, budget.unspent).to_string(),
                (sol.ceiling - sol.spent).max(0),
            ));
            parts.push((
                t_string!(i18n, budget.agency_margin).to_string(),
                p.total_budget - sol.spent.max(sol.ceiling),
            ));
            (parts, p.currency.clone(), p.total_budget.max(1))
        })
    };
    view! {
        <h3>{tr!(i18n, budget.split_title)}</h3>
        {move || {
            let locale = i18n.get_locale();
            let (parts, cur, total) = parts();
            let summary = parts
                .iter()
                .filter(|(_, v)| *v > 0)
                .map(|(n, v)| format!("{n} {}", money(locale, *v, &cur)))
                .collect::<Vec<_>>()
                .join(", ");
            let label = td_string!(locale, budget.split_label, summary = summary)
                .to_string();
            let mut x = 0.0;
            let bars = parts
                .iter()
                .enumerate()
                .filter(|(_, (_, v))| *v > 0)
                .map(|(k, (_, v))| {
                    let w = *v as f64 * 100.0 / total as f64;
                    let rect = view! {
                        <rect class=format!("seg seg-{}", k % 8) x=format!("{x:.3}") y="0" width=format!("{w:.3}") height="10" />
                    };
                    x += w;
                    rect
                })
                .collect_view();
            let legend = parts
                .into_iter()
                .enumerate()
                .filter(|(_, (_, v))| *v > 0)
                .map(|(k, (n, v))| {
                    view! {
                        <li>
                            <span class=format!("swatch seg-{}", k % 8) aria-hidden="true"></span>
                            {format!("{n}: {} ({} %)", money(locale, v, &cur), number(locale, v as f64 * 100.0 / total as f64, 1))}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <svg class="chart split" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=label>
                    {bars}
                </svg>
                <ul class="legend">{legend}</ul>
            }
        }}
    }
}

/// The reasons, in words.
#[component]
fn Explanations(explanation: RwSignal<Option<Explanation>>) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let lines = move || {
        let locale = i18n.get_locale();
        let ex: Explanation = explanation.get()?;
        let sol = ctx.solution.get();
        if !sol.feasible {
            return None;
        }
        let lines = ctx.draft.with(|p| {
            let cur = &p.currency;
            let unit = p.unit;
            let name_of = |id: &str| p.name_of(id);
            let mut out: Vec<String> = Vec::new();
            out.push(if ex.ceiling_binds {
                td_string!(locale, budget.ex_ceiling).to_string()
            } else {
                td_string!(
                    locale,
                    budget.ex_slack,
                    left = money(locale, sol.ceiling - sol.spent, cur)
                )
                .to_string()
            });
            out.push(
                td_string!(
                    locale,
                    budget.ex_more,
                    amount = money(locale, suitcase_core::model::budget::explain::MILLION, cur),
                    cost = money(locale, ex.one_more_million_costs, cur),
                    gain = quantity(locale, unit, ex.one_more_million, 2, cur)
                )
                .to_string(),
            );
            for m in &ex.channels {
                let name = name_of(&m.id);
                out.push(match m.per_million {
                    _ if m.at_max => {
                        td_string!(locale, budget.ex_channel_capped, name = name).to_string()
                    }
                    _ if m.at_min => {
                        td_string!(locale, budget.ex_channel_min, name = name).to_string()
                    }
                    Some(g) => td_string!(
                        locale,
                        budget.ex_channel,
                        name = name,
                        gain = quantity(locale, unit, g, 2, cur)
                    )
                    .to_string(),
                    None => td_string!(locale, budget.ex_channel_capped, name = name).to_string(),
                });
            }
            for t in &ex.left_out {
                let name = name_of(&t.id);
                let mut line = td_string!(
                    locale,
                    budget.ex_left_budget,
                    name = name,
                    extra = money(locale, t.extra_budget, cur)
                )
                .to_string();
                line.push(' ');
                line.push_str(&match &t.within_budget {
                    Some(f) if !f.dropped.is_empty() => td_string!(
                        locale,
                        budget.ex_left_swap,
                        dropped = f
                            .dropped
                            .iter()
                            .map(|d| name_of(d))
                            .collect::<Vec<_>>()
                            .join(", "),
                        cut = money(locale, f.media_cut, cur),
                        objective = quantity(locale, unit, f.objective, 1, cur),
                        current = points(locale, sol.objective)
                    )
                    .to_string(),
                    Some(f) => td_string!(
                        locale,
                        budget.ex_left_cut,
                        cut = money(locale, f.media_cut, cur),
                        objective = quantity(locale, unit, f.objective, 1, cur),
                        current = points(locale, sol.objective)
                    )
                    .to_string(),
                    None => td_string!(locale, budget.ex_left_never).to_string(),
                });
                out.push(line);
            }
            out
        });
        Some(
            lines
                .into_iter()
                .map(|l| view! { <li>{l}</li> })
                .collect_view(),
        )
    };
    view! {
        <h3>{tr!(i18n, budget.explain_title)}</h3>
        <ul class="explanations" data-testid="explanations">{lines}</ul>
    }
}
