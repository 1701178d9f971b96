//! A report's files: print (A4), Word (.docx) and Markdown, all from the
//! same document.
use leptos::prelude::*;

use crate::i18n::*;
use crate::ui::download::docx_file;
use crate::ui::download::{download_bytes, download_text};
use crate::ui::fields::RevealMissing;
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::text::tr;
use suitcase_core::docs::Doc;
use suitcase_core::formats::docx::DOCX_MIME;
use suitcase_core::formats::markdown::to_markdown;
use suitcase_core::model::budget::presets::id_from_name;

/// A file name stem from a title: "Tết KV review" → "tet_kv_review".
pub fn stem(title: &str) -> String {
    let s = id_from_name(title, &[]);
    if s.is_empty() {
        "report".into()
    } else {
        s
    }
}

/// Print, .docx and Markdown buttons for `doc`, saved as `<stem>.docx` / `.md`.
#[component]
pub fn ExportButtons(
    /// The document to export (built when a button is pressed).
    doc: Callback<(), Doc>,
    /// The file name without extension.
    #[prop(into)]
    stem: Signal<String>,
    /// The section's heading id (names the group).
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let note = notice_slot();
    let reveal = RevealMissing::find();
    let done = move |file: String, r: Result<(), String>| {
        let locale = i18n.get_locale_untracked();
        note.try_set(Some(match r {
            Ok(()) => Notice::ok(td_string!(locale, toolkit.exported, file = file).to_string()),
            Err(e) => {
                Notice::err(td_string!(locale, toolkit.export_failed, reason = e).to_string())
            }
        }));
    };
    let js = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let print = move |_| {
        RevealMissing::reveal(reveal);
        if let Some(w) = web_sys::window() {
            if let Err(e) = w.print() {
                done(String::new(), Err(js(e)));
            }
        }
    };
    let docx = move |_| {
        RevealMissing::reveal(reveal);
        let file = format!("{}.docx", stem.get_untracked());
        let doc = doc.run(());
        // The .docx writer is fetched on first use.
        leptos::task::spawn_local(async move {
            let r = docx_file(doc)
                .await
                .map_err(|e| e.to_string())
                .and_then(|bytes| download_bytes(&file, DOCX_MIME, &bytes).map_err(js));
            done(file, r);
        });
    };
    let markdown = move |_| {
        RevealMissing::reveal(reveal);
        let file = format!("{}.md", stem.get_untracked());
        let text = to_markdown(&doc.run(()));
        let r = download_text(&file, "text/markdown;charset=utf-8", &text).map_err(js);
        done(file, r);
    };
    view! {
        <div class="actions" role="group" aria-label=move || title.get()>
            <button type="button" class="secondary" on:click=print>{tr!(i18n, toolkit.print)}</button>
            <button type="button" class="secondary" on:click=docx>{tr!(i18n, toolkit.export_docx)}</button>
            <button type="button" class="secondary" on:click=markdown>
                {tr!(i18n, toolkit.export_md)}
            </button>
        </div>
        <NoticeView notice=note />
    }
}
