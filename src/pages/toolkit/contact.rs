//! Contact reports: the list, and one open report with its send-ready
//! check beside the fields, its files, and its next steps turned into WIP
//! jobs.

use chrono::Utc;
use leptos::prelude::*;

use crate::ui::check::issue_text;
use leptos::task::spawn_local;

use super::contact_rows::{AgendaRows, AgreementRows, AttendeeRows, StepRows};
use super::files::{stem, ExportButtons};
use super::records::{record_list, toolkit_kit, EditorCtx, RowInfo, Workspace};
use super::{lang_of, sentence, use_clients, use_nav, PrintDoc, Tab};
use crate::i18n::*;
use crate::storage::{use_storage, Record, StorageError};
use crate::ui::clock::use_today;
use crate::ui::fields::{text_apply, DateText, Field};
use crate::ui::later::Fetched;
use crate::ui::messages::storage_error;
use crate::ui::text::tr;
use crate::ui::words::ErrorWords as _;
use suitcase_core::check::Cause;
use suitcase_core::docs::contact_report_doc_for;
use suitcase_core::model::reports::dates::{format_date, format_time};
use suitcase_core::model::reports::{
    jobs_from_next_steps, parse_time, Attendee, ContactField, ContactReport, Side, WipJob,
};

/// The contact reports section.
#[component]
pub fn ContactTab() -> impl IntoView {
    let nav = use_nav();
    move || match nav.id.get() {
        Some(id) => view! { <Fetched load=page_toolkit_contact(id) /> }.into_any(),
        None => view! { <ContactList /> }.into_any(),
    }
}

fn report_title(r: &ContactReport) -> String {
    r.subject.trim().to_string()
}

#[component]
fn ContactList() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let nav = use_nav();
    let clients = use_clients();
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let records = storage.records::<ContactReport>();
    let today = use_today();
    let rows = Signal::derive(move || {
        let lang = lang_of(i18n.get_locale());
        let client = nav.client.get();
        let untitled = t_string!(i18n, toolkit.cr_untitled).to_string();
        let today = today.get();
        records.get().flatten().map(|r| {
            r.map(|list| {
                list.into_iter()
                    .filter(|rec| client.as_ref().is_none_or(|c| *c == rec.data.client_id))
                    .map(|rec| {
                        let errors = rec
                            .data
                            .check(today)
                            .iter()
                            .filter(|i| i.is_error())
                            .count();
                        let title = Some(report_title(&rec.data))
                            .filter(|t| !t.is_empty())
                            .unwrap_or_else(|| untitled.clone());
                        let date = rec
                            .data
                            .date
                            .map(|d| format_date(d, lang))
                            .unwrap_or_default();
                        RowInfo {
                            id: rec.id.clone(),
                            title,
                            meta: format!("{} · {}", clients.name(&rec.data.client_id), date),
                            badge: Some(if errors == 0 {
                                (true, t_string!(i18n, toolkit.send_ready).to_string())
                            } else {
                                (
                                    false,
                                    td_string!(i18n.get_locale(), toolkit.problems, n = errors)
                                        .to_string(),
                                )
                            }),
                        }
                    })
                    .collect()
            })
        })
    });
    let create = move |_| {
        let Some(client_id) = nav.client.get_untracked() else {
            return;
        };
        let report = ContactReport {
            client_id,
            date: Some(super::today()),
            client_attendees: vec![Attendee::default()],
            agency_attendees: vec![Attendee::default()],
            agenda: vec![String::new()],
            ..Default::default()
        };
        spawn_local(async move {
            match storage.create(report).await {
                Ok(rec) => nav.open(Some(rec.id)),
                Err(e) => {
                    error.try_set(Some(storage_error(i18n, &e)));
                }
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="cr-list-title">
            <h2 id="cr-list-title">{tr!(i18n, toolkit.cr_list_title)}</h2>
            <p class="help">{tr!(i18n, toolkit.cr_help)}</p>
            <div class="actions">
                <button
                    type="button"
                    on:click=create
                    disabled=move || nav.client.get().is_none()
                    aria-describedby="cr-new-help"
                >
                    {tr!(i18n, toolkit.cr_new)}
                </button>
            </div>
            <Show when=move || nav.client.get().is_none()>
                <p id="cr-new-help" class="help">{tr!(i18n, toolkit.pick_client_first)}</p>
            </Show>
            {move || error.get().map(|e| view! { <p class="msg msg-error" role="alert">{e}</p> })}
            {record_list::<ContactReport>(
                rows,
                toolkit_kit(report_title),
                Signal::derive(move || t_string!(i18n, toolkit.cr_empty).to_string()),
                Signal::derive(move || t_string!(i18n, toolkit.cr_list_title).to_string()),
            )}
        </section>
    }
}

// The open report (its editor, rows and files) is a module of its own: the
// list, the toolkit's landing, does not wait for it.
lazy_view!(page_toolkit_contact(id: String) => ContactWorkspace);

/// One open contact report, loaded once (its own saves must not reload it).
#[component]
fn ContactWorkspace(id: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Workspace<ContactReport>
            id=id
            tab=Tab::Contact
            back=Signal::derive(move || t_string!(i18n, toolkit.cr_back).to_string())
            editor=Callback::new(|record| view! { <ContactEditor record=record /> }.into_any())
        />
    }
}

/// What the parts of the open report share. `Copy`.
pub type ContactCtx = EditorCtx<ContactReport, ContactField>;

pub fn use_contact() -> ContactCtx {
    expect_context::<ContactCtx>()
}

/// The id of the input (or add button) of `field`, to move focus there.
pub fn field_id(f: ContactField) -> String {
    let side = |s: Side| match s {
        Side::Client => "client",
        Side::Agency => "agency",
    };
    match f {
        ContactField::ClientId | ContactField::ProposalId => "cr-proposal".into(),
        ContactField::Subject => "cr-subject".into(),
        ContactField::Date => "cr-date".into(),
        ContactField::Time => "cr-time".into(),
        ContactField::Place => "cr-place".into(),
        ContactField::PreparedBy => "cr-by".into(),
        ContactField::Attendees(s) => format!("cr-add-{}", side(s)),
        ContactField::AttendeeName { side: s, row } => format!("cr-{}-{row}-name", side(s)),
        ContactField::AttendeeRole { side: s, row } => format!("cr-{}-{row}-role", side(s)),
        ContactField::Agenda => "cr-add-agenda".into(),
        ContactField::AgendaItem(r) => format!("cr-agenda-{r}"),
        ContactField::Discussion => "cr-discussion".into(),
        ContactField::Agreements => "cr-add-agreement".into(),
        ContactField::AgreementTopic(r) => format!("cr-agr-{r}-topic"),
        ContactField::AgreementWording(r) => format!("cr-agr-{r}-wording"),
        ContactField::AgreementAcceptedBy(r) => format!("cr-agr-{r}-by"),
        ContactField::NextSteps => "cr-add-step".into(),
        ContactField::NextStepAction(r) => format!("cr-step-{r}-action"),
        ContactField::NextStepOwner(r) => format!("cr-step-{r}-owner"),
        ContactField::NextStepDue(r) => format!("cr-step-{r}-due"),
    }
}

/// Moves keyboard focus to the element `id`.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[component]
fn ContactEditor(record: Record<ContactReport>) -> impl IntoView {
    let i18n = use_i18n();
    let clients = use_clients();
    let print = expect_context::<PrintDoc>();
    let report_id = record.id.clone();
    let today = use_today();
    let ctx = ContactCtx::open(
        record,
        |r, lang| r.storage_errors().first().map(|i| issue_text(lang, i)),
        move |r| r.check(today.get()),
        false,
    );
    let (draft, lang) = (ctx.draft, ctx.lang);
    provide_context(ctx);
    let client_name = Memo::new(move |_| clients.name(&draft.with(|r| r.client_id.clone())));
    let doc = move || {
        draft.with(|r| {
            contact_report_doc_for(r, Some(&client_name.get_untracked()), lang.get_untracked())
        })
    };
    Effect::new(move |_| {
        let d = draft.with(|r| contact_report_doc_for(r, Some(&client_name.get()), lang.get()));
        print.0.set(Some(d));
    });
    on_cleanup(move || print.0.set(None));
    let heading = move || {
        let s = draft.with(|r| r.subject.trim().to_string());
        if s.is_empty() {
            t_string!(i18n, toolkit.cr_untitled).to_string()
        } else {
            s
        }
    };
    let file_stem = Signal::derive(move || {
        draft.with(|r| {
            let date = r.date.map(|d| d.to_string()).unwrap_or_default();
            stem(&format!("contact report {} {date}", r.subject))
        })
    });
    view! {
        <h2 class="record-title">{heading}</h2>
        <p class="help">{move || td_string!(i18n.get_locale(), toolkit.for_client, name = client_name.get()).to_string()}</p>
        {ctx.indicator()}
        <div class="toolkit-layout">
            <div class="toolkit-edit">
                <MeetingFields />
                <AttendeeRows side=Side::Client />
                <AttendeeRows side=Side::Agency />
                <AgendaRows />
                <section class="card" aria-labelledby="cr-discussion-title">
                    <h3 id="cr-discussion-title">{tr!(i18n, toolkit.cr_discussion)}</h3>
                    <Field
                        id="cr-discussion"
                        label=ctx.label(ContactField::Discussion)
                        value=Signal::derive(move || draft.with(|r| r.discussion.clone()))
                        apply=text_apply(move |s| ctx.edit(|r| r.discussion = s))
                        notes=ctx.notes(ContactField::Discussion)
                        multiline=true
                    />
                </section>
                <AgreementRows />
                <StepRows report_id=report_id.clone() />
            </div>
            <aside class="toolkit-side" aria-labelledby="cr-check-title">
                <CheckPanel />
                <section class="card" aria-labelledby="cr-files-title">
                    <h3 id="cr-files-title">{tr!(i18n, toolkit.files)}</h3>
                    <p class="help">{tr!(i18n, toolkit.files_help)}</p>
                    <ExportButtons
                        doc=Callback::new(move |_| doc())
                        stem=file_stem
                        title=Signal::derive(move || t_string!(i18n, toolkit.files).to_string())
                    />
                </section>
            </aside>
        </div>
    }
}

/// Date, time, place, who wrote it, and the proposal it concerns.
#[component]
fn MeetingFields() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_contact();
    let draft = ctx.draft;
    let date_set = Callback::new(move |d| ctx.edit(|r| r.date = d));
    let time_apply = Callback::new(move |s: String| {
        if s.trim().is_empty() {
            ctx.edit(|r| r.time = None);
            return None;
        }
        match parse_time(&s) {
            Ok(t) => {
                ctx.edit(|r| r.time = Some(t));
                None
            }
            Err(e) => Some(e.message(ctx.lang.get_untracked()).to_string()),
        }
    });
    let hint = Signal::derive(move || t_string!(i18n, toolkit.date_hint).to_string());
    view! {
        <section class="card" aria-labelledby="cr-meeting-title">
            <h3 id="cr-meeting-title">{tr!(i18n, toolkit.cr_meeting)}</h3>
            <Field
                id="cr-subject"
                label=ctx.label(ContactField::Subject)
                value=Signal::derive(move || draft.with(|r| r.subject.clone()))
                apply=text_apply(move |s| ctx.edit(|r| r.subject = s))
                notes=ctx.notes(ContactField::Subject)
            />
            <div class="form-grid">
                <DateText
                    id="cr-date"
                    label=ctx.label(ContactField::Date)
                    value=Signal::derive(move || draft.with(|r| r.date))
                    on_set=date_set
                    notes=ctx.notes(ContactField::Date)
                    help=hint
                />
                <Field
                    id="cr-time"
                    label=ctx.label(ContactField::Time)
                    value=Signal::derive(move || draft.with(|r| r.time.map(format_time).unwrap_or_default()))
                    apply=time_apply
                    notes=ctx.notes(ContactField::Time)
                    help=Signal::derive(move || t_string!(i18n, toolkit.time_hint).to_string())
                />
            </div>
            <div class="form-grid">
                <Field
                    id="cr-place"
                    label=ctx.label(ContactField::Place)
                    value=Signal::derive(move || draft.with(|r| r.place.clone()))
                    apply=text_apply(move |s| ctx.edit(|r| r.place = s))
                    notes=ctx.notes(ContactField::Place)
                />
                <Field
                    id="cr-by"
                    label=ctx.label(ContactField::PreparedBy)
                    value=Signal::derive(move || draft.with(|r| r.prepared_by.clone()))
                    apply=text_apply(move |s| ctx.edit(|r| r.prepared_by = s))
                    notes=ctx.notes(ContactField::PreparedBy)
                />
            </div>
            <super::clients::ProposalPicker
                id="cr-proposal"
                client_id=Signal::derive(move || draft.with(|r| r.client_id.clone()))
                value=Signal::derive(move || draft.with(|r| r.proposal_id.clone()))
                set=Callback::new(move |p| ctx.edit(|r| r.proposal_id = p))
            />
        </section>
    }
}

/// The send-ready check: errors that block sending, then warnings, each a
/// button that moves focus to its field.
#[component]
fn CheckPanel() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_contact();
    let errors = Memo::new(move |_| {
        ctx.issues
            .with(|v| v.iter().filter(|i| i.is_error()).count())
    });
    let summary = move || {
        let n = errors.get();
        if n == 0 {
            t_string!(i18n, toolkit.cr_ready).to_string()
        } else {
            td_string!(i18n.get_locale(), toolkit.cr_not_ready, n = n).to_string()
        }
    };

    let hidden = Memo::new(move |_| {
        if ctx.reveal.get() {
            0
        } else {
            ctx.issues
                .with(|v| v.iter().filter(|i| i.cause == Cause::Missing).count())
        }
    });
    let items = move || {
        let lang = ctx.lang.get();
        let reveal = ctx.reveal.get();
        ctx.issues
            .get()
            .into_iter()
            .filter(|i| reveal || i.cause != Cause::Missing)
            .map(|i| {
                let id = field_id(i.field);
                let text = issue_text(lang, &i);
                let kind = if i.is_error() {
                    t_string!(i18n, toolkit.error).to_string()
                } else {
                    t_string!(i18n, toolkit.warning).to_string()
                };
                let class = if i.is_error() {
                    "issue issue-error"
                } else {
                    "issue issue-warn"
                };
                view! {
                    <li class=class>
                        <button type="button" class="link" on:click=move |_| focus(&id)>
                            <span class="issue-kind">{kind}": "</span>
                            {sentence(&text)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card check-panel" aria-labelledby="cr-check-title">
            <h3 id="cr-check-title">{tr!(i18n, toolkit.cr_check)}</h3>
            <p
                class=move || if errors.get() == 0 { "msg msg-ok" } else { "msg msg-error" }
                data-testid="send-ready"
            >
                {summary}
            </p>
            <ul class="issues">{items}</ul>
            <Show when=move || hidden.get() != 0>
                <button type="button" class="secondary small" on:click=move |_| ctx.reveal.set(true)>
                    {move || td_string!(i18n.get_locale(), toolkit.show_missing, n = hidden.get()).to_string()}
                </button>
            </Show>
        </section>
    }
}

/// Turns the report's next steps into WIP jobs (once each, however many
/// times it runs).
pub async fn next_steps_to_jobs(
    storage: crate::storage::AppStorage,
    report: ContactReport,
    report_id: String,
) -> Result<usize, StorageError> {
    let repo = storage.repo::<WipJob>().await?;
    // Read and written in one transaction: a second run (a double click,
    // another tab) finds the jobs of the first and adds none of them again.
    let added = repo
        .add_missing(|stored| {
            let existing: Vec<WipJob> = stored.iter().map(|r| r.data.clone()).collect();
            jobs_from_next_steps(&report, &report_id, &existing, Utc::now())
        })
        .await?;
    storage.touch();
    Ok(added.len())
}
