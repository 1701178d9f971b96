//! A document ([`Doc`]) as HTML: the proposal's preview and shared view, and
//! the toolkit's printed reports. The same `Doc` feeds the Markdown and
//! .docx files, so all of them say the same. Text goes in as text, never as
//! markup.
use leptos::prelude::*;

use suitcase_core::docs::{Block, Cover, Doc};

/// `text` as a CSS string literal (quotes, backslashes and line breaks
/// escaped), for the printed running footer.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Sets the running footer that print.css puts at the foot of every printed
/// page (a custom property on `<html>`; set through the CSSOM, which the
/// content security policy allows).
fn set_print_footer(text: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let style = root.style();
        let _ = if text.trim().is_empty() {
            style.remove_property("--doc-footer").map(|_| ())
        } else {
            style.set_property("--doc-footer", &css_string(text))
        };
    }
}

/// Renders `doc`. `top` is the HTML heading level of the document's title
/// (its level-1 heading); sections and subsections follow it, at most h6.
/// The document's language goes on a wrapper, and its running footer onto
/// the printed pages while the view is shown.
#[component]
pub fn DocView(
    #[prop(into)] doc: Signal<Doc>,
    /// The HTML level of the document title (1 when the document is the page).
    #[prop(default = 1)]
    top: u8,
) -> impl IntoView {
    Effect::new(move |_| doc.with(|d| set_print_footer(&d.footer)));
    on_cleanup(|| set_print_footer(""));
    move || {
        doc.with(|d| {
            let lang = (!d.lang.is_empty()).then(|| d.lang.clone());
            let blocks = d
                .blocks
                .iter()
                .map(|b| block(b.clone(), top))
                .collect_view();
            view! { <div class="doc-body" lang=lang>{blocks}</div> }
        })
    }
}

fn cover(c: Cover, top: u8) -> AnyView {
    let logo = (!c.logo.is_empty()).then(|| view! { <img class="doc-logo" src=c.logo alt="" /> });
    let from = (!c.from.trim().is_empty()).then(|| view! { <p class="doc-from">{c.from}</p> });
    // The sender's line only when it has a logo or a name: empty, it was a
    // blank band at the top of the document.
    let sender = (logo.is_some() || from.is_some())
        .then(move || view! { <div class="doc-sender">{logo}{from}</div> });
    let kind = (!c.kind.trim().is_empty()).then(|| view! { <p class="doc-kind">{c.kind}</p> });
    let subtitle =
        (!c.subtitle.trim().is_empty()).then(|| view! { <p class="doc-subtitle">{c.subtitle}</p> });
    let facts = c
        .facts
        .into_iter()
        .map(|(l, v)| view! { <div><dt>{l}</dt><dd>{v}</dd></div> })
        .collect_view();
    view! {
        <header class="doc-cover">
            {sender}
            {kind}
            {heading(top, c.title)}
            {subtitle}
            <dl class="doc-facts">{facts}</dl>
        </header>
    }
    .into_any()
}

fn block(b: Block, top: u8) -> AnyView {
    match b {
        Block::Cover(c) => cover(c, top),
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
            widths,
            summary,
        } => {
            let num = move |i: usize| numeric.get(i).copied().unwrap_or(false).then_some("num");
            let fixed = !widths.is_empty();
            let cols = widths
                .iter()
                .map(|w| {
                    let w = format!("{w}%");
                    view! { <col style:width=w /> }
                })
                .collect_view();
            let labels = header.clone();
            let head = header
                .into_iter()
                .enumerate()
                .map(|(i, h)| view! { <th scope="col" class=num(i)>{h}</th> })
                .collect_view();
            let count = rows.len();
            let body = rows
                .into_iter()
                .enumerate()
                .map(|(n, r)| {
                    let class = if summary > 0 && n + 1 == count {
                        Some("sum grand")
                    } else if n + summary >= count {
                        Some("sum")
                    } else {
                        None
                    };
                    let cells = r
                        .into_iter()
                        .enumerate()
                        .map(|(i, c)| {
                            let label = labels.get(i).cloned().unwrap_or_default();
                            let empty = c.is_empty().then_some("true");
                            view! { <td class=num(i) data-label=label data-empty=empty>{c}</td> }
                        })
                        .collect_view();
                    view! { <tr class=class>{cells}</tr> }
                })
                .collect_view();
            view! {
                <div class="table-scroll">
                    <table class="data doc-table" class:fixed=fixed>
                        <colgroup>{cols}</colgroup>
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
