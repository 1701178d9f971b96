//! Worked examples of the three documents (`/career/examples`): pick a
//! document and a version (good or flawed), read it as the client or the
//! team would, with numbered notes beside each part, and open it in the
//! toolkit as an editable copy for the demo client. The choice is kept in
//! the address (`?tool=wip&version=flawed`).
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::I18nContext;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{format_date, use_lang};
use crate::i18n::*;
use crate::routes::{use_navigator, Link, Route};
use crate::storage::{use_storage, AppStorage, StorageError};
use crate::ui::docview::DocView;
use crate::ui::messages::storage_error;
use crate::ui::text::tr;
use suitcase_core::docs::{Block, Doc};
use suitcase_core::model::career::examples::{
    contact, review, wip, Kind, Note, Quality, CLIENT_INDUSTRY, CLIENT_NAME,
};
use suitcase_core::model::client::Client;
use suitcase_core::model::text::{fold, Lang};

/// One part of a document: the blocks from one heading (level 2 or 3) up to
/// the next, the first part being the title and the fields under it.
struct Part {
    heading: Option<String>,
    blocks: Vec<Block>,
}

fn parts(doc: &Doc) -> Vec<Part> {
    let mut out = vec![Part {
        heading: None,
        blocks: Vec::new(),
    }];
    for b in &doc.blocks {
        if let Block::Heading { level, text } = b {
            if *level >= 2 {
                out.push(Part {
                    heading: Some(text.clone()),
                    blocks: Vec::new(),
                });
            }
        }
        if let Some(last) = out.last_mut() {
            last.blocks.push(b.clone());
        }
    }
    out
}

/// The part each note sits beside: the first whose heading starts with the
/// note's section (the document's top for notes about the whole).
fn place_notes(parts: &[Part], notes: &[Note<()>], lang: Lang) -> Vec<usize> {
    notes
        .iter()
        .map(|n| {
            n.section
                .and_then(|s| {
                    parts.iter().position(|p| {
                        p.heading
                            .as_deref()
                            .is_some_and(|h| h.starts_with(s.get(lang)))
                    })
                })
                .unwrap_or(0)
        })
        .collect()
}

fn tool_label(i18n: I18nContext<Locale>, k: Kind) -> String {
    match k {
        Kind::Contact => t_string!(i18n, examples.tool_contact),
        Kind::Wip => t_string!(i18n, examples.tool_wip),
        Kind::Review => t_string!(i18n, examples.tool_review),
    }
    .to_string()
}

/// Why a copy could not be made.
enum CopyError {
    Client,
    Storage(StorageError),
}

/// The id of the demo client among the user's clients (by its name in
/// either language, case and diacritics aside), added when missing.
async fn demo_client(storage: AppStorage, lang: Lang) -> Result<String, CopyError> {
    let repo = storage.repo::<Client>().await.map_err(CopyError::Storage)?;
    let all = repo.list().await.map_err(CopyError::Storage)?;
    let names = [fold(CLIENT_NAME.en), fold(CLIENT_NAME.vi)];
    if let Some(c) = all
        .iter()
        .filter(|c| names.contains(&fold(c.data.name.trim())))
        .min_by_key(|c| c.data.archived)
    {
        return Ok(c.id.clone());
    }
    let client = Client {
        name: CLIENT_NAME.get(lang).into(),
        industry: CLIENT_INDUSTRY.get(lang).into(),
        ..Default::default()
    };
    client.validate().map_err(|_| CopyError::Client)?;
    storage
        .create(client)
        .await
        .map(|r| r.id)
        .map_err(CopyError::Storage)
}

/// Saves the example as new toolkit records for the demo client (each save
/// resolves once IndexedDB has committed it) and returns where to open them.
async fn save_copy(
    storage: AppStorage,
    kind: Kind,
    quality: Quality,
    lang: Lang,
) -> Result<Link, CopyError> {
    let client = demo_client(storage, lang).await?;
    let id = match kind {
        Kind::Contact => {
            let mut r = contact(lang, quality);
            r.client_id = client.clone();
            Some(storage.create(r).await.map_err(CopyError::Storage)?.id)
        }
        Kind::Review => {
            let mut r = review(lang, quality);
            r.client_id = client.clone();
            Some(storage.create(r).await.map_err(CopyError::Storage)?.id)
        }
        Kind::Wip => {
            for mut job in wip(lang, quality) {
                job.client_id = client.clone();
                storage.create(job).await.map_err(CopyError::Storage)?;
            }
            None
        }
    };
    Ok(Route::toolkit(
        kind.slug(),
        Some(&client),
        id.as_deref(),
        &[],
    ))
}

/// The worked examples page.
#[component]
pub fn Examples() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let storage = use_storage();
    let navigator = use_navigator();
    let q = use_query_map();
    let kind = Memo::new(move |_| {
        q.with(|q| q.get("tool"))
            .and_then(|s| Kind::from_slug(&s))
            .unwrap_or(Kind::Contact)
    });
    let quality = Memo::new(move |_| {
        q.with(|q| q.get("version"))
            .and_then(|s| Quality::from_slug(&s))
            .unwrap_or(Quality::Good)
    });
    let choose = move |k: Kind, v: Quality| {
        navigator.replace(Route::examples(Some(k.slug()), Some(v.slug())));
    };
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    // A message belongs to the example it was about.
    Effect::new(move |_| {
        let _ = (kind.get(), quality.get());
        error.set(None);
    });
    let copy = move |_| {
        if busy.get_untracked() {
            return;
        }
        let (k, v, l) = (
            kind.get_untracked(),
            quality.get_untracked(),
            lang.get_untracked(),
        );
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match save_copy(storage, k, v, l).await {
                Ok(link) => navigator.go(link),
                Err(e) => {
                    let reason = match e {
                        CopyError::Client => t_string!(i18n, examples.client_failed).to_string(),
                        CopyError::Storage(e) => storage_error(i18n, &e),
                    };
                    error.try_set(Some(
                        td_string!(
                            i18n.get_locale_untracked(),
                            examples.copy_failed,
                            reason = reason
                        )
                        .to_string(),
                    ));
                    busy.try_set(false);
                }
            }
        });
    };

    let tool_buttons = Kind::ALL
        .into_iter()
        .map(|k| {
            view! {
                <button
                    type="button"
                    class="chip"
                    aria-pressed=move || (kind.get() == k).to_string()
                    on:click=move |_| choose(k, quality.get_untracked())
                >
                    {move || tool_label(i18n, k)}
                </button>
            }
        })
        .collect_view();
    let version_buttons = [Quality::Good, Quality::Flawed]
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    class=move || match v {
                        Quality::Good => "chip ex-good",
                        Quality::Flawed => "chip ex-flawed",
                    }
                    aria-pressed=move || (quality.get() == v).to_string()
                    on:click=move |_| choose(kind.get_untracked(), v)
                >
                    {move || match v {
                        Quality::Good => t_string!(i18n, examples.good),
                        Quality::Flawed => t_string!(i18n, examples.flawed),
                    }}
                </button>
            }
        })
        .collect_view();

    let summary = move || {
        let notes = kind.get().notes(quality.get());
        let n = notes.len();
        let locale = i18n.get_locale();
        match quality.get() {
            Quality::Good => td_string!(locale, examples.summary_good, n = n).to_string(),
            Quality::Flawed => {
                let flagged = notes.iter().filter(|x| x.is_flagged()).count();
                td_string!(
                    locale,
                    examples.summary_flawed,
                    n = n,
                    flagged = flagged,
                    unflagged = n - flagged
                )
                .to_string()
            }
        }
    };

    let document = move || {
        let (k, v, l) = (kind.get(), quality.get(), lang.get());
        let doc = k.doc(l, v);
        let notes = k.notes(v);
        let parts = parts(&doc);
        let at = place_notes(&parts, &notes, l);
        let mut number = 0;
        let lang_tag = doc.lang.clone();
        parts
            .into_iter()
            .enumerate()
            .map(|(i, part)| {
                let mine: Vec<(usize, Note<()>)> = notes
                    .iter()
                    .zip(&at)
                    .filter(|(_, p)| **p == i)
                    .map(|(n, _)| {
                        number += 1;
                        (number, n.clone())
                    })
                    .collect();
                let sub = Doc {
                    title: doc.title.clone(),
                    blocks: part.blocks,
                    footer: String::new(),
                    lang: lang_tag.clone(),
                };
                let annotated = !mine.is_empty();
                let aside = annotated.then(|| {
                    let items = mine
                        .into_iter()
                        .map(|(n, note)| note_view(i18n, l, v, n, note))
                        .collect_view();
                    view! {
                        <ol class="ex-notes" aria-label=tr!(i18n, examples.notes_label)>
                            {items}
                        </ol>
                    }
                });
                view! {
                    <div class="ex-part" class:ex-annotated=annotated>
                        <div class="ex-doc">
                            <DocView doc=Signal::stored(sub) top=2 />
                        </div>
                        {aside}
                    </div>
                }
            })
            .collect_view()
    };

    view! {
        <Title text=move || t_string!(i18n, examples.title).to_string() />
        <h1>{tr!(i18n, examples.title)}</h1>
        <p class="lead">{tr!(i18n, examples.intro)}</p>
        <div class="ex-controls">
            <div class="chips" role="group" aria-label=tr!(i18n, examples.tool_label)>
                {tool_buttons}
            </div>
            <div class="chips" role="group" aria-label=tr!(i18n, examples.version_label)>
                {version_buttons}
            </div>
        </div>
        <p class="ex-summary" data-testid="ex-summary">{summary}</p>
        <p class="help">
            {move || {
                let date = format_date(kind.get().read_on(), lang.get());
                td_string!(i18n.get_locale(), examples.read_on, date = date).to_string()
            }}
        </p>
        <div class="actions">
            <button type="button" on:click=copy disabled=move || busy.get()>
                {tr!(i18n, examples.copy_button)}
            </button>
        </div>
        <p class="help">
            {move || match kind.get() {
                Kind::Wip => t_string!(i18n, examples.copy_help_wip),
                _ => t_string!(i18n, examples.copy_help),
            }}
        </p>
        <p class="msg" role="status">
            {move || busy.get().then(|| t_string!(i18n, examples.copying))}
        </p>
        {move || error.get().map(|e| view! { <p class="msg msg-error" role="alert">{e}</p> })}
        <article
            class="doc-view ex-view"
            class:ex-view-flawed=move || quality.get() == Quality::Flawed
            aria-label=tr!(i18n, examples.doc_label)
            data-testid="example-doc"
        >
            {document}
        </article>
    }
}

/// One numbered note: where, what, why, and for a flaw how to fix it and
/// whether the toolkit's check sees it.
fn note_view(
    i18n: I18nContext<Locale>,
    lang: Lang,
    quality: Quality,
    number: usize,
    note: Note<()>,
) -> impl IntoView {
    let flagged = note.is_flagged();
    let fix = note.fix.map(|f| {
        view! {
            <p><strong>{tr!(i18n, examples.fix)}</strong>" "{f.get(lang)}</p>
        }
    });
    let flag = (quality == Quality::Flawed).then(|| {
        view! {
            <p class="ex-flag" class:ex-flag-on=flagged>
                {move || if flagged {
                    t_string!(i18n, examples.flagged)
                } else {
                    t_string!(i18n, examples.not_flagged)
                }}
            </p>
        }
    });
    view! {
        <li class="ex-note" value=number.to_string()>
            <span class="ex-num">{number}</span>
            <div class="ex-note-body">
                <p class="ex-place"><strong>{note.place.get(lang)}</strong></p>
                <p>{note.point.get(lang)}</p>
                <p><strong>{tr!(i18n, examples.why)}</strong>" "{note.why.get(lang)}</p>
                {fix}
                {flag}
            </div>
        </li>
    }
}
