//! Client KPIs: a log of measurements per client (response times, NPS
//! surveys, retention, upsell / cross-sell, revenue) and the KPIs computed
//! per period with their trend, as charts with a text alternative.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::kpi_chart::SeriesChart;
use super::{lang_of, use_clients, use_nav};
use crate::i18n::*;
use crate::storage::{use_storage, Record};
use crate::ui::lang::decimal as num;
use crate::ui::messages::storage_error;
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::record_list::ListKit;
use crate::ui::text::tr;
use crate::ui::words::{ErrorWords as _, KpiFieldWords as _};
use suitcase_core::model::kpi::{
    kpi_report, Direction, Granularity, KpiEntry, KpiField, KpiKind, KpiMeasure,
};
use suitcase_core::model::money::{format_grouped, parse_amount, AmountError};
use suitcase_core::model::reports::dates::{format_date, parse_date};
use suitcase_core::model::text::Lang;

/// The KPI section: needs a chosen client.
#[component]
pub fn KpiTab() -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    move || match nav.client.get() {
        Some(c) => view! { <KpiClient client_id=c /> }.into_any(),
        None => view! {
            <section class="card" aria-labelledby="kpi-title">
                <h2 id="kpi-title">{tr!(i18n, toolkit.kpi_title)}</h2>
                <p>{tr!(i18n, toolkit.kpi_pick_client)}</p>
            </section>
        }
        .into_any(),
    }
}

/// The kinds of measurement, as form values.
const KINDS: [&str; 5] = ["nps", "response", "retention", "expansion", "revenue"];

fn kind_of(m: &KpiMeasure) -> &'static str {
    match m {
        KpiMeasure::NpsSurvey { .. } => "nps",
        KpiMeasure::ResponseTime { .. } => "response",
        KpiMeasure::Retention { .. } => "retention",
        KpiMeasure::Expansion { .. } => "expansion",
        KpiMeasure::Revenue { .. } => "revenue",
    }
}

/// The inputs of a kind of measurement: (field, required).
fn inputs(kind: &str) -> Vec<(KpiField, bool)> {
    use KpiField as F;
    match kind {
        "nps" => vec![
            (F::Promoters, true),
            (F::Passives, true),
            (F::Detractors, true),
        ],
        "response" => vec![(F::ResponseTimes, true)],
        "retention" => vec![
            (F::ClientsAtStart, true),
            (F::ClientsLost, true),
            (F::ClientsGained, true),
        ],
        "expansion" => vec![
            (F::ActiveClients, true),
            (F::Upsold, true),
            (F::CrossSold, true),
        ],
        _ => vec![(F::Revenue, true), (F::Target, false)],
    }
}

/// How a KPI's values read.
fn formatter(kind: KpiKind, lang: Lang) -> fn(f64) -> String {
    match (kind, lang) {
        (KpiKind::Revenue, Lang::En) => |v| format_grouped(v.round() as i64, "USD"),
        (KpiKind::Revenue, Lang::Vi) => |v| format_grouped(v.round() as i64, "VND"),
        (KpiKind::ResponseTime, Lang::En) => |v| format!("{} min", num(Lang::En, v, 0)),
        (KpiKind::ResponseTime, Lang::Vi) => |v| format!("{} phút", num(Lang::Vi, v, 0)),
        (KpiKind::Nps, Lang::En) => |v| num(Lang::En, v, 1),
        (KpiKind::Nps, Lang::Vi) => |v| num(Lang::Vi, v, 1),
        (_, Lang::En) => |v| format!("{}%", num(Lang::En, v, 1)),
        (_, Lang::Vi) => |v| format!("{}%", num(Lang::Vi, v, 1)),
    }
}

#[component]
fn KpiClient(client_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let clients = use_clients();
    let client = StoredValue::new(client_id);
    let records = storage.records::<KpiEntry>();
    let entries = Memo::new(move |_| {
        let c = client.get_value();
        let mut v: Vec<Record<KpiEntry>> = records
            .get()
            .flatten()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.data.client_id == c)
            .collect();
        suitcase_core::sort::by_key(&mut v, |r| std::cmp::Reverse(r.data.date));
        v
    });
    let load_error =
        move || {
            records.get().flatten().and_then(Result::err).map(
                |e| view! { <p class="msg msg-error" role="alert">{storage_error(i18n, &e)}</p> },
            )
        };
    view! {
        <section class="card wide" aria-labelledby="kpi-title">
            <h2 id="kpi-title">
                {move || td_string!(i18n.get_locale(), toolkit.kpi_title_for, name = clients.name(&client.get_value())).to_string()}
            </h2>
            <p class="help">{tr!(i18n, toolkit.kpi_help)}</p>
            {load_error}
            <AddEntry client=client.get_value() />
            <KpiReport entries=entries client=client.get_value() />
            <Log entries=entries />
        </section>
    }
}

/// The form that adds a measurement to the log.
#[component]
fn AddEntry(client: String) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let client = StoredValue::new(client);
    let kind = RwSignal::new("nps".to_string());
    let date = RwSignal::new(super::today().to_string());
    let values: [RwSignal<String>; 3] = std::array::from_fn(|_| RwSignal::new(String::new()));
    let note = RwSignal::new(String::new());
    let errors: RwSignal<Vec<(String, String)>> = RwSignal::new(Vec::new());
    let result = notice_slot();
    let err_of = move |id: &'static str| {
        move || errors.with(|e| e.iter().find(|(k, _)| k == id).map(|(_, m)| m.clone()))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let lang = lang_of(i18n.get_locale_untracked());
        let mut errs = Vec::new();
        let d = match parse_date(&date.get_untracked()) {
            Ok(d) => Some(d),
            Err(e) => {
                errs.push(("kpi-date".to_string(), e.message(lang).to_string()));
                None
            }
        };
        let k = kind.get_untracked();
        let mut nums: [Option<i64>; 3] = [None; 3];
        for (i, (field, required)) in inputs(&k).into_iter().enumerate() {
            let text = values[i].get_untracked();
            if text.trim().is_empty() && !required {
                continue;
            }
            match parse_amount(&text) {
                Ok(v) => nums[i] = Some(v),
                Err(e) => {
                    let m = match e {
                        AmountError::Empty => t_string!(i18n, toolkit.kpi_required).to_string(),
                        AmountError::Negative => t_string!(i18n, toolkit.kpi_negative).to_string(),
                        AmountError::TooLarge => {
                            t_string!(i18n, toolkit.amount_too_large).to_string()
                        }
                        AmountError::NotANumber => t_string!(i18n, toolkit.kpi_whole).to_string(),
                    };
                    errs.push((format!("kpi-v{i}"), format!("{}: {m}", field.label(lang))));
                }
            }
        }
        if !errs.is_empty() {
            errors.set(errs);
            result.set(None);
            return;
        }
        errors.set(Vec::new());
        let n = |i: usize| nums[i].unwrap_or(0);
        let measure = match k.as_str() {
            "nps" => KpiMeasure::NpsSurvey {
                promoters: n(0),
                passives: n(1),
                detractors: n(2),
            },
            "response" => KpiMeasure::ResponseTime { minutes: n(0) },
            "retention" => KpiMeasure::Retention {
                at_start: n(0),
                lost: n(1),
                gained: n(2),
            },
            "expansion" => KpiMeasure::Expansion {
                active_clients: n(0),
                upsold: n(1),
                cross_sold: n(2),
            },
            _ => KpiMeasure::Revenue {
                amount: n(0),
                target: nums[1],
            },
        };
        let entry = KpiEntry {
            client_id: client.get_value(),
            proposal_id: None,
            date: d,
            measure,
            note: note.get_untracked().trim().to_string(),
        };
        if let Err(e) = entry.validate() {
            result.set(Some(Notice::err(e.message(lang))));
            return;
        }
        spawn_local(async move {
            match storage.create(entry).await {
                Ok(_) => {
                    for v in values {
                        v.try_set(String::new());
                    }
                    note.try_set(String::new());
                    result.try_set(Some(Notice::ok(t_string!(i18n, toolkit.kpi_added))));
                }
                Err(e) => {
                    result.try_set(Some(Notice::storage(i18n, &e)));
                }
            }
        });
    };
    let kind_label = move |k: &str| match k {
        "nps" => t_string!(i18n, toolkit.kpi_kind_nps).to_string(),
        "response" => t_string!(i18n, toolkit.kpi_kind_response).to_string(),
        "retention" => t_string!(i18n, toolkit.kpi_kind_retention).to_string(),
        "expansion" => t_string!(i18n, toolkit.kpi_kind_expansion).to_string(),
        _ => t_string!(i18n, toolkit.kpi_kind_revenue).to_string(),
    };
    let fields = move || {
        let lang = lang_of(i18n.get_locale());
        inputs(&kind.get())
            .into_iter()
            .enumerate()
            .map(|(i, (field, required))| {
                let id = ["kpi-v0", "kpi-v1", "kpi-v2"][i];
                let label = match field {
                    KpiField::ResponseTimes => t_string!(i18n, toolkit.kpi_minutes).to_string(),
                    f if !required => {
                        format!("{} {}", f.label(lang), t_string!(i18n, toolkit.optional))
                    }
                    f => f.label(lang).to_string(),
                };
                let v = values[i];
                let err = err_of(id);
                view! {
                    <div class="field">
                        <label for=id>{label}</label>
                        <input id=id type="text" inputmode="numeric" autocomplete="off"
                            prop:value=move || v.get()
                            aria-invalid=move || err().map(|_| "true")
                            aria-describedby=format!("{id}-error")
                            on:input=move |ev| v.set(event_target_value(&ev)) />
                        <p id=format!("{id}-error") class="field-error" role="alert">{err}</p>
                    </div>
                }
            })
            .collect_view()
    };
    let date_err = err_of("kpi-date");
    view! {
        <form class="kpi-form" on:submit=submit aria-labelledby="kpi-add-title">
            <h3 id="kpi-add-title">{tr!(i18n, toolkit.kpi_add_title)}</h3>
            <div class="form-grid">
                <div class="field">
                    <label for="kpi-kind">{tr!(i18n, toolkit.kpi_kind)}</label>
                    <select id="kpi-kind" prop:value=move || kind.get() on:change=move |ev| {
                        kind.set(event_target_value(&ev));
                        errors.set(Vec::new());
                        result.set(None);
                    }>
                        {KINDS.into_iter().map(|k| view! {
                            <option value=k selected=move || kind.get() == k>{move || kind_label(k)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="kpi-date">{tr!(i18n, toolkit.kpi_date)}</label>
                    <input id="kpi-date" type="text" autocomplete="off" prop:value=move || date.get()
                        aria-invalid=move || date_err().map(|_| "true")
                        aria-describedby="kpi-date-error kpi-date-help"
                        on:input=move |ev| date.set(event_target_value(&ev)) />
                    <p id="kpi-date-error" class="field-error" role="alert">{date_err}</p>
                    <p id="kpi-date-help" class="help">{tr!(i18n, toolkit.date_hint)}</p>
                </div>
            </div>
            <div class="form-grid">{fields}</div>
            <div class="field">
                <label for="kpi-note">{tr!(i18n, toolkit.kpi_note)}</label>
                <input id="kpi-note" type="text" prop:value=move || note.get() on:input=move |ev| note.set(event_target_value(&ev)) />
            </div>
            <button type="submit">{tr!(i18n, toolkit.kpi_add)}</button>
            <NoticeView notice=result error_testid="kpi-form-error" />
        </form>
    }
}

/// The KPIs per period, one card per KPI with data.
#[component]
fn KpiReport(entries: Memo<Vec<Record<KpiEntry>>>, client: String) -> impl IntoView {
    let i18n = use_i18n();
    let gran = RwSignal::new(Granularity::Month);
    let client = StoredValue::new(client);
    let report = Memo::new(move |_| {
        let data: Vec<KpiEntry> = entries.with(|v| v.iter().map(|r| r.data.clone()).collect());
        kpi_report(&data, &client.get_value(), gran.get())
    });
    let cards = move || {
        let lang = lang_of(i18n.get_locale());
        report
            .get()
            .series
            .into_iter()
            .filter(|s| s.has_data())
            .map(|s| {
                let label = s.kind.label(lang).to_string();
                let fmt = formatter(s.kind, lang);
                let latest = s.latest().map(fmt).unwrap_or_default();
                let change = s.trend.change.map(|c| fmt(c.abs())).unwrap_or_default();
                let trend = match s.trend.direction {
                    Direction::Up => td_string!(i18n.get_locale(), toolkit.kpi_up, change = change).to_string(),
                    Direction::Down => td_string!(i18n.get_locale(), toolkit.kpi_down, change = change).to_string(),
                    Direction::Flat => t_string!(i18n, toolkit.kpi_flat).to_string(),
                    Direction::NotEnoughData => t_string!(i18n, toolkit.kpi_one).to_string(),
                };
                let (verdict, class) = match s.trend.better {
                    Some(true) => (t_string!(i18n, toolkit.kpi_better).to_string(), "trend-better"),
                    Some(false) => (t_string!(i18n, toolkit.kpi_worse).to_string(), "trend-worse"),
                    None => (String::new(), ""),
                };
                let rows = s.points.iter().map(|p| view! {
                    <tr>
                        <th scope="row">{p.label.clone()}</th>
                        <td class="num">{p.value.map(fmt).unwrap_or_else(|| "—".into())}</td>
                        <td class="num">{p.entries}</td>
                    </tr>
                }).collect_view();
                let testid = format!("kpi-{:?}", s.kind).to_lowercase();
                view! {
                    <article class="card kpi-card" data-testid=testid>
                        <h4>{label.clone()}</h4>
                        <p class="kpi-latest">{latest}</p>
                        <p>{trend} " " <span class=class>{verdict}</span></p>
                        <SeriesChart series=s.clone() label=label.clone() fmt=fmt />
                        <details class="table-alt">
                            <summary>{td_string!(i18n.get_locale(), toolkit.kpi_table, kpi = label.clone()).to_string()}</summary>
                            <table class="data">
                                <thead><tr>
                                    <th scope="col">{tr!(i18n, toolkit.kpi_period)}</th>
                                    <th scope="col" class="num">{tr!(i18n, toolkit.kpi_value)}</th>
                                    <th scope="col" class="num">{tr!(i18n, toolkit.kpi_entries)}</th>
                                </tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </details>
                    </article>
                }
            })
            .collect_view()
    };
    view! {
        <h3 id="kpi-report-title">{tr!(i18n, toolkit.kpi_report)}</h3>
        <div class="field">
            <label for="kpi-gran">{tr!(i18n, toolkit.kpi_granularity)}</label>
            <select id="kpi-gran" on:change=move |ev| gran.set(match event_target_value(&ev).as_str() {
                "quarter" => Granularity::Quarter,
                "year" => Granularity::Year,
                _ => Granularity::Month,
            })>
                <option value="month">{tr!(i18n, toolkit.kpi_month)}</option>
                <option value="quarter">{tr!(i18n, toolkit.kpi_quarter)}</option>
                <option value="year">{tr!(i18n, toolkit.kpi_year)}</option>
            </select>
        </div>
        <Show
            when=move || report.with(|r| r.series.iter().any(|s| s.has_data()))
            fallback=move || view! { <p class="empty">{tr!(i18n, toolkit.kpi_empty)}</p> }
        >
            <div class="kpi-grid">{cards}</div>
        </Show>
    }
}

/// The log of measurements, newest first, each deletable (with undo).
#[component]
fn Log(entries: Memo<Vec<Record<KpiEntry>>>) -> impl IntoView {
    let i18n = use_i18n();
    // Undone, the entry is back in the log: nothing more to say.
    let kit: ListKit<KpiEntry> = ListKit::new(
        |l, _| td_string!(l, toolkit.kpi_deleted).to_string(),
        |_, _| String::new(),
    );
    let remove = move |id: String| kit.delete(id);
    let describe = move |m: &KpiMeasure, lang: Lang| -> String {
        let l = |f: KpiField| f.label(lang);
        match m {
            KpiMeasure::NpsSurvey {
                promoters,
                passives,
                detractors,
            } => format!(
                "{} {promoters} · {} {passives} · {} {detractors}",
                l(KpiField::Promoters),
                l(KpiField::Passives),
                l(KpiField::Detractors)
            ),
            KpiMeasure::ResponseTime { minutes } => {
                formatter(KpiKind::ResponseTime, lang)(*minutes as f64)
            }
            KpiMeasure::Retention {
                at_start,
                lost,
                gained,
            } => format!(
                "{} {at_start} · {} {lost} · {} {gained}",
                l(KpiField::ClientsAtStart),
                l(KpiField::ClientsLost),
                l(KpiField::ClientsGained)
            ),
            KpiMeasure::Expansion {
                active_clients,
                upsold,
                cross_sold,
            } => format!(
                "{} {active_clients} · {} {upsold} · {} {cross_sold}",
                l(KpiField::ActiveClients),
                l(KpiField::Upsold),
                l(KpiField::CrossSold)
            ),
            KpiMeasure::Revenue { amount, target } => {
                let f = formatter(KpiKind::Revenue, lang);
                match target {
                    Some(t) => format!(
                        "{} {} · {} {}",
                        l(KpiField::Revenue),
                        f(*amount as f64),
                        l(KpiField::Target),
                        f(*t as f64)
                    ),
                    None => format!("{} {}", l(KpiField::Revenue), f(*amount as f64)),
                }
            }
        }
    };
    let kind_name = move |k: &str| match k {
        "nps" => t_string!(i18n, toolkit.kpi_kind_nps).to_string(),
        "response" => t_string!(i18n, toolkit.kpi_kind_response).to_string(),
        "retention" => t_string!(i18n, toolkit.kpi_kind_retention).to_string(),
        "expansion" => t_string!(i18n, toolkit.kpi_kind_expansion).to_string(),
        _ => t_string!(i18n, toolkit.kpi_kind_revenue).to_string(),
    };
    view! {
        <h3 id="kpi-log-title">{tr!(i18n, toolkit.kpi_log)}</h3>
        <NoticeView notice=kit.notice />
        <Show when=move || entries.with(|v| !v.is_empty()) fallback=move || view! { <p class="empty">{tr!(i18n, toolkit.kpi_log_empty)}</p> }>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="kpi-log-title">
                <table class="data">
                    <thead><tr>
                        <th scope="col">{tr!(i18n, toolkit.kpi_date)}</th>
                        <th scope="col">{tr!(i18n, toolkit.kpi_kind)}</th>
                        <th scope="col">{tr!(i18n, toolkit.kpi_value)}</th>
                        <th scope="col">{tr!(i18n, toolkit.kpi_note)}</th>
                        <th scope="col"><span class="vh">{tr!(i18n, toolkit.actions)}</span></th>
                    </tr></thead>
                    <tbody>
                        {move || {
                            let lang = lang_of(i18n.get_locale());
                            entries.get().into_iter().map(|r| {
                                let id = r.id.clone();
                                let date = r.data.date.map(|d| format_date(d, lang)).unwrap_or_default();
                                let kind = kind_name(kind_of(&r.data.measure));
                                let del = td_string!(i18n.get_locale(), toolkit.delete_named, name = format!("{kind} {date}")).to_string();
                                view! {
                                    <tr>
                                        <td>{date.clone()}</td>
                                        <td>{kind.clone()}</td>
                                        <td>{describe(&r.data.measure, lang)}</td>
                                        <td>{r.data.note.clone()}</td>
                                        <td><button type="button" class="secondary" aria-label=del on:click=move |_| remove(id.clone())>{tr!(i18n, toolkit.delete)}</button></td>
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </Show>
    }
}
