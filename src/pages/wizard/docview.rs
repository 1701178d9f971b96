//! A document ([`Doc`]) shown as HTML: the proposal's preview, its print
//! view (A4, see style/print.css) and the read-only shared view. The same
//! `Doc` feeds the Markdown and .docx files, so all of them say the same.
use leptos::prelude::*;

use super::lang_of;
use super::workspace::use_wiz;
use crate::export::doc::{Block, Doc};
use crate::export::proposal_doc::proposal_doc;
use crate::i18n::*;

/// Renders `doc`. Text is inserted as text, never as markup.
#[component]
pub fn DocView(#[prop(into)] doc: Signal<Doc>) -> impl IntoView {
    move || {
        doc.with(|d| {
            d.blocks
                .iter()
                .map(|b| match b.clone() {
                    Block::Heading { level: 1, text } => view! { <h2 class="doc-h1">{text}</h2> }.into_any(),
                    Block::Heading { level: 2, text } => view! { <h3 class="doc-h2">{text}</h3> }.into_any(),
                    Block::Heading { text, .. } => view! { <h4 class="doc-h3">{text}</h4> }.into_any(),
                    Block::Para(t) => view! { <p class="doc-p">{t}</p> }.into_any(),
                    Block::Field { label, value } => {
                        view! { <p class="doc-field"><strong>{label} ": "</strong>{value}</p> }.into_any()
                    }
                    Block::Bullets(items) => {
                        view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
                    }
                    Block::Numbered(items) => {
                        view! { <ol>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ol> }.into_any()
                    }
                    Block::Table { header, rows, numeric } => {
                        let num = move |i: usize| numeric.get(i).copied().unwrap_or(false);
                        view! {
                            <div class="table-scroll">
                                <table class="doc-table">
                                    <thead>
                                        <tr>
                                            {header.into_iter().enumerate().map(|(i, h)| view! { <th scope="col" class:num=num(i)>{h}</th> }).collect_view()}
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {rows.into_iter().map(|r| view! {
                                            <tr>{r.into_iter().enumerate().map(|(i, c)| view! { <td class:num=num(i)>{c}</td> }).collect_view()}</tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }
                        .into_any()
                    }
                    Block::PageBreak => view! { <hr class="page-break" /> }.into_any(),
                })
                .collect_view()
        })
    }
}

/// The open proposal as the client will read it (and as it prints).
#[component]
pub fn Preview() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    // Rebuilt a moment after typing stops, not on every key.
    let doc = RwSignal::new(
        ctx.draft
            .with_untracked(|r| proposal_doc(r, lang_of(i18n.get_locale_untracked()))),
    );
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |first: Option<()>| {
        let lang = lang_of(i18n.get_locale());
        ctx.draft.track();
        if first.is_none() {
            return;
        }
        if let Some(Some(h)) = timer.try_get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Some(d) = ctx.draft.try_with_untracked(|r| proposal_doc(r, lang)) {
                    doc.try_set(d);
                }
            },
            std::time::Duration::from_millis(250),
        )
        .ok();
        timer.try_set_value(handle);
    });
    view! {
        <section class="doc-preview" aria-labelledby="preview-title">
            <h2 id="preview-title" class="no-print">{t!(i18n, wizard.preview)}</h2>
            <article class="doc-view" data-testid="proposal-doc">
                <DocView doc=doc />
            </article>
        </section>
    }
}
