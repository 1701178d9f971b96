//! The shared view: a proposal carried whole in the link's fragment
//! (`/shared#p1.…`), shown read-only, with "Save a copy". No server sees it:
//! browsers never send the fragment.
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;
use leptos_router::hooks::use_navigate;

use super::lang_of;
use crate::components::docview::DocView;
use crate::components::messages::storage_error;
use crate::domain::proposal::{ProposalRecord, RecordError};
use crate::export::proposal_doc::proposal_doc;
use crate::export::share::{decode, ShareError};
use crate::i18n::*;
use crate::storage::use_storage;

fn share_error(locale: Locale, e: &ShareError) -> String {
    match e {
        ShareError::BadRecord(RecordError::NewerVersion(_)) => {
            td_string!(locale, wizard.share_newer).to_string()
        }
        ShareError::TooLong { .. } => td_string!(locale, wizard.share_too_long).to_string(),
        _ => td_string!(locale, wizard.share_broken).to_string(),
    }
}

fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The read-only proposal of a share link.
#[component]
pub fn SharedProposal() -> impl IntoView {
    let i18n = use_i18n();
    let hash = RwSignal::new(fragment());
    let on_hash = leptos::ev::Custom::<web_sys::Event>::new("hashchange");
    let handle = window_event_listener(on_hash, move |_| hash.set(fragment()));
    on_cleanup(move || handle.remove());
    let record = Memo::new(move |_| {
        let h = hash.get();
        if h.trim_start_matches('#').is_empty() {
            None
        } else {
            Some(decode(&h))
        }
    });
    view! {
        <Title text=move || t_string!(i18n, wizard.shared_title).to_string() />
        {move || match record.get() {
            None => view! {
                <h1>{t!(i18n, wizard.shared_title)}</h1>
                <p class="msg msg-error" role="alert">{t!(i18n, wizard.share_empty)}</p>
            }
            .into_any(),
            Some(Err(e)) => view! {
                <h1>{t!(i18n, wizard.shared_title)}</h1>
                <p class="msg msg-error" role="alert">{share_error(i18n.get_locale(), &e)}</p>
            }
            .into_any(),
            Some(Ok(rec)) => view! { <Shared record=rec /> }.into_any(),
        }}
    }
}

#[component]
fn Shared(record: ProposalRecord) -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let navigate = use_navigate();
    let rec = StoredValue::new(record);
    let note: RwSignal<Option<String>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let doc =
        Signal::derive(move || rec.with_value(|r| proposal_doc(r, lang_of(i18n.get_locale()))));
    let go = StoredValue::new_local(navigate);
    let save_copy = move |_| {
        busy.set(true);
        let mut data = rec.get_value();
        data.archived = false;
        spawn_local(async move {
            let result = super::list::create(storage, data).await;
            busy.try_set(false);
            match result {
                Ok(saved) => {
                    storage.touch();
                    go.try_with_value(|n| {
                        n(&format!("/wizard?p={}", saved.id), Default::default())
                    });
                }
                Err(e) => {
                    note.try_set(Some(storage_error(i18n, &e)));
                }
            }
        });
    };
    let title = rec.with_value(|r| r.proposal.title.clone());
    view! {
        <h1>{if title.trim().is_empty() { t_string!(i18n, wizard.shared_title).to_string() } else { title }}</h1>
        <div class="msg no-print" role="note">
            <p>{t!(i18n, wizard.shared_note)}</p>
            <div class="actions">
                <button type="button" on:click=save_copy disabled=move || busy.get()>{t!(i18n, wizard.save_copy)}</button>
                <button type="button" class="secondary" on:click=move |_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>{t!(i18n, wizard.print)}</button>
            </div>
            {move || note.get().map(|t| view! { <p class="msg msg-error" role="alert">{t}</p> })}
        </div>
        <article class="doc-view" data-testid="proposal-doc">
            <DocView doc=doc top=2 />
        </article>
    }
}
