//! Search across the guide in both languages, insensitive to Vietnamese
//! diacritics; each result links to where the hit is. The query is in the
//! address (`/career/search?q=…`).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::guide::anchor;
use super::{role_href, text, use_lang};
use crate::i18n::*;
use crate::routes::{use_navigator, Route};
use crate::ui::text::tr;
use suitcase_core::model::career::{search, HitKind, SearchHit};
use suitcase_core::model::text::Lang;

/// Most results shown.
const LIMIT: usize = 30;

/// Where a hit is.
fn hit_href(h: &SearchHit) -> String {
    match h.kind {
        HitKind::Role => role_href(h.id),
        HitKind::WorkflowStep => anchor(&format!("step-{}", h.id)),
        HitKind::Tool => anchor(&format!("tool-{}", h.id)),
        HitKind::Topic => anchor(&format!("topic-{}", h.id)),
        HitKind::Kpi => anchor(&format!("kpi-{}", h.id)),
        HitKind::Skill => Route::skill(h.id).href(),
        HitKind::Question => Route::practice(Some(h.id), None).href(),
        HitKind::Term => Route::glossary_term(h.id).href(),
    }
}

fn kind_label(i18n: leptos_i18n::I18nContext<Locale>, k: HitKind) -> String {
    match k {
        HitKind::Role => t_string!(i18n, career.kind_role),
        HitKind::WorkflowStep => t_string!(i18n, career.kind_step),
        HitKind::Tool => t_string!(i18n, career.kind_tool),
        HitKind::Topic => t_string!(i18n, career.kind_topic),
        HitKind::Kpi => t_string!(i18n, career.kind_kpi),
        HitKind::Skill => t_string!(i18n, career.kind_skill),
        HitKind::Question => t_string!(i18n, career.kind_question),
        HitKind::Term => t_string!(i18n, glossary.kind_term),
    }
    .to_string()
}

/// A short excerpt of the matched text.
fn snippet(s: &str) -> String {
    const MAX: usize = 180;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let cut: String = s.chars().take(MAX).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The search page.
#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let query = use_query_map();
    let navigator = use_navigator();
    let q = Memo::new(move |_| query.with(|m| m.get("q")).unwrap_or_default());
    let typed = RwSignal::new(q.get_untracked());
    // Follow the address (the search box in the guide's bar changes it).
    Effect::new(move |_| typed.set(q.get()));
    let hits = Memo::new(move |_| search(&q.get(), lang.get(), LIMIT));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        navigator.go(Route::career_search(typed.get_untracked().trim()));
    };
    let results = move || {
        hits.get()
            .into_iter()
            .map(|h| {
                let link = hit_href(&h);
                let other = (h.lang != lang.get()).then(|| match h.lang {
                    Lang::En => t_string!(i18n, career.matched_en).to_string(),
                    Lang::Vi => t_string!(i18n, career.matched_vi).to_string(),
                });
                let title = text(lang, h.title);
                view! {
                    <li class="hit">
                        <p class="hit-kind help">{kind_label(i18n, h.kind)}</p>
                        <p class="hit-title"><A href=link>{title}</A></p>
                        {(h.matched != h.title.get(h.lang))
                            .then(|| {
                                view! {
                                    <p class="hit-snippet" lang=h.lang.tag()>
                                        {snippet(h.matched)}
                                    </p>
                                }
                            })}
                        {other.map(|o| view! { <p class="help">{o}</p> })}
                    </li>
                }
            })
            .collect_view()
    };
    let summary = move || {
        let query = q.get();
        if query.trim().is_empty() {
            return t_string!(i18n, career.search_empty).to_string();
        }
        let n = hits.with(Vec::len);
        if n == 0 {
            td_string!(i18n.get_locale(), career.search_none, q = query).to_string()
        } else {
            td_string!(i18n.get_locale(), career.search_count, n = n, q = query).to_string()
        }
    };
    view! {
        <Title text=move || t_string!(i18n, career.search_title).to_string() />
        <h1>{tr!(i18n, career.search_title)}</h1>
        <p class="lead">{tr!(i18n, career.search_intro)}</p>
        <form class="search-form" on:submit=on_submit>
            <div class="field">
                <label for="search-page-q">{tr!(i18n, career.search_field)}</label>
                <input
                    id="search-page-q"
                    type="search"
                    autocomplete="off"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))
                />
            </div>
            <button type="submit">{tr!(i18n, career.search_button)}</button>
        </form>
        <p role="status" data-testid="search-summary">{summary}</p>
        <ol class="hits">{results}</ol>
    }
}
