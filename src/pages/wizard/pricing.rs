//! The proposal's pricing table (own lines, or taken from a budget plan) and
//! its timeline of phases.
use leptos::prelude::*;

use super::brief::RemoveButton;
use super::fields::{
    at, errors, focus_later, AmountField, DateField, FieldIssues, PercentField, TextField,
};
use super::workspace::use_wiz;
use super::{lang_of, today};
use crate::i18n::*;
use crate::storage::use_storage;
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::text::tr;
use suitcase_core::model::brief::WizardField as F;
use suitcase_core::model::budget::{default_step, solve, Plan};
use suitcase_core::model::money::format_amount;
use suitcase_core::model::proposal::{derive_phases, Pricing, TimelineError};

#[component]
pub fn PricingEditor() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let len = Memo::new(move |_| ctx.draft.with(|r| r.proposal.pricing.lines.len()));
    let currency = Signal::derive(move || ctx.draft.with(|r| r.proposal.pricing.currency.clone()));
    let (fee, set_fee) = lens!(ctx, |r| r.proposal.pricing.agency_fee_pct);
    let (vat, set_vat) = lens!(ctx, |r| r.proposal.pricing.vat_pct);
    let (cur, set_cur) = lens!(ctx, |r| r.proposal.pricing.currency);
    let totals = Memo::new(move |_| ctx.draft.with(|r| r.proposal.pricing.totals().ok()));
    let edit_line =
        move |i: usize, f: Box<dyn FnOnce(&mut suitcase_core::model::proposal::LineItem)>| {
            ctx.edit(|r| {
                if let Some(l) = r.proposal.pricing.lines.get_mut(i) {
                    f(l);
                }
            })
        };
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let l = move || ctx.draft.with(|r| r.proposal.pricing.lines.get(i).cloned().unwrap_or_default());
                let n = i + 1;
                let lab = move |f: fn(Locale) -> String| Signal::derive(move || format!("{} {n}", f(i18n.get_locale())));
                let name = lab(|l| td_string!(l, wizard.f_line).to_string());
                let amount = move || {
                    totals.get().and_then(|t| t.lines.get(i).copied()).map(|a| format_amount(a, &currency.get()))
                };
                view! {
                    <li class="list-row price-line">
                        <div class="grid-4 grow">
                            <TextField id=format!("pl-{i}") label=name issues=at(F::LineDescription(i))
                                value=Signal::derive(move || l().description)
                                on_set=Callback::new(move |v: String| edit_line(i, Box::new(move |l| l.description = v))) />
                            <TextField id=format!("pl-{i}-group") label=lab(|l| td_string!(l, wizard.f_group).to_string()) issues=at(F::LineGroup(i))
                                value=Signal::derive(move || l().group)
                                on_set=Callback::new(move |v: String| edit_line(i, Box::new(move |l| l.group = v))) />
                            <AmountField id=format!("pl-{i}-qty") label=lab(|l| td_string!(l, wizard.f_qty).to_string()) issues=at(F::LineQty(i))
                                value=Signal::derive(move || l().qty) currency=Signal::derive(String::new)
                                on_set=Callback::new(move |v: i64| edit_line(i, Box::new(move |l| l.qty = v))) />
                            <AmountField id=format!("pl-{i}-price") label=lab(|l| td_string!(l, wizard.f_unit_price).to_string()) issues=at(F::LineUnitPrice(i))
                                value=Signal::derive(move || l().unit_price) currency=currency
                                on_set=Callback::new(move |v: i64| edit_line(i, Box::new(move |l| l.unit_price = v))) />
                        </div>
                        <div class="line-extra">
                            <PercentField id=format!("pl-{i}-discount") label=lab(|l| td_string!(l, wizard.f_discount).to_string()) issues=at(F::LineDiscount(i))
                                value=Signal::derive(move || l().discount_pct)
                                on_set=Callback::new(move |v: i64| edit_line(i, Box::new(move |l| l.discount_pct = v))) />
                            <div class="field check">
                                <input type="checkbox" id=format!("pl-{i}-optional") prop:checked=move || l().optional
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        edit_line(i, Box::new(move |l| l.optional = on));
                                    } />
                                <label for=format!("pl-{i}-optional")>{move || format!("{} ({n})", td_string!(i18n.get_locale(), wizard.f_optional))}</label>
                            </div>
                        </div>
                        <p class="line-amount num">{amount}</p>
                        <RemoveButton name=name on_remove=Callback::new(move |_| ctx.edit(|r| {
                            if i < r.proposal.pricing.lines.len() {
                                r.proposal.pricing.lines.remove(i);
                            }
                        })) />
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        ctx.edit(|r| {
            r.proposal.pricing.add_line("", 1, 0);
        });
        focus_later(format!("pl-{}", len.get_untracked() - 1));
    };
    let total_row = move |label: String, v: i64, strong: bool| {
        let text = format_amount(v, &currency.get());
        view! {
            <tr class:total=strong>
                <th scope="row">{label}</th>
                <td class="num">{text}</td>
            </tr>
        }
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.pricing)}</legend>
            <FromBudget />
            <ol class="list-rows">{rows}</ol>
            <FieldIssues id="pricing" notes=errors(Some(at(F::Lines))) />
            <button type="button" class="secondary" on:click=add>{tr!(i18n, wizard.add_line)}</button>
            <div class="grid-3">
                <TextField id="p-currency" label=Signal::derive(move || t_string!(i18n, wizard.f_currency).to_string()) issues=at(F::Currency) value=cur on_set=set_cur />
                <PercentField id="p-fee" label=Signal::derive(move || t_string!(i18n, wizard.f_fee).to_string()) issues=at(F::AgencyFee) value=fee on_set=set_fee />
                <PercentField id="p-vat" label=Signal::derive(move || t_string!(i18n, wizard.f_vat).to_string()) issues=at(F::Vat) value=vat on_set=set_vat />
            </div>
            {move || {
                let locale = i18n.get_locale();
                match totals.get() {
                    None => view! { <p class="msg msg-error" role="alert">{tr!(i18n, check.pricing_overflow)}</p> }.into_any(),
                    Some(t) => view! {
                        <table class="totals" data-testid="totals">
                            <caption class="sr-only">{tr!(i18n, wizard.totals)}</caption>
                            <tbody>
                                {total_row(td_string!(locale, wizard.subtotal).to_string(), t.subtotal, false)}
                                {total_row(td_string!(locale, wizard.fee_amount).to_string(), t.agency_fee, false)}
                                {total_row(td_string!(locale, wizard.vat_amount).to_string(), t.vat, false)}
                                {total_row(td_string!(locale, wizard.f_total).to_string(), t.total, true)}
                            </tbody>
                        </table>
                    }.into_any(),
                }
            }}
            <BudgetCheck />
            <Schedule />
            {
                let (pt, set_pt) = lens!(ctx, |r| r.proposal.pricing.payment_terms);
                view! { <TextField id="p-payment-terms" label=Signal::derive(move || t_string!(i18n, wizard.f_payment_terms).to_string()) issues=at(F::PaymentTerms) value=pt on_set=set_pt multiline=true /> }
            }
        </fieldset>
    }
}

/// The brief's budget beside the totals, and what the send check will say.
#[component]
fn BudgetCheck() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    move || {
        let locale = i18n.get_locale();
        ctx.draft.with(|r| {
            let b = &r.brief.budget;
            (b.amount > 0).then(|| {
                let line = td_string!(locale, wizard.budget_line, amount = format_amount(b.amount, &b.currency)).to_string();
                let warn = r.budget_check().map(|i| super::messages::cause_text(locale, &i.cause));
                view! {
                    <p class="help" data-testid="budget-line">{line}</p>
                    {warn.map(|w| view! { <p class="msg msg-warn" role="status" data-testid="budget-warning">{w}</p> })}
                }
            })
        })
    }
}

/// The payment schedule: milestones and their shares of the total, with the
/// amounts each share comes to.
#[component]
fn Schedule() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let len = Memo::new(move |_| ctx.draft.with(|r| r.proposal.pricing.schedule.len()));
    let amounts = Memo::new(move |_| {
        ctx.draft.with(|r| {
            let p = &r.proposal.pricing;
            p.totals().ok().and_then(|t| p.schedule_amounts(t.total))
        })
    });
    let edit =
        move |i: usize, f: Box<dyn FnOnce(&mut suitcase_core::model::proposal::Installment)>| {
            ctx.edit(|r| {
                if let Some(p) = r.proposal.pricing.schedule.get_mut(i) {
                    f(p);
                }
            })
        };
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let p = move || ctx.draft.with(|r| r.proposal.pricing.schedule.get(i).cloned().unwrap_or_default());
                let n = i + 1;
                let lab = move |f: fn(Locale) -> String| Signal::derive(move || format!("{} {n}", f(i18n.get_locale())));
                let amount = move || {
                    let cur = ctx.draft.with(|r| r.proposal.pricing.currency.clone());
                    amounts.get().and_then(|a| a.get(i).copied()).map(|a| format_amount(a, &cur))
                };
                view! {
                    <li class="list-row">
                        <div class="grid-2 grow">
                            <TextField id=format!("pay-{i}") label=lab(|l| td_string!(l, wizard.f_milestone).to_string()) issues=at(F::Milestone(i))
                                value=Signal::derive(move || p().milestone)
                                on_set=Callback::new(move |v: String| edit(i, Box::new(move |p| p.milestone = v))) />
                            <PercentField id=format!("pay-{i}-pct") label=lab(|l| td_string!(l, wizard.f_share).to_string()) issues=at(F::Share(i))
                                value=Signal::derive(move || p().pct)
                                on_set=Callback::new(move |v: i64| edit(i, Box::new(move |p| p.pct = v))) />
                        </div>
                        <p class="line-amount num">{amount}</p>
                        <button type="button" class="secondary small"
                            aria-label=move || td_string!(i18n.get_locale(), wizard.remove_installment, n = n).to_string()
                            on:click=move |_| ctx.edit(|r| {
                                if i < r.proposal.pricing.schedule.len() {
                                    r.proposal.pricing.schedule.remove(i);
                                }
                            })>"×"</button>
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        ctx.edit(|r| {
            let left = 10_000
                - r.proposal
                    .pricing
                    .schedule
                    .iter()
                    .map(|p| p.pct)
                    .sum::<i64>();
            r.proposal
                .pricing
                .add_installment("", left.clamp(0, 10_000));
        });
        focus_later(format!("pay-{}", len.get_untracked() - 1));
    };
    let sum = move || {
        let locale = i18n.get_locale();
        let pct = ctx.draft.with(|r| {
            r.proposal
                .pricing
                .schedule
                .iter()
                .map(|p| p.pct)
                .sum::<i64>()
        });
        td_string!(
            locale,
            wizard.schedule_sum,
            pct = suitcase_core::docs::proposal::format_pct(pct, lang_of(locale))
        )
        .to_string()
    };
    view! {
        <fieldset class="list-field schedule">
            <legend>{tr!(i18n, wizard.schedule)}</legend>
            <p class="help">{tr!(i18n, wizard.schedule_help)}</p>
            <ol class="list-rows">{rows}</ol>
            <p class="help" data-testid="schedule-sum">{sum}</p>
            <FieldIssues id="schedule" notes=errors(Some(at(F::Schedule))) />
            <button type="button" class="secondary" on:click=add>{tr!(i18n, wizard.add_installment)}</button>
        </fieldset>
    }
}

/// Takes the pricing lines from a plan of the budget balancer.
#[component]
fn FromBudget() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let storage = use_storage();
    let plans = storage.records::<Plan>();
    let chosen = RwSignal::new(String::new());
    let note = notice_slot();
    let apply = move |_| {
        let id = chosen.get_untracked();
        let Some(rec) = plans
            .get_untracked()
            .flatten()
            .and_then(Result::ok)
            .and_then(|v| v.into_iter().find(|p| p.id == id))
        else {
            note.set(Some(Notice::err(t_string!(i18n, wizard.choose_plan))));
            return;
        };
        let locale = i18n.get_locale_untracked();
        let plan = rec.data;
        let solution = solve(&plan, default_step(&plan));
        let vat = ctx.draft.with_untracked(|r| r.proposal.pricing.vat_pct);
        match Pricing::from_budget(&plan, &solution, vat, lang_of(locale)) {
            Ok(p) => {
                if ctx
                    .draft
                    .with_untracked(|r| !r.proposal.pricing.lines.is_empty())
                {
                    let ok = web_sys::window()
                        .and_then(|w| {
                            w.confirm_with_message(td_string!(locale, wizard.replace_lines))
                                .ok()
                        })
                        .unwrap_or(false);
                    if !ok {
                        return;
                    }
                }
                ctx.edit(|r| {
                    let old = std::mem::replace(&mut r.proposal.pricing, p);
                    r.proposal.pricing.schedule = old.schedule;
                    r.proposal.pricing.payment_terms = old.payment_terms;
                });
                note.set(Some(Notice::ok(
                    td_string!(locale, wizard.plan_used, name = plan.name).to_string(),
                )));
            }
            Err(_) => note.set(Some(Notice::err(
                td_string!(locale, wizard.plan_unusable).to_string(),
            ))),
        }
    };
    move || {
        let list = plans
            .get()
            .flatten()
            .and_then(Result::ok)
            .unwrap_or_default();
        (!list.is_empty()).then(|| {
            view! {
                <div class="from-budget">
                    <div class="field field-inline">
                        <label for="from-plan">{tr!(i18n, wizard.from_plan)}</label>
                        <select id="from-plan" on:change=move |ev| chosen.set(event_target_value(&ev))>
                            <option value="">{tr!(i18n, wizard.choose)}</option>
                            {list
                                .into_iter()
                                .map(|p| view! { <option value=p.id.clone()>{p.data.name.clone()}</option> })
                                .collect_view()}
                        </select>
                        <button type="button" class="secondary" on:click=apply>{tr!(i18n, wizard.use_plan)}</button>
                    </div>
                    <NoticeView notice=note />
                </div>
            }
        })
    }
}

fn timeline_error(locale: Locale, e: &TimelineError) -> String {
    match e {
        TimelineError::EndBeforeStart => td_string!(locale, check.end_before_start).to_string(),
        TimelineError::TooLittlePrep { days } => {
            td_string!(locale, wizard.too_little_prep, days = days).to_string()
        }
        TimelineError::OutOfRange => td_string!(locale, check.bad_date).to_string(),
    }
}

/// The phases with their dates, derived from the campaign dates or edited.
#[component]
pub fn TimelineEditor() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let kickoff = RwSignal::new(Some(today()));
    let note: RwSignal<Option<String>> = RwSignal::new(None);
    let derive = move |_| {
        let locale = i18n.get_locale_untracked();
        let (s, e) = ctx
            .draft
            .with_untracked(|r| (r.brief.campaign_start, r.brief.campaign_end));
        let (Some(k), Some(s), Some(e)) = (kickoff.get_untracked(), s, e) else {
            note.set(Some(td_string!(locale, wizard.need_dates).to_string()));
            return;
        };
        match derive_phases(k, s, e) {
            Ok(phases) => {
                note.set(None);
                ctx.edit(|r| r.proposal.phases = phases);
            }
            Err(err) => note.set(Some(timeline_error(locale, &err))),
        }
    };
    let len = Memo::new(move |_| ctx.draft.with(|r| r.proposal.phases.len()));
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let p = move || ctx.draft.with(|r| r.proposal.phases.get(i).cloned().unwrap_or_default());
                let name = move || p().label(lang_of(i18n.get_locale())).to_string();
                let ls = Signal::derive(move || format!("{} · {}", name(), t_string!(i18n, wizard.f_start)));
                let le = Signal::derive(move || format!("{} · {}", name(), t_string!(i18n, wizard.f_end)));
                let ln = Signal::derive(move || format!("{} · {}", name(), t_string!(i18n, wizard.f_notes)));
                let set = move |f: Box<dyn FnOnce(&mut suitcase_core::model::proposal::Phase)>| {
                    ctx.edit(|r| {
                        if let Some(p) = r.proposal.phases.get_mut(i) {
                            f(p);
                        }
                    })
                };
                view! {
                    <li class="phase">
                        <h3 class="phase-name">{name}</h3>
                        <div class="grid-3">
                            <DateField id=format!("ph-{i}-start") label=ls issues=at(F::PhaseStart(i))
                                value=Signal::derive(move || p().start) on_set=Callback::new(move |d| set(Box::new(move |p| p.start = d))) />
                            <DateField id=format!("ph-{i}-end") label=le issues=at(F::PhaseEnd(i))
                                value=Signal::derive(move || p().end) on_set=Callback::new(move |d| set(Box::new(move |p| p.end = d))) />
                            <TextField id=format!("ph-{i}-note") label=ln issues=at(F::PhaseNote(i))
                                value=Signal::derive(move || p().note) on_set=Callback::new(move |v: String| set(Box::new(move |p| p.note = v))) />
                        </div>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.timeline)}</legend>
            <p class="help">{tr!(i18n, wizard.timeline_help)}</p>
            <div class="inline">
                <DateField id="kickoff" label=Signal::derive(move || t_string!(i18n, wizard.kickoff).to_string())
                    value=kickoff on_set=Callback::new(move |d| kickoff.set(d)) />
                <button type="button" class="secondary" on:click=derive>{tr!(i18n, wizard.derive)}</button>
            </div>
            {move || note.get().map(|n| view! { <p class="msg msg-error" role="alert">{n}</p> })}
            <ol class="phases">{rows}</ol>
            <FieldIssues id="phases" notes=errors(Some(at(F::Phases))) />
        </fieldset>
    }
}
