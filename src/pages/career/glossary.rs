//! The glossary: the words agency people use, alphabetical in the reader's
//! language with the other language beside each term, a filter that
//! ignores case and Vietnamese diacritics, and links between related terms.
//! Also [`linked_run`], which links a term's first occurrence in a section
//! of the guide to its entry here (the matching is core's `glossary::link_plan`).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::{text, use_lang};
use crate::i18n::*;
use crate::routes::Route;
use crate::ui::text::tr;
use suitcase_core::model::career::{
    fold,
    glossary::{link_plan, matches_filter, sorted, term, TermMatch, GLOSSARY},
    Term,
};
use suitcase_core::model::text::{Lang, Text};

/// The address of a term's entry.
fn term_href(id: &str) -> String {
    Route::glossary_term(id).href()
}

/// A paragraph with its matched terms as links to the glossary.
fn with_links(s: &'static str, matches: &[TermMatch]) -> AnyView {
    let mut pieces: Vec<AnyView> = Vec::with_capacity(matches.len() * 2 + 1);
    let mut at = 0;
    for m in matches {
        if m.start > at {
            pieces.push(s[at..m.start].into_any());
        }
        let word: &'static str = &s[m.start..m.end];
        let href = term_href(m.id);
        pieces.push(view! { <A href=href attr:class="term-link">{word}</A> }.into_any());
        at = m.end;
    }
    if at < s.len() {
        pieces.push(s[at..].into_any());
    }
    pieces.into_any()
}

/// A run of paragraphs (one section of a page) in the reader's language,
/// each term linked only where it first occurs in the run. One view per
/// paragraph, in order; each follows a change of language.
pub fn linked_run(lang: Signal<Lang>, texts: Vec<Text>) -> Vec<AnyView> {
    (0..texts.len())
        .map(|i| {
            let texts = texts.clone();
            (move || {
                let l = lang.get();
                let strs: Vec<&'static str> = texts.iter().map(|t| t.get(l)).collect();
                let plan = link_plan(&strs, l);
                with_links(strs[i], &plan[i])
            })
            .into_any()
        })
        .collect()
}

/// The initial used to group a term: its first letter or digit, folded
/// and in capitals ("Đ" groups under "D").
fn initial(s: &str) -> String {
    fold(s)
        .chars()
        .find(|c| c.is_alphanumeric())
        .map(|c| c.to_uppercase().to_string())
        .unwrap_or_else(|| "#".into())
}

/// The glossary page.
#[component]
pub fn Glossary() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let filter = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        let l = lang.get();
        filter.with(|f| {
            sorted(l)
                .into_iter()
                .filter(|t| matches_filter(t, f, l))
                .collect::<Vec<&'static Term>>()
        })
    });
    let groups = move || {
        let l = lang.get();
        let mut groups: Vec<(String, Vec<&'static Term>)> = Vec::new();
        for t in shown.get() {
            let letter = initial(t.term.get(l));
            match groups.last_mut() {
                Some((g, terms)) if *g == letter => terms.push(t),
                _ => groups.push((letter, vec![t])),
            }
        }
        groups
            .into_iter()
            .map(|(letter, terms)| {
                let heading = format!("letter-{}", letter.to_lowercase());
                let labelled_by = heading.clone();
                let entries = terms
                    .into_iter()
                    .map(|t| view! { <Entry t=t filter=filter /> })
                    .collect_view();
                view! {
                    <section class="glossary-letter" aria-labelledby=labelled_by>
                        <h2 id=heading>{letter}</h2>
                        <dl class="glossary">{entries}</dl>
                    </section>
                }
            })
            .collect_view()
    };
    let status = move || {
        let n = shown.with(Vec::len);
        let q = filter.get();
        if n == 0 {
            td_string!(i18n.get_locale(), glossary.none, q = q.trim()).to_string()
        } else {
            td_string!(
                i18n.get_locale(),
                glossary.count,
                n = n,
                total = GLOSSARY.len()
            )
            .to_string()
        }
    };
    view! {
        <Title text=move || t_string!(i18n, glossary.title).to_string() />
        <h1>{tr!(i18n, glossary.title)}</h1>
        <p class="lead">{tr!(i18n, glossary.intro)}</p>
        <form class="glossary-filter" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="glossary-filter">{tr!(i18n, glossary.filter_label)}</label>
                <input
                    id="glossary-filter"
                    type="search"
                    autocomplete="off"
                    aria-describedby="glossary-filter-help glossary-count"
                    prop:value=move || filter.get()
                    on:input=move |ev| filter.set(event_target_value(&ev))
                />
                <p class="help" id="glossary-filter-help">{tr!(i18n, glossary.filter_help)}</p>
            </div>
        </form>
        <p id="glossary-count" role="status" data-testid="glossary-count">{status}</p>
        <Show when=move || shown.with(Vec::is_empty)>
            <p>
                <button type="button" class="secondary" on:click=move |_| filter.set(String::new())>
                    {tr!(i18n, glossary.clear)}
                </button>
            </p>
        </Show>
        {groups}
    }
}

/// One term: both languages' names, the definition in the reader's
/// language, an example where there is one, and the related terms.
#[component]
fn Entry(t: &'static Term, filter: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    // The reader's language first, the other beside it when it differs.
    let names = move || {
        let l = lang.get();
        let other = match l {
            Lang::En => Lang::Vi,
            Lang::Vi => Lang::En,
        };
        let first = t.term.get(l);
        let second = t.term.get(other);
        view! {
            <span lang=l.tag()>{first}</span>
            {(second != first)
                .then(|| {
                    view! {
                        <span class="term-other">
                            " · "
                            <span lang=other.tag()>{second}</span>
                        </span>
                    }
                })}
        }
    };
    let example = t.example.map(|e| {
        view! {
            <p class="term-example">
                <strong>{tr!(i18n, glossary.example)}</strong>
                " "
                {text(lang, e)}
            </p>
        }
    });
    let related = (!t.related.is_empty()).then(|| {
        let links = t
            .related
            .iter()
            .filter_map(|id| term(id))
            .map(|r| {
                view! {
                    <li>
                        // The related entry may be filtered out: show all.
                        <A
                            href=term_href(r.id)
                            on:click=move |_| filter.set(String::new())
                        >
                            {text(lang, r.term)}
                        </A>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="help">{tr!(i18n, glossary.related)}</p>
            <ul class="inline-list">{links}</ul>
        }
    });
    view! {
        <div class="term" id=format!("term-{}", t.id) data-testid=format!("term-{}", t.id)>
            <dt>{names}</dt>
            <dd>
                <p>{text(lang, t.definition)}</p>
                {example}
                {related}
            </dd>
        </div>
    }
}
