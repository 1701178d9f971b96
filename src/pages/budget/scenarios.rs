//! Scenarios: save a variant of the open plan (another total budget,
//! without a deliverable or a channel) as a plan of its own, and compare
//! two to four plans side by side in the list of plans.
use leptos::prelude::*;

use super::lang_of;
use super::messages::{money, number, number_error, points, quantity};
use super::workspace::use_plan;
use crate::i18n::*;
use crate::storage::{use_storage, Record};
use crate::ui::busy::Busy;
use crate::ui::download::download_text;
use crate::ui::later::Fetched;
use crate::ui::messages::storage_error;
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::text::tr;
use suitcase_core::model::budget::presets::id_from_name;
use suitcase_core::model::budget::scenario::{
    compare, comparison_csv, with_budget_change, without, CompareError, Comparison, MAX_SCENARIOS,
    MIN_SCENARIOS,
};
use suitcase_core::model::budget::{check_plan, Plan};
use suitcase_core::model::number::parse_count;

/// Saving a variant of the open plan as a new plan.
#[component]
pub fn SaveScenario() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let storage = use_storage();
    let note = notice_slot();
    let busy = Busy::new();
    let change = RwSignal::new("20".to_string());
    let change_error: RwSignal<Option<String>> = RwSignal::new(None);
    let leave_out = RwSignal::new(String::new());
    let lines = move || {
        ctx.draft.with(|p| {
            p.items
                .iter()
                .map(|i| (i.id.clone(), i.name.clone()))
                .chain(p.channels.iter().map(|c| (c.id.clone(), c.name.clone())))
                .collect::<Vec<_>>()
        })
    };
    let save = move |_| {
        let locale = i18n.get_locale_untracked();
        let lang = lang_of(locale);
        let text = change.get_untracked();
        // The change may be negative: read the size, then the sign.
        let trimmed = text.trim();
        let (sign, body) = match trimmed.strip_prefix(['-', '−']) {
            Some(rest) => (-1.0, rest),
            None => (1.0, trimmed.strip_prefix('+').unwrap_or(trimmed)),
        };
        let body = body.trim().trim_end_matches('%').trim();
        let pct = if body.is_empty() {
            0.0
        } else {
            match parse_count(body, lang) {
                Ok(v) if sign * v > -100.0 => sign * v,
                Ok(_) => {
                    change_error.set(Some(td_string!(locale, budget.sc_err_cut).to_string()));
                    return;
                }
                Err(e) => {
                    change_error.set(Some(number_error(locale, &e)));
                    return;
                }
            }
        };
        change_error.set(None);
        let base = ctx.draft.get_untracked();
        let mut plan = with_budget_change(&base, pct);
        let mut tags = Vec::new();
        if pct != 0.0 {
            tags.push(format!(
                "{}{} %",
                if pct > 0.0 { "+" } else { "−" },
                number(locale, pct.abs(), 2)
            ));
        }
        let out = leave_out.get_untracked();
        if !out.is_empty() {
            if let Some((_, name)) = lines().into_iter().find(|(id, _)| *id == out) {
                tags.push(td_string!(locale, budget.sc_without, name = name).to_string());
            }
            plan = without(&plan, &out);
        }
        if tags.is_empty() {
            tags.push(td_string!(locale, budget.sc_copy).to_string());
        }
        plan.name = format!("{} ({})", base.name, tags.join(", "));
        if !check_plan(&plan).is_empty() {
            // A name too long keeps the plan's own; anything else cannot be
            // saved (the variant is refused with the reason).
            plan.name = base.name.clone();
            if let Some(issue) = check_plan(&plan).first() {
                note.set(Some(Notice::err(super::messages::plan_issue(
                    locale, &plan, issue,
                ))));
                return;
            }
        }
        let name = plan.name.clone();
        busy.run(move || async move {
            match storage.create(plan).await {
                Ok(_) => {
                    note.try_set(Some(Notice::ok(
                        td_string!(locale, budget.sc_saved, name = name).to_string(),
                    )));
                }
                Err(e) => {
                    note.try_set(Some(Notice::err(storage_error(i18n, &e))));
                }
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="scenario-title">
            <h2 id="scenario-title">{tr!(i18n, budget.sc_title)}</h2>
            <p class="help">{tr!(i18n, budget.sc_help)}</p>
            <div class="form-grid">
                <div class="field">
                    <label for="scenario-change">{tr!(i18n, budget.sc_change)}</label>
                    <input
                        id="scenario-change"
                        inputmode="decimal"
                        spellcheck="false"
                        aria-describedby="scenario-change-issues"
                        prop:value=move || change.get()
                        on:input=move |ev| change.set(event_target_value(&ev))
                    />
                    <div id="scenario-change-issues" class="field-issues" aria-live="polite">
                        {move || {
                            change_error
                                .get()
                                .map(|m| {
                                    view! {
                                        <p id="scenario-change-error" class="field-error" role="alert">
                                            {m}
                                        </p>
                                    }
                                })
                        }}
                    </div>
                </div>
                <div class="field">
                    <label for="scenario-out">{tr!(i18n, budget.sc_leave_out)}</label>
                    <select id="scenario-out" on:change=move |ev| leave_out.set(event_target_value(&ev))>
                        <option value="" selected=move || leave_out.get().is_empty()>
                            {tr!(i18n, budget.sc_nothing)}
                        </option>
                        <For each=lines key=|l| l.clone() let:l>
                            <option value=l.0.clone() selected={
                                let id = l.0.clone();
                                move || leave_out.get() == id
                            }>{l.1.clone()}</option>
                        </For>
                    </select>
                </div>
            </div>
            <div class="actions">
                <button type="button" on:click=save disabled=move || busy.get() aria-busy=move || busy.aria()>
                    {tr!(i18n, budget.sc_save)}
                </button>
            </div>
            <NoticeView notice=note testid="scenario-note" />
        </section>
    }
}

/// Picking two to four plans and comparing them. The comparison itself
/// (each plan solved, the table, the chart and its export) is a module of
/// its own, fetched once two plans are ticked ([`super::page_budget_compare`]):
/// the list's first open does not carry the solver.
#[component]
pub fn ComparePlans(
    /// Every stored plan.
    #[prop(into)]
    plans: Signal<Vec<Record<Plan>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let toggle = move |id: String, on: bool| {
        chosen.update(|c| {
            c.retain(|x| *x != id);
            if on && c.len() < MAX_SCENARIOS {
                c.push(id);
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="compare-title">
            <h2 id="compare-title">{tr!(i18n, budget.cmp_title)}</h2>
            <p class="help">{tr!(i18n, budget.cmp_help)}</p>
            <fieldset class="compare-pick">
                <legend>{tr!(i18n, budget.cmp_pick)}</legend>
                <For
                    each=move || plans.get()
                    key=|r| (r.id.clone(), r.data.name.clone())
                    let:r
                >
                    {
                        let id = r.id.clone();
                        let box_id = format!("cmp-{}", r.id);
                        let on = {
                            let id = id.clone();
                            move || chosen.with(|c| c.contains(&id))
                        };
                        let full = {
                            let on = on.clone();
                            move || !on() && chosen.with(|c| c.len() >= MAX_SCENARIOS)
                        };
                        view! {
                            <div class="check">
                                <input
                                    type="checkbox"
                                    id=box_id.clone()
                                    prop:checked=on
                                    disabled=full
                                    on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))
                                />
                                <label for=box_id>{r.data.name.clone()}</label>
                            </div>
                        }
                    }
                </For>
            </fieldset>
            <Show
                when=move || chosen.with(|c| c.len() >= MIN_SCENARIOS)
                fallback=move || view! { <p class="help">{tr!(i18n, budget.cmp_need)}</p> }
            >
                <Fetched load=super::page_budget_compare(plans, chosen) />
            </Show>
        </section>
    }
}

/// The comparison of the ticked plans (`chosen`, ids into `plans`), with
/// its export.
#[component]
pub fn CompareResult(
    /// Every stored plan.
    plans: Signal<Vec<Record<Plan>>>,
    /// The ids of the ticked plans, in the order they were ticked.
    chosen: RwSignal<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let note = notice_slot();
    let comparison = Memo::new(move |_| {
        let ids = chosen.get();
        let list: Vec<Plan> = plans.with(|all| {
            ids.iter()
                .filter_map(|id| all.iter().find(|r| &r.id == id).map(|r| r.data.clone()))
                .collect()
        });
        compare(&list)
    });
    let export = move |_| {
        let locale = i18n.get_locale_untracked();
        if let Ok(c) = comparison.get_untracked() {
            let stem = c
                .columns
                .first()
                .map(|k| id_from_name(&k.name, &[]))
                .unwrap_or_default();
            let file = format!("{stem}-scenarios.csv");
            let text = comparison_csv(&c, lang_of(locale));
            note.set(Some(
                match download_text(&file, "text/csv;charset=utf-8", &text) {
                    Ok(()) => {
                        Notice::ok(td_string!(locale, budget.exported, file = file).to_string())
                    }
                    Err(e) => Notice::err(
                        td_string!(
                            locale,
                            budget.export_failed,
                            reason = e.as_string().unwrap_or_default()
                        )
                        .to_string(),
                    ),
                },
            ));
        }
    };
    view! {
        {move || match comparison.get() {
            Err(e) => {
                let locale = i18n.get_locale();
                let text = match e {
                    CompareError::MixedCurrencies => td_string!(locale, budget.cmp_err_currency),
                    CompareError::MixedUnits => td_string!(locale, budget.cmp_err_unit),
                    CompareError::TooFew(_) | CompareError::TooMany(_) => {
                        td_string!(locale, budget.cmp_need)
                    }
                };
                view! { <p class="msg msg-error" role="alert">{text.to_string()}</p> }.into_any()
            }
            Ok(c) => {
                view! {
                    <CompareTable c=c.clone() />
                    <CompareChart c=c />
                    <div class="actions">
                        <button type="button" on:click=export>{tr!(i18n, budget.cmp_export)}</button>
                    </div>
                }
                    .into_any()
            }
        }}
        <NoticeView notice=note testid="compare-note" />
    }
}

/// The comparison as a table: a column per plan.
#[component]
fn CompareTable(c: Comparison) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let cur = c.currency.clone();
    let head = c
        .columns
        .iter()
        .map(|k| view! { <th scope="col" class="num">{k.name.clone()}</th> })
        .collect_view();
    let row = |label: String, cells: Vec<String>| {
        view! {
            <tr>
                <th scope="row">{label}</th>
                {cells.into_iter().map(|v| view! { <td class="num">{v}</td> }).collect_view()}
            </tr>
        }
    };
    let mut rows = vec![
        row(
            td_string!(locale, budget.total).to_string(),
            c.columns
                .iter()
                .map(|k| money(locale, k.total_budget, &cur))
                .collect(),
        ),
        row(
            td_string!(locale, budget.cmp_spent).to_string(),
            c.columns
                .iter()
                .map(|k| money(locale, k.spent, &cur))
                .collect(),
        ),
        row(
            td_string!(locale, budget.cmp_value).to_string(),
            c.columns
                .iter()
                .map(|k| {
                    if k.feasible {
                        quantity(locale, c.unit, k.objective, 1, &cur)
                    } else {
                        td_string!(
                            locale,
                            budget.cmp_no_fit,
                            short = money(locale, k.shortfall, &cur)
                        )
                        .to_string()
                    }
                })
                .collect(),
        ),
        row(
            td_string!(locale, budget.cmp_media).to_string(),
            c.columns
                .iter()
                .map(|k| quantity(locale, c.unit, k.media_result, 1, &cur))
                .collect(),
        ),
    ];
    for (r, (_, name)) in c.items.iter().enumerate() {
        rows.push(row(
            name.clone(),
            c.columns
                .iter()
                .map(|k| match k.items[r] {
                    Some(true) => td_string!(locale, budget.cmp_in).to_string(),
                    Some(false) => td_string!(locale, budget.cmp_out).to_string(),
                    None => "—".to_string(),
                })
                .collect(),
        ));
    }
    for (r, (_, name)) in c.channels.iter().enumerate() {
        rows.push(row(
            td_string!(locale, budget.cmp_spend_on, name = name).to_string(),
            c.columns
                .iter()
                .map(|k| {
                    k.spends[r]
                        .map(|s| money(locale, s, &cur))
                        .unwrap_or_else(|| "—".into())
                })
                .collect(),
        ));
    }
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="compare-caption">
            <table class="data compare" data-testid="compare-table">
                <caption id="compare-caption">{tr!(i18n, budget.cmp_caption)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows.into_iter().collect_view()}</tbody>
            </table>
        </div>
    }
}

/// The total value of each plan as bars, with the same in words.
#[component]
fn CompareChart(c: Comparison) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.get_locale_untracked();
    let top = c
        .columns
        .iter()
        .map(|k| if k.feasible { k.objective } else { 0.0 })
        .fold(1e-9, f64::max);
    let words = c
        .columns
        .iter()
        .map(|k| {
            let v = if k.feasible { k.objective } else { 0.0 };
            format!("{} {}", k.name, quantity(locale, c.unit, v, 1, &c.currency))
        })
        .collect::<Vec<_>>()
        .join("; ");
    let label = td_string!(locale, budget.cmp_chart_label, list = words).to_string();
    const ROW: f64 = 28.0;
    let height = ROW * c.columns.len() as f64 + 4.0;
    let bars = c
        .columns
        .iter()
        .enumerate()
        .map(|(k, col)| {
            let v = if col.feasible { col.objective } else { 0.0 };
            let y = 2.0 + ROW * k as f64;
            let w = (v / top * 200.0).max(1.0);
            view! {
                <text class="axis-label" x=0.0 y=y + 17.0>{short_name(&col.name)}</text>
                <rect class="bar" x=110.0 y=y + 4.0 width=w height=ROW - 10.0 />
                <text class="axis-label" x=114.0 + w y=y + 17.0>{points(locale, v)}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart compare-chart" viewBox=format!("0 0 360 {height}") role="img" aria-label=label>
            {bars}
        </svg>
    }
}

/// A plan's name cut to fit beside its bar.
fn short_name(name: &str) -> String {
    let mut s: String = name.chars().take(16).collect();
    if name.chars().count() > 16 {
        s.push('…');
    }
    s
}
