//! KPI calculators: NPS, client and revenue retention, average response
//! time, upsell and cross-sell rates, clients per account person and
//! revenue against target. Inputs are checked as typed; a message in the
//! user's language appears next to the field at fault.
use leptos::prelude::*;
use leptos_meta::Title;

use super::{text, use_lang};
use crate::i18n::*;
use crate::ui::text::tr;
use crate::ui::words::{ErrorWords as _, KpiFieldWords as _};
use suitcase_core::model::career::kpi as kpi_topic;
use suitcase_core::model::kpi::{
    client_retention, clients_per_person, expansion_rates, nps, response_time_from_minutes,
    revenue_retention, revenue_vs_target, KpiError, KpiField,
};
use suitcase_core::model::money::{format_amount, parse_amount, AmountError};
use suitcase_core::model::text::Lang;

/// A number for people: one decimal, with the language's decimal mark.
fn num(v: f64, lang: Lang) -> String {
    crate::ui::lang::decimal(lang, v, 1)
}

/// Minutes as "2 h 05 min" / "45 min".
fn duration(minutes: f64, lang: Lang) -> String {
    let total = minutes.round() as i64;
    let (h, m) = (total / 60, total % 60);
    let _ = lang;
    if h > 0 {
        format!("{h} h {m:02} min")
    } else {
        format!("{m} min")
    }
}

/// The field a KPI error is about.
fn field_of(e: KpiError) -> Option<KpiField> {
    Some(match e {
        KpiError::Missing(f)
        | KpiError::Negative(f)
        | KpiError::TooLarge(f)
        | KpiError::ZeroTotal(f)
        | KpiError::NoData(f) => f,
        KpiError::Exceeds { part, .. } => part,
        KpiError::DoesNotAddUp { field, .. } => field,
        KpiError::ScoreOutOfRange { .. } => KpiField::Scores,
        KpiError::ResponseBeforeRequest { .. } => KpiField::ResponseTimes,
    })
}

/// Reads one typed count or amount. `Ok(None)` for an empty optional field.
fn read(
    locale: Locale,
    field: KpiField,
    text: &str,
    optional: bool,
) -> Result<Option<i64>, String> {
    let lang = super::lang_of(locale);
    match parse_amount(text) {
        Ok(v) => Ok(Some(v)),
        Err(AmountError::Empty) if optional => Ok(None),
        Err(AmountError::Empty) => Err(KpiError::Missing(field).message(lang)),
        Err(AmountError::Negative) => Err(KpiError::Negative(field).message(lang)),
        Err(AmountError::TooLarge) => Err(KpiError::TooLarge(field).message(lang)),
        Err(AmountError::NotANumber) => {
            Err(td_string!(locale, career.kpi_not_number, field = field.label(lang)).to_string())
        }
    }
}

/// One input of a calculator.
#[derive(Clone, Copy)]
struct Input {
    field: KpiField,
    optional: bool,
}

const fn req(field: KpiField) -> Input {
    Input {
        field,
        optional: false,
    }
}

const fn opt(field: KpiField) -> Input {
    Input {
        field,
        optional: true,
    }
}

/// What a calculator computes from its inputs (in order; `None` for an
/// empty optional input): result lines in the interface language, or the
/// first thing wrong.
type Compute = fn(&[Option<i64>], Locale) -> Result<Vec<String>, KpiError>;

fn nps_calc(v: &[Option<i64>], locale: Locale) -> Result<Vec<String>, KpiError> {
    let lang = super::lang_of(locale);
    let n = nps(v[0].unwrap_or(0), v[1].unwrap_or(0), v[2].unwrap_or(0))?;
    Ok(vec![
        td_string!(locale, career.kpi_nps_score, score = num(n.score, lang)).to_string(),
        td_string!(
            locale,
            career.kpi_nps_split,
            promoters = num(n.promoters_pct, lang),
            passives = num(n.passives_pct, lang),
            detractors = num(n.detractors_pct, lang),
            respondents = n.respondents
        )
        .to_string(),
    ])
}

fn retention_calc(v: &[Option<i64>], locale: Locale) -> Result<Vec<String>, KpiError> {
    let lang = super::lang_of(locale);
    let r = client_retention(
        v[0].unwrap_or(0),
        v[1].unwrap_or(0),
        v[2].unwrap_or(0),
        v[3],
    )?;
    Ok(vec![
        td_string!(
            locale,
            career.kpi_retention_rate,
            pct = num(r.rate_pct, lang)
        )
        .to_string(),
        td_string!(
            locale,
            career.kpi_retention_churn,
            pct = num(r.churn_pct, lang),
            kept = r.retained,
            at_end = r.at_end
        )
        .to_string(),
    ])
}

fn revenue_retention_calc(v: &[Option<i64>], locale: Locale) -> Result<Vec<String>, KpiError> {
    let lang = super::lang_of(locale);
    let r = revenue_retention(v[0].unwrap_or(0), v[1].unwrap_or(0), v[2].unwrap_or(0))?;
    Ok(vec![
        td_string!(
            locale,
            career.kpi_revenue_gross,
            pct = num(r.gross_pct, lang)
        )
        .to_string(),
        td_string!(locale, career.kpi_revenue_net, pct = num(r.net_pct, lang)).to_string(),
    ])
}

fn expansion_calc(v: &[Option<i64>], locale: Locale) -> Result<Vec<String>, KpiError> {
    let lang = super::lang_of(locale);
    let r = expansion_rates(
        v[0].unwrap_or(0),
        v[1].unwrap_or(0),
        v[2].unwrap_or(0),
        v[3],
    )?;
    let mut out = vec![
        td_string!(
            locale,
            career.kpi_upsell_rate,
            pct = num(r.upsell_pct, lang)
        )
        .to_string(),
        td_string!(
            locale,
            career.kpi_cross_sell_rate,
            pct = num(r.cross_sell_pct, lang)
        )
        .to_string(),
    ];
    if let Some(c) = r.combined_pct {
        out.push(td_string!(locale, career.kpi_either_rate, pct = num(c, lang)).to_string());
    }
    Ok(out)
}

fn per_person_calc(v: &[Option<i64>], locale: Locale) -> Result<Vec<String>, KpiError> {
    let lang = super::lang_of(locale);
    let r = clients_per_person(v[0].unwrap_or(0), v[1].unwrap_or(0))?;
    Ok(vec![td_string!(
        locale,
        career.kpi_per_person,
        n = num(r, lang)
    )
    .to_string()])
}

fn target_calc(v: &[Option<i64>], locale: Locale) -> Result<Vec<String>, KpiError> {
    let lang = super::lang_of(locale);
    let (rev, tgt) = (v[0].unwrap_or(0), v[1].unwrap_or(0));
    let r = revenue_vs_target(rev, tgt)?;
    Ok(vec![td_string!(
        locale,
        career.kpi_vs_target,
        pct = num(r, lang),
        revenue = format_amount(rev, "VND"),
        target = format_amount(tgt, "VND")
    )
    .to_string()])
}

/// The calculators page.
#[component]
pub fn KpiCalculators() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, career.kpi_title).to_string() />
        <h1>{tr!(i18n, career.kpi_title)}</h1>
        <p class="lead">{tr!(i18n, career.kpi_intro)}</p>
        <Calculator
            kpi="nps"
            anchor="nps"
            inputs=vec![req(KpiField::Promoters), req(KpiField::Passives), req(KpiField::Detractors)]
            compute=nps_calc
        />
        <Calculator
            kpi="retention"
            anchor="retention"
            inputs=vec![
                req(KpiField::ClientsAtStart),
                req(KpiField::ClientsLost),
                req(KpiField::ClientsGained),
                opt(KpiField::ClientsAtEnd),
            ]
            compute=retention_calc
        />
        <Calculator
            kpi="retention"
            anchor="revenue-retention"
            title_key=true
            inputs=vec![
                req(KpiField::RevenueAtStart),
                req(KpiField::RevenueLost),
                req(KpiField::RevenueExpansion),
            ]
            compute=revenue_retention_calc
        />
        <ResponseTimeCalc />
        <Calculator
            kpi="upsell-rate"
            anchor="upsell-rate"
            inputs=vec![
                req(KpiField::ActiveClients),
                req(KpiField::Upsold),
                req(KpiField::CrossSold),
                opt(KpiField::UpsoldOrCrossSold),
            ]
            compute=expansion_calc
        />
        <Calculator
            kpi="clients-per-account"
            anchor="clients-per-account"
            inputs=vec![req(KpiField::Clients), req(KpiField::People)]
            compute=per_person_calc
        />
        <Calculator
            kpi="revenue"
            anchor="revenue"
            inputs=vec![req(KpiField::Revenue), req(KpiField::Target)]
            compute=target_calc
        />
    }
}

/// A calculator of whole-number inputs.
#[component]
fn Calculator(
    /// The KPI it computes (its name and meaning head the card).
    kpi: &'static str,
    /// The card's id, after `calc-`.
    anchor: &'static str,
    /// Title it as revenue retention rather than the KPI's own name.
    #[prop(optional)]
    title_key: bool,
    /// Its inputs, in order.
    inputs: Vec<Input>,
    /// What it computes.
    compute: Compute,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Some(k) = kpi_topic(kpi) else {
        return ().into_any();
    };
    let texts: Vec<RwSignal<String>> = inputs
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let touched = RwSignal::new(false);
    let inputs = StoredValue::new(inputs);
    let texts = StoredValue::new(texts);
    // Per input: its parse error; then the result or the domain's error.
    let outcome = Memo::new(move |_| {
        let locale = i18n.get_locale();
        let mut values = Vec::new();
        let mut errors: Vec<Option<String>> = Vec::new();
        inputs.with_value(|ins| {
            texts.with_value(|ts| {
                for (inp, t) in ins.iter().zip(ts) {
                    match t.with(|s| read(locale, inp.field, s, inp.optional)) {
                        Ok(v) => {
                            values.push(v);
                            errors.push(None);
                        }
                        Err(m) => {
                            values.push(None);
                            errors.push(Some(m));
                        }
                    }
                }
            })
        });
        if errors.iter().any(Option::is_some) {
            return (errors, None, None);
        }
        match compute(&values, locale) {
            Ok(lines) => (errors, Some(lines), None),
            Err(e) => {
                let at = field_of(e);
                let msg = e.message(super::lang_of(locale));
                let placed = inputs.with_value(|ins| ins.iter().position(|i| Some(i.field) == at));
                match placed {
                    Some(i) => {
                        errors[i] = Some(msg);
                        (errors, None, None)
                    }
                    None => (errors, None, Some(msg)),
                }
            }
        }
    });
    let fields = inputs
        .get_value()
        .into_iter()
        .enumerate()
        .map(|(i, inp)| {
            let id = format!("calc-{anchor}-{i}");
            let err_id = format!("{id}-error");
            let t = texts.with_value(|ts| ts[i]);
            let error = move || {
                if !touched.get() {
                    return None;
                }
                outcome.with(|o| o.0[i].clone())
            };
            let label = move || {
                let l = inp.field.label(lang.get()).to_string();
                if inp.optional {
                    format!("{l} {}", t_string!(i18n, career.optional))
                } else {
                    l
                }
            };
            let err_id2 = err_id.clone();
            view! {
                <div class="field">
                    <label for=id.clone()>{label}</label>
                    <input
                        id=id
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        prop:value=move || t.get()
                        aria-invalid=move || error().is_some().then_some("true")
                        aria-describedby=move || error().is_some().then(|| err_id2.clone())
                        on:input=move |ev| {
                            t.set(event_target_value(&ev));
                            touched.set(true);
                        }
                    />
                    {move || {
                        error()
                            .map(|m| {
                                view! {
                                    <p id=err_id.clone() class="field-error" role="alert">{m}</p>
                                }
                            })
                    }}
                </div>
            }
        })
        .collect_view();
    let result = move || {
        outcome.with(|o| match (&o.1, &o.2) {
            (Some(lines), _) => {
                let items = lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let class = if i == 0 { "result-line" } else { "" };
                        view! { <p class=class>{l.clone()}</p> }
                    })
                    .collect_view();
                view! { <div>{items}</div> }.into_any()
            }
            (None, Some(m)) if touched.get() => {
                view! { <p class="field-error" role="alert">{m.clone()}</p> }.into_any()
            }
            _ => view! { <p class="help">{tr!(i18n, career.kpi_waiting)}</p> }.into_any(),
        })
    };
    let heading_id = format!("calc-{anchor}-title");
    let heading_for = heading_id.clone();
    view! {
        <section class="card calc" id=format!("calc-{anchor}") aria-labelledby=heading_for>
            <h2 id=heading_id>
                {move || {
                    if title_key {
                        t_string!(i18n, career.revenue_retention).to_string()
                    } else {
                        k.name.get(lang.get()).to_string()
                    }
                }}
            </h2>
            <p class="help">{text(lang, k.meaning)}</p>
            <form class="form-grid" on:submit=|ev| ev.prevent_default()>
                {fields}
            </form>
            <div class="calc-result" role="status" aria-live="polite" data-testid=format!("result-{anchor}")>
                {result}
            </div>
        </section>
    }
    .into_any()
}

/// Average response time from a list of minutes.
#[component]
fn ResponseTimeCalc() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Some(k) = kpi_topic("response-time") else {
        return ().into_any();
    };
    let input = RwSignal::new(String::new());
    let touched = RwSignal::new(false);
    let outcome = Memo::new(move |_| {
        let locale = i18n.get_locale();
        let l = super::lang_of(locale);
        let s = input.get();
        let mut minutes = Vec::new();
        for (i, item) in s
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .enumerate()
        {
            match parse_amount(item) {
                Ok(v) => minutes.push(v),
                Err(AmountError::Negative) => {
                    return Err(KpiError::ResponseBeforeRequest { row: i }.message(l))
                }
                Err(_) => {
                    return Err(
                        td_string!(locale, career.kpi_bad_minutes, n = i + 1, item = item)
                            .to_string(),
                    )
                }
            }
        }
        let r = response_time_from_minutes(&minutes).map_err(|e| e.message(l))?;
        Ok(vec![
            td_string!(
                locale,
                career.kpi_response_mean,
                time = duration(r.mean_minutes, l)
            )
            .to_string(),
            td_string!(
                locale,
                career.kpi_response_spread,
                median = duration(r.median_minutes, l),
                fastest = duration(r.min_minutes, l),
                slowest = duration(r.max_minutes, l),
                count = r.count
            )
            .to_string(),
        ])
    });
    let error = move || {
        if !touched.get() {
            return None;
        }
        outcome.with(|o| o.as_ref().err().cloned())
    };
    view! {
        <section class="card calc" id="calc-response-time" aria-labelledby="calc-response-time-title">
            <h2 id="calc-response-time-title">{text(lang, k.name)}</h2>
            <p class="help">{text(lang, k.meaning)}</p>
            <div class="field">
                <label for="calc-response-time-0">{tr!(i18n, career.kpi_minutes)}</label>
                <textarea
                    id="calc-response-time-0"
                    rows="3"
                    prop:value=move || input.get()
                    aria-invalid=move || error().is_some().then_some("true")
                    aria-describedby=move || {
                        if error().is_some() {
                            "calc-response-time-help calc-response-time-error"
                        } else {
                            "calc-response-time-help"
                        }
                    }
                    on:input=move |ev| {
                        input.set(event_target_value(&ev));
                        touched.set(true);
                    }
                ></textarea>
                <p id="calc-response-time-help" class="help">{tr!(i18n, career.kpi_minutes_help)}</p>
                {move || {
                    error()
                        .map(|m| {
                            view! {
                                <p id="calc-response-time-error" class="field-error" role="alert">
                                    {m}
                                </p>
                            }
                        })
                }}
            </div>
            <div class="calc-result" role="status" aria-live="polite" data-testid="result-response-time">
                {move || match outcome.get() {
                    Ok(lines) => {
                        let items = lines
                            .into_iter()
                            .enumerate()
                            .map(|(i, l)| {
                                view! { <p class=if i == 0 { "result-line" } else { "" }>{l}</p> }
                            })
                            .collect_view();
                        view! { <div>{items}</div> }.into_any()
                    }
                    Err(_) => view! { <p class="help">{tr!(i18n, career.kpi_waiting)}</p> }.into_any(),
                }}
            </div>
        </section>
    }
    .into_any()
}
