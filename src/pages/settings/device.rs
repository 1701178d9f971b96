//! How much this site stores, and whether the browser may clear it.
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::*;
use crate::storage::device::{self, Persistence};
use crate::storage::use_storage;
use crate::ui::messages::human_bytes;
use crate::ui::text::tr;

/// Usage, quota and persistence.
#[component]
pub fn DeviceSection() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let persistence = RwSignal::new(None::<Persistence>);
    // Before the user asks, only say something when it is already granted.
    spawn_local(async move {
        if device::persisted().await == Persistence::Granted {
            persistence.try_set(Some(Persistence::Granted));
        }
    });
    let usage = LocalResource::new(move || {
        storage.track();
        device::estimate()
    });
    let on_persist = move |_| {
        spawn_local(async move {
            let p = device::request_persist().await;
            persistence.try_set(Some(p));
        });
    };
    let usage_text = move || match usage.get().flatten() {
        Some((used, quota)) => td_string!(
            i18n.get_locale(),
            settings.usage,
            used = human_bytes(used),
            quota = human_bytes(quota)
        )
        .to_string(),
        None => t_string!(i18n, settings.usage_unknown).to_string(),
    };
    let persist_text = move || {
        persistence.get().map(|p| match p {
            Persistence::Granted => t_string!(i18n, settings.persist_granted),
            Persistence::Denied => t_string!(i18n, settings.persist_denied),
            Persistence::Unsupported => t_string!(i18n, settings.persist_unsupported),
        })
    };
    view! {
        <section class="card" aria-labelledby="storage-title">
            <h2 id="storage-title">{tr!(i18n, settings.storage_title)}</h2>
            <p data-testid="usage">{usage_text}</p>
            <Show when=move || persistence.get() != Some(Persistence::Granted)>
                <button type="button" on:click=on_persist>{tr!(i18n, settings.persist)}</button>
            </Show>
            <p role="status" data-testid="persistence">{persist_text}</p>
        </section>
    }
}
