//! Sending: the pre-send check, freezing the proposal as a version, and
//! comparing each version with the next.
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::messages::issue_line;
use super::workspace::use_wiz;
use super::{lang_of, today};
use crate::i18n::*;
use crate::ui::check::CheckField;
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::text::tr;
use suitcase_core::docs::proposal::format_date;
use suitcase_core::model::brief::{Cause, Issue};
use suitcase_core::model::money::format_amount;
use suitcase_core::model::proposal::{LineChange, SendError, Status, Step, VersionDiff};

#[component]
pub fn SendPanel() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let problems: RwSignal<Option<Vec<Issue>>> = RwSignal::new(None);
    let sent_note = notice_slot();
    let send = move |allow_waivable: bool| {
        let mut rec = ctx.draft.get_untracked();
        // A proposal whose language was never chosen goes out in the
        // screen's language, as its preview shows it.
        rec.proposal
            .lang
            .get_or_insert(lang_of(i18n.get_locale_untracked()));
        let Some(key) = crate::ui::crypto::random_key() else {
            sent_note.set(Some(Notice::ok(t_string!(i18n, wizard.download_failed))));
            return;
        };
        if let Some(n) = rec.unchanged_since_sent() {
            // Sent already and not changed since (a second click): no copy.
            problems.set(None);
            sent_note.set(Some(Notice::ok(
                td_string!(i18n.get_locale_untracked(), wizard.already_sent, n = n).to_string(),
            )));
            return;
        }
        let agency = ctx.agency.get_untracked();
        match rec.send_to_client(today(), allow_waivable, &agency, key) {
            Ok(n) => {
                problems.set(None);
                ctx.replace(rec);
                sent_note.set(Some(Notice::ok(
                    td_string!(i18n.get_locale_untracked(), wizard.sent_as, n = n).to_string(),
                )));
            }
            Err(SendError::Blocked(issues)) => {
                sent_note.set(None);
                // Point out every blank field from now on.
                ctx.flagged.set(Step::ALL.to_vec());
                problems.set(Some(issues));
            }
            Err(SendError::Closed(_)) => {
                problems.set(None);
                sent_note.set(Some(Notice::ok(t_string!(i18n, wizard.closed))));
            }
        }
    };
    let only_waivable = move || {
        problems.with(|p| {
            p.as_ref()
                .is_some_and(|v| !v.is_empty() && v.iter().all(|i| i.cause.is_waivable()))
        })
    };
    let status = move || ctx.draft.with(|r| r.status);
    view! {
        <section class="card-inner send" aria-labelledby="send-title">
            <h3 id="send-title">{tr!(i18n, wizard.send_title)}</h3>
            <p class="help">{tr!(i18n, wizard.send_help)}</p>
            <div class="actions">
                <button type="button" on:click=move |_| send(false)>{tr!(i18n, wizard.check_send)}</button>
                <Show when=move || status() == suitcase_core::model::proposal::Status::Sent>
                    <button type="button" class="secondary" on:click=move |_| ctx.edit(|r| r.revise())>
                        {tr!(i18n, wizard.revise)}
                    </button>
                </Show>
            </div>
            <NoticeView notice=sent_note />
            {move || {
                problems.get().map(|v| {
                    let locale = i18n.get_locale();
                    view! {
                        <div class="msg msg-error" role="alert" data-testid="send-problems">
                            <p>{td_string!(locale, wizard.send_blocked, n = v.len()).to_string()}</p>
                            <ul>
                                {v.iter().map(|i| {
                                    let line = if i.cause == Cause::Uncovered {
                                        td_string!(locale, wizard.uncovered_item, item = i.field.label(locale)).to_string()
                                    } else {
                                        issue_line(locale, i)
                                    };
                                    view! { <li>{line}</li> }
                                }).collect_view()}
                            </ul>
                            <Show when=only_waivable>
                                <button type="button" class="secondary" on:click=move |_| send(true)>
                                    {tr!(i18n, wizard.send_anyway)}
                                </button>
                            </Show>
                        </div>
                    }
                })
            }}
            <Versions />
            <Replies />
        </section>
    }
}

/// The client's answers so far, the lock on an accepted version, and the
/// import of a reply file.
#[component]
fn Replies() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let note = notice_slot();
    let replies = Memo::new(move |_| {
        ctx.draft.with(|r| {
            r.versions
                .iter()
                .filter_map(|v| v.reply.clone())
                .map(|reply| (super::reply::option_names(r, &reply), reply))
                .collect::<Vec<_>>()
        })
    });
    let accepted = Memo::new(move |_| {
        ctx.draft.with(|r| {
            (r.status == Status::Accepted)
                .then(|| r.accepted_version().map(|v| v.number))
                .flatten()
        })
    });
    let import = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::file_input::take_chosen_file(&ev) else {
            return;
        };
        let locale = i18n.get_locale_untracked();
        spawn_local(async move {
            let text = crate::ui::file_input::read_text(&file)
                .await
                .unwrap_or_default();
            let result = match suitcase_core::formats::share::decode_reply(&text) {
                Err(e) => Err(super::reply::ReplyFailure::Read(e)),
                Ok(reply) => {
                    let rec = ctx.draft.get_untracked();
                    super::reply::verify_and_record(rec, &reply).await
                }
            };
            match result {
                Ok((rec, done)) => {
                    if done == suitcase_core::model::proposal::client::Recorded::New {
                        ctx.replace(rec);
                    }
                    note.try_set(Some(Notice::ok(super::reply::recorded_text(locale, done))));
                }
                Err(e) => {
                    note.try_set(Some(Notice::err(super::reply::failure_text(locale, &e))));
                }
            }
        });
    };
    view! {
        <h4>{tr!(i18n, wizard.reply_title)}</h4>
        {move || accepted.get().map(|n| view! {
            <p class="msg msg-ok" role="note" data-testid="locked-note">{td_string!(i18n.get_locale(), wizard.locked_note, n = n).to_string()}</p>
        })}
        {move || ctx.reopened.get().map(|n| view! {
            <p class="msg msg-warn" role="status">{td_string!(i18n.get_locale(), wizard.reopened, n = n).to_string()}</p>
        })}
        {move || replies.get().into_iter().rev().map(|(options, r)| view! { <super::reply::ReplySummary options=options reply=r /> }).collect_view()}
        <p class="help">{tr!(i18n, wizard.reply_help)}</p>
        <div class="field">
            <label for="reply-file">{tr!(i18n, wizard.import_reply)}</label>
            <input id="reply-file" type="file" accept=".json,application/json" on:change=import />
        </div>
        <NoticeView notice=note testid="reply-note" />
    }
}

#[component]
fn Versions() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let open: RwSignal<Option<u32>> = RwSignal::new(None);
    let versions = Memo::new(move |_| {
        ctx.draft.with(|r| {
            r.versions
                .iter()
                .map(|v| (v.number, v.sent_on))
                .collect::<Vec<_>>()
        })
    });
    move || {
        let list = versions.get();
        (!list.is_empty()).then(|| {
            let lang = lang_of(i18n.get_locale());
            view! {
                <h4>{tr!(i18n, wizard.versions)}</h4>
                <ul class="versions">
                    {list.into_iter().map(|(n, on)| {
                        let date = on.map(|d| format_date(d, lang)).unwrap_or_default();
                        view! {
                            <li>
                                {td_string!(i18n.get_locale(), wizard.version_sent, n = n, date = date).to_string()} " "
                                <button type="button" class="link-btn" aria-expanded=move || (open.get() == Some(n)).to_string()
                                    on:click=move |_| open.update(|o| *o = if *o == Some(n) { None } else { Some(n) })>
                                    {tr!(i18n, wizard.compare_next)}
                                </button>
                                {move || (open.get() == Some(n)).then(|| {
                                    let diff = ctx.draft.with(|r| r.compare_with_next(n));
                                    view! { <DiffView diff=diff /> }
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    }
}

#[component]
fn DiffView(diff: Option<VersionDiff>) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let locale = i18n.get_locale_untracked();
    let lang = lang_of(locale);
    let currency = ctx
        .draft
        .with_untracked(|r| r.proposal.pricing.currency.clone());
    let Some(d) = diff else {
        return view! { <p>{tr!(i18n, wizard.no_version)}</p> }.into_any();
    };
    if d.is_empty() {
        return view! { <p class="diff">{tr!(i18n, wizard.no_changes)}</p> }.into_any();
    }
    let sections: Vec<String> = d
        .sections
        .iter()
        .map(|s| s.label().get(lang).to_string())
        .collect();
    let lines: Vec<String> = d
        .lines
        .iter()
        .map(|c| match c {
            LineChange::Added { line } => {
                td_string!(locale, wizard.line_added, name = line.description.clone()).to_string()
            }
            LineChange::Removed { line } => {
                td_string!(locale, wizard.line_removed, name = line.description.clone()).to_string()
            }
            LineChange::Changed { new, .. } => {
                td_string!(locale, wizard.line_changed, name = new.description.clone()).to_string()
            }
        })
        .collect();
    let money = |v: Option<i64>| {
        v.map(|v| format_amount(v, &currency))
            .unwrap_or_else(|| "–".into())
    };
    let totals = td_string!(
        locale,
        wizard.total_change,
        old = money(d.total_old),
        new = money(d.total_new)
    )
    .to_string();
    view! {
        <div class="diff">
            <p>{td_string!(locale, wizard.sections_changed, list = sections.join(", ")).to_string()}</p>
            {(!lines.is_empty()).then(|| view! { <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> })}
            <p>{totals}</p>
        </div>
    }
    .into_any()
}
