//! A report's document as HTML: only shown on paper (A4, see
//! style/print.css), from the same `Doc` the .docx and Markdown files use.
use leptos::prelude::*;

use crate::export::doc::{Block, Doc};

/// The printed document of the open record (hidden on screen).
#[component]
pub fn PrintView(doc: RwSignal<Option<Doc>>) -> impl IntoView {
    view! {
        <div class="print-doc" data-testid="print-doc">
            {move || doc.get().map(|d| view! { <DocView doc=d /> })}
        </div>
    }
}

/// Renders a document's blocks.
#[component]
pub fn DocView(doc: Doc) -> impl IntoView {
    doc.blocks
        .into_iter()
        .map(|b| match b {
            Block::Heading { level: 1, text } => view! { <h1>{text}</h1> }.into_any(),
            Block::Heading { level: 2, text } => view! { <h2>{text}</h2> }.into_any(),
            Block::Heading { text, .. } => view! { <h3>{text}</h3> }.into_any(),
            Block::Para(text) => view! { <p class="pre-line">{text}</p> }.into_any(),
            Block::Field { label, value } => view! {
                <p class="doc-field">
                    <strong>{label}": "</strong>
                    <span class="pre-line">{value}</span>
                </p>
            }
            .into_any(),
            Block::Bullets(items) => view! {
                <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Block::Numbered(items) => view! {
                <ol>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ol>
            }
            .into_any(),
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
                                {r
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, c)| view! { <td class=num(i)>{c}</td> })
                                    .collect_view()}
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <table class="data">
                        <thead>
                            <tr>{head}</tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                }
                .into_any()
            }
            Block::PageBreak => view! { <div class="page-break"></div> }.into_any(),
        })
        .collect_view()
}
