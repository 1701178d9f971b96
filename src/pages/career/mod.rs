//! The career and role guide: the ladder as an interactive map, a page per
//! role, the workflow and topics, the skill checklist with readiness,
//! interview practice on a spaced-repetition schedule, quizzes, KPI
//! calculators, bilingual search and a glossary of agency terms.
//!
//! Every view lives under `/career` (one lazy route, and a module of its
//! own for each view, [`lazy_view`], so the overview and a role page, where
//! students land from a search, each carry only their own code): in
//! `app.rs` the lazy `/career` parent route renders [`Career`], and its child routes
//! (which render nothing themselves) only name the addresses it answers, so
//! the route table references no career code and the chunk stays out of the
//! main module. [`Career`] stays mounted while the user moves between its
//! views and shows the one its typed route ([`CareerPage`]) names.
//! The user's progress is one IndexedDB record ([`progress`]).
mod examples;
mod glossary;
mod guide;
mod kpi;
mod map;
mod overview;
mod practice;
mod progress;
mod quiz;
mod role;
mod search;
mod skills;

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use leptos_router::components::{Outlet, A};
use leptos_router::hooks::use_location;

use crate::i18n::*;
use crate::routes::{use_navigator, CareerPage, RoleSlug, Route};
use crate::ui::later::{Fetched, Later};
use crate::ui::text::tr;
use suitcase_core::model::reports::dates::day_month_name_year;
use suitcase_core::model::text::Lang;

pub(crate) use crate::ui::lang::{lang_of, text, use_lang};

pub(crate) use crate::ui::clock::today;

/// A date for people: "2 Mar 2026" / "2/3/2026".
pub(crate) fn format_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => day_month_name_year(d),
        Lang::Vi => format!("{}/{}/{}", d.day(), d.month(), d.year()),
    }
}

/// The address of a role's page.
pub(crate) fn role_href(slug: &str) -> String {
    Route::role(slug).href()
}

/// The address of a career view.
pub(crate) fn page_href(page: CareerPage) -> String {
    Route::Career(page).href()
}

/// The career guide: every view under `/career`.
#[component]
pub fn Career() -> impl IntoView {
    let location = use_location();
    // The view the router's address names. On leaving the guide the address
    // is briefly another page's: keep the last view until this unmounts.
    let page = Memo::new(move |prev: Option<&Option<CareerPage>>| {
        match Route::parse(&location.pathname.get()) {
            Route::Career(page) => Some(page),
            _ => prev.cloned().flatten(),
        }
    });
    progress::provide_progress();
    scroll_to_hash();
    view! {
        <div class="career">
            <Later>
                <CareerNav />
            </Later>
            {move || match page.get() {
                Some(CareerPage::Overview) => view! { <Fetched load=page_career_overview() /> }.into_any(),
                Some(CareerPage::Role(slug)) => view! { <Fetched load=page_career_role(slug) /> }.into_any(),
                Some(CareerPage::Guide) => view! { <Fetched load=page_career_guide() /> }.into_any(),
                Some(CareerPage::Skills) => view! { <Fetched load=page_career_skills() /> }.into_any(),
                Some(CareerPage::Practice) => view! { <Fetched load=page_career_practice() /> }.into_any(),
                Some(CareerPage::Quiz) => view! { <Fetched load=page_career_quiz() /> }.into_any(),
                Some(CareerPage::Kpi) => view! { <Fetched load=page_career_kpi() /> }.into_any(),
                Some(CareerPage::Search) => view! { <Fetched load=page_career_search() /> }.into_any(),
                Some(CareerPage::Glossary) => view! { <Fetched load=page_career_glossary() /> }.into_any(),
                Some(CareerPage::Examples) => view! { <Fetched load=page_career_examples() /> }.into_any(),
                None => view! { <crate::pages::not_found::NotFound /> }.into_any(),
            }}
            // The matched child route (it renders nothing): the router only
            // completes a move between career views (and updates the address)
            // once the outlet of the new child has rendered.
            <Outlet />
        </div>
    }
}

// The guide's views, each with the content only it shows: the overview and
// a role page (the landings) carry neither each other's code nor the model
// answers, quizzes, worked examples or glossary of the views beyond them.
lazy_view!(page_career_overview => overview::Overview);
lazy_view!(page_career_role(slug: RoleSlug) => role::RolePage);
lazy_view!(page_career_skills => skills::SkillsPage);
lazy_view!(page_career_guide => guide::Guide);
lazy_view!(page_career_practice => practice::Practice);
lazy_view!(page_career_quiz => quiz::Quizzes);
lazy_view!(page_career_kpi => kpi::KpiCalculators);
lazy_view!(page_career_search => search::SearchPage);
lazy_view!(page_career_glossary => glossary::Glossary);
lazy_view!(page_career_examples => examples::Examples);

/// After a view renders, brings the element named by the address's `#hash`
/// into view and moves focus to it (search results link to sections).
fn scroll_to_hash() {
    let location = use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        let _ = location.pathname.get();
        let id = hash.trim_start_matches('#').to_string();
        if id.is_empty() {
            return;
        }
        // After the view (and any stored data) has rendered: a view opened
        // for the first time waits for its code, so look again for a while.
        look_for(id, 0);
    });
}

/// Brings the element `id` into view and focuses it, once it is there
/// (looked for every 50 ms, for up to 5 s).
fn look_for(id: String, tries: u32) {
    set_timeout(
        move || {
            let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
            else {
                if tries < 100 {
                    look_for(id, tries + 1);
                }
                return;
            };
            el.scroll_into_view();
            if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                if !h.has_attribute("tabindex") {
                    let _ = h.set_attribute("tabindex", "-1");
                }
                let _ = h.focus();
            }
        },
        std::time::Duration::from_millis(50),
    );
}

/// The guide's own navigation and search box, on every view.
#[component]
fn CareerNav() -> impl IntoView {
    let i18n = use_i18n();
    let navigator = use_navigator();
    let query = RwSignal::new(String::new());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = query.get_untracked();
        // The box empties once the search page shows the query (as when
        // every career view mounted its own bar).
        query.set(String::new());
        navigator.go(Route::career_search(q.trim()));
    };
    view! {
        <div class="career-top">
            <nav class="career-nav" aria-label=tr!(i18n, career.nav_label)>
                <ul>
                    <li><A href=page_href(CareerPage::Overview) exact=true>{tr!(i18n, career.nav_overview)}</A></li>
                    <li><A href=page_href(CareerPage::Guide) exact=true>{tr!(i18n, career.nav_guide)}</A></li>
                    <li><A href=page_href(CareerPage::Examples) exact=true>{tr!(i18n, examples.nav)}</A></li>
                    <li><A href=page_href(CareerPage::Skills) exact=true>{tr!(i18n, career.nav_skills)}</A></li>
                    <li><A href=page_href(CareerPage::Practice) exact=true>{tr!(i18n, career.nav_practice)}</A></li>
                    <li><A href=page_href(CareerPage::Quiz) exact=true>{tr!(i18n, career.nav_quiz)}</A></li>
                    <li><A href=page_href(CareerPage::Kpi) exact=true>{tr!(i18n, career.nav_kpi)}</A></li>
                    <li><A href=page_href(CareerPage::Glossary) exact=true>{tr!(i18n, glossary.nav)}</A></li>
                </ul>
            </nav>
            <form
                class="career-search-box"
                role="search"
                aria-label=tr!(i18n, career.search_label)
                on:submit=on_submit
            >
                <label for="career-search-q" class="visually-hidden">
                    {tr!(i18n, career.search_label)}
                </label>
                <input
                    id="career-search-q"
                    type="search"
                    autocomplete="off"
                    placeholder=tr!(i18n, career.search_placeholder)
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <button type="submit">{tr!(i18n, career.search_button)}</button>
            </form>
        </div>
    }
}
