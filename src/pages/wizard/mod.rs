//! The brief-to-proposal wizard: proposals kept in IndexedDB, six steps from
//! the client's brief to a proposal that can be sent, the coverage check,
//! the files people send and a share link that needs no server. The open
//! proposal is in the address (`/wizard?p=<id>`); the step it is on is kept
//! in the record, so a reload comes back to the same place.
/// A text of the open record as a (value, setter) pair for a field:
/// `lens!(ctx, |r| r.brief.brand)`.
macro_rules! lens {
    ($ctx:expr, |$r:ident| $place:expr) => {{
        let ctx = $ctx;
        (
            Signal::derive(move || ctx.draft.with(|$r| $place.clone())),
            Callback::new(move |v| ctx.edit(|$r| $place = v)),
        )
    }};
}

mod brief;
pub mod client;
mod coverage;
mod creative;
mod decode;
mod docview;
mod fields;
mod files;
mod ideas;
pub(crate) mod list;
mod messages;
mod pricing;
mod proposal;
pub mod reply;
mod review;
mod send;
mod workspace;

use crate::ui::later::{Fetched, Later};
use crate::ui::open_record::NewRecord;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::i18n::*;
use crate::routes::Route;
use crate::ui::text::tr;

pub(crate) use crate::ui::lang::lang_of;

/// The address of a proposal's page.
pub(crate) fn proposal_href(id: &str) -> String {
    Route::proposal(id).href()
}

pub(crate) use crate::ui::clock::today;

// The open proposal (its steps, the brief's editor) is a module of its own:
// the list, the wizard's landing, does not wait for it.
lazy_view!(page_wizard_open(id: String) => workspace::Workspace);

/// The wizard page: the list of proposals, or the open one.
#[component]
pub fn Wizard() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let open = Memo::new(move |_| query.with(|q| q.get("p")));
    let new = Memo::new(move |_| query.with(|q| q.get("new").is_some()));
    view! {
        <Title text=move || t_string!(i18n, wizard.title).to_string() />
        {move || match open.get() {
            Some(id) => view! { <Fetched load=page_wizard_open(id) /> }.into_any(),
            // "New proposal" tapped before the app ran (index.html).
            None if new.get() => view! {
                <NewRecord
                    make=|storage| async move {
                        list::create(storage, Default::default()).await.map(|r| Route::proposal(&r.id))
                    }
                    heading=Signal::derive(move || t_string!(i18n, wizard.title).to_string())
                    back=Signal::derive(move || t_string!(i18n, wizard.back).to_string())
                    list=Route::Wizard
                />
            }
            .into_any(),
            None => {
                view! {
                    <h1>{tr!(i18n, wizard.title)}</h1>
                    <p class="lead">{tr!(i18n, wizard.intro)}</p>
                    <ol class="steps">
                        <li>{tr!(i18n, wizard.s1)}</li>
                        <li>{tr!(i18n, wizard.s2)}</li>
                        <li>{tr!(i18n, wizard.s3)}</li>
                        <li>{tr!(i18n, wizard.s4)}</li>
                        <li>{tr!(i18n, wizard.s5)}</li>
                        <li>{tr!(i18n, wizard.s6)}</li>
                    </ol>
                    <Later>
                        <list::ProposalList />
                    </Later>
                }
                    .into_any()
            }
        }}
    }
}
