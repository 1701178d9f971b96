//! The rows of a contact report: attendees on each side, agenda items,
//! agreements and next steps. Each row re-renders only when rows are added
//! or removed, never while typing.
use leptos::prelude::*;

use crate::ui::check::CheckField;

use super::contact::{next_steps_to_jobs, use_contact};
use super::{use_nav, Tab};
use crate::i18n::*;
use crate::storage::use_storage;
use crate::ui::busy::Busy;
use crate::ui::fields::{text_apply, DateText, Field};
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::text::tr;
use suitcase_core::model::reports::{Agreement, Attendee, ContactField, NextStep, Side};

/// A "Remove …" button for a row.
#[component]
fn RemoveButton(
    /// The row's name ("Next step 2").
    #[prop(into)]
    row: Signal<String>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class="secondary remove"
            aria-label=move || td_string!(i18n.get_locale(), toolkit.remove_named, name = row.get()).to_string()
            on:click=move |_| on_remove.run(())
        >
            {tr!(i18n, toolkit.remove)}
        </button>
    }
}

/// The row part of a "Row — part" label.
fn row_name(label: String) -> String {
    label
        .rsplit_once(" — ")
        .map(|(r, _)| r.to_string())
        .unwrap_or(label)
}

fn side_list(
    r: &mut suitcase_core::model::reports::ContactReport,
    side: Side,
) -> &mut Vec<Attendee> {
    match side {
        Side::Client => &mut r.client_attendees,
        Side::Agency => &mut r.agency_attendees,
    }
}

/// The attendees of one side.
#[component]
pub fn AttendeeRows(side: Side) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_contact();
    let count = Memo::new(move |_| ctx.draft.with(|r| r.attendees(side).len()));
    let key = match side {
        Side::Client => "client",
        Side::Agency => "agency",
    };
    let title_id = format!("cr-{key}-title");
    let labelled_by = title_id.clone();
    let rows = move || {
        (0..count.get())
            .map(|row| {
                let name_f = ContactField::AttendeeName { side, row };
                let role_f = ContactField::AttendeeRole { side, row };
                let get = move |f: fn(&Attendee) -> String| {
                    Signal::derive(move || {
                        ctx.draft
                            .with(|r| r.attendees(side).get(row).map(f).unwrap_or_default())
                    })
                };
                view! {
                    <li class="row-item row-2">
                        <Field
                            id=format!("cr-{key}-{row}-name")
                            label=ctx.label(name_f)
                            value=get(|a| a.name.clone())
                            apply=text_apply(move |s| ctx.edit(|r| {
                                if let Some(a) = side_list(r, side).get_mut(row) {
                                    a.name = s;
                                }
                            }))
                            notes=ctx.notes(name_f)
                        />
                        <Field
                            id=format!("cr-{key}-{row}-role")
                            label=ctx.label(role_f)
                            value=get(|a| a.role.clone())
                            apply=text_apply(move |s| ctx.edit(|r| {
                                if let Some(a) = side_list(r, side).get_mut(row) {
                                    a.role = s;
                                }
                            }))
                            notes=ctx.notes(role_f)
                        />
                        <RemoveButton
                            row=Signal::derive(move || row_name(name_f.label(ctx.lang.get())))
                            on_remove=Callback::new(move |_| ctx.edit(|r| {
                                if row < side_list(r, side).len() {
                                    side_list(r, side).remove(row);
                                }
                            }))
                        />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h3 id=title_id>{move || ContactField::Attendees(side).label(ctx.lang.get())}</h3>
            <crate::ui::fields::FieldIssues
                id=format!("cr-{key}")
                notes=ctx.notes(ContactField::Attendees(side))
            />
            <ol class="rows">{rows}</ol>
            <button
                type="button"
                class="secondary"
                id=format!("cr-add-{key}")
                on:click=move |_| ctx.edit(|r| side_list(r, side).push(Attendee::default()))
            >
                {move || match side {
                    Side::Client => t_string!(i18n, toolkit.add_client_attendee),
                    Side::Agency => t_string!(i18n, toolkit.add_agency_attendee),
                }}
            </button>
        </section>
    }
}

/// The agenda items.
#[component]
pub fn AgendaRows() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_contact();
    let count = Memo::new(move |_| ctx.draft.with(|r| r.agenda.len()));
    let rows = move || {
        (0..count.get())
            .map(|row| {
                let f = ContactField::AgendaItem(row);
                view! {
                    <li class="row-item row-1">
                        <Field
                            id=format!("cr-agenda-{row}")
                            label=ctx.label(f)
                            value=Signal::derive(move || ctx.draft.with(|r| r.agenda.get(row).cloned().unwrap_or_default()))
                            apply=text_apply(move |s| ctx.edit(|r| {
                                if let Some(a) = r.agenda.get_mut(row) {
                                    *a = s;
                                }
                            }))
                            notes=ctx.notes(f)
                        />
                        <RemoveButton
                            row=Signal::derive(move || f.label(ctx.lang.get()))
                            on_remove=Callback::new(move |_| ctx.edit(|r| {
                                if row < r.agenda.len() {
                                    r.agenda.remove(row);
                                }
                            }))
                        />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="cr-agenda-title">
            <h3 id="cr-agenda-title">{move || ContactField::Agenda.label(ctx.lang.get())}</h3>
            <crate::ui::fields::FieldIssues id="cr-agenda" notes=ctx.notes(ContactField::Agenda) />
            <ol class="rows">{rows}</ol>
            <button
                type="button"
                class="secondary"
                id="cr-add-agenda"
                on:click=move |_| ctx.edit(|r| r.agenda.push(String::new()))
            >
                {tr!(i18n, toolkit.add_agenda)}
            </button>
        </section>
    }
}

/// The agreements, each with the exact wording the client accepted.
#[component]
pub fn AgreementRows() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_contact();
    let count = Memo::new(move |_| ctx.draft.with(|r| r.agreements.len()));
    let rows = move || {
        (0..count.get())
            .map(|row| {
                let get = move |f: fn(&Agreement) -> String| {
                    Signal::derive(move || {
                        ctx.draft.with(|r| r.agreements.get(row).map(f).unwrap_or_default())
                    })
                };
                let set = move |f: fn(&mut Agreement, String)| {
                    text_apply(move |s| {
                        ctx.edit(|r| {
                            if let Some(a) = r.agreements.get_mut(row) {
                                f(a, s);
                            }
                        })
                    })
                };
                let topic = ContactField::AgreementTopic(row);
                let wording = ContactField::AgreementWording(row);
                let by = ContactField::AgreementAcceptedBy(row);
                view! {
                    <li class="row-item row-agreement">
                        <Field id=format!("cr-agr-{row}-topic") label=ctx.label(topic) value=get(|a| a.topic.clone()) apply=set(|a, s| a.topic = s) notes=ctx.notes(topic) />
                        <Field
                            id=format!("cr-agr-{row}-wording")
                            label=ctx.label(wording)
                            value=get(|a| a.wording.clone())
                            apply=set(|a, s| a.wording = s)
                            notes=ctx.notes(wording)
                            multiline=true
                            help=Signal::derive(move || t_string!(i18n, toolkit.wording_help).to_string())
                        />
                        <Field id=format!("cr-agr-{row}-by") label=ctx.label(by) value=get(|a| a.accepted_by.clone()) apply=set(|a, s| a.accepted_by = s) notes=ctx.notes(by) />
                        <RemoveButton
                            row=Signal::derive(move || row_name(topic.label(ctx.lang.get())))
                            on_remove=Callback::new(move |_| ctx.edit(|r| {
                                if row < r.agreements.len() {
                                    r.agreements.remove(row);
                                }
                            }))
                        />
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="cr-agreements-title">
            <h3 id="cr-agreements-title">{move || ContactField::Agreements.label(ctx.lang.get())}</h3>
            <crate::ui::fields::FieldIssues id="cr-agreements" notes=ctx.notes(ContactField::Agreements) />
            <ol class="rows">{rows}</ol>
            <button
                type="button"
                class="secondary"
                id="cr-add-agreement"
                on:click=move |_| ctx.edit(|r| r.agreements.push(Agreement::default()))
            >
                {tr!(i18n, toolkit.add_agreement)}
            </button>
        </section>
    }
}

/// The next steps (action, owner, due date), and the button that turns
/// them into WIP jobs.
#[component]
pub fn StepRows(report_id: String) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_contact();
    let storage = use_storage();
    let nav = use_nav();
    let note = notice_slot();
    let count = Memo::new(move |_| ctx.draft.with(|r| r.next_steps.len()));
    let rows = move || {
        (0..count.get())
            .map(|row| {
                let get = move |f: fn(&NextStep) -> String| {
                    Signal::derive(move || {
                        ctx.draft.with(|r| r.next_steps.get(row).map(f).unwrap_or_default())
                    })
                };
                let set = move |f: fn(&mut NextStep, String)| {
                    text_apply(move |s| {
                        ctx.edit(|r| {
                            if let Some(a) = r.next_steps.get_mut(row) {
                                f(a, s);
                            }
                        })
                    })
                };
                let action = ContactField::NextStepAction(row);
                let owner = ContactField::NextStepOwner(row);
                let due = ContactField::NextStepDue(row);
                let due_set = Callback::new(move |d| {
                    ctx.edit(|r| {
                        if let Some(st) = r.next_steps.get_mut(row) {
                            st.due = d;
                        }
                    })
                });
                view! {
                    <li class="row-item row-step">
                        <Field id=format!("cr-step-{row}-action") label=ctx.label(action) value=get(|s| s.action.clone()) apply=set(|s, v| s.action = v) notes=ctx.notes(action) />
                        <Field id=format!("cr-step-{row}-owner") label=ctx.label(owner) value=get(|s| s.owner.clone()) apply=set(|s, v| s.owner = v) notes=ctx.notes(owner) />
                        <DateText
                            id=format!("cr-step-{row}-due")
                            label=ctx.label(due)
                            value=Signal::derive(move || ctx.draft.with(|r| r.next_steps.get(row).and_then(|s| s.due)))
                            on_set=due_set
                            notes=ctx.notes(due)
                            help=Signal::derive(move || t_string!(i18n, toolkit.date_hint).to_string())
                        />
                        <RemoveButton
                            row=Signal::derive(move || row_name(action.label(ctx.lang.get())))
                            on_remove=Callback::new(move |_| ctx.edit(|r| {
                                if row < r.next_steps.len() {
                                    r.next_steps.remove(row);
                                }
                            }))
                        />
                    </li>
                }
            })
            .collect_view()
    };
    let report_id = StoredValue::new(report_id);
    let busy = Busy::new();
    let to_wip = move |_| {
        let report = ctx.draft.get_untracked().without_blank_rows();
        let id = report_id.get_value();
        let locale = i18n.get_locale_untracked();
        busy.run(move || async move {
            let r = next_steps_to_jobs(storage, report, id).await;
            note.try_set(Some(match r {
                Ok(0) => Notice::ok(t_string!(i18n, toolkit.cr_jobs_none)),
                Ok(n) => Notice::ok(td_string!(locale, toolkit.cr_jobs_added, n = n).to_string()),
                Err(e) => Notice::storage(i18n, &e),
            }));
        });
    };
    view! {
        <section class="card" aria-labelledby="cr-steps-title">
            <h3 id="cr-steps-title">{move || ContactField::NextSteps.label(ctx.lang.get())}</h3>
            <crate::ui::fields::FieldIssues id="cr-steps" notes=ctx.notes(ContactField::NextSteps) />
            <ol class="rows">{rows}</ol>
            <div class="actions">
                <button
                    type="button"
                    class="secondary"
                    id="cr-add-step"
                    on:click=move |_| ctx.edit(|r| r.next_steps.push(NextStep::default()))
                >
                    {tr!(i18n, toolkit.add_step)}
                </button>
                <button
                    type="button"
                    on:click=to_wip
                    disabled=move || count.get() == 0 || busy.get()
                    aria-busy=move || busy.aria()
                >
                    {tr!(i18n, toolkit.cr_to_wip)}
                </button>
            </div>
            <NoticeView
                notice=note
                after_ok=move || view! {
                        <a
                            href=move || nav.href(Tab::Wip, None)
                            on:click=move |ev| {
                                ev.prevent_default();
                                nav.go(Tab::Wip, nav.client.get_untracked(), None);
                            }
                        >
                            {tr!(i18n, toolkit.cr_open_wip)}
                        </a>
                }
            />
        </section>
    }
}
