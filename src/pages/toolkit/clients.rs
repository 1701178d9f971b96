//! The client every record hangs from: a picker with an inline "New
//! client", and the optional link to one of the client's proposals.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{use_clients, use_nav};
use crate::i18n::*;
use crate::storage::use_storage;
use crate::ui::fields::focus_later;
use crate::ui::later::{prerendering, WaitsForData};
use crate::ui::messages::storage_error;
use crate::ui::text::tr;
use suitcase_core::model::client::{Client, ClientError};
use suitcase_core::model::proposal::{ProposalRecord, ProposalSummary};

/// The client picker above every section, with "New client".
#[component]
pub fn ClientBar() -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let clients = use_clients();
    let adding = nav.adding;
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        nav.go(nav.tab.get_untracked(), (!v.is_empty()).then_some(v), None);
    };
    view! {
        <section class="client-bar card" aria-labelledby="client-bar-title">
            <h2 id="client-bar-title" class="vh">{tr!(i18n, toolkit.client_title)}</h2>
            <div class="client-pick">
                <div class="field">
                    <label for="tk-client">{tr!(i18n, toolkit.client)}</label>
                    <select id="tk-client" on:change=on_change prop:value=move || nav.client.get().unwrap_or_default()>
                        <option value="" selected=move || nav.client.get().is_none()>
                            {tr!(i18n, toolkit.all_clients)}
                        </option>
                        {move || {
                            clients
                                .list
                                .get()
                                .into_iter()
                                .map(|c| {
                                    let id = c.id.clone();
                                    let selected = move || nav.client.get().as_deref() == Some(id.as_str());
                                    view! {
                                        <option value=c.id.clone() selected=selected>{c.data.name.clone()}</option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </div>
                <Show when=move || !adding.get()>
                    <button type="button" id="new-client" class="secondary" on:click=move |_| {
                        nav.show_new_client(true);
                        focus_later("tk-new-client".into());
                    }>
                        {tr!(i18n, toolkit.new_client)}
                    </button>
                </Show>
            </div>
            <Show when=move || adding.get()>
                <NewClient />
            </Show>
            <WaitsForData loaded=clients.loaded />
            // At build time nothing is stored: no "No clients yet" in the
            // prerendered page (its list says the data is being opened).
            <Show when=move || {
                clients.loaded.get() && clients.list.with(Vec::is_empty) && !prerendering()
            }>
                <p class="help">{tr!(i18n, toolkit.no_clients)}</p>
            </Show>
        </section>
    }
}

/// The inline form for a new client (name required), open while the
/// address has `&new`. Its name field takes the focus when "New client"
/// opens it (the page before the app runs focuses the same `data-focus`
/// field).
#[component]
fn NewClient() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let nav = use_nav();
    let name = RwSignal::new(String::new());
    let industry = RwSignal::new(String::new());
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let client = Client {
            name: name.get_untracked().trim().to_string(),
            industry: industry.get_untracked().trim().to_string(),
            ..Default::default()
        };
        let locale = i18n.get_locale_untracked();
        if let Err(e) = client.validate() {
            error.set(Some(match e {
                ClientError::NameMissing => {
                    t_string!(i18n, toolkit.client_name_missing).to_string()
                }
                ClientError::TooLong { max, .. } => {
                    td_string!(locale, toolkit.too_long, max = max).to_string()
                }
            }));
            return;
        }
        error.set(None);
        spawn_local(async move {
            match storage.create(client).await {
                Ok(rec) => nav.client_made(rec.id),
                Err(e) => {
                    error.try_set(Some(storage_error(i18n, &e)));
                }
            }
        });
    };
    view! {
        <form class="new-client" on:submit=submit>
            <div class="form-grid">
                <div class="field">
                    <label for="tk-new-client">{tr!(i18n, toolkit.client_name)}</label>
                    <input
                        id="tk-new-client"
                        data-focus=""
                        type="text"
                        autocomplete="organization"
                        prop:value=move || name.get()
                        aria-invalid=move || error.with(Option::is_some).then_some("true")
                        aria-describedby="tk-new-client-error"
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                    <p id="tk-new-client-error" class="field-error" role="alert">
                        {move || error.get()}
                    </p>
                </div>
                <div class="field">
                    <label for="tk-new-industry">{tr!(i18n, toolkit.client_industry)}</label>
                    <input
                        id="tk-new-industry"
                        type="text"
                        prop:value=move || industry.get()
                        on:input=move |ev| industry.set(event_target_value(&ev))
                    />
                </div>
            </div>
            <div class="actions">
                <button type="submit">{tr!(i18n, toolkit.add_client)}</button>
                // data-close: before the app runs, the page closes the form
                // itself (index.html).
                <button type="button" class="secondary" data-close="" on:click=move |_| nav.show_new_client(false)>
                    {tr!(i18n, toolkit.cancel)}
                </button>
            </div>
        </form>
    }
}

/// A proposal's title for people.
fn proposal_title(p: &ProposalSummary) -> String {
    let t = p.proposal.title.trim();
    if t.is_empty() {
        p.brief.brand.trim().to_string()
    } else {
        t.to_string()
    }
}

/// The optional link to one of the client's proposals.
#[component]
pub fn ProposalPicker(
    /// The input's id.
    #[prop(into)]
    id: String,
    /// The record's client.
    #[prop(into)]
    client_id: Signal<String>,
    /// The linked proposal.
    #[prop(into)]
    value: Signal<Option<String>>,
    /// Sets the link.
    set: Callback<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    // Summaries: the picker shows titles, not whole proposals.
    let proposals = storage.records_as::<ProposalRecord, ProposalSummary>();
    let options = move || {
        let client = client_id.get();
        proposals
            .get()
            .flatten()
            .and_then(Result::ok)
            .unwrap_or_default()
            .into_iter()
            .filter(|p| p.data.brief.client_id == client)
            .map(|p| (p.id.clone(), proposal_title(&p.data)))
            .collect::<Vec<_>>()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr!(i18n, toolkit.proposal)}</label>
            <select
                id=id.clone()
                prop:value=move || value.get().unwrap_or_default()
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    set.run((!v.is_empty()).then_some(v));
                }
            >
                <option value="">{tr!(i18n, toolkit.no_proposal)}</option>
                {move || {
                    options()
                        .into_iter()
                        .map(|(id, title)| {
                            let v = id.clone();
                            view! {
                                <option value=id selected=move || value.get().as_deref() == Some(v.as_str())>
                                    {title}
                                </option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
