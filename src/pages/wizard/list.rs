//! Clients and proposals: search, filter by status and client, create,
//! load the demo, import a proposal file, duplicate as a template, archive,
//! delete with undo.
//!
//! The list reads each proposal as a [`ProposalSummary`] (the fields its
//! rows show and search). The actions that read or write whole proposals
//! (the demo, an import, a copy, archiving, deleting and its undo) are in a
//! module fetched on first use, [`page_wizard_list_act`]: the list's page
//! does not carry the whole proposal's reading code (perf record §23).
use chrono::Utc;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::messages::{status_label, step_label};
use super::workspace::status_tag;
use super::{lang_of, proposal_href};
use crate::i18n::*;
use crate::routes::{use_navigator, Route};
use crate::storage::js::fresh_id;
use crate::storage::{use_storage, AppStorage, Record, StorageError};
use crate::ui::busy::Busy;
use crate::ui::file_input::{read_text, take_chosen_file};
use crate::ui::messages::storage_error;
use crate::ui::notice::{Notice, NoticeView};
use crate::ui::record_list::{ListKit, RecordList};
use crate::ui::text::tr;
use leptos_i18n::I18nContext;
use suitcase_core::model::proposal::{
    demo::demo, summary::list_name, ProposalRecord, ProposalSummary, RecordError, Status, Step,
    MAX_PROPOSAL_BYTES,
};
use suitcase_core::model::reports::dates::iso_minutes;
use suitcase_core::model::text::fold;

/// Saves `data` as a new record and returns it.
pub(crate) async fn create(
    storage: AppStorage,
    mut data: ProposalRecord,
) -> Result<Record<ProposalRecord>, StorageError> {
    let id = fresh_id();
    data.id = id.clone();
    // A demo, an import or a copy names its client: link it to (or create)
    // the client record, as typing the name in the brief does.
    if !data.brief.client.trim().is_empty() {
        data.brief.client_id =
            super::brief::ensure_client(storage, &data.brief.client, &data.brief.industry)
                .await
                .unwrap_or_default();
    }
    storage.save(&Record::new(id, data, Utc::now())).await
}

/// The name a proposal goes by in lists.
pub fn display_name(r: &ProposalRecord, untitled: &str) -> String {
    list_name(&r.proposal.title, &r.brief.brand, &r.brief.client, untitled)
}

fn record_error(locale: Locale, e: &RecordError) -> String {
    match e {
        RecordError::TooLarge { .. } => td_string!(locale, wizard.file_too_large).to_string(),
        RecordError::File(f) => td_string!(
            locale,
            wizard.file_refused,
            detail = crate::ui::messages::file_error_text(locale, f)
        )
        .to_string(),
        RecordError::WrongFormat(_) => td_string!(locale, wizard.file_not_proposal).to_string(),
        RecordError::NewerVersion(_) => td_string!(locale, wizard.share_newer).to_string(),
        RecordError::Invalid(i) => td_string!(
            locale,
            wizard.file_refused_check,
            detail = crate::ui::check::issue_text(locale, i)
        )
        .to_string(),
    }
}

#[component]
pub fn ProposalList() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let navigator = use_navigator();
    let kit: ListKit<ProposalRecord> = ListKit::new(
        |l, d| td_string!(l, wizard.deleted, name = display_name(d, "")).to_string(),
        |l, _| td_string!(l, wizard.restored).to_string(),
    );
    let note = kit.notice;
    let query = RwSignal::new(String::new());
    let status: RwSignal<String> = RwSignal::new(String::new());
    let client: RwSignal<String> = RwSignal::new(String::new());
    let archived = RwSignal::new(false);
    let records = storage.records_as::<ProposalRecord, ProposalSummary>();
    let go = move |id: String| {
        navigator.go(Route::proposal(&id));
    };
    // New, the demo and an import each make one proposal per click: a
    // second click while one is being made is ignored.
    let busy = Busy::new();
    let start = move |data: ProposalRecord| {
        busy.run(move || async move {
            match create(storage, data).await {
                Ok(r) => go(r.id),
                Err(e) => {
                    note.try_set(Some(Notice::storage(i18n, &e)));
                }
            }
        });
    };
    let new_one = move |_| start(ProposalRecord::default());
    // The actions on whole proposals, in their module (fetched on first use).
    let act = move |action: ListAction| async move {
        if let Some(id) = page_wizard_list_act(kit, storage, i18n, action).await {
            go(id);
        }
    };
    let load_demo = move |_| busy.run(move || act(ListAction::Demo));
    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = take_chosen_file(&ev) else {
            return;
        };
        busy.run(move || act(ListAction::Import(file)));
    };
    let clients = Memo::new(move |_| {
        let mut v: Vec<String> = records
            .get()
            .flatten()
            .and_then(Result::ok)
            .unwrap_or_default()
            .iter()
            .map(|r| r.data.brief.client.trim().to_string())
            .filter(|c| !c.is_empty())
            .collect();
        suitcase_core::sort::by_key(&mut v, |c| fold(c));
        v.dedup_by_key(|c| fold(c));
        v
    });
    // The search and the filters.
    let filter = move |list: Vec<Record<ProposalSummary>>| {
        let q = fold(query.get().trim());
        let st = status.get();
        let cl = fold(&client.get());
        let show_archived = archived.get();
        let untitled = t_string!(i18n, wizard.untitled).to_string();
        list.into_iter()
            .filter(|r| r.data.archived == show_archived)
            .filter(|r| st.is_empty() || status_tag(r.data.status) == st)
            .filter(|r| cl.is_empty() || fold(r.data.brief.client.trim()) == cl)
            .filter(|r| {
                q.is_empty() || {
                    let d = &r.data;
                    let hay = fold(&format!(
                        "{} {} {} {} {}",
                        d.name(&untitled),
                        d.brief.client,
                        d.brief.brand,
                        d.brief.industry,
                        d.creative.proposition
                    ));
                    q.split_whitespace().all(|w| hay.contains(w))
                }
            })
            .collect()
    };
    view! {
        <section class="card" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{tr!(i18n, wizard.list_title)}</h2>
            <div class="actions">
                <button type="button" id="new-proposal" on:click=new_one disabled=move || busy.get() aria-busy=move || busy.aria()>
                    {tr!(i18n, wizard.new_proposal)}
                </button>
                <button type="button" class="secondary" on:click=load_demo disabled=move || busy.get() aria-busy=move || busy.aria()>
                    {tr!(i18n, wizard.load_demo)}
                </button>
            </div>
            <p class="help">{tr!(i18n, wizard.demo_help)}</p>
            <div class="field">
                <label for="import-proposal">{tr!(i18n, wizard.import)}</label>
                <input id="import-proposal" type="file" accept=".json,application/json" aria-describedby="import-proposal-help" on:change=on_import
                    disabled=move || busy.get() aria-busy=move || busy.aria() />
                <p id="import-proposal-help" class="help">{tr!(i18n, wizard.import_help)}</p>
            </div>
            <NoticeView notice=note />
            <div class="filters" role="search" aria-label=tr!(i18n, wizard.filters)>
                <div class="field">
                    <label for="p-search">{tr!(i18n, wizard.search)}</label>
                    <input id="p-search" type="search" autocomplete="off" prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev)) />
                </div>
                <div class="field">
                    <label for="p-status">{tr!(i18n, wizard.filter_status)}</label>
                    <select id="p-status" on:change=move |ev| status.set(event_target_value(&ev))>
                        <option value="">{tr!(i18n, wizard.any_status)}</option>
                        {Status::ALL.into_iter().map(|s| view! {
                            <option value=status_tag(s)>{move || status_label(i18n.get_locale(), s)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="p-client">{tr!(i18n, wizard.filter_client)}</label>
                    <select id="p-client" on:change=move |ev| client.set(event_target_value(&ev))>
                        <option value="">{tr!(i18n, wizard.any_client)}</option>
                        {move || clients.get().into_iter().map(|c| view! { <option value=c.clone()>{c.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field field-check">
                    <input id="p-archived" type="checkbox" prop:checked=move || archived.get()
                        on:change=move |ev| archived.set(event_target_checked(&ev)) />
                    <label for="p-archived">{tr!(i18n, wizard.show_archived)}</label>
                </div>
            </div>
            <RecordList
                items=Signal::derive(move || records.get().flatten())
                empty=move || view! { <p>{tr!(i18n, wizard.empty)}</p> }
                filter=Callback::new(filter)
                no_match=move || view! { <p role="status">{tr!(i18n, wizard.no_match)}</p> }
                count=Callback::new(move |n: usize| td_string!(i18n.get_locale(), wizard.n_shown, n = n).to_string())
                class="plan-list proposal-list"
                row=Callback::new(move |rec| view! { <Row record=rec kit=kit /> }.into_any())
            />
        </section>
    }
}

#[component]
fn Row(record: Record<ProposalSummary>, kit: ListKit<ProposalRecord>) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let rec = StoredValue::new(record.clone());
    let untitled = t_string!(i18n, wizard.untitled).to_string();
    let name = record.data.name(&untitled);
    let copying = Busy::new();
    // The action on this row's proposal, in the list's lazy module.
    let act = move |action: fn(String) -> ListAction| {
        page_wizard_list_act(kit, storage, i18n, action(rec.with_value(|r| r.id.clone())))
    };
    let template = move |_| {
        copying.run(move || async move {
            act(ListAction::Copy).await;
        })
    };
    let archive = move |_| {
        spawn_local(async move {
            act(ListAction::Archive).await;
        })
    };
    let delete = move |_| {
        spawn_local(async move {
            act(ListAction::Delete).await;
        })
    };
    let meta = move || {
        let r = rec.get_value();
        td_string!(
            i18n.get_locale(),
            wizard.row_meta,
            client = if r.data.brief.client.trim().is_empty() {
                "—".to_string()
            } else {
                r.data.brief.client.clone()
            },
            status = status_label(i18n.get_locale(), r.data.status),
            step = step_label(i18n.get_locale(), r.data.step),
            date = iso_minutes(r.updated_at.with_timezone(&chrono::Local).naive_local())
        )
        .to_string()
    };
    let archived = record.data.archived;
    view! {
        <li class="plan-row">
            <div class="plan-row-main">
                <a href=proposal_href(&record.id) class="plan-name">{name.clone()}</a>
                <span class="help">{meta}</span>
            </div>
            <div class="actions">
                <button type="button" class="secondary" on:click=template
                    disabled=move || copying.get() aria-busy=move || copying.aria()
                    aria-label=td_string!(i18n.get_locale_untracked(), wizard.template_named, name = name.clone()).to_string()>
                    {tr!(i18n, wizard.template)}
                </button>
                <button type="button" class="secondary" on:click=archive
                    aria-label=if archived {
                        td_string!(i18n.get_locale_untracked(), wizard.unarchive_named, name = name.clone()).to_string()
                    } else {
                        td_string!(i18n.get_locale_untracked(), wizard.archive_named, name = name.clone()).to_string()
                    }>
                    {if archived { tr!(i18n, wizard.unarchive).into_any() } else { tr!(i18n, wizard.archive).into_any() }}
                </button>
                <button type="button" class="secondary" on:click=delete
                    aria-label=td_string!(i18n.get_locale_untracked(), wizard.delete_named, name = name.clone()).to_string()>
                    {tr!(i18n, wizard.delete)}
                </button>
            </div>
        </li>
    }
}

/// A list action on whole proposals.
pub(crate) enum ListAction {
    /// Make the demo proposal (in the page's language) and open it.
    Demo,
    /// Import a proposal file and open it.
    Import(web_sys::File),
    /// Copy proposal `id` as a template (a new draft).
    Copy(String),
    /// Archive proposal `id`, or put it back in the list.
    Archive(String),
    /// Delete proposal `id`, with Undo.
    Delete(String),
}

/// Carries out `action`, telling its outcome in the list's notice; the id
/// of a proposal to open, if it made one. Its own module, fetched the first
/// time an action is used (`page_wizard_`: it loads only inside the wizard's
/// route, which the chunk grouping and the service worker's lists read from
/// the name, tools/split.mjs and tools/sw-lists.mjs).
#[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
async fn page_wizard_list_act(
    kit: ListKit<ProposalRecord>,
    storage: AppStorage,
    i18n: I18nContext<Locale>,
    action: ListAction,
) -> Option<String> {
    let locale = i18n.get_locale_untracked();
    let fail = |reason: String| {
        kit.fail(td_string!(locale, wizard.import_failed, reason = reason).to_string())
    };
    let whole = |id: String| async move { storage.repo::<ProposalRecord>().await?.get(&id).await };
    match action {
        ListAction::Demo => match create(storage, demo(lang_of(locale))).await {
            Ok(r) => return Some(r.id),
            Err(e) => {
                kit.notice.try_set(Some(Notice::storage(i18n, &e)));
            }
        },
        ListAction::Import(file) => {
            if file.size() > MAX_PROPOSAL_BYTES as f64 {
                fail(td_string!(locale, wizard.file_too_large).to_string());
                return None;
            }
            let Some(text) = read_text(&file).await else {
                fail(td_string!(locale, errors.file_unreadable).to_string());
                return None;
            };
            match ProposalRecord::from_json(&text) {
                Err(e) => fail(record_error(locale, &e)),
                Ok(data) => match create(storage, data).await {
                    Ok(r) => return Some(r.id),
                    Err(e) => fail(storage_error(i18n, &e)),
                },
            }
        }
        ListAction::Copy(id) => {
            let r = match whole(id).await {
                Ok(rec) => {
                    let mut d = rec.data;
                    // A template keeps the brief's shape and the team's
                    // thinking; it starts again as a draft with nothing sent.
                    d.status = Status::Draft;
                    d.versions.clear();
                    d.archived = false;
                    d.step = Step::Brief;
                    d.proposal.title =
                        td_string!(locale, wizard.copy_name, name = display_name(&d, ""))
                            .to_string();
                    create(storage, d).await
                }
                Err(e) => Err(e),
            };
            kit.report(r, |l| td_string!(l, wizard.duplicated).to_string());
        }
        ListAction::Archive(id) => {
            let r = match whole(id).await {
                Ok(mut r) => {
                    r.data.archived = !r.data.archived;
                    let now_archived = r.data.archived;
                    storage.save(&r).await.map(|_| now_archived)
                }
                Err(e) => Err(e),
            };
            let now_archived = *r.as_ref().unwrap_or(&false);
            kit.report(r, |l| {
                if now_archived {
                    td_string!(l, wizard.archived_note).to_string()
                } else {
                    td_string!(l, wizard.unarchived_note).to_string()
                }
            });
        }
        ListAction::Delete(id) => kit.delete(id),
    }
    None
}
