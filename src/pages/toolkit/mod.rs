//! The account's toolkit: contact reports, the WIP report, competitor
//! reviews and client KPIs, every record attached to a client and kept in
//! IndexedDB. The open section, client and record are in the address
//! (`/toolkit?tab=contact&client=<id>&id=<id>`), so a reload comes back.
mod clients;
mod contact;
mod contact_rows;
mod docview;
mod files;
mod kpi;
mod kpi_chart;
mod records;
mod review;
mod review_brands;
mod timeline;
mod wip;
mod wip_job;

use crate::ui::later::{Fetched, Later};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use crate::i18n::*;
use crate::routes::{use_navigator, Link, Navigator, Route};
use crate::storage::{use_storage, Record};
use crate::ui::text::tr;
use suitcase_core::docs::Doc;
use suitcase_core::model::client::Client;

pub(crate) use crate::ui::lang::lang_of;

pub(crate) use crate::ui::clock::today;

pub(crate) use crate::ui::fields::sentence;

// The sections beyond contact reports (the landing one) come with their own
// code the first time they are opened.
lazy_view!(page_toolkit_wip => wip::WipTab);
lazy_view!(page_toolkit_review => review::ReviewTab);
lazy_view!(page_toolkit_kpi => kpi::KpiTab);

/// The sections of the toolkit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tab {
    Contact,
    Wip,
    Review,
    Kpi,
}

impl Tab {
    const ALL: [Tab; 4] = [Tab::Contact, Tab::Wip, Tab::Review, Tab::Kpi];

    fn key(self) -> &'static str {
        match self {
            Tab::Contact => "contact",
            Tab::Wip => "wip",
            Tab::Review => "review",
            Tab::Kpi => "kpi",
        }
    }

    fn parse(s: &str) -> Option<Tab> {
        Tab::ALL.into_iter().find(|t| t.key() == s)
    }
}

/// Where the page is: section, chosen client, open record. `Copy`.
#[derive(Clone, Copy)]
pub(crate) struct Nav {
    pub tab: Memo<Tab>,
    pub client: Memo<Option<String>>,
    pub id: Memo<Option<String>>,
    /// The new-client form is open (`&new` in the address).
    pub adding: Memo<bool>,
    query: Memo<ParamsMap>,
    navigator: Navigator,
}

impl Nav {
    /// Goes to `tab` with `client` and `id` (as a new history entry).
    pub fn go(self, tab: Tab, client: Option<String>, id: Option<String>) {
        self.navigator.go(Route::toolkit(
            tab.key(),
            client.as_deref(),
            id.as_deref(),
            &[],
        ));
    }

    /// Keeps list filters in the address of the current section (replacing
    /// the history entry, so Back leaves the list rather than undoing a
    /// filter). Empty values are left out.
    pub fn set_filters(self, filters: &[(&str, &str)]) {
        self.navigator.replace(Route::toolkit(
            self.tab.get_untracked().key(),
            self.client.get_untracked().as_deref(),
            None,
            filters,
        ));
    }

    /// Opens record `id` in the current section.
    pub fn open(self, id: Option<String>) {
        self.go(self.tab.get_untracked(), self.client.get_untracked(), id);
    }

    /// Opens the new-client form (a new history entry, so Back closes it),
    /// or closes it in place. The form is in the address so that, before the
    /// app runs, the prerendered page shows it at once under `?new`
    /// (index.html); the rest of the address (section, client, record,
    /// filters) is kept.
    pub fn show_new_client(self, open: bool) {
        let link = self.query.with_untracked(|q| {
            q.into_iter()
                .filter(|(k, _)| k.as_ref() != "new")
                .fold(Link::from(Route::Toolkit), |l, (k, v)| l.query(k, v))
        });
        if open {
            self.navigator.go_in_place(link.query("new", ""));
        } else {
            self.navigator.replace(link);
        }
    }

    /// Shows the records of a client just made, in place of the new-client
    /// form's address (Back does not open the form again).
    pub fn client_made(self, client: String) {
        self.navigator.replace(Route::toolkit(
            self.tab.get_untracked().key(),
            Some(&client),
            None,
            &[],
        ));
    }

    /// The address of `tab` for the chosen client (for links).
    pub fn href(self, tab: Tab, id: Option<&str>) -> String {
        Route::toolkit(tab.key(), self.client.get().as_deref(), id, &[]).href()
    }
}

pub(crate) fn use_nav() -> Nav {
    expect_context::<Nav>()
}

/// The clients, read once storage is open and again after any change.
#[derive(Clone, Copy)]
pub(crate) struct Clients {
    pub list: Memo<Vec<Record<Client>>>,
    pub loaded: Memo<bool>,
}

impl Clients {
    /// The name of client `id` ("—" when unknown).
    pub fn name(self, id: &str) -> String {
        self.list.with(|l| {
            l.iter()
                .find(|c| c.id == id)
                .map(|c| c.data.name.clone())
                .unwrap_or_else(|| "—".into())
        })
    }
}

pub(crate) fn use_clients() -> Clients {
    expect_context::<Clients>()
}

/// The document the open record prints (shown only on paper).
#[derive(Clone, Copy)]
pub(crate) struct PrintDoc(pub RwSignal<Option<Doc>>);

/// The toolkit page.
#[component]
pub fn Toolkit() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let q = use_query_map();
    let tab = Memo::new(move |_| {
        q.with(|q| q.get("tab"))
            .and_then(|t| Tab::parse(&t))
            .unwrap_or(Tab::Contact)
    });
    let client = Memo::new(move |_| q.with(|q| q.get("client")).filter(|c| !c.is_empty()));
    let id = Memo::new(move |_| q.with(|q| q.get("id")).filter(|c| !c.is_empty()));
    let adding = Memo::new(move |_| q.with(|q| q.get("new").is_some()));
    let nav = Nav {
        tab,
        client,
        id,
        adding,
        query: q,
        navigator: use_navigator(),
    };

    provide_context(nav);

    let resource = LocalResource::new(move || {
        let ready = storage.track();
        async move {
            if !ready {
                return None;
            }
            let repo = storage.repo::<Client>().await.ok()?;
            repo.list().await.ok().map(|mut l| {
                suitcase_core::sort::by_key(&mut l, |c| c.data.name.to_lowercase());
                l
            })
        }
    });
    let list = Memo::new(move |_| resource.get().flatten().unwrap_or_default());
    let loaded = Memo::new(move |_| resource.get().flatten().is_some());
    provide_context(Clients { list, loaded });
    let print = PrintDoc(RwSignal::new(None));
    provide_context(print);

    view! {
        <Title text=move || t_string!(i18n, toolkit.title).to_string() />
        <div class="toolkit-screen">
            <h1>{tr!(i18n, toolkit.title)}</h1>
            <p class="lead">{tr!(i18n, toolkit.intro)}</p>
            <clients::ClientBar />
            <TabBar />
            <Later>
                {move || match tab.get() {
                    Tab::Contact => view! { <contact::ContactTab /> }.into_any(),
                    Tab::Wip => view! { <Fetched load=page_toolkit_wip() /> }.into_any(),
                    Tab::Review => view! { <Fetched load=page_toolkit_review() /> }.into_any(),
                    Tab::Kpi => view! { <Fetched load=page_toolkit_kpi() /> }.into_any(),
                }}
            </Later>
        </div>
        <Later>
            <docview::PrintView doc=print.0 />
        </Later>
    }
}

/// The sections, as links (each keeps the chosen client).
#[component]
fn TabBar() -> impl IntoView {
    let i18n = use_i18n();
    let nav = use_nav();
    let label = move |t: Tab| match t {
        Tab::Contact => t_string!(i18n, toolkit.tab_contact).to_string(),
        Tab::Wip => t_string!(i18n, toolkit.tab_wip).to_string(),
        Tab::Review => t_string!(i18n, toolkit.tab_review).to_string(),
        Tab::Kpi => t_string!(i18n, toolkit.tab_kpi).to_string(),
    };
    view! {
        <nav class="toolkit-tabs" aria-label=tr!(i18n, toolkit.tabs_label)>
            <ul>
                {Tab::ALL
                    .into_iter()
                    .map(|t| {
                        view! {
                            <li>
                                <a
                                    href=move || nav.href(t, None)
                                    aria-current=move || (nav.tab.get() == t).then_some("page")
                                    on:click=move |ev| {
                                        ev.prevent_default();
                                        nav.go(t, nav.client.get_untracked(), None);
                                    }
                                >
                                    {move || label(t)}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
