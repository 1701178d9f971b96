//! One open proposal: loads it, keeps the draft, autosaves every edit, and
//! shows the step the user is on. Steps are free to move back and forth;
//! leaving a step lists what it still misses, and nothing typed is dropped.

use leptos::prelude::*;
use leptos_meta::Title;

use super::messages::{cause_text, issue_line, status_label, step_label};
use crate::i18n::*;
use crate::routes::Route;
use crate::storage::Record;
use crate::ui::later::Fetched;
use crate::ui::open_record::OpenRecord;
use crate::ui::record_editor::RecordDraft;
use crate::ui::text::tr;
use suitcase_core::model::brief::{Cause, Issue, WizardField};
use suitcase_core::model::profile::{Profile, PROFILE_ID};
use suitcase_core::model::proposal::{Agency, ProposalRecord, Status, Step, MAX_PROPOSAL_BYTES};

// The steps after the brief (the first one a new proposal opens on) come with
// their own code the first time they are shown.
lazy_view!(page_wizard_decode => super::decode::DecodeStep);
lazy_view!(page_wizard_creative => super::creative::CreativeStep);
lazy_view!(page_wizard_brainstorm => super::ideas::BrainstormStep);
lazy_view!(page_wizard_review => super::review::ReviewStep);
lazy_view!(page_wizard_proposal => super::proposal::ProposalStep);

/// What every part of the open proposal shares. `Copy`.
#[derive(Clone, Copy)]
pub struct WizCtx {
    /// The record as edited (text exactly as typed).
    pub draft: RwSignal<ProposalRecord>,
    /// Every step's problems.
    pub issues: Memo<Vec<Issue>>,
    /// Steps the user has left at least once: their blank required fields
    /// are pointed out from then on.
    pub flagged: RwSignal<Vec<Step>>,
    /// Who the proposal is from (Settings → profile), for the cover.
    pub agency: RwSignal<Agency>,
    /// Set when an edit reopened an accepted proposal (the accepted
    /// version's number).
    pub reopened: RwSignal<Option<u32>>,
    record: RecordDraft<ProposalRecord>,
}

impl WizCtx {
    /// Changes the record and schedules its save.
    /// Editing the proposal of an accepted one starts a new version.
    pub fn edit(self, f: impl FnOnce(&mut ProposalRecord)) {
        let mut reopened = None;
        self.draft.update(|r| {
            // Only an accepted proposal needs its before-state (most edits
            // copy nothing).
            let before = (r.status == Status::Accepted).then(|| r.proposal.clone());
            f(r);
            if before.is_some_and(|b| b != r.proposal) && r.reopen_if_accepted() {
                reopened = r.accepted_version().map(|v| v.number);
            }
        });
        if reopened.is_some() {
            self.reopened.set(reopened);
        }
        self.record.changed();
    }

    /// Replaces the whole record (a send, a recorded reply): no reopening.
    pub fn replace(self, record: ProposalRecord) {
        self.record.edit(|r| *r = record);
    }

    /// The messages to show at `field` (tracked).
    pub fn messages_at(self, field: WizardField) -> Vec<String> {
        let locale = use_i18n().get_locale();
        let flagged = self.flagged.get();
        self.issues.with(|all| {
            all.iter()
                .filter(|i| i.field == field)
                .filter(|i| shown(&flagged, i))
                .map(|i| cause_text(locale, &i.cause))
                .collect()
        })
    }

    /// Moves to `step`, flagging the step left.
    pub fn go(self, step: Step) {
        let from = self.draft.with_untracked(|r| r.step);
        if from != step {
            self.flagged.update(|f| {
                if !f.contains(&from) {
                    f.push(from);
                }
            });
        }
        self.edit(|r| {
            r.go_to(step);
        });
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("step-title"))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = el.focus();
        }
    }
}

/// Blank required fields are only pointed out once their step was left (or
/// the send check ran); other problems show at once.
fn shown(flagged: &[Step], issue: &Issue) -> bool {
    !matches!(issue.cause, Cause::Missing | Cause::FewerThanThreeIdeas)
        || flagged.contains(&issue.field.step())
}

pub fn use_wiz() -> WizCtx {
    expect_context::<WizCtx>()
}

/// The open proposal `id`.
#[component]
pub fn Workspace(id: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p>
            <a href=Route::Wizard.href()>{tr!(i18n, wizard.back)}</a>
        </p>
        <OpenRecord<ProposalRecord>
            id=id
            loading=Signal::derive(move || t_string!(i18n, wizard.loading).to_string())
            not_found=Signal::derive(move || t_string!(i18n, wizard.not_found).to_string())
            heading=Signal::derive(move || t_string!(i18n, wizard.title).to_string())
            editor=Callback::new(|record| view! { <Editor record=record /> }.into_any())
        />
    }
}

/// The editor of a loaded proposal.
#[component]
fn Editor(record: Record<ProposalRecord>) -> impl IntoView {
    let i18n = use_i18n();
    let record = RecordDraft::open(
        record,
        move |r: &ProposalRecord| {
            (r.to_json_compact().len() > MAX_PROPOSAL_BYTES)
                .then(|| t_string!(i18n, wizard.too_big).to_string())
        },
        false,
    );
    let draft = record.draft;
    let issues = Memo::new(move |_| {
        draft.with(|r| {
            Step::ALL
                .iter()
                .flat_map(|&s| r.missing(s))
                .collect::<Vec<_>>()
        })
    });
    let agency = RwSignal::new(Agency::default());
    let storage = crate::storage::use_storage();
    leptos::task::spawn_local(async move {
        if let Ok(repo) = storage.repo::<Profile>().await {
            if let Ok(rec) = repo.get(PROFILE_ID).await {
                agency.try_set(rec.data.agency());
            }
        }
    });
    let ctx = WizCtx {
        draft,
        issues,
        flagged: RwSignal::new(Vec::new()),
        agency,
        reopened: RwSignal::new(None),
        record,
    };
    provide_context(ctx);
    // The step alone: edits inside a step must not rebuild it.
    let step = Memo::new(move |_| draft.with(|r| r.step));
    let title = move || {
        draft.with(|r| {
            let t = r.proposal.title.trim();
            if !t.is_empty() {
                return t.to_string();
            }
            match (r.brief.brand.trim(), r.brief.client.trim()) {
                ("", "") => t_string!(i18n, wizard.untitled).to_string(),
                ("", c) => c.to_string(),
                (b, _) => b.to_string(),
            }
        })
    };
    view! {
        <Title text=title />
        <div class="wiz-head">
            <h1>{title}</h1>
            <StatusSelect />
            {record.indicator()}
        </div>
        <Stepper />
        <LeftBehind />
        <section class="wiz-step card" aria-labelledby="step-title">
            <h2 id="step-title" tabindex="-1">
                {move || step_label(i18n.get_locale(), step.get())}
            </h2>
            {move || match step.get() {
                Step::Brief => view! { <super::brief::BriefStep /> }.into_any(),
                Step::Decode => view! { <Fetched load=page_wizard_decode() /> }.into_any(),
                Step::Creative => view! { <Fetched load=page_wizard_creative() /> }.into_any(),
                Step::Brainstorm => view! { <Fetched load=page_wizard_brainstorm() /> }.into_any(),
                Step::Review => view! { <Fetched load=page_wizard_review() /> }.into_any(),
                Step::Proposal => view! { <Fetched load=page_wizard_proposal() /> }.into_any(),
            }}
            <StepButtons />
        </section>
    }
}

/// The proposal's status with the client.
#[component]
fn StatusSelect() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let on_change = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        if let Some(s) = Status::ALL.into_iter().find(|s| status_tag(*s) == v) {
            ctx.edit(|r| r.status = s);
        }
    };
    view! {
        <div class="field field-inline">
            <label for="wiz-status">{tr!(i18n, wizard.status_label)}</label>
            <select id="wiz-status" on:change=on_change>
                {Status::ALL
                    .into_iter()
                    .map(|s| {
                        view! {
                            <option
                                value=status_tag(s)
                                selected=move || ctx.draft.with(|r| r.status == s)
                            >
                                {move || status_label(i18n.get_locale(), s)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The stable tag of a status (the `<select>` value and the list filter).
pub fn status_tag(s: Status) -> &'static str {
    match s {
        Status::Draft => "draft",
        Status::InternalReview => "internal_review",
        Status::Sent => "sent",
        Status::Revising => "revising",
        Status::Accepted => "accepted",
        Status::Lost => "lost",
    }
}

/// The six steps, each a button with how many problems it has.
#[component]
fn Stepper() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    view! {
        <nav class="stepper" aria-label=tr!(i18n, wizard.steps_label)>
            <ol>
                {Step::ALL
                    .into_iter()
                    .enumerate()
                    .map(|(n, s)| {
                        let count = Memo::new(move |_| {
                            ctx.issues.with(|v| v.iter().filter(|i| i.field.step() == s).count())
                        });
                        let current = move || ctx.draft.with(|r| r.step == s);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="step-btn"
                                    class:current=current
                                    aria-current=move || current().then_some("step")
                                    on:click=move |_| ctx.go(s)
                                >
                                    <span class="step-n" aria-hidden="true">{n + 1}</span>
                                    <span>{move || step_label(i18n.get_locale(), s)}</span>
                                    {move || {
                                        (count.get() > 0)
                                            .then(|| {
                                                view! {
                                                    <span class="step-badge">
                                                        {td_string!(i18n.get_locale(), wizard.to_check, n = count.get()).to_string()}
                                                    </span>
                                                }
                                            })
                                    }}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// After moving on: what the step just left still misses.
#[component]
fn LeftBehind() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let left = Memo::new(move |_| {
        let current = ctx.draft.with(|r| r.step);
        let flagged = ctx.flagged.get();
        let last = flagged.last().copied().filter(|s| *s != current);
        last.map(|s| {
            let items: Vec<Issue> = ctx
                .issues
                .with(|v| v.iter().filter(|i| i.field.step() == s).cloned().collect());
            (s, items)
        })
    });
    move || {
        left.get().and_then(|(s, items)| {
            (!items.is_empty()).then(|| {
                let locale = i18n.get_locale();
                view! {
                    <div class="msg msg-warn" role="status">
                        <p>
                            {td_string!(locale, wizard.left_missing, step = step_label(locale, s), n = items.len()).to_string()}
                            " "
                            <button type="button" class="link-btn" on:click=move |_| ctx.go(s)>
                                {td_string!(locale, wizard.go_back_to, step = step_label(locale, s)).to_string()}
                            </button>
                        </p>
                        <ul>
                            {items
                                .iter()
                                .take(8)
                                .map(|i| view! { <li>{issue_line(locale, i)}</li> })
                                .collect_view()}
                        </ul>
                    </div>
                }
            })
        })
    }
}

/// Back and next.
#[component]
fn StepButtons() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let step = Memo::new(move |_| ctx.draft.with(|r| r.step));
    let step = move || step.get();
    view! {
        <div class="actions step-actions">
            {move || {
                step()
                    .prev()
                    .map(|p| {
                        view! {
                            <button type="button" class="secondary" on:click=move |_| ctx.go(p)>
                                {td_string!(i18n.get_locale(), wizard.back_to, step = step_label(i18n.get_locale(), p)).to_string()}
                            </button>
                        }
                    })
            }}
            {move || {
                step()
                    .next()
                    .map(|n| {
                        view! {
                            <button type="button" on:click=move |_| ctx.go(n)>
                                {td_string!(i18n.get_locale(), wizard.next_to, step = step_label(i18n.get_locale(), n)).to_string()}
                            </button>
                        }
                    })
            }}
        </div>
    }
}
