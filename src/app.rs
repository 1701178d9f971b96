//! The shell: providers, router, layout and navigation.
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{ParentRoute, Route, Router, Routes, A};
use leptos_router::Lazy;
use leptos_router::{ParamSegment, StaticSegment};

use crate::i18n::*;
use crate::pages;
use crate::routes::{base_path, seg, CareerPage, Route as To};
use crate::storage::AppStorage;
use crate::ui::later::Later;
use crate::ui::prefs::{LanguageSelect, RestoreLanguage, ThemeSelect};
use crate::ui::storage_notice::StorageNotice;
use crate::ui::text::tr;

/// True when the address is the client's page of a proposal link (`/p`, or
/// `/shared` of older links): a page of its own, without Suitcase's
/// navigation, that stores nothing in the client's browser.
fn is_client_page() -> bool {
    matches!(To::current(), To::Client | To::Shared)
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
            // The router and the layout in a task after the one that mounts
            // the providers (see Later): on a slow phone, the first render of
            // the shell is several tasks short enough not to hold up a tap.
            <Later>
                <Router base=base_path()>
                    <Shell client=client />
                </Router>
            </Later>
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
        // Every page's title reads "<page> · Suitcase", as the prerendered
        // HTML has it (tools/prerender.mjs); the home page is the app's name.
        <Title text=move || t_string!(i18n, app.name).to_string() formatter=page_title />
        <Show when=move || chrome>
        <a class="skip-link" href="#main" on:click=crate::ui::jump::on_jump("main")>{tr!(i18n, app.skip)}</a>
        <Later>
            <header class="site-header">
                <div class="header-inner">
                    <A href=To::Home.href() attr:class="brand">
                        <img src="icons/icon.svg" alt="" width="28" height="28" />
                        <span>{tr!(i18n, app.name)}</span>
                    </A>
                    <NavBar />
                    <div class="prefs">
                        <LanguageSelect />
                        <ThemeSelect />
                    </div>
                </div>
            </header>
        </Later>
        <StorageNotice />
        </Show>
        <main id="main" tabindex="-1" class:client-main=client>
            <Later>
                <Routes fallback=pages::not_found::NotFound>
                    <Route path=() view=pages::home::Home />
                    <Route path=(StaticSegment(seg::WIZARD),) view={Lazy::<pages::WizardRoute>::new()} />
                    <Route path=(StaticSegment(seg::REPLY),) view={Lazy::<pages::ReplyRoute>::new()} />
                    <Route path=(StaticSegment(seg::CLIENT),) view={Lazy::<pages::ClientRoute>::new()} />
                    <Route path=(StaticSegment(seg::SHARED),) view={Lazy::<pages::ClientRoute>::new()} />
                    <Route path=(StaticSegment(seg::BUDGET),) view={Lazy::<pages::BudgetRoute>::new()} />
                    // One lazy parent renders every career view (see pages::career):
                    // the children only name the addresses it answers, so no
                    // career code is referenced from here (the main module).
                    <ParentRoute path=(StaticSegment(seg::CAREER),) view={Lazy::<pages::CareerRoute>::new()}>
                        <Route path=() view=|| () />
                        <Route path=(StaticSegment(seg::ROLE), ParamSegment(seg::ROLE_SLUG)) view=|| () />
                        <Route path=(StaticSegment(seg::GUIDE),) view=|| () />
                        <Route path=(StaticSegment(seg::SKILLS),) view=|| () />
                        <Route path=(StaticSegment(seg::PRACTICE),) view=|| () />
                        <Route path=(StaticSegment(seg::QUIZ),) view=|| () />
                        <Route path=(StaticSegment(seg::KPI),) view=|| () />
                        <Route path=(StaticSegment(seg::SEARCH),) view=|| () />
                        <Route path=(StaticSegment(seg::GLOSSARY),) view=|| () />
                        <Route path=(StaticSegment(seg::EXAMPLES),) view=|| () />
                    </ParentRoute>
                    <Route path=(StaticSegment(seg::TOOLKIT),) view={Lazy::<pages::ToolkitRoute>::new()} />
                    <Route path=(StaticSegment(seg::SETTINGS),) view={Lazy::<pages::SettingsRoute>::new()} />
                </Routes>
            </Later>
        </main>
        <Later>
            <Show when=move || chrome>
                <footer class="site-footer">
                    <p>{tr!(i18n, app.footer)}</p>
                </footer>
            </Show>
        </Later>
    }
}

#[component]
fn NavBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="main-nav" aria-label=tr!(i18n, nav.label)>
            <ul>
                <li><A href=To::Wizard.href()>{tr!(i18n, nav.wizard)}</A></li>
                <li><A href=To::Budget.href()>{tr!(i18n, nav.budget)}</A></li>
                <li><A href=To::Career(CareerPage::Overview).href()>{tr!(i18n, nav.career)}</A></li>
                <li><A href=To::Toolkit.href()>{tr!(i18n, nav.toolkit)}</A></li>
                <li><A href=To::Settings.href()>{tr!(i18n, nav.settings)}</A></li>
            </ul>
        </nav>
    }
}

/// A page's `<title>`: its own title followed by the app's name, unless it
/// already names the app (the home page).
fn page_title(text: String) -> String {
    const APP: &str = "Suitcase";
    if text.contains(APP) {
        text
    } else {
        format!("{text} · {APP}")
    }
}
