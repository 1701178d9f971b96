//! The brands of a review (the client and its competitors): strengths,
//! weaknesses and campaigns over the past twelve months.
use leptos::prelude::*;

use crate::ui::check::CheckField;

use super::review::use_review;
use crate::i18n::*;
use crate::ui::fields::{text_apply, DateText, Field};
use crate::ui::text::tr;
use suitcase_core::model::money::{format_grouped, parse_amount, AmountError};
use suitcase_core::model::reports::{Brand, Campaign, CompetitorField as F};

/// Every brand, with "Add competitor".
#[component]
pub fn Brands() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_review();
    let count = Memo::new(move |_| ctx.draft.with(|r| r.brands.len()));
    view! {
        <section class="card" aria-labelledby="rv-brands-title">
            <h3 id="rv-brands-title">{tr!(i18n, toolkit.rv_brands)}</h3>
            <crate::ui::fields::FieldIssues id="rv-brands" notes=ctx.notes(F::Competitors) />
            {move || (0..count.get()).map(|b| view! { <BrandCard b=b /> }).collect_view()}
            <button
                type="button"
                class="secondary"
                id="rv-add-brand"
                on:click=move |_| ctx.edit(|r| r.brands.push(Brand::default()))
            >
                {tr!(i18n, toolkit.rv_add_brand)}
            </button>
        </section>
    }
}

fn lines(v: &[String]) -> String {
    v.join("\n")
}

fn split_lines(s: &str) -> Vec<String> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split('\n').map(str::to_string).collect()
    }
}

/// One brand.
#[component]
fn BrandCard(b: usize) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_review();
    let brand = move |f: fn(&Brand) -> String| {
        Signal::derive(move || {
            ctx.draft
                .with(|r| r.brands.get(b).map(f).unwrap_or_default())
        })
    };
    let set = move |f: fn(&mut Brand, String)| {
        text_apply(move |s| {
            ctx.edit(|r| {
                if let Some(x) = r.brands.get_mut(b) {
                    f(x, s);
                }
            })
        })
    };
    let is_client = Memo::new(move |_| {
        ctx.draft
            .with(|r| r.brands.get(b).is_some_and(|x| x.is_client))
    });
    let campaigns = Memo::new(move |_| {
        ctx.draft
            .with(|r| r.brands.get(b).map_or(0, |x| x.campaigns.len()))
    });
    let legend = move || {
        let name = ctx.draft.with(|r| {
            r.brands
                .get(b)
                .map(|x| x.name.trim().to_string())
                .unwrap_or_default()
        });
        let base = F::BrandName(b).label(ctx.lang.get());
        let base = base
            .rsplit_once(" — ")
            .map(|(r, _)| r.to_string())
            .unwrap_or(base);
        if name.is_empty() {
            base
        } else {
            format!("{base}: {name}")
        }
    };
    let check_id = format!("rv-b{b}-client");
    view! {
        <fieldset class="brand-card">
            <legend>{legend}</legend>
            <Field id=format!("rv-b{b}-name") label=ctx.label(F::BrandName(b)) value=brand(|x| x.name.clone())
                apply=set(|x, s| x.name = s) notes=ctx.notes(F::BrandName(b)) />
            <div class="check">
                <input
                    id=check_id.clone()
                    type="checkbox"
                    prop:checked=move || is_client.get()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ctx.edit(|r| {
                            if let Some(x) = r.brands.get_mut(b) {
                                x.is_client = on;
                            }
                        });
                    }
                />
                <label for=check_id>{tr!(i18n, toolkit.rv_is_client)}</label>
            </div>
            <div class="form-grid">
                <Field id=format!("rv-b{b}-strengths") label=ctx.label(F::Strengths(b)) multiline=true
                    value=brand(|x| lines(&x.strengths)) apply=set(|x, s| x.strengths = split_lines(&s))
                    notes=ctx.notes(F::Strengths(b))
                    help=Signal::derive(move || t_string!(i18n, toolkit.one_per_line).to_string()) />
                <Field id=format!("rv-b{b}-weaknesses") label=ctx.label(F::Weaknesses(b)) multiline=true
                    value=brand(|x| lines(&x.weaknesses)) apply=set(|x, s| x.weaknesses = split_lines(&s))
                    notes=ctx.notes(F::Weaknesses(b))
                    help=Signal::derive(move || t_string!(i18n, toolkit.one_per_line).to_string()) />
            </div>
            <h4>{move || F::Campaigns(b).label(ctx.lang.get())}</h4>
            <crate::ui::fields::FieldIssues id=format!("rv-b{b}-campaign") notes=ctx.notes(F::Campaigns(b)) />
            <ol class="rows">
                {move || (0..campaigns.get()).map(|row| view! { <CampaignRow b=b row=row /> }).collect_view()}
            </ol>
            <div class="actions">
                <button type="button" class="secondary" id=format!("rv-b{b}-add")
                    on:click=move |_| ctx.edit(|r| {
                        if let Some(x) = r.brands.get_mut(b) {
                            x.campaigns.push(Campaign::default());
                        }
                    })>
                    {move || td_string!(i18n.get_locale(), toolkit.rv_add_campaign, brand = legend()).to_string()}
                </button>
                <button type="button" class="secondary"
                    on:click=move |_| ctx.edit(|r| {
                        if b < r.brands.len() {
                            r.brands.remove(b);
                        }
                    })>
                    {move || td_string!(i18n.get_locale(), toolkit.remove_named, name = legend()).to_string()}
                </button>
            </div>
        </fieldset>
    }
}

/// One campaign: name, dates, channel, message, estimated spend, notes.
#[component]
fn CampaignRow(b: usize, row: usize) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_review();
    let get = move |f: fn(&Campaign) -> String| {
        Signal::derive(move || {
            ctx.draft.with(|r| {
                r.brands
                    .get(b)
                    .and_then(|x| x.campaigns.get(row))
                    .map(f)
                    .unwrap_or_default()
            })
        })
    };
    let with = move |f: Box<dyn FnOnce(&mut Campaign)>| {
        ctx.edit(|r| {
            if let Some(c) = r.brands.get_mut(b).and_then(|x| x.campaigns.get_mut(row)) {
                f(c);
            }
        })
    };
    let set =
        move |f: fn(&mut Campaign, String)| text_apply(move |s| with(Box::new(move |c| f(c, s))));
    let date = move |end: bool| {
        Callback::new(move |d| with(Box::new(move |c| if end { c.end = d } else { c.date = d })))
    };
    let get_date = move |end: bool| {
        Signal::derive(move || {
            ctx.draft.with(|r| {
                r.brands
                    .get(b)
                    .and_then(|x| x.campaigns.get(row))
                    .and_then(|c| if end { c.end } else { c.date })
            })
        })
    };
    let spend = Callback::new(move |s: String| {
        if s.trim().is_empty() {
            with(Box::new(|c| c.estimated_spend = None));
            return None;
        }
        match parse_amount(&s) {
            Ok(v) => {
                with(Box::new(move |c| c.estimated_spend = Some(v)));
                None
            }
            Err(AmountError::Negative) => {
                Some(t_string!(i18n, toolkit.amount_negative).to_string())
            }
            Err(AmountError::TooLarge) => {
                Some(t_string!(i18n, toolkit.amount_too_large).to_string())
            }
            Err(_) => Some(t_string!(i18n, toolkit.amount_format).to_string()),
        }
    });
    let currency = move || ctx.draft.with(|r| r.currency.clone());
    let id = move |part: &str| format!("rv-b{b}-c{row}-{part}");
    let name_f = F::CampaignName { brand: b, row };
    let date_f = F::CampaignDate { brand: b, row };
    let end_f = F::CampaignEnd { brand: b, row };
    let channel_f = F::CampaignChannel { brand: b, row };
    let message_f = F::CampaignMessage { brand: b, row };
    let spend_f = F::CampaignSpend { brand: b, row };
    let notes_f = F::CampaignNotes { brand: b, row };
    let hint = Signal::derive(move || t_string!(i18n, toolkit.date_hint).to_string());
    view! {
        <li class="row-item row-campaign">
            <Field id=id("name") label=ctx.label(name_f) value=get(|c| c.name.clone()) apply=set(|c, s| c.name = s) notes=ctx.notes(name_f) />
            <DateText id=id("date") label=ctx.label(date_f) value=get_date(false)
                on_set=date(false) notes=ctx.notes(date_f) help=hint />
            <DateText id=id("end") label=ctx.label(end_f) value=get_date(true)
                on_set=date(true) notes=ctx.notes(end_f) help=Signal::derive(move || t_string!(i18n, toolkit.rv_end_help).to_string()) />
            <Field id=id("channel") label=ctx.label(channel_f) value=get(|c| c.channel.clone()) apply=set(|c, s| c.channel = s) notes=ctx.notes(channel_f) />
            <Field id=id("message") label=ctx.label(message_f) value=get(|c| c.message.clone()) apply=set(|c, s| c.message = s) notes=ctx.notes(message_f) />
            <Field id=id("spend") label=ctx.label(spend_f) inputmode="numeric"
                value=Signal::derive(move || {
                    let cur = currency();
                    ctx.draft.with(|r| r.brands.get(b).and_then(|x| x.campaigns.get(row)).and_then(|c| c.estimated_spend)
                        .map(|v| format_grouped(v, &cur)).unwrap_or_default())
                })
                apply=spend notes=ctx.notes(spend_f) />
            <Field id=id("notes") label=ctx.label(notes_f) multiline=true value=get(|c| c.notes.clone())
                apply=set(|c, s| c.notes = s) notes=ctx.notes(notes_f) />
            <button type="button" class="secondary remove"
                on:click=move |_| ctx.edit(|r| {
                    if let Some(x) = r.brands.get_mut(b) {
                        if row < x.campaigns.len() {
                            x.campaigns.remove(row);
                        }
                    }
                })>
                {move || {
                    let l = name_f.label(ctx.lang.get());
                    let rowname = l.rsplit_once(" — ").map(|(r, _)| r.to_string()).unwrap_or(l);
                    td_string!(i18n.get_locale(), toolkit.remove_named, name = rowname).to_string()
                }}
            </button>
        </li>
    }
}
