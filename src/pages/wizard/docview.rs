//! The proposal's preview, which is also its print view (A4, see
//! style/print.css).
use leptos::prelude::*;

use super::lang_of;
use super::workspace::use_wiz;
use crate::i18n::*;
use crate::ui::docview::DocView;
use crate::ui::text::tr;
use suitcase_core::docs::proposal::proposal_doc_from;

/// The open proposal as the client will read it (and as it prints).
#[component]
pub fn Preview() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    // Rebuilt a moment after typing stops, not on every key.
    let build = move |r: &suitcase_core::model::proposal::ProposalRecord, lang| {
        proposal_doc_from(r, &ctx.agency.get_untracked(), lang)
    };
    let doc = RwSignal::new(
        ctx.draft
            .with_untracked(|r| build(r, lang_of(i18n.get_locale_untracked()))),
    );
    let timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move |first: Option<()>| {
        let lang = lang_of(i18n.get_locale());
        ctx.draft.track();
        ctx.agency.track();
        if first.is_none() {
            return;
        }
        if let Some(Some(h)) = timer.try_get_value() {
            h.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Some(d) = ctx.draft.try_with_untracked(|r| build(r, lang)) {
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
            <h2 id="preview-title" class="no-print">{tr!(i18n, wizard.preview)}</h2>
            <article class="doc-view" data-testid="proposal-doc">
                <DocView doc=doc top=2 />
            </article>
        </section>
    }
}
