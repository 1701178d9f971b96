//! The shell: providers, router, layout and navigation.
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;
use leptos_router::Lazy;

use crate::i18n::*;
use crate::pages;
use crate::storage::AppStorage;
use crate::ui::prefs::{LanguageSelect, RestoreLanguage, ThemeSelect};
use crate::ui::storage_notice::StorageNotice;

thread_local! {
    static BASE: String = {
        let path = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .and_then(|b| web_sys::Url::new(&b).ok())
            .map(|u| u.pathname())
            .unwrap_or_default();
        path.trim_end_matches('/').to_string()
    };
}

/// The router's base path: the folder the app is served from ("" at the
/// site root, "/suitcase" on GitHub Pages), read from `<base href>`.
pub fn base_path() -> String {
    BASE.with(|b| b.clone())
}

/// The address of an app route (`"/wizard"`) under the base path. Links must
/// use it: `<A>` leaves absolute paths as they are.
pub fn href(route: &str) -> String {
    BASE.with(|b| format!("{b}{route}"))
}

/// Moves focus to the main content (the skip link). A plain `#main` link
/// would resolve against `<base href>` and leave the page.
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

/// True when the address is the client's page of a proposal link (`/p`, or
/// `/shared` of older links): a page of its own, without Suitcase's
/// navigation, that stores nothing in the client's browser.
fn is_client_page() -> bool {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    let route = path
        .strip_prefix(&base_path())
        .unwrap_or(&path)
        .trim_end_matches('/');
    matches!(route, "/p" | "/shared")
}

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let storage = AppStorage::listen();
    provide_context(storage);
    let client = is_client_page();
    if !client {
        storage.open_soon();
        crate::ui::sw::register();
    }
    view! {
        <I18nContextProvider enable_cookie=false>
            <RestoreLanguage />
            <Router base=base_path()>
                <Shell client=client />
            </Router>
        </I18nContextProvider>
    }
}

/// The layout around every page. On the client's page (`client`) only the
/// page itself shows: no header, navigation, storage notice or footer.
#[component]
fn Shell(client: bool) -> impl IntoView {
    let i18n = use_i18n();
    let chrome = !client;
    view! {
        <Title text=move || t_string!(i18n, app.name).to_string() />
        <Show when=move || chrome>
        <a class="skip-link" href="#main" on:click=skip_to_main>{t!(i18n, app.skip)}</a>
        <header class="site-header">
            <div class="header-inner">
                <A href=href("/") attr:class="brand">
                    <img src="icons/icon.svg" alt="" width="28" height="28" />
                    <span>{t!(i18n, app.name)}</span>
                </A>
                <NavBar />
                <div class="prefs">
                    <LanguageSelect />
                    <ThemeSelect />
                </div>
            </div>
        </header>
        <StorageNotice />
        </Show>
        <main id="main" tabindex="-1" class:client-main=client>
            <Routes fallback=pages::not_found::NotFound>
                <Route path=path!("/") view=pages::home::Home />
                <Route path=path!("/wizard") view={Lazy::<pages::WizardRoute>::new()} />
                <Route path=path!("/reply") view={Lazy::<pages::ReplyRoute>::new()} />
                <Route path=path!("/p") view={Lazy::<pages::ClientRoute>::new()} />
                <Route path=path!("/shared") view={Lazy::<pages::ClientRoute>::new()} />
                <Route path=path!("/budget") view={Lazy::<pages::BudgetRoute>::new()} />
                <Route path=path!("/career") view={Lazy::<pages::CareerRoute>::new()} />
                <Route path=path!("/career/role/:slug") view={Lazy::<pages::CareerRoute>::new()} />
                <Route path=path!("/career/guide") view={Lazy::<pages::CareerRoute>::new()} />
                <Route path=path!("/career/skills") view={Lazy::<pages::CareerRoute>::new()} />
                <Route path=path!("/career/practice") view={Lazy::<pages::CareerRoute>::new()} />
                <Route path=path!("/career/quiz") view={Lazy::<pages::CareerRoute>::new()} />
                <Route path=path!("/career/kpi") view={Lazy::<pages::CareerRoute>::new()} />
                <Route path=path!("/career/search") view={Lazy::<pages::CareerRoute>::new()} />
                <Route path=path!("/toolkit") view={Lazy::<pages::ToolkitRoute>::new()} />
                <Route path=path!("/settings") view={Lazy::<pages::SettingsRoute>::new()} />
            </Routes>
        </main>
        <Show when=move || chrome>
            <footer class="site-footer">
                <p>{t!(i18n, app.footer)}</p>
            </footer>
        </Show>
    }
}

#[component]
fn NavBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="main-nav" aria-label=move || t_string!(i18n, nav.label)>
            <ul>
                <li><A href=href("/wizard")>{t!(i18n, nav.wizard)}</A></li>
                <li><A href=href("/budget")>{t!(i18n, nav.budget)}</A></li>
                <li><A href=href("/career")>{t!(i18n, nav.career)}</A></li>
                <li><A href=href("/toolkit")>{t!(i18n, nav.toolkit)}</A></li>
                <li><A href=href("/settings")>{t!(i18n, nav.settings)}</A></li>
            </ul>
        </nav>
    }
}
