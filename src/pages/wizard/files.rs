//! The files people send: print (PDF), .docx, Markdown, JSON, and a share
//! link that holds the whole proposal in its fragment.
use leptos::prelude::*;

use super::lang_of;
use super::workspace::use_wiz;
use crate::i18n::*;
use crate::routes::Route;
use crate::ui::download::docx_file;
use crate::ui::download::{download_bytes, download_text};
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::text::tr;
use suitcase_core::docs::proposal::{format_date, proposal_doc_from};
use suitcase_core::formats::docx::DOCX_MIME;
use suitcase_core::formats::markdown::to_markdown;
use suitcase_core::formats::share::{client_link, ShareError};
use suitcase_core::model::proposal::client::SharePayload;
use suitcase_core::model::proposal::ProposalRecord;

/// A file name from the proposal's title (or brand): letters and digits,
/// dashes.
pub fn file_stem(r: &ProposalRecord) -> String {
    if r.proposal.title.trim().is_empty() {
        stem(&r.brief.brand)
    } else {
        stem(&r.proposal.title)
    }
}

/// A file name from `text`: folded to ASCII letters and digits, other runs
/// become one dash, at most 60 characters; "proposal" when nothing is left.
pub fn stem(text: &str) -> String {
    let folded = suitcase_core::model::text::fold(text);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out
        .trim_end_matches('-')
        .chars()
        .take(60)
        .collect::<String>();
    if out.is_empty() {
        "proposal".into()
    } else {
        out
    }
}

#[component]
pub fn Files() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let note = notice_slot();
    let share: RwSignal<Option<String>> = RwSignal::new(None);
    let share_of = RwSignal::new(String::new());
    let fail = move |_e| note.set(Some(Notice::err(t_string!(i18n, wizard.download_failed))));
    let client_doc = move |r: &ProposalRecord| {
        proposal_doc_from(
            r,
            &ctx.agency.get_untracked(),
            lang_of(i18n.get_locale_untracked()),
        )
    };
    let docx = move |_| {
        let r = ctx.draft.get_untracked();
        let doc = client_doc(&r);
        let name = format!("{}.docx", file_stem(&r));
        leptos::task::spawn_local(async move {
            let ok = match docx_file(doc).await {
                Ok(bytes) => download_bytes(&name, DOCX_MIME, &bytes).is_ok(),
                Err(_) => false,
            };
            if !ok {
                note.try_set(Some(Notice::err(t_string!(i18n, wizard.download_failed))));
            }
        });
    };
    let markdown = move |_| {
        let r = ctx.draft.get_untracked();
        let doc = client_doc(&r);
        if let Err(e) = download_text(
            &format!("{}.md", file_stem(&r)),
            "text/markdown;charset=utf-8",
            &to_markdown(&doc),
        ) {
            fail(e);
        }
    };
    let json = move |_| {
        let r = ctx.draft.get_untracked();
        if let Err(e) = download_text(
            &format!("{}.json", file_stem(&r)),
            "application/json",
            &r.to_json(),
        ) {
            fail(e);
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let make_link = move |_| {
        let r = ctx.draft.get_untracked();
        let Some(payload) = r
            .latest_client_version()
            .and_then(|v| SharePayload::of(&r, v.number))
        else {
            share.set(None);
            note.set(Some(Notice::err(t_string!(i18n, wizard.share_needs_send))));
            return;
        };
        let date = r
            .latest_client_version()
            .and_then(|v| v.sent_on)
            .map(|d| format_date(d, lang_of(i18n.get_locale_untracked())))
            .unwrap_or_default();
        share_of.set(date);
        match client_link(&Route::Client.url(), &payload) {
            Ok(l) => {
                note.set(None);
                share.set(Some(l));
            }
            Err(ShareError::TooLong { .. }) => {
                share.set(None);
                note.set(Some(Notice::err(t_string!(i18n, wizard.share_too_long))));
            }
            Err(_) => {
                share.set(None);
                note.set(Some(Notice::err(t_string!(i18n, wizard.download_failed))));
            }
        }
    };
    let copy = move |_| {
        let Some(text) = share.get_untracked() else {
            return;
        };
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&text);
            note.set(Some(Notice::ok(t_string!(i18n, wizard.copied))));
        }
    };
    view! {
        <section class="card-inner files" aria-labelledby="files-title">
            <h3 id="files-title">{tr!(i18n, wizard.files)}</h3>
            <div class="actions">
                <button type="button" on:click=print>{tr!(i18n, wizard.print)}</button>
                <button type="button" class="secondary" on:click=docx>{tr!(i18n, wizard.export_docx)}</button>
                <button type="button" class="secondary" on:click=markdown>{tr!(i18n, wizard.export_md)}</button>
                <button type="button" class="secondary" on:click=json>{tr!(i18n, wizard.export_json)}</button>
            </div>
            <h4>{tr!(i18n, wizard.share)}</h4>
            <p class="help">{tr!(i18n, wizard.share_help)}</p>
            <button type="button" class="secondary" on:click=make_link>{tr!(i18n, wizard.make_link)}</button>
            {move || share.get().map(|l| view! {
                <div class="field">
                    <label for="share-link">{tr!(i18n, wizard.share_link)}</label>
                    <p class="help">{td_string!(i18n.get_locale(), wizard.share_of_version, date = share_of.get()).to_string()}</p>
                    <input id="share-link" type="text" readonly prop:value=l.clone()
                        on:focus=move |ev| {
                            if let Some(i) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok()) {
                                i.select();
                            }
                        } />
                    <p class="help">{td_string!(i18n.get_locale(), wizard.link_size, n = l.len()).to_string()}</p>
                    <button type="button" class="secondary" on:click=copy>{tr!(i18n, wizard.copy)}</button>
                </div>
            })}
            <NoticeView notice=note />
        </section>
    }
}
