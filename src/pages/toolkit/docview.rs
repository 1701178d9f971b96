//! A report's document on paper (A4, see style/print.css), from the same
//! `Doc` the .docx and Markdown files use.
use leptos::prelude::*;

use crate::ui::docview::DocView;
use suitcase_core::docs::Doc;

/// The printed document of the open record (hidden on screen).
#[component]
pub fn PrintView(doc: RwSignal<Option<Doc>>) -> impl IntoView {
    view! {
        <div class="print-doc" data-testid="print-doc">
            {move || doc.get().map(|d| view! { <DocView doc=Signal::stored(d) /> })}
        </div>
    }
}
