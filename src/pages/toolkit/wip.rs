//! The WIP report: every job with its status, next step, owner and due
//! date; overdue and due-this-week highlighted by the user's local date;
//! filters by client, owner and status; the weekly export.
use chrono::Utc;
use leptos::prelude::*;

use crate::ui::check::issue_text;
use leptos::task::spawn_local;

use super::files::{stem, ExportButtons};
use super::{lang_of, use_clients, use_nav, PrintDoc};
use crate::i18n::*;
use crate::storage::{use_storage, Record};
use crate::ui::clock::use_today;
use crate::ui::messages::storage_error;
use crate::ui::notice::NoticeView;
use crate::ui::text::tr;
use suitcase_core::docs::wip_doc;
use suitcase_core::model::reports::dates::{format_date, week_start};
use suitcase_core::model::reports::wip::{due_flag, owners, wip_counts, wip_order};
use suitcase_core::model::reports::{DueClass, JobStatus, WipJob};

/// The WIP section: the report, or one open job.
#[component]
pub fn WipTab() -> impl IntoView {
    let nav = use_nav();
    move || match nav.id.get() {
        Some(id) => view! { <super::wip_job::JobWorkspace id=id /> }.into_any(),
        None => view! { <WipList /> }.into_any(),
    }
}

/// A status as a form value.
pub fn status_key(s: JobStatus) -> &'static str {
    match s {
        JobStatus::Briefed => "briefed",
        JobStatus::InProgress => "in_progress",
        JobStatus::AwaitingClient => "awaiting_client",
        JobStatus::OnHold => "on_hold",
        JobStatus::Done => "done",
        JobStatus::Cancelled => "cancelled",
    }
}

/// The status of a form value.
pub fn parse_status(s: &str) -> Option<JobStatus> {
    JobStatus::ALL.into_iter().find(|j| status_key(*j) == s)
}

#[component]
fn WipList() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let nav = use_nav();
    let clients = use_clients();
    let print = expect_context::<PrintDoc>();
    let today = use_today();
    let filters = WipFilters::from_address();
    let WipFilters { owner, status, due } = filters;
    let kit = super::records::toolkit_kit(|j: &WipJob| j.title.clone());
    let records = storage.records::<WipJob>();
    // The client's jobs (all clients when none is chosen).
    let of_client = Memo::new(move |_| {
        let client = nav.client.get();
        records
            .get()
            .flatten()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .filter(|r| client.as_ref().is_none_or(|c| *c == r.data.client_id))
            .collect::<Vec<_>>()
    });
    let shown = Memo::new(move |_| {
        let owner = owner.get();
        let status = status.get();
        let due = due.get();
        let today = today.get();
        let mut v: Vec<Record<WipJob>> = of_client
            .get()
            .into_iter()
            .filter(|r| {
                let j = &r.data;
                let owner_ok = owner.is_empty()
                    || j.owner
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                        == owner.to_lowercase();
                let status_ok = match status.as_str() {
                    "open" => j.status.is_open(),
                    "" | "all" => true,
                    s => parse_status(s) == Some(j.status),
                };
                let class = j.due_class(today);
                let due_ok = match due.as_str() {
                    "overdue" => class == Some(DueClass::Overdue),
                    "week" => matches!(class, Some(DueClass::DueToday | DueClass::DueThisWeek)),
                    _ => true,
                };
                owner_ok && status_ok && due_ok
            })
            .collect();
        suitcase_core::sort::by(&mut v, |a, b| wip_order(&a.data, &b.data, today));
        v
    });
    let jobs_of = move || shown.with(|v| v.iter().map(|r| r.data.clone()).collect::<Vec<_>>());
    let doc = move || {
        wip_doc(
            &jobs_of(),
            today.get_untracked(),
            lang_of(i18n.get_locale_untracked()),
        )
    };
    Effect::new(move |_| {
        let lang = lang_of(i18n.get_locale());
        print.0.set(Some(wip_doc(&jobs_of(), today.get(), lang)));
    });
    on_cleanup(move || print.0.set(None));
    let counts = Memo::new(move |_| {
        let jobs: Vec<WipJob> = of_client.with(|v| v.iter().map(|r| r.data.clone()).collect());
        wip_counts(&jobs, today.get())
    });
    let remove = move |id: String| kit.delete(id);
    let file_stem =
        Signal::derive(move || stem(&format!("wip report {}", week_start(today.get()))));
    view! {
        <section class="card wide" aria-labelledby="wip-title">
            <h2 id="wip-title">{tr!(i18n, toolkit.wip_title)}</h2>
            <p class="help">
                {move || td_string!(i18n.get_locale(), toolkit.wip_today, date = format_date(today.get(), lang_of(i18n.get_locale()))).to_string()}
            </p>
            <ul class="wip-counts" aria-label=tr!(i18n, toolkit.wip_counts)>
                {move || {
                    let c = counts.get();
                    let lang = lang_of(i18n.get_locale());
                    vec![
                        format!("{}: {}", t_string!(i18n, toolkit.wip_open), c.open),
                        format!("{}: {}", DueClass::Overdue.label(lang), c.overdue),
                        format!("{}: {}", DueClass::DueToday.label(lang), c.due_today),
                        format!("{}: {}", DueClass::DueThisWeek.label(lang), c.due_this_week),
                    ]
                        .into_iter()
                        .map(|t| view! { <li>{t}</li> })
                        .collect_view()
                }}
            </ul>
            <Filters filters=filters nav=nav of_client=of_client />
            <NewJob />
            <NoticeView notice=kit.notice />
            <Transition>
                {move || records.get().flatten().map(|r| match r {
                    Err(e) => view! { <p class="msg msg-error" role="alert">{storage_error(i18n, &e)}</p> }.into_any(),
                    Ok(_) => view! { <JobTable shown=shown today=today remove=Callback::new(remove) clients=clients /> }.into_any(),
                })}
            </Transition>
            <h3 id="wip-files-title">{tr!(i18n, toolkit.wip_export)}</h3>
            <p class="help">{tr!(i18n, toolkit.wip_export_help)}</p>
            <ExportButtons
                doc=Callback::new(move |_| doc())
                stem=file_stem
                title=Signal::derive(move || t_string!(i18n, toolkit.wip_export).to_string())
            />
        </section>
    }
}

/// The WIP list's filters, kept in the page's address (`owner`, `status`,
/// `due`) so that a reload, a bookmark or Back from a job keeps them.
#[derive(Clone, Copy)]
struct WipFilters {
    owner: Memo<String>,
    /// "open" (the default), "all" or a status key.
    status: Memo<String>,
    /// "" (any), "overdue" or "week".
    due: Memo<String>,
}

impl WipFilters {
    fn from_address() -> WipFilters {
        let q = leptos_router::hooks::use_query_map();
        let read = move |key: &'static str| q.with(|q| q.get(key)).unwrap_or_default();
        WipFilters {
            owner: Memo::new(move |_| read("owner")),
            status: Memo::new(move |_| {
                Some(read("status"))
                    .filter(|s| !s.is_empty())
                    .unwrap_or_else(|| "open".into())
            }),
            due: Memo::new(move |_| read("due")),
        }
    }

    /// Changes one filter, keeping the others.
    fn set(self, nav: super::Nav, key: &'static str, value: String) {
        let pick = |name: &str, now: Memo<String>| {
            if name == key {
                value.clone()
            } else {
                now.get_untracked()
            }
        };
        let owner = pick("owner", self.owner);
        let status = pick("status", self.status);
        let due = pick("due", self.due);
        // The default status is not written out.
        let status = if status == "open" {
            ""
        } else {
            status.as_str()
        };
        nav.set_filters(&[("owner", &owner), ("status", status), ("due", &due)]);
    }
}

/// Owner, status and due filters.
#[component]
fn Filters(
    filters: WipFilters,
    nav: super::Nav,
    of_client: Memo<Vec<Record<WipJob>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let WipFilters { owner, status, due } = filters;
    let set = move |key: &'static str| move |ev| filters.set(nav, key, event_target_value(&ev));
    let names = Memo::new(move |_| {
        let jobs: Vec<WipJob> = of_client.with(|v| v.iter().map(|r| r.data.clone()).collect());
        let mut names = owners(&jobs);
        // An owner from the address who has no job here still shows as chosen.
        let chosen = owner.get();
        if !chosen.is_empty()
            && !names
                .iter()
                .any(|n| n.to_lowercase() == chosen.to_lowercase())
        {
            names.push(chosen);
        }
        names
    });
    view! {
        <div class="filters" role="group" aria-label=tr!(i18n, toolkit.filters)>
            <div class="field">
                <label for="wip-owner">{tr!(i18n, toolkit.owner)}</label>
                <select id="wip-owner" on:change=set("owner") prop:value=move || owner.get()>
                    <option value="">{tr!(i18n, toolkit.any_owner)}</option>
                    {move || names.get().into_iter().map(|n| {
                        let v = n.clone();
                        let value = n.clone();
                        view! { <option value=value selected=move || owner.get() == v>{n}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="wip-status">{tr!(i18n, toolkit.status)}</label>
                <select id="wip-status" on:change=set("status") prop:value=move || status.get()>
                    <option value="open">{tr!(i18n, toolkit.open_jobs)}</option>
                    <option value="all">{tr!(i18n, toolkit.all_jobs)}</option>
                    {move || {
                        let lang = lang_of(i18n.get_locale());
                        JobStatus::ALL.into_iter().map(|s| view! {
                            <option value=status_key(s) selected=move || status.get() == status_key(s)>{s.label(lang)}</option>
                        }).collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="wip-due">{tr!(i18n, toolkit.due_filter)}</label>
                <select id="wip-due" on:change=set("due") prop:value=move || due.get()>
                    <option value="">{tr!(i18n, toolkit.any_due)}</option>
                    <option value="overdue">{move || DueClass::Overdue.label(lang_of(i18n.get_locale()))}</option>
                    <option value="week">{tr!(i18n, toolkit.due_week)}</option>
                </select>
            </div>
        </div>
    }
}

/// The jobs shown, urgent ones highlighted (with words, not colour alone).
#[component]
fn JobTable(
    shown: Memo<Vec<Record<WipJob>>>,
    today: Signal<chrono::NaiveDate>,
    remove: Callback<String>,
    clients: super::Clients,
) -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let all_clients = move || nav.client.get().is_none();
    view! {
        <Show
            when=move || shown.with(|v| !v.is_empty())
            fallback=move || view! { <p class="empty">{tr!(i18n, toolkit.wip_empty)}</p> }
        >
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="wip-table-caption">
                <table class="data wip-table">
                    <caption id="wip-table-caption">
                        {move || td_string!(i18n.get_locale(), toolkit.wip_caption, n = shown.with(Vec::len)).to_string()}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, toolkit.job)}</th>
                            <Show when=all_clients>
                                <th scope="col">{tr!(i18n, toolkit.client)}</th>
                            </Show>
                            <th scope="col">{tr!(i18n, toolkit.status)}</th>
                            <th scope="col">{tr!(i18n, toolkit.next_step)}</th>
                            <th scope="col">{tr!(i18n, toolkit.owner)}</th>
                            <th scope="col">{tr!(i18n, toolkit.due)}</th>
                            <th scope="col">{tr!(i18n, toolkit.flag)}</th>
                            <th scope="col"><span class="vh">{tr!(i18n, toolkit.actions)}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let lang = lang_of(i18n.get_locale());
                            let today = today.get();
                            shown.get().into_iter().map(|rec| {
                                let j = rec.data.clone();
                                let class = match j.due_class(today) {
                                    Some(DueClass::Overdue) => "due-overdue",
                                    Some(DueClass::DueToday | DueClass::DueThisWeek) => "due-soon",
                                    _ => "",
                                };
                                let id = rec.id.clone();
                                let open_id = rec.id.clone();
                                let href = nav.href(super::Tab::Wip, Some(&rec.id));
                                let client_name = clients.name(&j.client_id);
                                let del = td_string!(i18n.get_locale_untracked(), toolkit.delete_named, name = j.title.clone()).to_string();
                                view! {
                                    <tr class=class>
                                        <th scope="row">
                                            <a href=href on:click=move |ev| {
                                                ev.prevent_default();
                                                nav.open(Some(open_id.clone()));
                                            }>{j.title.clone()}</a>
                                            {(!j.project.is_empty()).then(|| view! { <br /><span class="help">{j.project.clone()}</span> })}
                                        </th>
                                        <Show when=all_clients>
                                            <td>{client_name.clone()}</td>
                                        </Show>
                                        <td>{j.status.label(lang)}</td>
                                        <td>{j.next_step.clone()}</td>
                                        <td>{j.owner.clone()}</td>
                                        <td class="num">{j.due.map(|d| format_date(d, lang)).unwrap_or_else(|| "—".into())}</td>
                                        <td class="flag">{due_flag(&j, today, lang)}</td>
                                        <td>
                                            <button type="button" class="secondary" aria-label=del on:click=move |_| remove.run(id.clone())>
                                                {tr!(i18n, toolkit.delete)}
                                            </button>
                                        </td>
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

/// A new job for the chosen client (the title is required).
#[component]
fn NewJob() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let nav = use_nav();
    let title = RwSignal::new(String::new());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(client) = nav.client.get_untracked() else {
            error.set(Some(t_string!(i18n, toolkit.pick_client_first).to_string()));
            return;
        };
        let job = WipJob::new(client, title.get_untracked().trim(), Utc::now());
        let lang = lang_of(i18n.get_locale_untracked());
        if let Some(i) = job.storage_errors().first() {
            error.set(Some(super::sentence(&issue_text(lang, i))));
            return;
        }
        error.set(None);
        spawn_local(async move {
            match storage.create(job).await {
                Ok(rec) => nav.open(Some(rec.id)),
                Err(e) => {
                    error.try_set(Some(storage_error(i18n, &e)));
                }
            }
        });
    };
    view! {
        <form class="status-form new-job" on:submit=submit>
            <div class="field">
                <label for="wip-new-title">{tr!(i18n, toolkit.new_job_title)}</label>
                <input
                    id="wip-new-title"
                    type="text"
                    prop:value=move || title.get()
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby="wip-new-error"
                    on:input=move |ev| title.set(event_target_value(&ev))
                />
            </div>
            <button type="submit">{tr!(i18n, toolkit.add_job)}</button>
            <p id="wip-new-error" class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
