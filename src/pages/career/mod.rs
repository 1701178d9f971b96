//! The career and role guide: the ladder as an interactive map, a page per
//! role, the workflow and topics, the skill checklist with readiness,
//! interview practice on a spaced-repetition schedule, quizzes, KPI
//! calculators and bilingual search.
//!
//! Every view lives under `/career` (one lazy chunk): the routes in
//! `app.rs` all render [`Career`], which picks the view from the address.
//! The user's progress is one IndexedDB record ([`progress`]).
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
use leptos_router::components::A;
use leptos_router::hooks::{use_location, use_navigate};

use crate::app::{base_path, href};
use crate::i18n::*;
use suitcase_core::model::text::Lang;

pub(crate) use crate::ui::lang::{lang_of, text, use_lang};

pub(crate) use crate::ui::clock::today;

/// A date for people: "2 Mar 2026" / "2/3/2026".
pub(crate) fn format_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%-d %b %Y").to_string(),
        Lang::Vi => format!("{}/{}/{}", d.day(), d.month(), d.year()),
    }
}

/// The address of a role's page.
pub(crate) fn role_href(slug: &str) -> String {
    href(&format!("/career/role/{slug}"))
}

/// Which view of the guide an address shows.
#[derive(Clone, Debug, PartialEq, Eq)]
enum View {
    Overview,
    Role(String),
    Guide,
    Skills,
    Practice,
    Quiz,
    Kpi,
    Search,
    Unknown,
}

impl View {
    /// The view for a path (with or without the base path in front).
    fn from_path(path: &str) -> View {
        let base = base_path();
        let path = path.strip_prefix(base.as_str()).unwrap_or(path);
        let rest = path
            .strip_prefix("/career")
            .unwrap_or(path)
            .trim_end_matches('/');
        match rest {
            "" => View::Overview,
            "/guide" => View::Guide,
            "/skills" => View::Skills,
            "/practice" => View::Practice,
            "/quiz" => View::Quiz,
            "/kpi" => View::Kpi,
            "/search" => View::Search,
            r => match r.strip_prefix("/role/") {
                Some(slug) if !slug.contains('/') => View::Role(slug.to_string()),
                _ => View::Unknown,
            },
        }
    }
}

/// The career guide: every view under `/career`.
#[component]
pub fn Career() -> impl IntoView {
    let location = use_location();
    let view = Memo::new(move |_| View::from_path(&location.pathname.get()));
    progress::provide_progress();
    scroll_to_hash();
    view! {
        <div class="career">
            <CareerNav />
            {move || match view.get() {
                View::Overview => view! { <overview::Overview /> }.into_any(),
                View::Role(slug) => view! { <role::RolePage slug=slug /> }.into_any(),
                View::Guide => view! { <guide::Guide /> }.into_any(),
                View::Skills => view! { <skills::SkillsPage /> }.into_any(),
                View::Practice => view! { <practice::Practice /> }.into_any(),
                View::Quiz => view! { <quiz::Quizzes /> }.into_any(),
                View::Kpi => view! { <kpi::KpiCalculators /> }.into_any(),
                View::Search => view! { <search::SearchPage /> }.into_any(),
                View::Unknown => view! { <crate::pages::not_found::NotFound /> }.into_any(),
            }}
        </div>
    }
}

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
        // After the view (and any stored data) has rendered.
        set_timeout(
            move || {
                let Some(el) = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&id))
                else {
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
    });
}

/// The guide's own navigation and search box, on every view.
#[component]
fn CareerNav() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let query = RwSignal::new(String::new());
    let go = StoredValue::new_local(navigate);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = query.get_untracked();
        let q = q.trim();
        let target = format!("/career/search?q={}", js_sys::encode_uri_component(q));
        go.with_value(|n| n(&target, Default::default()));
    };
    view! {
        <div class="career-top">
            <nav class="career-nav" aria-label=move || t_string!(i18n, career.nav_label)>
                <ul>
                    <li><A href=href("/career") exact=true>{t!(i18n, career.nav_overview)}</A></li>
                    <li><A href=href("/career/guide") exact=true>{t!(i18n, career.nav_guide)}</A></li>
                    <li><A href=href("/career/skills") exact=true>{t!(i18n, career.nav_skills)}</A></li>
                    <li><A href=href("/career/practice") exact=true>{t!(i18n, career.nav_practice)}</A></li>
                    <li><A href=href("/career/quiz") exact=true>{t!(i18n, career.nav_quiz)}</A></li>
                    <li><A href=href("/career/kpi") exact=true>{t!(i18n, career.nav_kpi)}</A></li>
                </ul>
            </nav>
            <form
                class="career-search-box"
                role="search"
                aria-label=move || t_string!(i18n, career.search_label)
                on:submit=on_submit
            >
                <label for="career-search-q" class="visually-hidden">
                    {t!(i18n, career.search_label)}
                </label>
                <input
                    id="career-search-q"
                    type="search"
                    autocomplete="off"
                    placeholder=move || t_string!(i18n, career.search_placeholder)
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
                <button type="submit">{t!(i18n, career.search_button)}</button>
            </form>
        </div>
    }
}
