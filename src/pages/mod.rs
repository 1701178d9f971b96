//! One module per page. Feature pages are lazy routes: each is split into
//! its own wasm chunk (see tools/split.mjs) and fetched on first visit, so the
//! first screen loads only the shell and the home page.
/// Declares `$name`, an async function that returns the view of `$page`,
/// in a wasm module of its own (tools/split.mjs): a part of a feature that
/// is not its landing view (a tab, a later step) is fetched the first time
/// it is shown, through `ui::later::Fetched`. Its name starts with
/// `page_<feature>_`, which tells the chunk grouping (`WASM_SPLIT_WITHIN` in
/// tools/split.mjs) that it loads only inside that feature's route; the
/// start-up script fetches it at once when the address names it
/// (`PAGE_WASM` in tools/postbuild.mjs).
///
/// `lazy_view!(name(id: String) => Page)` passes the page its props (the
/// open record's id): `name(id)`.
macro_rules! lazy_view {
    ($name:ident => $page:path) => {
        lazy_view!($name() => $page);
    };
    ($name:ident($($prop:ident: $ty:ty),*) => $page:path) => {
        #[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
        async fn $name($($prop: $ty),*) -> leptos::prelude::AnyView {
            use leptos::prelude::IntoAny;
            leptos::view! { <$page $($prop=$prop)* /> }.into_any()
        }
    };
}

pub mod budget;
pub mod career;
pub mod home;
pub mod not_found;
pub mod settings;
pub mod toolkit;
pub mod wizard;

/// Declares `$route`, a lazily loaded route that renders the component `$page`.
macro_rules! lazy_page {
    ($(#[$doc:meta])* $route:ident => $page:path) => {
        $(#[$doc])*
        #[derive(Debug)]
        pub struct $route;

        #[leptos_router::lazy_route]
        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(_this: Self) -> leptos::prelude::AnyView {
                use leptos::prelude::IntoAny;
                leptos::view! { <$page /> }.into_any()
            }
        }
    };
}

lazy_page!(/** The brief-to-proposal wizard. */ WizardRoute => wizard::Wizard);
lazy_page!(/** The client's page of a proposal link (no Suitcase navigation). */ ClientRoute => wizard::client::ClientPage);
lazy_page!(/** The client's reply, opened by the agency. */ ReplyRoute => wizard::reply::ReplyPage);
lazy_page!(/** The budget balancer. */ BudgetRoute => budget::Budget);
lazy_page!(/** The career guide. */ CareerRoute => career::Career);
lazy_page!(/** The account's toolkit. */ ToolkitRoute => toolkit::Toolkit);
lazy_page!(/** Settings, backup and storage. */ SettingsRoute => settings::Settings);
