//! Editing a plan: budget and margin, deliverables, channels and curves.
use leptos::prelude::*;

use super::curve::CurveChart;
use super::fit::FitPanel;
use super::lang_of;
use super::messages::{money, number, number_error, plan_issue, unit_name};
use super::workspace::{use_plan, PlanCtx};
use crate::i18n::*;
use crate::ui::fields::Field;
use crate::ui::text::tr;
use leptos_i18n::I18nContext;
use suitcase_core::model::budget::presets::{id_from_name, PRESETS};
use suitcase_core::model::budget::{Channel, Item, Plan, Priority, Response, Unit};
use suitcase_core::model::number::{format_int, format_number, parse_amount, parse_count};

/// Runs an edit and words its refusal.
fn refuse(ctx: PlanCtx, locale: Locale, f: impl FnOnce(&mut Plan)) -> Option<String> {
    ctx.edit(f)
        .err()
        .map(|refused| plan_issue(locale, &refused.1, &refused.0))
}

/// An `apply` callback for a whole amount.
fn amount_apply(
    ctx: PlanCtx,
    set: impl Fn(&mut Plan, i64) + Send + Sync + 'static,
) -> Callback<String, Option<String>> {
    let i18n = use_i18n();
    Callback::new(move |text: String| {
        let locale = i18n.get_locale_untracked();
        match parse_amount(&text, lang_of(locale)) {
            Ok(v) => refuse(ctx, locale, |p| set(p, v)),
            Err(e) => Some(number_error(locale, &e)),
        }
    })
}

/// An `apply` callback for a count, a score or a percentage (decimals
/// allowed), read by the same rules as amounts.
fn decimal_apply(
    ctx: PlanCtx,
    set: impl Fn(&mut Plan, f64) + Send + Sync + 'static,
) -> Callback<String, Option<String>> {
    let i18n = use_i18n();
    Callback::new(move |text: String| {
        let locale = i18n.get_locale_untracked();
        match parse_count(&text, lang_of(locale)) {
            Ok(v) => refuse(ctx, locale, |p| set(p, v)),
            Err(e) => Some(number_error(locale, &e)),
        }
    })
}

/// An `apply` callback for a name.
fn text_apply(
    ctx: PlanCtx,
    set: impl Fn(&mut Plan, String) + Send + Sync + 'static,
) -> Callback<String, Option<String>> {
    let i18n = use_i18n();
    Callback::new(move |text: String| {
        let locale = i18n.get_locale_untracked();
        refuse(ctx, locale, |p| set(p, text))
    })
}

fn grouped(ctx: PlanCtx, get: impl Fn(&Plan) -> i64 + Send + Sync + 'static) -> Signal<String> {
    let i18n = use_i18n();
    Signal::derive(move || {
        let lang = lang_of(i18n.get_locale());
        ctx.draft.with(|p| format_int(get(p), lang))
    })
}

fn decimal(ctx: PlanCtx, get: impl Fn(&Plan) -> f64 + Send + Sync + 'static) -> Signal<String> {
    let i18n = use_i18n();
    Signal::derive(move || {
        let lang = lang_of(i18n.get_locale());
        ctx.draft.with(|p| format_number(get(p), 6, lang))
    })
}

/// Name, currency, total budget and margin.
#[component]
pub fn PlanSettings() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let currencies = move || {
        let current = ctx.currency();
        let mut list = vec!["VND".to_string(), "USD".into(), "EUR".into()];
        if !list.contains(&current) {
            list.push(current);
        }
        list
    };
    let on_currency = move |ev| {
        let v = event_target_value(&ev);
        let _ = ctx.edit(|p| p.currency = v);
    };
    let on_unit = move |ev| {
        if let Some(u) = Unit::parse(&event_target_value(&ev)) {
            let _ = ctx.edit(|p| p.unit = u);
        }
    };
    let ceiling_line = move || {
        let locale = i18n.get_locale();
        let (margin, ceiling, cur) = ctx.draft.with(|p| {
            (
                p.total_budget - p.ceiling(),
                p.ceiling(),
                p.currency.clone(),
            )
        });
        td_string!(
            locale,
            budget.ceiling_line,
            margin = money(locale, margin, &cur),
            ceiling = money(locale, ceiling, &cur)
        )
        .to_string()
    };
    // The total the channel limits were last set for: when the total moves
    // away from it, ask whether every channel's limits follow.
    let limits_total = RwSignal::new(ctx.draft.with_untracked(|p| p.total_budget));
    let pending = move || {
        let (now, has_channels) = ctx.draft.with(|p| (p.total_budget, !p.channels.is_empty()));
        let from = limits_total.get();
        (has_channels && from > 0 && now != from).then_some((from, now))
    };
    let scale = move |_| {
        let from = limits_total.get_untracked();
        let to = ctx.draft.with_untracked(|p| p.total_budget);
        if ctx.edit(|p| p.scale_limits(from, to)).is_ok() {
            limits_total.set(to);
        }
    };
    let keep = move |_| limits_total.set(ctx.draft.with_untracked(|p| p.total_budget));
    let prompt = move || {
        pending().map(|(from, to)| {
            let locale = i18n.get_locale();
            let cur = ctx.currency();
            td_string!(
                locale,
                budget.scale_prompt,
                from = money(locale, from, &cur),
                to = money(locale, to, &cur),
                factor = number(locale, to as f64 / from as f64, 2)
            )
            .to_string()
        })
    };
    view! {
        <section class="card" aria-labelledby="plan-settings-title">
            <h2 id="plan-settings-title">{tr!(i18n, budget.settings_title)}</h2>
            <div class="form-grid">
                <Field
                    no_spellcheck=true
                    id="plan-name"
                    label=Signal::derive(move || t_string!(i18n, budget.name).to_string())
                    value=Signal::derive(move || ctx.draft.with(|p| p.name.clone()))
                    apply=text_apply(ctx, |p, v| p.name = v)
                />
                <div class="field">
                    <label for="plan-currency">{tr!(i18n, budget.currency)}</label>
                    <select id="plan-currency" on:change=on_currency>
                        <For each=currencies key=|c| c.clone() let:c>
                            <option value=c.clone() selected=move || ctx.currency() == c>
                                {c.clone()}
                            </option>
                        </For>
                    </select>
                </div>
                <div class="field">
                    <label for="plan-unit">{tr!(i18n, budget.unit_label)}</label>
                    <select id="plan-unit" on:change=on_unit aria-describedby="plan-unit-help">
                        {Unit::ALL
                            .into_iter()
                            .map(|u| {
                                view! {
                                    <option value=u.as_str() selected=move || ctx.unit() == u>
                                        {move || unit_name(i18n.get_locale(), u)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <p class="help" id="plan-unit-help">{tr!(i18n, budget.unit_help)}</p>
                </div>
                <Field
                    no_spellcheck=true
                    id="plan-total"
                    inputmode="decimal"
                    label=Signal::derive(move || t_string!(i18n, budget.total).to_string())
                    value=grouped(ctx, |p| p.total_budget)
                    apply=amount_apply(ctx, |p, v| p.total_budget = v)
                />
                <Field
                    no_spellcheck=true
                    id="plan-margin"
                    inputmode="decimal"
                    label=Signal::derive(move || t_string!(i18n, budget.margin).to_string())
                    value=decimal(ctx, |p| p.agency_margin_pct)
                    apply=decimal_apply(ctx, |p, v| p.agency_margin_pct = v)
                />
            </div>
            <p class="help">{ceiling_line}</p>
            <Show when=move || pending().is_some()>
                <div class="notice scale-prompt" role="status" data-testid="scale-prompt">
                    <p>{prompt}</p>
                    <div class="actions">
                        <button type="button" on:click=scale>{tr!(i18n, budget.scale_yes)}</button>
                        <button type="button" class="secondary" on:click=keep>
                            {tr!(i18n, budget.scale_no)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}

fn priority_label(i18n: I18nContext<Locale>, p: Priority) -> String {
    match p {
        Priority::Must => t_string!(i18n, budget.prio_must),
        Priority::Should => t_string!(i18n, budget.prio_should),
        Priority::Could => t_string!(i18n, budget.prio_could),
    }
    .to_string()
}

fn taken_ids(p: &Plan) -> Vec<String> {
    p.items
        .iter()
        .map(|i| i.id.clone())
        .chain(p.channels.iter().map(|c| c.id.clone()))
        .collect()
}

fn new_id(p: &Plan, name: &str) -> String {
    let taken = taken_ids(p);
    let refs: Vec<&str> = taken.iter().map(String::as_str).collect();
    id_from_name(name, &refs)
}

/// The deliverables, one row each.
#[component]
pub fn ItemsEditor() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let ids = move || {
        ctx.draft
            .with(|p| p.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>())
    };
    let add = move |_| {
        let name = t_string!(i18n, budget.new_item).to_string();
        let _ = ctx.edit(|p| {
            let id = new_id(p, &name);
            p.items.push(Item {
                id,
                name,
                cost: 0,
                priority: Priority::Should,
                value: 0.0,
            });
        });
    };
    view! {
        <section class="card" aria-labelledby="items-title">
            <h2 id="items-title">{tr!(i18n, budget.items_title)}</h2>
            <p class="help">{tr!(i18n, budget.items_help)}</p>
            <Show when=move || ctx.draft.with(|p| p.items.is_empty())>
                <p>{tr!(i18n, budget.no_items)}</p>
            </Show>
            <ul class="line-list">
                <For each=ids key=|id| id.clone() let:id>
                    <ItemRow id=id />
                </For>
            </ul>
            <button type="button" on:click=add>{tr!(i18n, budget.add_item)}</button>
        </section>
    }
}

/// Index of the line `id` in the draft (rows outlive their line briefly).
fn item_index(p: &Plan, id: &str) -> Option<usize> {
    p.items.iter().position(|i| i.id == id)
}

#[component]
fn ItemRow(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let key = StoredValue::new(id.clone());
    let get = move |f: fn(&Item) -> String| {
        ctx.draft.with(|p| {
            item_index(p, &key.get_value())
                .map(|i| f(&p.items[i]))
                .unwrap_or_default()
        })
    };
    let with_item = move |p: &mut Plan, f: &dyn Fn(&mut Item)| {
        if let Some(i) = item_index(p, &key.get_value()) {
            f(&mut p.items[i]);
        }
    };
    let name = Signal::derive(move || get(|i| i.name.clone()));
    let priority = move || {
        ctx.draft
            .with(|p| item_index(p, &key.get_value()).map(|i| p.items[i].priority))
    };
    let on_priority = move |ev| {
        let v = event_target_value(&ev);
        let pr = match v.as_str() {
            "must" => Priority::Must,
            "could" => Priority::Could,
            _ => Priority::Should,
        };
        let _ = ctx.edit(|p| with_item(p, &|i| i.priority = pr));
    };
    let remove = move |_| {
        let _ = ctx.edit(|p| p.items.retain(|i| i.id != key.get_value()));
    };
    let is_must = move || priority() == Some(Priority::Must);
    view! {
        <li class="line">
            <div class="form-grid">
                <Field
                    no_spellcheck=true
                    id=format!("item-{id}-name")
                    label=Signal::derive(move || t_string!(i18n, budget.item_name).to_string())
                    value=name
                    apply=text_apply(ctx, move |p, v| with_item(p, &|i| i.name = v.clone()))
                />
                <Field
                    no_spellcheck=true
                    id=format!("item-{id}-cost")
                    inputmode="decimal"
                    label=Signal::derive(move || t_string!(i18n, budget.item_cost).to_string())
                    value=Signal::derive(move || {
                        let lang = lang_of(i18n.get_locale());
                        ctx.draft.with(|p| {
                            item_index(p, &key.get_value())
                                .map(|i| format_int(p.items[i].cost, lang))
                                .unwrap_or_default()
                        })
                    })
                    apply=amount_apply(ctx, move |p, v| with_item(p, &|i| i.cost = v))
                />
                <div class="field">
                    <label for=format!("item-{id}-priority")>{tr!(i18n, budget.item_priority)}</label>
                    <select id=format!("item-{id}-priority") on:change=on_priority>
                        {[Priority::Must, Priority::Should, Priority::Could]
                            .into_iter()
                            .map(|pr| {
                                view! {
                                    <option value=pr.as_str() selected=move || priority() == Some(pr)>
                                        {move || priority_label(i18n, pr)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <Show
                    when=move || !is_must()
                    fallback=move || {
                        view! {
                            <p class="help line-note">{tr!(i18n, budget.item_value_must)}</p>
                        }
                    }
                >
                    <Field
                    no_spellcheck=true
                        id=format!("item-{}-value", key.get_value())
                        inputmode="decimal"
                        label=Signal::derive(move || t_string!(i18n, budget.item_value).to_string())
                        value=Signal::derive(move || {
                            let lang = lang_of(i18n.get_locale());
                            ctx.draft.with(|p| {
                                item_index(p, &key.get_value())
                                    .map(|i| format_number(p.items[i].value, 6, lang))
                                    .unwrap_or_default()
                            })
                        })
                        apply=decimal_apply(ctx, move |p, v| with_item(p, &|i| i.value = v))
                    />
                </Show>
            </div>
            <button type="button" class="secondary" on:click=remove>
                {move || td_string!(i18n.get_locale(), budget.remove, name = name.get()).to_string()}
            </button>
        </li>
    }
}

/// The channels, one card each, and adding one from a preset.
#[component]
pub fn ChannelsEditor() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let ids = move || {
        ctx.draft
            .with(|p| p.channels.iter().map(|c| c.id.clone()).collect::<Vec<_>>())
    };
    let preset = RwSignal::new(PRESETS[0].key.to_string());
    let add = move |_| {
        let lang = lang_of(i18n.get_locale_untracked());
        let key = preset.get_untracked();
        let _ = ctx.edit(|p| {
            let total = p.total_budget;
            let channel = match PRESETS.iter().find(|x| x.key == key) {
                Some(pr) => {
                    let id = new_id(p, pr.key);
                    pr.channel(id, total, lang)
                }
                None => {
                    let name = t_string!(i18n, budget.new_channel).to_string();
                    Channel {
                        id: new_id(p, &name),
                        name,
                        min: 0,
                        max: total,
                        response: Response::Hill {
                            max: 50.0,
                            half_saturation: (total / 10).max(1) as f64,
                            shape: 1.0,
                        },
                    }
                }
            };
            p.channels.push(channel);
        });
    };
    view! {
        <section class="card" aria-labelledby="channels-title">
            <h2 id="channels-title">{tr!(i18n, budget.channels_title)}</h2>
            <p class="help">{tr!(i18n, budget.channels_help)}</p>
            <p class="notice">{tr!(i18n, budget.presets_note)}</p>
            <Show when=move || ctx.draft.with(|p| p.channels.is_empty())>
                <p>{tr!(i18n, budget.no_channels)}</p>
            </Show>
            <ul class="line-list">
                <For each=ids key=|id| id.clone() let:id>
                    <ChannelCard id=id />
                </For>
            </ul>
            <div class="actions">
                <div class="field">
                    <label for="preset">{tr!(i18n, budget.preset_label)}</label>
                    <select id="preset" on:change=move |ev| preset.set(event_target_value(&ev))>
                        {PRESETS
                            .iter()
                            .map(|pr| {
                                let lang = move || lang_of(i18n.get_locale());
                                view! {
                                    <option value=pr.key>{move || pr.name.get(lang()).to_string()}</option>
                                }
                            })
                            .collect_view()}
                        <option value="custom">{tr!(i18n, budget.preset_custom)}</option>
                    </select>
                    <p class="help">
                        {move || {
                            let lang = lang_of(i18n.get_locale());
                            PRESETS
                                .iter()
                                .find(|x| x.key == preset.get())
                                .map(|x| x.note.get(lang).to_string())
                                .unwrap_or_default()
                        }}
                    </p>
                </div>
                <button type="button" on:click=add>{tr!(i18n, budget.add_channel)}</button>
            </div>
        </section>
    }
}

fn channel_index(p: &Plan, id: &str) -> Option<usize> {
    p.channels.iter().position(|c| c.id == id)
}

#[component]
fn ChannelCard(id: String) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_plan();
    let key = StoredValue::new(id.clone());
    // Bounds before locking, to give back on unlock.
    let unlocked_bounds: StoredValue<Option<(i64, i64)>> = StoredValue::new(None);
    let channel = Memo::new(move |_| {
        ctx.draft
            .with(|p| channel_index(p, &key.get_value()).map(|j| p.channels[j].clone()))
    });
    let spend = Signal::derive(move || {
        let j = ctx.draft.with(|p| channel_index(p, &key.get_value()));
        j.and_then(|j| ctx.solution.with(|s| s.spends.get(j).copied()))
            .unwrap_or(0)
    });
    let with_channel = move |p: &mut Plan, f: &dyn Fn(&mut Channel)| {
        if let Some(j) = channel_index(p, &key.get_value()) {
            f(&mut p.channels[j]);
        }
    };
    let curve = move |p: &mut Plan, f: &dyn Fn(&mut f64, &mut f64, &mut f64)| {
        with_channel(p, &|c| {
            let Response::Hill {
                mut max,
                mut half_saturation,
                mut shape,
            } = c.response;
            f(&mut max, &mut half_saturation, &mut shape);
            c.response = Response::Hill {
                max,
                half_saturation,
                shape,
            };
        })
    };
    let hill = move |f: fn(f64, f64, f64) -> f64, decimals: u32| {
        Signal::derive(move || {
            let lang = lang_of(i18n.get_locale());
            channel
                .get()
                .map(|c| {
                    let Response::Hill {
                        max,
                        half_saturation,
                        shape,
                    } = c.response;
                    format_number(f(max, half_saturation, shape), decimals, lang)
                })
                .unwrap_or_default()
        })
    };
    let name = Signal::derive(move || channel.get().map(|c| c.name).unwrap_or_default());
    let locked = move || channel.get().is_some_and(|c| c.min == c.max);
    let toggle_lock = move |_| {
        let at = spend.get_untracked();
        if locked() {
            let (min, max) = unlocked_bounds.get_value().unwrap_or_else(|| {
                let c = channel.get_untracked().map(|c| c.response);
                let half = c
                    .map(
                        |Response::Hill {
                             half_saturation, ..
                         }| half_saturation as i64,
                    )
                    .unwrap_or(0);
                (0, (at * 2).max(at + half).max(1))
            });
            let _ = ctx.edit(|p| {
                with_channel(p, &|c| {
                    c.min = min.min(c.min);
                    c.max = max.max(c.max);
                })
            });
        } else {
            if let Some(c) = channel.get_untracked() {
                unlocked_bounds.set_value(Some((c.min, c.max)));
            }
            let _ = ctx.edit(|p| {
                with_channel(p, &|c| {
                    c.min = at;
                    c.max = at;
                })
            });
        }
    };
    let remove = move |_| {
        let _ = ctx.edit(|p| p.channels.retain(|c| c.id != key.get_value()));
    };
    let amount = move |get: fn(&Channel) -> i64| {
        Signal::derive(move || {
            let lang = lang_of(i18n.get_locale());
            channel
                .get()
                .map(|c| format_int(get(&c), lang))
                .unwrap_or_default()
        })
    };
    let lock_id = format!("ch-{id}-lock");
    view! {
        <li class="line channel">
            <div class="channel-fields">
                <Field
                    no_spellcheck=true
                    id=format!("ch-{id}-name")
                    label=Signal::derive(move || t_string!(i18n, budget.ch_name).to_string())
                    value=name
                    apply=text_apply(ctx, move |p, v| with_channel(p, &|c| c.name = v.clone()))
                />
                <div class="form-grid">
                    <Field
                    no_spellcheck=true
                        id=format!("ch-{id}-min")
                        inputmode="decimal"
                        label=Signal::derive(move || t_string!(i18n, budget.ch_min).to_string())
                        value=amount(|c| c.min)
                        apply=amount_apply(ctx, move |p, v| with_channel(p, &|c| c.min = v))
                    />
                    <Field
                    no_spellcheck=true
                        id=format!("ch-{id}-max")
                        inputmode="decimal"
                        label=Signal::derive(move || t_string!(i18n, budget.ch_max).to_string())
                        value=amount(|c| c.max)
                        apply=amount_apply(ctx, move |p, v| with_channel(p, &|c| c.max = v))
                    />
                    <Field
                    no_spellcheck=true
                        id=format!("ch-{id}-sat")
                        inputmode="decimal"
                        label=Signal::derive(move || t_string!(i18n, budget.curve_max).to_string())
                        value=hill(|m, _, _| m, 2)
                        apply=decimal_apply(ctx, move |p, v| curve(p, &|m, _, _| *m = v))
                    />
                    <Field
                    no_spellcheck=true
                        id=format!("ch-{id}-half")
                        inputmode="decimal"
                        label=Signal::derive(move || t_string!(i18n, budget.curve_half).to_string())
                        value=hill(|_, h, _| h.round(), 0)
                        apply=decimal_apply(ctx, move |p, v| curve(p, &|_, h, _| *h = v))
                    />
                    <Field
                    no_spellcheck=true
                        id=format!("ch-{id}-shape")
                        inputmode="decimal"
                        label=Signal::derive(move || t_string!(i18n, budget.curve_shape).to_string())
                        value=hill(|_, _, s| s, 3)
                        apply=decimal_apply(ctx, move |p, v| curve(p, &|_, _, s| *s = v))
                    />
                </div>
                <div class="check">
                    <input type="checkbox" id=lock_id.clone() prop:checked=locked on:change=toggle_lock />
                    <label for=lock_id>{tr!(i18n, budget.lock)}</label>
                </div>
                <p class="help">{tr!(i18n, budget.lock_help)}</p>
                <FitPanel id=id.clone() spend=spend />
                <button type="button" class="secondary" on:click=remove>
                    {move || td_string!(i18n.get_locale(), budget.remove, name = name.get()).to_string()}
                </button>
            </div>
            {move || channel.get().map(|c| view! { <CurveChart channel=c spend=spend.get() /> })}
        </li>
    }
}
