//! One WIP job: its fields (autosaved), its status with the reason for each
//! change, and the history of those changes.

use chrono::Utc;
use leptos::prelude::*;

use super::records::{EditorCtx, Workspace};
use super::wip::{parse_status, status_key};
use super::{use_clients, use_nav, Tab};
use crate::i18n::*;
use crate::storage::Record;
use crate::ui::check::issue_text;
use crate::ui::clock::use_today;
use crate::ui::fields::{text_apply, DateText, Field};
use crate::ui::text::tr;
use suitcase_core::model::reports::dates::{format_date, format_time};
use suitcase_core::model::reports::wip::due_flag;
use suitcase_core::model::reports::{JobStatus, WipField, WipJob};
use suitcase_core::model::text::Lang;

/// Loads job `id` once and opens its editor.
#[component]
pub fn JobWorkspace(id: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Workspace<WipJob>
            id=id
            tab=Tab::Wip
            back=Signal::derive(move || t_string!(i18n, toolkit.wip_back).to_string())
            editor=Callback::new(|record| view! { <JobEditor record=record /> }.into_any())
        />
    }
}

#[component]
fn JobEditor(record: Record<WipJob>) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let clients = use_clients();
    let today = use_today();
    // The WIP report beside the job lists jobs: it re-reads after each save.
    let ctx: EditorCtx<WipJob, WipField> = EditorCtx::open(
        record,
        |j, lang| {
            j.storage_errors()
                .first()
                .map(|i| super::sentence(&issue_text(lang, i)))
        },
        move |j| j.check(today.get()),
        true,
    );
    let (draft, lang) = (ctx.draft, ctx.lang);
    let edit = move |f: Box<dyn FnOnce(&mut WipJob)>| ctx.edit(f);
    let notes = move |f: WipField| ctx.notes(f);
    let label = move |f: WipField| ctx.label(f);
    let text = move |get: fn(&WipJob) -> String| Signal::derive(move || draft.with(get));
    let due_set = Callback::new(move |d| edit(Box::new(move |j| j.due = d)));
    let flag = move || draft.with(|j| due_flag(j, today.get(), lang.get()));
    let source = move || draft.with(|j| j.source.clone());
    view! {
        <h2 class="record-title">{move || draft.with(|j| j.title.clone())}</h2>
        <p class="help">
            {move || td_string!(i18n.get_locale(), toolkit.for_client, name = clients.name(&draft.with(|j| j.client_id.clone()))).to_string()}
            {move || source().map(|s| {
                let client = nav.client.get_untracked();
                view! {
                    " · "
                    <a href=nav.href(Tab::Contact, Some(&s.report_id)) on:click=move |ev| {
                        ev.prevent_default();
                        nav.go(Tab::Contact, client.clone(), Some(s.report_id.clone()));
                    }>{tr!(i18n, toolkit.wip_from_report)}</a>
                }
            })}
        </p>
        {ctx.indicator()}
        <p class="flag" data-testid="job-flag">{flag}</p>
        <div class="toolkit-layout">
            <section class="card toolkit-edit" aria-labelledby="job-fields-title">
                <h3 id="job-fields-title">{tr!(i18n, toolkit.job_details)}</h3>
                <Field id="job-title" label=label(WipField::Title) value=text(|j| j.title.clone())
                    apply=text_apply(move |s| edit(Box::new(move |j| j.title = s))) notes=notes(WipField::Title) />
                <Field id="job-project" label=label(WipField::Project) value=text(|j| j.project.clone())
                    apply=text_apply(move |s| edit(Box::new(move |j| j.project = s))) notes=notes(WipField::Project) />
                <Field id="job-next" label=label(WipField::NextStep) value=text(|j| j.next_step.clone())
                    apply=text_apply(move |s| edit(Box::new(move |j| j.next_step = s))) notes=notes(WipField::NextStep) />
                <div class="form-grid">
                    <Field id="job-owner" label=label(WipField::Owner) value=text(|j| j.owner.clone())
                        apply=text_apply(move |s| edit(Box::new(move |j| j.owner = s))) notes=notes(WipField::Owner) />
                    <DateText id="job-due" label=label(WipField::Due)
                        value=Signal::derive(move || draft.with(|j| j.due))
                        on_set=due_set notes=notes(WipField::Due)
                        help=Signal::derive(move || t_string!(i18n, toolkit.date_hint).to_string()) />
                </div>
                <Field id="job-notes" label=label(WipField::Notes) value=text(|j| j.notes.clone()) multiline=true
                    apply=text_apply(move |s| edit(Box::new(move |j| j.notes = s))) notes=notes(WipField::Notes) />
                <super::clients::ProposalPicker
                    id="job-proposal"
                    client_id=Signal::derive(move || draft.with(|j| j.client_id.clone()))
                    value=Signal::derive(move || draft.with(|j| j.proposal_id.clone()))
                    set=Callback::new(move |p| edit(Box::new(move |j| j.proposal_id = p)))
                />
            </section>
            <div class="toolkit-side">
                <StatusPanel draft=draft on_change=Callback::new(move |_| ctx.changed()) lang=lang />
            </div>
        </div>
    }
}

/// The current status, a form to change it (with a reason), and the history.
#[component]
fn StatusPanel(
    draft: RwSignal<WipJob>,
    on_change: Callback<()>,
    lang: Memo<Lang>,
) -> impl IntoView {
    let i18n = use_i18n();
    let next = RwSignal::new(status_key(draft.with_untracked(|j| j.status)).to_string());
    let reason = RwSignal::new(String::new());
    let msg: RwSignal<Option<String>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(to) = parse_status(&next.get_untracked()) else {
            return;
        };
        let note = reason.get_untracked().trim().to_string();
        let mut changed = false;
        draft.update(|j| changed = j.set_status(to, Utc::now(), note));
        if changed {
            reason.set(String::new());
            msg.set(Some(
                td_string!(
                    i18n.get_locale_untracked(),
                    toolkit.status_changed,
                    status = to.label(lang.get_untracked())
                )
                .to_string(),
            ));
            on_change.run(());
        } else {
            msg.set(Some(t_string!(i18n, toolkit.status_same).to_string()));
        }
    };
    let history = move || {
        let lang = lang.get();
        draft.with(|j| {
            j.history
                .iter()
                .rev()
                .map(|c| {
                    let when = c.at.with_timezone(&chrono::Local);
                    let when = format!(
                        "{} {}",
                        format_date(when.date_naive(), lang),
                        format_time(when.time())
                    );
                    let from = c.from.map(|s| s.label(lang)).unwrap_or("—");
                    view! {
                        <tr>
                            <td>{when}</td>
                            <td>{from}</td>
                            <td>{c.to.label(lang)}</td>
                            <td>{c.note.clone()}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card" aria-labelledby="job-status-title">
            <h3 id="job-status-title">{tr!(i18n, toolkit.status)}</h3>
            <p class="kpi-latest" data-testid="job-status">{move || draft.with(|j| j.status.label(lang.get()))}</p>
            <form class="status-form" on:submit=submit>
                <div class="field">
                    <label for="job-new-status">{tr!(i18n, toolkit.new_status)}</label>
                    <select id="job-new-status" prop:value=move || next.get() on:change=move |ev| next.set(event_target_value(&ev))>
                        {move || JobStatus::ALL.into_iter().map(|s| view! {
                            <option value=status_key(s) selected=move || next.get() == status_key(s)>{s.label(lang.get())}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="job-status-note">{tr!(i18n, toolkit.status_note)}</label>
                    <input id="job-status-note" type="text" prop:value=move || reason.get() on:input=move |ev| reason.set(event_target_value(&ev)) />
                </div>
                <button type="submit">{tr!(i18n, toolkit.change_status)}</button>
            </form>
            <p class="msg" role="status">{move || msg.get()}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="job-history-caption">
                <table class="data">
                    <caption id="job-history-caption">{tr!(i18n, toolkit.history)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, toolkit.when)}</th>
                            <th scope="col">{tr!(i18n, toolkit.from)}</th>
                            <th scope="col">{tr!(i18n, toolkit.to)}</th>
                            <th scope="col">{tr!(i18n, toolkit.reason)}</th>
                        </tr>
                    </thead>
                    <tbody>{history}</tbody>
                </table>
            </div>
        </section>
    }
}
