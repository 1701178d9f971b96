//! Interview practice: every question with what a good answer covers, a
//! model answer (STAR for questions about the past) and a weak answer with
//! why it is weak, behind reveal buttons; and flashcards where the user
//! writes an answer (kept), rates it and gets it back on an SM-2 schedule
//! whose four ratings always lead to four different dates.
//!
//! The open card and the role filter are in the address
//! (`/career/practice?q=<id>&role=<slug>`), so a reload returns to them.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::progress::{use_progress, ProgressStatus};
use super::{format_date, text, today, use_lang};
use crate::i18n::*;
use crate::routes::{use_navigator, Route};
use crate::ui::clock::use_today;
use crate::ui::text::tr;
use suitcase_core::model::career::srs::ANSWER_MAX;
use suitcase_core::model::career::{
    answers, question, CardSchedule, ModelAnswer, ProgressOp, Question, Rating, QUESTIONS, ROLES,
};

fn practice_href(q: Option<&str>, role: Option<&str>) -> String {
    Route::practice(q, role).href()
}

/// The practice page.
#[component]
pub fn Practice() -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    let query = use_query_map();
    let role_filter = Memo::new(move |_| {
        query
            .with(|q| q.get("role"))
            .filter(|r| ROLES.iter().any(|x| x.slug == r))
    });
    let asked = Memo::new(move |_| {
        query
            .with(|q| q.get("q"))
            .filter(|id| question(id).is_some())
    });
    // The card to show: the one in the address, else the most overdue,
    // else the first never practised (for the chosen role). Once chosen it
    // stays while it is practised; "Next question" moves on.
    let current = Memo::new(move |prev: Option<&Option<&'static Question>>| {
        if let Some(id) = asked.get() {
            return question(&id);
        }
        let role = role_filter.get();
        if !progress.loaded.get() {
            return None;
        }
        if let Some(Some(q)) = prev {
            if role.as_deref().is_none_or(|r| q.roles.contains(&r)) {
                return Some(*q);
            }
        }
        progress.data.with(|p| {
            let t = today();
            p.deck
                .due(t)
                .into_iter()
                .filter_map(|c| question(&c.question_id))
                .find(|q| role.as_deref().is_none_or(|r| q.roles.contains(&r)))
                .or_else(|| p.deck.new_questions(role.as_deref(), 1).into_iter().next())
        })
    });
    view! {
        <Title text=move || t_string!(i18n, career.practice_title).to_string() />
        <h1>{tr!(i18n, career.practice_title)}</h1>
        <p class="lead">{tr!(i18n, career.practice_intro)}</p>
        <DueSummary />
        <RoleFilter role=role_filter />
        {move || {
            if !progress.loaded.get() {
                return view! { <p role="status">{tr!(i18n, career.loading)}</p> }.into_any();
            }
            match current.get() {
                Some(q) => view! { <Flashcard q=q role=role_filter /> }.into_any(),
                None => view! { <p class="card">{tr!(i18n, career.nothing_due)}</p> }.into_any(),
            }
        }}
        <QuestionList role=role_filter />
    }
}

/// How many cards are due today, when the next one is, how many practised.
#[component]
fn DueSummary() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let today = use_today();
    let due = move || progress.data.with(|p| p.deck.due(today.get()).len());
    let next = move || progress.data.with(|p| p.deck.next_due_after(today.get()));
    let practised = move || {
        progress.data.with(|p| {
            p.deck
                .cards
                .values()
                .filter(|c| c.schedule.reviews > 0)
                .count()
        })
    };
    view! {
        <section class="card due-summary" aria-labelledby="due-title">
            <h2 id="due-title">{tr!(i18n, career.due_title)}</h2>
            <p data-stored="" data-testid="due-today">
                {move || td_string!(i18n.get_locale(), career.due_today, n = due()).to_string()}
            </p>
            <p data-stored="" data-testid="next-due">
                {move || match next() {
                    Some(d) => {
                        td_string!(
                            i18n.get_locale(),
                            career.next_due,
                            date = format_date(d, lang.get())
                        )
                            .to_string()
                    }
                    None => t_string!(i18n, career.next_due_none).to_string(),
                }}
            </p>
            <p data-stored="">
                {move || {
                    td_string!(
                        i18n.get_locale(),
                        career.practised,
                        n = practised(),
                        total = QUESTIONS.len()
                    )
                        .to_string()
                }}
            </p>
        </section>
    }
}

/// Chooses the role whose questions to practise.
#[component]
fn RoleFilter(role: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let navigator = use_navigator();
    let options = ROLES
        .iter()
        .map(|r| {
            view! {
                <option value=r.slug selected=move || role.get().as_deref() == Some(r.slug)>
                    {text(lang, r.name)}
                </option>
            }
        })
        .collect_view();
    let on_change = move |ev| {
        let v = event_target_value(&ev);
        navigator.go(Route::practice(
            None,
            Some(v.as_str()).filter(|v| !v.is_empty()),
        ));
    };
    view! {
        <div class="field inline-field">
            <label for="practice-role">{tr!(i18n, career.filter_role)}</label>
            <select id="practice-role" on:change=on_change>
                <option value="" selected=move || role.get().is_none()>
                    {tr!(i18n, career.all_roles)}
                </option>
                {options}
            </select>
        </div>
    }
}

/// "today" / "in 2 d".
fn in_days(i18n: leptos_i18n::I18nContext<Locale>, days: u32) -> String {
    if days == 0 {
        t_string!(i18n, practice.today).to_string()
    } else {
        td_string!(i18n.get_locale(), career.in_days, n = days).to_string()
    }
}

/// A button that shows or hides the panel `controls`.
#[component]
fn Reveal(
    open: RwSignal<bool>,
    controls: &'static str,
    show: Signal<String>,
    hide: Signal<String>,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="secondary"
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            on:click=move |_| open.update(|v| *v = !*v)
        >
            {move || if open.get() { hide.get() } else { show.get() }}
        </button>
    }
}

/// The model answer and the weak answer of a question, each behind its own
/// reveal button.
#[component]
fn Answers(q: &'static Question) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Some(a) = answers(q.id) else {
        return ().into_any();
    };
    let model_open = RwSignal::new(false);
    let weak_open = RwSignal::new(false);
    let model = match a.model {
        ModelAnswer::Star {
            situation,
            task,
            action,
            result,
        } => view! {
            <p class="help">{tr!(i18n, practice.model_star)}</p>
            <dl class="days star">
                <dt>{tr!(i18n, practice.situation)}</dt>
                <dd>{text(lang, situation)}</dd>
                <dt>{tr!(i18n, practice.task)}</dt>
                <dd>{text(lang, task)}</dd>
                <dt>{tr!(i18n, practice.action)}</dt>
                <dd>{text(lang, action)}</dd>
                <dt>{tr!(i18n, practice.result)}</dt>
                <dd>{text(lang, result)}</dd>
            </dl>
        }
        .into_any(),
        ModelAnswer::Spoken(paragraphs) => {
            let paragraphs = paragraphs
                .iter()
                .map(|p| view! { <p>{text(lang, *p)}</p> })
                .collect_view();
            view! {
                <p class="help">{tr!(i18n, practice.model_spoken)}</p>
                {paragraphs}
            }
            .into_any()
        }
    };
    let why = a
        .weak_why
        .iter()
        .map(|t| view! { <li>{text(lang, *t)}</li> })
        .collect_view();
    view! {
        <div class="actions">
            <Reveal
                open=model_open
                controls="card-model"
                show=Signal::derive(move || t_string!(i18n, practice.show_model).to_string())
                hide=Signal::derive(move || t_string!(i18n, practice.hide_model).to_string())
            />
            <Reveal
                open=weak_open
                controls="card-weak"
                show=Signal::derive(move || t_string!(i18n, practice.show_weak).to_string())
                hide=Signal::derive(move || t_string!(i18n, practice.hide_weak).to_string())
            />
        </div>
        <div
            id="card-model"
            class="good-answer model-answer"
            role="region"
            aria-labelledby="card-model-title"
            hidden=move || !model_open.get()
        >
            <h3 id="card-model-title">{tr!(i18n, practice.model_title)}</h3>
            {model}
        </div>
        <div
            id="card-weak"
            class="weak-answer"
            role="region"
            aria-labelledby="card-weak-title"
            hidden=move || !weak_open.get()
        >
            <h3 id="card-weak-title">{tr!(i18n, practice.weak_title)}</h3>
            <blockquote>
                <p>{text(lang, a.weak)}</p>
            </blockquote>
            <h4>{tr!(i18n, practice.weak_why)}</h4>
            <ul>{why}</ul>
        </div>
    }
    .into_any()
}

/// One flashcard: the question, the user's answer, what a good answer
/// covers, and the four ratings.
#[component]
fn Flashcard(q: &'static Question, role: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let stored_answer = move || {
        progress.data.with(|p| {
            p.deck
                .card(q.id)
                .map(|c| c.answer.clone())
                .unwrap_or_default()
        })
    };
    let schedule = move || {
        progress.data.with(|p| {
            p.deck
                .card(q.id)
                .map(|c| c.schedule.clone())
                .unwrap_or_default()
        })
    };
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let revealed = RwSignal::new(false);
    let rated: RwSignal<Option<CardSchedule>> = RwSignal::new(None);
    let on_input = move |ev| {
        let v = event_target_value(&ev);
        typed.set(Some(v.clone()));
        match progress.edit(ProgressOp::Answer {
            question_id: q.id.to_string(),
            answer: v,
        }) {
            Ok(()) => error.set(None),
            Err(_) => error.set(Some(
                td_string!(i18n.get_locale(), career.answer_too_long, max = ANSWER_MAX).to_string(),
            )),
        }
    };
    let rate = move |rating: Rating| {
        let t = today();
        if progress
            .edit(ProgressOp::Review {
                question_id: q.id.to_string(),
                rating,
                today: t,
            })
            .is_ok()
        {
            rated.set(Some(schedule()));
        }
    };
    let buttons = Rating::ALL
        .into_iter()
        .map(|r| {
            let hint = move || in_days(i18n, schedule().interval_for(r));
            view! {
                <button type="button" class="rate" on:click=move |_| rate(r)>
                    <span class="rate-name">{text(lang, r.label())}</span>
                    <span class="rate-hint">{hint}</span>
                </button>
            }
        })
        .collect_view();
    let good = q
        .good_answer
        .iter()
        .map(|t| view! { <li>{text(lang, *t)}</li> })
        .collect_view();
    let status = move || {
        let s = schedule();
        match s.due {
            None => t_string!(i18n, career.card_new).to_string(),
            Some(d) => td_string!(
                i18n.get_locale(),
                career.card_due,
                date = format_date(d, lang.get()),
                n = s.reviews
            )
            .to_string(),
        }
    };
    let next_href = move || {
        // The next card after this one: due first, then new.
        progress.data.with(|p| {
            let t = today();
            let role = role.get();
            let fits =
                |x: &Question| x.id != q.id && role.as_deref().is_none_or(|r| x.roles.contains(&r));
            p.deck
                .due(t)
                .into_iter()
                .filter_map(|c| question(&c.question_id))
                .find(|x| fits(x))
                .or_else(|| {
                    p.deck
                        .new_questions(role.as_deref(), QUESTIONS.len())
                        .into_iter()
                        .find(|x| fits(x))
                })
                .map(|x| practice_href(Some(x.id), role.as_deref()))
        })
    };
    view! {
        <section class="card flashcard" aria-labelledby="card-q">
            <p class="help">{tr!(i18n, career.card_label)}</p>
            <h2 id="card-q">{text(lang, q.prompt)}</h2>
            <p class="help" data-testid="card-status">{status}</p>
            <div class="field">
                <label for="card-answer">{tr!(i18n, career.your_answer)}</label>
                <textarea
                    id="card-answer"
                    rows="7"
                    prop:value=move || typed.get().unwrap_or_else(stored_answer)
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby="card-answer-help card-answer-error"
                    disabled=move || !progress.loaded.get()
                    on:input=on_input
                ></textarea>
                <p id="card-answer-help" class="help">{tr!(i18n, career.answer_help)}</p>
                <p id="card-answer-error" class="field-error" role="alert">
                    {move || error.get()}
                </p>
            </div>
            <ProgressStatus />
            <button
                type="button"
                class="secondary"
                aria-expanded=move || revealed.get().to_string()
                aria-controls="card-good"
                on:click=move |_| revealed.update(|v| *v = !*v)
            >
                {move || {
                    if revealed.get() {
                        t_string!(i18n, career.hide_good)
                    } else {
                        t_string!(i18n, career.show_good)
                    }
                }}
            </button>
            <div id="card-good" class="good-answer" hidden=move || !revealed.get()>
                <h3>{tr!(i18n, career.good_covers)}</h3>
                <ul>{good}</ul>
            </div>
            <Answers q=q />
            <fieldset class="ratings" aria-describedby="schedule-explained">
                <legend>{tr!(i18n, career.rate_legend)}</legend>
                <div class="actions">{buttons}</div>
            </fieldset>
            <details class="schedule-help">
                <summary>{tr!(i18n, practice.schedule_title)}</summary>
                <p id="schedule-explained">{tr!(i18n, practice.schedule_explained)}</p>
            </details>
            <p role="status" class="msg msg-ok" data-testid="rated">
                {move || {
                    rated
                        .get()
                        .map(|s| match s.due {
                            Some(d) if s.interval_days > 0 => {
                                td_string!(
                                    i18n.get_locale(),
                                    career.rated,
                                    date = format_date(d, lang.get())
                                )
                                    .to_string()
                            }
                            _ => t_string!(i18n, practice.rated_today).to_string(),
                        })
                }}
            </p>
            {move || {
                next_href()
                    .map(|h| {
                        view! {
                            <p>
                                <A href=h attr:class="button">{tr!(i18n, career.next_card)}</A>
                            </p>
                        }
                    })
            }}
        </section>
    }
}

/// Every question (for the chosen role), with its state and what a good
/// answer covers.
#[component]
fn QuestionList(role: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let items = move || {
        let r = role.get();
        QUESTIONS
            .iter()
            .filter(|q| r.as_deref().is_none_or(|r| q.roles.contains(&r)))
            .map(|q| {
                let state = move || {
                    progress
                        .data
                        .with(|p| match p.deck.card(q.id).and_then(|c| c.schedule.due) {
                            None => t_string!(i18n, career.state_new).to_string(),
                            Some(d) if d <= today() => {
                                t_string!(i18n, career.state_due).to_string()
                            }
                            Some(d) => td_string!(
                                i18n.get_locale(),
                                career.state_later,
                                date = format_date(d, lang.get())
                            )
                            .to_string(),
                        })
                };
                let good = q
                    .good_answer
                    .iter()
                    .map(|t| view! { <li>{text(lang, *t)}</li> })
                    .collect_view();
                let link = practice_href(Some(q.id), r.as_deref());
                view! {
                    <li class="question" id=format!("question-{}", q.id)>
                        <p class="question-prompt">
                            <A href=link>{text(lang, q.prompt)}</A>
                        </p>
                        <p class="help" data-stored="">{state}</p>
                        <details>
                            <summary>{tr!(i18n, career.good_covers)}</summary>
                            <ul>{good}</ul>
                        </details>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section aria-labelledby="all-questions">
            <h2 id="all-questions">{tr!(i18n, career.all_questions)}</h2>
            <ul class="question-list">{items}</ul>
        </section>
    }
}
