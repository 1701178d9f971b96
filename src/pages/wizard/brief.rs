//! Step 1, the client brief: the assignment as the client gives it.
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::fields::{
    at, errors, focus_later, rows_at, AmountField, DateField, FieldIssues, StringList, TextField,
};
use super::messages::smart_text;
use super::workspace::{use_wiz, WizCtx};
use crate::i18n::*;
use crate::storage::js::fresh_id;
use crate::storage::{use_storage, AppStorage, Record};
use crate::ui::text::tr;
use suitcase_core::model::brief::Kpi;
use suitcase_core::model::brief::WizardField;
use suitcase_core::model::client::{Client, Contact};
use suitcase_core::model::text::fold;
use WizardField as F;

#[component]
pub fn BriefStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let storage = use_storage();
    let clients = storage.records::<Client>();
    let (client, set_client) = lens!(ctx, |r| r.brief.client);
    let (brand, set_brand) = lens!(ctx, |r| r.brief.brand);
    let (industry, set_industry) = lens!(ctx, |r| r.brief.industry);
    let (background, set_background) = lens!(ctx, |r| r.brief.background);
    let (audience, set_audience) = lens!(ctx, |r| r.brief.target_audience);
    let (message, set_message) = lens!(ctx, |r| r.brief.key_message);
    let (currency, set_currency) = lens!(ctx, |r| r.brief.budget.currency);
    let (amount, set_amount) = lens!(ctx, |r| r.brief.budget.amount);
    let (start, set_start) = lens!(ctx, |r| r.brief.campaign_start);
    let (end, set_end) = lens!(ctx, |r| r.brief.campaign_end);
    let (deadline, set_deadline) = lens!(ctx, |r| r.brief.deadline);
    let (competitors, set_competitors) = lens!(ctx, |r| r.brief.competitors);
    let link = Callback::new(move |name: String| link_client(storage, ctx, name));
    let tl = move |k: &'static str| Signal::derive(move || label(i18n.get_locale(), k));
    view! {
        <p class="help">{tr!(i18n, wizard.brief_help)}</p>
        <datalist id="client-names">
            {move || {
                clients
                    .get()
                    .flatten()
                    .and_then(Result::ok)
                    .unwrap_or_default()
                    .into_iter()
                    .map(|c| view! { <option value=c.data.name.clone()></option> })
                    .collect_view()
            }}
        </datalist>
        <div class="grid-2">
            <TextField
                id="b-client"
                label=tl("client")
                issues=at(F::Client)
                value=client
                on_set=set_client
                suggestions="client-names"
                on_commit=link
                help=Signal::derive(move || t_string!(i18n, wizard.client_help).to_string())
            />
            <TextField id="b-brand" label=tl("brand") issues=at(F::Brand) value=brand on_set=set_brand />
            <TextField id="b-industry" label=tl("industry") issues=at(F::Industry) value=industry on_set=set_industry />
        </div>
        <TextField id="b-background" label=tl("background") issues=at(F::Background) value=background on_set=set_background multiline=true />
        <Objectives />
        <TextField id="b-audience" label=tl("audience") issues=at(F::TargetAudience) value=audience on_set=set_audience multiline=true />
        <TextField id="b-message" label=tl("key_message") issues=at(F::KeyMessage) value=message on_set=set_message />
        <Mandatories />
        <Kpis />
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.budget_dates)}</legend>
            <div class="grid-2">
                <AmountField id="b-amount" label=tl("budget") issues=at(F::BudgetAmount) value=amount currency=currency on_set=set_amount />
                <TextField id="b-currency" label=tl("currency") issues=at(F::BudgetCurrency) value=currency on_set=set_currency
                    help=Signal::derive(move || t_string!(i18n, wizard.currency_help).to_string()) />
                <DateField id="b-start" label=tl("start") issues=at(F::CampaignStart) value=start on_set=set_start />
                <DateField id="b-end" label=tl("end") issues=at(F::CampaignEnd) value=end on_set=set_end />
                <DateField id="b-deadline" label=tl("deadline") issues=at(F::Deadline) value=deadline on_set=set_deadline />
            </div>
        </fieldset>
        <StringList
            id="b-competitors"
            legend=tl("competitors")
            item=tl("competitor")
            add_label=Signal::derive(move || t_string!(i18n, wizard.add_competitor).to_string())
            issues=at(F::Competitors) row_issues=rows_at(F::Competitor)
            items=competitors
            on_change=set_competitors
        />
        <Contacts />
    }
}

/// The label of a brief field.
pub fn label(locale: Locale, key: &str) -> String {
    match key {
        "client" => td_string!(locale, wizard.f_client),
        "brand" => td_string!(locale, wizard.f_brand),
        "industry" => td_string!(locale, wizard.f_industry),
        "background" => td_string!(locale, wizard.f_background),
        "audience" => td_string!(locale, wizard.f_audience),
        "key_message" => td_string!(locale, wizard.f_key_message),
        "budget" => td_string!(locale, wizard.f_budget),
        "currency" => td_string!(locale, wizard.f_currency),
        "start" => td_string!(locale, wizard.f_start),
        "end" => td_string!(locale, wizard.f_end),
        "deadline" => td_string!(locale, wizard.f_deadline),
        "competitors" => td_string!(locale, wizard.f_competitors),
        "competitor" => td_string!(locale, wizard.f_competitor),
        _ => "",
    }
    .to_string()
}

/// The id of the client record called `name` (diacritics and case aside),
/// created when there is none, so the toolkit's reports can hang from the
/// same client. None when storage refuses or the name is not a valid one.
pub(crate) async fn ensure_client(
    storage: AppStorage,
    name: &str,
    industry: &str,
) -> Option<String> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let repo = storage.repo::<Client>().await.ok()?;
    let all = repo.list().await.ok()?;
    let key = fold(name);
    if let Some(c) = all.iter().find(|c| fold(c.data.name.trim()) == key) {
        return Some(c.id.clone());
    }
    let client = Client {
        name: name.to_string(),
        industry: industry.trim().to_string(),
        ..Default::default()
    };
    client.validate().ok()?;
    let saved = repo
        .save(&Record::new(fresh_id(), client, Utc::now()))
        .await
        .ok()?;
    storage.touch();
    Some(saved.id)
}

/// Links the brief to the client record of that name (see [`ensure_client`]).
fn link_client(storage: AppStorage, ctx: WizCtx, name: String) {
    let name = name.trim().to_string();
    if name.is_empty() {
        ctx.edit(|r| r.brief.client_id.clear());
        return;
    }
    spawn_local(async move {
        let industry = ctx.draft.with_untracked(|r| r.brief.industry.clone());
        // Only if the field still holds the name that was linked.
        if let Some(id) = ensure_client(storage, &name, &industry).await {
            if ctx
                .draft
                .try_with_untracked(|r| r.brief.client.trim() == name)
                == Some(true)
            {
                ctx.edit(|r| r.brief.client_id = id);
            }
        }
    });
}

/// Objectives, each with what SMART says is vague about it.
#[component]
fn Objectives() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let len = Memo::new(move |_| ctx.draft.with(|r| r.brief.objectives.len()));
    let hints = Memo::new(move |_| ctx.draft.with(|r| r.brief.smart_hints()));
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let obj = move || ctx.draft.with(|r| r.brief.objectives.get(i).cloned().unwrap_or_default());
                let value = Signal::derive(move || obj().text);
                let set = Callback::new(move |v: String| {
                    ctx.edit(|r| {
                        if let Some(o) = r.brief.objectives.get_mut(i) {
                            o.text = v;
                        }
                    })
                });
                let label = Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_objective), i + 1));
                let smart = move || {
                    let id = obj().id;
                    hints.with(|h| h.iter().find(|h| h.objective_id == id).map(|h| h.gaps.clone()))
                };
                view! {
                    <li class="list-row">
                        <div class="grow">
                            <TextField id=format!("b-obj-{i}") label=label issues=at(F::ObjectiveText(i)) value=value on_set=set />
                            {move || {
                                smart()
                                    .filter(|g| !g.is_empty())
                                    .map(|gaps| {
                                        let locale = i18n.get_locale();
                                        view! {
                                            <div class="smart-hint">
                                                <p>{tr!(i18n, wizard.smart_title)}</p>
                                                <ul>
                                                    {gaps
                                                        .into_iter()
                                                        .map(|g| view! { <li>{smart_text(locale, g)}</li> })
                                                        .collect_view()}
                                                </ul>
                                            </div>
                                        }
                                    })
                            }}
                        </div>
                        <RemoveButton name=label on_remove=Callback::new(move |_| ctx.edit(|r| {
                            if i < r.brief.objectives.len() {
                                r.brief.objectives.remove(i);
                            }
                        })) />
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        ctx.edit(|r| {
            r.brief.add_objective("");
        });
        focus_later(format!("b-obj-{}", len.get_untracked() - 1));
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.f_objectives)}</legend>
            <p class="help">{tr!(i18n, wizard.objectives_help)}</p>
            <ol class="list-rows">{rows}</ol>
            <FieldIssues id="b-objectives" notes=errors(Some(at(F::Objectives))) />
            <button type="button" class="secondary" on:click=add>{tr!(i18n, wizard.add_objective)}</button>
        </fieldset>
    }
}

/// A "Remove" button named after its row.
#[component]
pub fn RemoveButton(#[prop(into)] name: Signal<String>, on_remove: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class="secondary small"
            aria-label=move || td_string!(i18n.get_locale(), wizard.remove_named, name = name.get()).to_string()
            on:click=move |_| on_remove.run(())
        >
            {tr!(i18n, wizard.remove)}
        </button>
    }
}

#[component]
fn Mandatories() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let len = Memo::new(move |_| ctx.draft.with(|r| r.brief.mandatories.len()));
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let value = Signal::derive(move || {
                    ctx.draft.with(|r| r.brief.mandatories.get(i).map(|m| m.text.clone()).unwrap_or_default())
                });
                let set = Callback::new(move |v: String| {
                    ctx.edit(|r| {
                        if let Some(m) = r.brief.mandatories.get_mut(i) {
                            m.text = v;
                        }
                    })
                });
                let label = Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_mandatory), i + 1));
                view! {
                    <li class="list-row">
                        <TextField id=format!("b-mand-{i}") label=label issues=at(F::MandatoryText(i)) value=value on_set=set />
                        <RemoveButton name=label on_remove=Callback::new(move |_| ctx.edit(|r| {
                            if i < r.brief.mandatories.len() {
                                r.brief.mandatories.remove(i);
                            }
                        })) />
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        ctx.edit(|r| {
            r.brief.add_mandatory("");
        });
        focus_later(format!("b-mand-{}", len.get_untracked() - 1));
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.f_mandatories)}</legend>
            <p class="help">{tr!(i18n, wizard.mandatories_help)}</p>
            <ol class="list-rows">{rows}</ol>
            <FieldIssues id="b-mand" notes=errors(Some(at(F::Mandatories))) />
            <button type="button" class="secondary" on:click=add>{tr!(i18n, wizard.add_mandatory)}</button>
        </fieldset>
    }
}

/// KPI rows of a list (brief or proposal): metric and target. `list` is the
/// list's field, `metric_of(i)` and `target_of(i)` row `i`'s.
#[component]
pub fn KpiRows(
    #[prop(into)] id: String,
    list: WizardField,
    metric_of: fn(usize) -> WizardField,
    target_of: fn(usize) -> WizardField,
    #[prop(into)] items: Signal<Vec<Kpi>>,
    on_change: Callback<Vec<Kpi>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let len = Memo::new(move |_| items.with(Vec::len));
    let idv = StoredValue::new(id.clone());
    let set = move |i: usize, f: Box<dyn FnOnce(&mut Kpi)>| {
        let mut v = items.get_untracked();
        if let Some(k) = v.get_mut(i) {
            f(k);
            on_change.run(v);
        }
    };
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let k = move || items.with(|v| v.get(i).cloned().unwrap_or_default());
                let metric = Signal::derive(move || k().metric);
                let target = Signal::derive(move || k().target);
                let lm = Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_kpi_metric), i + 1));
                let lt = Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_kpi_target), i + 1));
                let id = idv.get_value();
                view! {
                    <li class="list-row">
                        <div class="grid-2 grow">
                            <TextField id=format!("{id}-{i}") label=lm issues=at(metric_of(i)) value=metric
                                on_set=Callback::new(move |v: String| set(i, Box::new(move |k| k.metric = v))) />
                            <TextField id=format!("{id}-{i}-target") label=lt issues=at(target_of(i)) value=target
                                on_set=Callback::new(move |v: String| set(i, Box::new(move |k| k.target = v))) />
                        </div>
                        <RemoveButton name=lm on_remove=Callback::new(move |_| {
                            let mut v = items.get_untracked();
                            if i < v.len() {
                                v.remove(i);
                                on_change.run(v);
                            }
                        }) />
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        let mut v = items.get_untracked();
        let kid = suitcase_core::model::brief::next_id("k", v.iter().map(|k| k.id.as_str()));
        v.push(Kpi {
            id: kid,
            ..Default::default()
        });
        on_change.run(v);
        focus_later(format!("{}-{}", idv.get_value(), len.get_untracked()));
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.f_kpis)}</legend>
            <ol class="list-rows">{rows}</ol>
            <FieldIssues id=id.clone() notes=errors(Some(at(list))) />
            <button type="button" class="secondary" on:click=add>{tr!(i18n, wizard.add_kpi)}</button>
        </fieldset>
    }
}

#[component]
fn Kpis() -> impl IntoView {
    let ctx = use_wiz();
    let (kpis, set_kpis) = lens!(ctx, |r| r.brief.kpis);
    view! { <KpiRows id="b-kpi" list=F::Kpis metric_of=F::KpiMetric target_of=F::KpiTarget items=kpis on_change=set_kpis /> }
}

#[component]
fn Contacts() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let len = Memo::new(move |_| ctx.draft.with(|r| r.brief.contacts.len()));
    let set = move |i: usize, f: Box<dyn FnOnce(&mut Contact)>| {
        ctx.edit(|r| {
            if let Some(c) = r.brief.contacts.get_mut(i) {
                f(c);
            }
        })
    };
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let c = move || ctx.draft.with(|r| r.brief.contacts.get(i).cloned().unwrap_or_default());
                let n = i + 1;
                let lab = move |key: &'static str| {
                    Signal::derive(move || {
                        let base = match key {
                            "name" => t_string!(i18n, wizard.f_contact_name),
                            "role" => t_string!(i18n, wizard.f_contact_role),
                            "email" => t_string!(i18n, wizard.f_contact_email),
                            _ => t_string!(i18n, wizard.f_contact_phone),
                        };
                        format!("{base} {n}")
                    })
                };
                view! {
                    <li class="list-row">
                        <div class="grid-2 grow">
                            <TextField id=format!("b-contact-{i}") label=lab("name") issues=at(F::ContactName(i))
                                value=Signal::derive(move || c().name) on_set=Callback::new(move |v: String| set(i, Box::new(move |c| c.name = v))) />
                            <TextField id=format!("b-contact-{i}-role") label=lab("role") issues=at(F::ContactRole(i))
                                value=Signal::derive(move || c().role) on_set=Callback::new(move |v: String| set(i, Box::new(move |c| c.role = v))) />
                            <TextField id=format!("b-contact-{i}-email") label=lab("email") issues=at(F::ContactEmail(i))
                                value=Signal::derive(move || c().email) on_set=Callback::new(move |v: String| set(i, Box::new(move |c| c.email = v))) />
                            <TextField id=format!("b-contact-{i}-phone") label=lab("phone") issues=at(F::ContactPhone(i))
                                value=Signal::derive(move || c().phone) on_set=Callback::new(move |v: String| set(i, Box::new(move |c| c.phone = v))) />
                        </div>
                        <RemoveButton name=lab("name") on_remove=Callback::new(move |_| ctx.edit(|r| {
                            if i < r.brief.contacts.len() {
                                r.brief.contacts.remove(i);
                            }
                        })) />
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        ctx.edit(|r| r.brief.contacts.push(Contact::default()));
        focus_later(format!("b-contact-{}", len.get_untracked() - 1));
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.f_contacts)}</legend>
            <ol class="list-rows">{rows}</ol>
            <FieldIssues id="b-contacts" notes=errors(Some(at(F::Contacts))) />
            <button type="button" class="secondary" on:click=add>{tr!(i18n, wizard.add_contact)}</button>
        </fieldset>
    }
}
