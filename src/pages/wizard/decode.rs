//! Step 2, decoding the brief (giải brief): the real problem, insights,
//! questions back to the client, and how complete the brief is.
use leptos::prelude::*;

use super::brief::RemoveButton;
use super::fields::{at, errors, focus_later, rows_at, FieldIssues, StringList, TextField};
use super::messages::part_text;
use super::workspace::use_wiz;
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::brief::QuestionStatus;
use suitcase_core::model::brief::WizardField as F;
use suitcase_core::model::proposal::Step;

#[component]
pub fn DecodeStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let (problem, set_problem) = lens!(ctx, |r| r.decode.problem);
    let (insights, set_insights) = lens!(ctx, |r| r.decode.insights);
    let (notes, set_notes) = lens!(ctx, |r| r.decode.notes);
    let s = move |f: fn(Locale) -> String| Signal::derive(move || f(i18n.get_locale()));
    view! {
        <Completeness />
        <TextField
            id="d-problem"
            label=s(|l| td_string!(l, wizard.f_problem).to_string())
            issues=at(F::Problem)
            value=problem
            on_set=set_problem
            multiline=true
            help=s(|l| td_string!(l, wizard.problem_help).to_string())
        />
        <StringList
            id="d-insight"
            legend=s(|l| td_string!(l, wizard.f_insights).to_string())
            item=s(|l| td_string!(l, wizard.f_insight).to_string())
            add_label=s(|l| td_string!(l, wizard.add_insight).to_string())
            issues=at(F::Insights) row_issues=rows_at(F::Insight)
            items=insights
            on_change=set_insights
        />
        <Questions />
        <TextField
            id="d-notes"
            label=s(|l| td_string!(l, wizard.f_notes).to_string())
            issues=at(F::DecodeNotes)
            value=notes
            on_set=set_notes
            multiline=true
        />
    }
}

/// The brief's completeness score and what it misses, biggest gap first.
#[component]
fn Completeness() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let c = Memo::new(move |_| ctx.draft.with(|r| r.brief.completeness()));
    view! {
        <div class="completeness card-inner" role="group" aria-labelledby="completeness-title">
            <h3 id="completeness-title">{tr!(i18n, wizard.completeness)}</h3>
            <p class="score">
                <meter min="0" max="100" low="60" high="85" optimum="100" value=move || c.get().score
                    aria-label=tr!(i18n, wizard.completeness)></meter>
                " "
                <strong data-testid="completeness">{move || format!("{}/100", c.get().score)}</strong>
            </p>
            {move || {
                let missing = c.get().missing;
                let locale = i18n.get_locale();
                if missing.is_empty() {
                    view! { <p>{tr!(i18n, wizard.complete)}</p> }.into_any()
                } else {
                    view! {
                        <p>{tr!(i18n, wizard.missing_intro)}</p>
                        <ul>
                            {missing
                                .into_iter()
                                .map(|m| {
                                    view! {
                                        <li>
                                            {part_text(locale, m.part)} " "
                                            <span class="help">{td_string!(locale, wizard.points, n = m.points).to_string()}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                        <button type="button" class="link-btn" on:click=move |_| ctx.go(Step::Brief)>
                            {tr!(i18n, wizard.fill_brief)}
                        </button>
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

fn status_tag(s: QuestionStatus) -> &'static str {
    match s {
        QuestionStatus::Open => "open",
        QuestionStatus::Asked => "asked",
        QuestionStatus::Answered => "answered",
    }
}

fn status_label(locale: Locale, s: QuestionStatus) -> String {
    match s {
        QuestionStatus::Open => td_string!(locale, wizard.q_open),
        QuestionStatus::Asked => td_string!(locale, wizard.q_asked),
        QuestionStatus::Answered => td_string!(locale, wizard.q_answered),
    }
    .to_string()
}

/// Questions back to the client, each with its status and answer.
#[component]
fn Questions() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let len = Memo::new(move |_| ctx.draft.with(|r| r.decode.questions.len()));
    let open = Memo::new(move |_| ctx.draft.with(|r| r.decode.unanswered().count()));
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let q = move || ctx.draft.with(|r| r.decode.questions.get(i).cloned().unwrap_or_default());
                let label = Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_question), i + 1));
                let alabel = Signal::derive(move || format!("{} {}", t_string!(i18n, wizard.f_answer), i + 1));
                let set_text = Callback::new(move |v: String| ctx.edit(|r| {
                    if let Some(q) = r.decode.questions.get_mut(i) {
                        q.text = v;
                    }
                }));
                let set_answer = Callback::new(move |v: String| ctx.edit(|r| {
                    if let Some(q) = r.decode.questions.get_mut(i) {
                        q.answer = v;
                    }
                }));
                let sid = format!("d-q-{i}-status");
                let on_status = move |ev: leptos::ev::Event| {
                    let v = event_target_value(&ev);
                    let s = [QuestionStatus::Open, QuestionStatus::Asked, QuestionStatus::Answered]
                        .into_iter()
                        .find(|s| status_tag(*s) == v);
                    if let Some(s) = s {
                        ctx.edit(|r| {
                            if let Some(q) = r.decode.questions.get_mut(i) {
                                q.status = s;
                            }
                        });
                    }
                };
                view! {
                    <li class="list-row">
                        <div class="grow">
                            <TextField id=format!("d-q-{i}") label=label issues=at(F::QuestionText(i))
                                value=Signal::derive(move || q().text) on_set=set_text />
                            <div class="field field-inline">
                                <label for=sid.clone()>{move || format!("{} {}", t_string!(i18n, wizard.q_status), i + 1)}</label>
                                <select id=sid on:change=on_status>
                                    {[QuestionStatus::Open, QuestionStatus::Asked, QuestionStatus::Answered]
                                        .into_iter()
                                        .map(|s| view! {
                                            <option value=status_tag(s) selected=move || q().status == s>
                                                {move || status_label(i18n.get_locale(), s)}
                                            </option>
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                            <Show when=move || q().status == QuestionStatus::Answered>
                                <TextField id=format!("d-q-{i}-answer") label=alabel issues=at(F::QuestionAnswer(i))
                                    value=Signal::derive(move || q().answer) on_set=set_answer multiline=true />
                            </Show>
                        </div>
                        <RemoveButton name=label on_remove=Callback::new(move |_| ctx.edit(|r| {
                            if i < r.decode.questions.len() {
                                r.decode.questions.remove(i);
                            }
                        })) />
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        ctx.edit(|r| {
            r.decode.add_question("");
        });
        focus_later(format!("d-q-{}", len.get_untracked() - 1));
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.f_questions)}</legend>
            <p class="help">
                {move || td_string!(i18n.get_locale(), wizard.questions_open, n = open.get()).to_string()}
            </p>
            <ol class="list-rows">{rows}</ol>
            <FieldIssues id="d-questions" notes=errors(Some(at(F::Questions))) />
            <button type="button" class="secondary" on:click=add>{tr!(i18n, wizard.add_question)}</button>
        </fieldset>
    }
}
