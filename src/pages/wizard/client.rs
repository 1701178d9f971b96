//! The client's page (`/p#c1.…`): the proposal as the client reads it, on a
//! page of its own (no Suitcase navigation), in the proposal's language
//! whatever the browser says. The client ticks optional lines in or out and
//! sees the totals and payments follow, then accepts (name, title, company,
//! PO number, agreeing to the terms) or declines (with a reason). That makes
//! a reply, as a short link and a file, holding the choices and the SHA-256
//! of the exact document shown. Nothing is stored in the client's browser.
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_meta::Title;

use crate::i18n::*;
use crate::routes::{Link, Route};
use crate::ui::crypto::{hmac_sha256_hex, sha256_hex};
use crate::ui::docview::DocView;
use crate::ui::download::docx_file;
use crate::ui::download::{download_bytes, download_text};
use crate::ui::text::tr;
use suitcase_core::docs::proposal::{client_doc, format_date};
use suitcase_core::formats::docx::DOCX_MIME;
use suitcase_core::formats::share::{decode_client, encode_reply, ShareError};
use suitcase_core::model::money::format_amount;
use suitcase_core::model::proposal::client::{
    Decision, FormProblem, Reply, ReplyForm, SharePayload,
};

use crate::ui::lang::locale_of;

fn share_error(locale: Locale, e: &ShareError) -> String {
    match e {
        ShareError::Empty => td_string!(locale, client.link_empty).to_string(),
        ShareError::OldLink => td_string!(locale, client.link_old).to_string(),
        ShareError::Newer => td_string!(locale, client.link_newer).to_string(),
        ShareError::TooLong { .. } | ShareError::InflatesTooLarge { .. } => {
            td_string!(locale, client.link_too_large).to_string()
        }
        _ => td_string!(locale, client.link_broken).to_string(),
    }
}

/// The address's fragment, and again whenever it changes (a link pasted
/// into the same tab only changes the fragment: no reload).
pub fn use_fragment() -> ReadSignal<String> {
    let read = || {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    };
    let hash = RwSignal::new(read());
    let on_hash = leptos::ev::Custom::<web_sys::Event>::new("hashchange");
    let handle = window_event_listener(on_hash, move |_| hash.set(read()));
    on_cleanup(move || handle.remove());
    hash.read_only()
}

/// The client page of the link in the address.
#[component]
pub fn ClientPage() -> impl IntoView {
    let i18n = use_i18n();
    let hash = use_fragment();
    move || match decode_client(&hash.get()) {
        Ok(payload) => view! { <ClientProposalView payload=payload /> }.into_any(),
        Err(e) => view! {
            <Title text=move || t_string!(i18n, client.page_title).to_string() />
            <h1>{tr!(i18n, client.page_title)}</h1>
            <p class="msg msg-error" role="alert">{move || share_error(i18n.get_locale(), &e)}</p>
        }
        .into_any(),
    }
}

#[component]
fn ClientProposalView(payload: SharePayload) -> impl IntoView {
    let lang = payload.doc.lang;
    let locale = locale_of(lang);
    let payload = StoredValue::new(payload);
    let chosen: RwSignal<Vec<String>> = RwSignal::new(Vec::new());
    let doc = Memo::new(move |_| payload.with_value(|p| client_doc(&p.doc, &chosen.get())));
    let title = payload.with_value(|p| p.doc.title.clone());
    let optional: Vec<(String, String, i64)> = payload.with_value(|p| {
        let pr = &p.doc.pricing;
        let all: Vec<String> = pr.lines.iter().map(|l| l.id.clone()).collect();
        let with_all = pr.totals_with(&all).ok();
        pr.lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.optional)
            .map(|(i, l)| {
                let amount = with_all
                    .as_ref()
                    .and_then(|t| t.lines.get(i).copied())
                    .unwrap_or_default();
                (l.id.clone(), l.description.clone(), amount)
            })
            .collect()
    });
    let currency = payload.with_value(|p| p.doc.pricing.currency.clone());
    let totals = Memo::new(move |_| {
        payload.with_value(|p| {
            let t = p.doc.pricing.totals_with(&chosen.get()).ok()?;
            let schedule = p.doc.pricing.schedule_amounts(t.total);
            Some((t, schedule))
        })
    });
    let expired = payload.with_value(|p| {
        p.doc
            .valid_until
            .filter(|v| *v < crate::ui::clock::today())
            .map(|v| format_date(v, lang))
    });
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let file_note: RwSignal<Option<String>> = RwSignal::new(None);
    let stem = payload.with_value(|p| super::files::stem(&p.doc.title));
    let stem = StoredValue::new(stem);
    let docx = move |_| {
        let d = doc.get_untracked();
        let name = format!("{}.docx", stem.get_value());
        spawn_local(async move {
            let ok = match docx_file(d).await {
                Ok(bytes) => download_bytes(&name, DOCX_MIME, &bytes).is_ok(),
                Err(_) => false,
            };
            if !ok {
                file_note.try_set(Some(td_string!(locale, client.file_failed).to_string()));
            }
        });
    };
    let money = StoredValue::new(currency);
    let fmt = move |v: i64| money.with_value(|c| format_amount(v, c));
    view! {
        <Title text=title.clone() />
        <div class="client-page" lang=lang.tag()>
            <div class="client-toolbar no-print" role="toolbar" aria-label=td_string!(locale, client.toolbar).to_string()>
                <button type="button" class="secondary" on:click=print>{td_string!(locale, client.print).to_string()}</button>
                <button type="button" class="secondary" on:click=docx>{td_string!(locale, client.download_docx).to_string()}</button>
                <a class="button" href="#respond" on:click=crate::ui::jump::on_jump("respond")>{td_string!(locale, client.go_respond).to_string()}</a>
            </div>
            {move || file_note.get().map(|t| view! { <p class="msg msg-error no-print" role="alert">{t}</p> })}
            <article class="doc-view client-doc" data-testid="proposal-doc">
                <DocView doc=doc top=1 />
            </article>
            <section class="client-respond no-print" id="respond" tabindex="-1" aria-labelledby="respond-title">
                <h2 id="respond-title">{td_string!(locale, client.respond_title).to_string()}</h2>
                {expired.map(|d| view! {
                    <p class="msg msg-warn" role="note">{td_string!(locale, client.expired, date = d).to_string()}</p>
                })}
                {(!optional.is_empty()).then(|| view! {
                    <fieldset class="client-options">
                        <legend>{td_string!(locale, client.options_title).to_string()}</legend>
                        <p class="help">{td_string!(locale, client.options_help).to_string()}</p>
                        <ul class="check-list">
                            {optional.into_iter().map(|(id, name, amount)| {
                                let cid = format!("opt-{id}");
                                let (a, b) = (id.clone(), id.clone());
                                view! {
                                    <li>
                                        <input type="checkbox" id=cid.clone()
                                            prop:checked=move || chosen.with(|c| c.contains(&a))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                let id = b.clone();
                                                chosen.update(|c| {
                                                    c.retain(|x| *x != id);
                                                    if on {
                                                        c.push(id);
                                                    }
                                                });
                                            } />
                                        <label for=cid>{name}" "<span class="num">"+"{fmt(amount)}</span></label>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </fieldset>
                })}
                {move || totals.get().map(|(t, schedule)| {
                    let names: Vec<String> = payload.with_value(|p| p.doc.pricing.schedule.iter().map(|s| s.milestone.clone()).collect());
                    let payments = schedule.map(|amounts| view! {
                        <h3 class="client-sub">{td_string!(locale, client.schedule_title).to_string()}</h3>
                        <dl class="client-totals client-schedule" data-testid="client-schedule">
                            {names.into_iter().zip(amounts).map(|(n, a)| view! {
                                <div><dt>{n}</dt><dd class="num">{fmt(a)}</dd></div>
                            }).collect_view()}
                        </dl>
                    });
                    view! {
                        <dl class="client-totals" data-testid="client-totals" aria-live="polite">
                            <div><dt>{td_string!(locale, client.before_vat).to_string()}</dt><dd class="num">{fmt(t.before_vat)}</dd></div>
                            <div><dt>{td_string!(locale, client.vat).to_string()}</dt><dd class="num">{fmt(t.vat)}</dd></div>
                            <div class="grand"><dt>{td_string!(locale, client.total_final).to_string()}</dt><dd class="num">{fmt(t.total)}</dd></div>
                        </dl>
                        {payments}
                    }
                })}
                <ReplyForms payload=payload chosen=chosen locale=locale />
            </section>
        </div>
    }
}

fn problem_text(locale: Locale, p: FormProblem) -> String {
    match p {
        FormProblem::NameMissing => td_string!(locale, client.need_name).to_string(),
        FormProblem::NotAgreed => td_string!(locale, client.need_agree).to_string(),
        FormProblem::ReasonMissing => td_string!(locale, client.need_reason).to_string(),
        FormProblem::TooLong => td_string!(locale, client.too_long).to_string(),
    }
}

#[component]
fn ReplyForms(
    payload: StoredValue<SharePayload>,
    chosen: RwSignal<Vec<String>>,
    locale: Locale,
) -> impl IntoView {
    let decision: RwSignal<Option<Decision>> = RwSignal::new(None);
    let form = RwSignal::new(ReplyForm::default());
    let problems: RwSignal<Vec<(&'static str, FormProblem)>> = RwSignal::new(Vec::new());
    let busy = RwSignal::new(false);
    let made: RwSignal<Option<(Reply, String)>> = RwSignal::new(None);
    let failed: RwSignal<Option<String>> = RwSignal::new(None);
    let error_at = move |field: &'static str| {
        problems.with(|v| {
            v.iter()
                .find(|(f, _)| *f == field)
                .map(|(_, p)| problem_text(locale, *p))
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(d) = decision.get_untracked() else {
            return;
        };
        let mut f = form.get_untracked();
        f.decision = d;
        f.chosen = chosen.get_untracked();
        let found = f.problems();
        if !found.is_empty() {
            let first = found[0].0;
            problems.set(found);
            super::fields::focus_later(format!("reply-{first}"));
            return;
        }
        problems.set(Vec::new());
        busy.set(true);
        spawn_local(async move {
            let p = payload.get_value();
            let result = async {
                let hash = sha256_hex(&p.doc.canonical_bytes()).await.ok()?;
                let at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
                let mut reply = Reply::draft(&p, &f, hash, at).ok()?;
                reply.mac = hmac_sha256_hex(&p.key, &reply.signed_bytes()).await.ok()?;
                let link = Link::from(Route::Reply)
                    .at(encode_reply(&reply).ok()?)
                    .url();
                Some((reply, link))
            }
            .await;
            busy.try_set(false);
            match result {
                Some(done) => {
                    made.try_set(Some(done));
                }
                None => {
                    failed.try_set(Some(td_string!(locale, client.reply_failed).to_string()));
                }
            }
        });
    };
    let text_field = move |id: &'static str,
                           label: String,
                           get: fn(&ReplyForm) -> String,
                           set: fn(&mut ReplyForm, String),
                           autocomplete: &'static str| {
        let input_id = format!("reply-{id}");
        let err_id = format!("reply-{id}-error");
        let err_id2 = err_id.clone();
        view! {
            <div class="field">
                <label for=input_id.clone()>{label}</label>
                <input id=input_id type="text" autocomplete=autocomplete
                    prop:value=move || form.with(get)
                    aria-invalid=move || error_at(id).is_some().then_some("true")
                    aria-describedby=move || error_at(id).is_some().then(|| err_id.clone())
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        form.update(|f| set(f, v));
                    } />
                {move || error_at(id).map(|t| view! { <p class="field-error" id=err_id2.clone()>{t}</p> })}
            </div>
        }
    };
    let copy = move |_| {
        if let (Some((_, link)), Some(w)) = (made.get_untracked(), web_sys::window()) {
            let _ = w.navigator().clipboard().write_text(&link);
        }
    };
    let save_file = move |_| {
        if let Some((reply, _)) = made.get_untracked() {
            let name = format!(
                "reply-{}.json",
                if reply.number.is_empty() {
                    "proposal".to_string()
                } else {
                    reply.number.clone()
                }
            );
            if download_text(&name, "application/json", &reply.to_json()).is_err() {
                failed.set(Some(td_string!(locale, client.file_failed).to_string()));
            }
        }
    };
    let agency = payload.with_value(|p| p.doc.agency.name.clone());
    view! {
        {move || match made.get() {
            Some((reply, link)) => {
                let accepted = reply.decision == Decision::Accept;
                let head = if accepted {
                    td_string!(locale, client.done_accept).to_string()
                } else {
                    td_string!(locale, client.done_decline).to_string()
                };
                let send_back = if agency.trim().is_empty() {
                    td_string!(locale, client.send_back_plain).to_string()
                } else {
                    td_string!(locale, client.send_back, agency = agency.clone()).to_string()
                };
                view! {
                    <div class="msg msg-ok reply-ready" role="status" data-testid="reply-ready">
                        <p><strong>{head}</strong></p>
                        <p>{send_back}</p>
                        <div class="field">
                            <label for="reply-link">{td_string!(locale, client.reply_link).to_string()}</label>
                            <input id="reply-link" type="text" readonly prop:value=link.clone() />
                            <p class="help">{td_string!(locale, client.link_chars, n = link.len()).to_string()}</p>
                        </div>
                        <div class="actions">
                            <button type="button" on:click=copy>{td_string!(locale, client.copy_link).to_string()}</button>
                            <button type="button" class="secondary" on:click=save_file>{td_string!(locale, client.save_reply).to_string()}</button>
                        </div>
                    </div>
                }
                .into_any()
            }
            None => view! {
                <div class="actions decide" role="group" aria-label=td_string!(locale, client.decide).to_string()>
                    <button type="button" aria-pressed=move || (decision.get() == Some(Decision::Accept)).to_string()
                        on:click=move |_| { problems.set(Vec::new()); decision.set(Some(Decision::Accept)); }>
                        {td_string!(locale, client.accept).to_string()}
                    </button>
                    <button type="button" class="secondary" aria-pressed=move || (decision.get() == Some(Decision::Decline)).to_string()
                        on:click=move |_| { problems.set(Vec::new()); decision.set(Some(Decision::Decline)); }>
                        {td_string!(locale, client.decline).to_string()}
                    </button>
                </div>
                {move || decision.get().map(|d| match d {
                    Decision::Accept => view! {
                        <form class="reply-form" on:submit=submit novalidate>
                            <p class="help">{td_string!(locale, client.accept_help).to_string()}</p>
                            {text_field("name", td_string!(locale, client.f_name).to_string(), |f| f.name.clone(), |f, v| f.name = v, "name")}
                            {text_field("job_title", td_string!(locale, client.f_job_title).to_string(), |f| f.job_title.clone(), |f, v| f.job_title = v, "organization-title")}
                            {text_field("company", td_string!(locale, client.f_company).to_string(), |f| f.company.clone(), |f, v| f.company = v, "organization")}
                            {text_field("po_number", td_string!(locale, client.f_po).to_string(), |f| f.po_number.clone(), |f, v| f.po_number = v, "off")}
                            <div class="field check agree">
                                <input type="checkbox" id="reply-agreed"
                                    aria-invalid=move || error_at("agreed").is_some().then_some("true")
                                    aria-describedby=move || error_at("agreed").is_some().then_some("reply-agreed-error")
                                    prop:checked=move || form.with(|f| f.agreed)
                                    on:change=move |ev| { let on = event_target_checked(&ev); form.update(|f| f.agreed = on); } />
                                <label for="reply-agreed">{td_string!(locale, client.agree).to_string()}</label>
                                {move || error_at("agreed").map(|t| view! { <p class="field-error" id="reply-agreed-error">{t}</p> })}
                            </div>
                            <button type="submit" disabled=move || busy.get()>{td_string!(locale, client.confirm_accept).to_string()}</button>
                        </form>
                    }.into_any(),
                    Decision::Decline => view! {
                        <form class="reply-form" on:submit=submit novalidate>
                            <div class="field">
                                <label for="reply-reason">{td_string!(locale, client.f_reason).to_string()}</label>
                                <textarea id="reply-reason" rows="4"
                                    aria-invalid=move || error_at("reason").is_some().then_some("true")
                                    aria-describedby=move || error_at("reason").is_some().then_some("reply-reason-error")
                                    prop:value=move || form.with(|f| f.reason.clone())
                                    on:input=move |ev| { let v = event_target_value(&ev); form.update(|f| f.reason = v); }></textarea>
                                {move || error_at("reason").map(|t| view! { <p class="field-error" id="reply-reason-error">{t}</p> })}
                            </div>
                            {text_field("name", td_string!(locale, client.f_name_optional).to_string(), |f| f.name.clone(), |f, v| f.name = v, "name")}
                            <button type="submit" disabled=move || busy.get()>{td_string!(locale, client.confirm_decline).to_string()}</button>
                        </form>
                    }.into_any(),
                })}
            }
            .into_any(),
        }}
        {move || failed.get().map(|t| view! { <p class="msg msg-error" role="alert">{t}</p> })}
    }
}
