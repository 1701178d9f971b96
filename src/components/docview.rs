//! A document ([`Doc`]) as HTML: the proposal's preview and shared view, and
//! the toolkit's printed reports. The same `Doc` feeds the Markdown and
//! .docx files, so all of them say the same. Text goes in as text, never as
//! markup.
use leptos::prelude::*;

use crate::export::doc::{Block, Doc};

/// Renders `doc`. `top` is the HTML heading level of the document's title
/// (its level-1 heading); sections and subsections follow it, at most h6.
#[component]
pub fn DocView(
    #[prop(into)] doc: Signal<Doc>,
    /// The HTML level of the document title (1 when the document is the page).
    #[prop(default = 1)]
    top: u8,
) -> impl IntoView {
    move || {
        doc.with(|d| {
            d.blocks
                .iter()
                .map(|b| block(b.clone(), top))
                .collect_view()
        })
    }
}

fn block(b: Block, top: u8) -> AnyView {
    match b {
        Block::Heading { level, text } => heading(top.saturating_add(level - 1).min(6), text),
        Block::Para(text) => view! { <p class="doc-p pre-line">{text}</p> }.into_any(),
        Block::Field { label, value } => view! {
            <p class="doc-field">
                <strong>{label}": "</strong>
                <span class="pre-line">{value}</span>
            </p>
        }
        .into_any(),
        Block::Bullets(items) => {
            view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
                .into_any()
        }
        Block::Numbered(items) => {
            view! { <ol>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ol> }
                .into_any()
        }
        Block::Table {
            header,
            rows,
            numeric,
        } => {
            let num = move |i: usize| numeric.get(i).copied().unwrap_or(false).then_some("num");
            let head = header
                .into_iter()
                .enumerate()
                .map(|(i, h)| view! { <th scope="col" class=num(i)>{h}</th> })
                .collect_view();
            let body = rows
                .into_iter()
                .map(|r| {
                    view! {
                        <tr>
                            {r.into_iter().enumerate().map(|(i, c)| view! { <td class=num(i)>{c}</td> }).collect_view()}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="table-scroll">
                    <table class="data doc-table">
                        <thead>
                            <tr>{head}</tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
        Block::PageBreak => view! { <div class="page-break"></div> }.into_any(),
    }
}

fn heading(level: u8, text: String) -> AnyView {
    match level {
        1 => view! { <h1>{text}</h1> }.into_any(),
        2 => view! { <h2>{text}</h2> }.into_any(),
        3 => view! { <h3>{text}</h3> }.into_any(),
        4 => view! { <h4>{text}</h4> }.into_any(),
        5 => view! { <h5>{text}</h5> }.into_any(),
        _ => view! { <h6>{text}</h6> }.into_any(),
    }
}
