//! Quizzes: "which account role suits me" (answers kept, a reasoned
//! suggestion) and knowledge quizzes per topic with a kept score history.
//! The open quiz is in the address (`/career/quiz?topic=<id>`).
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use super::progress::{use_progress, ProgressStatus};
use super::{format_date, role_href, text, today, use_lang};
use crate::i18n::*;
use crate::routes::{CareerPage, Route};
use crate::ui::text::tr;
use suitcase_core::model::career::{
    knowledge_quiz, move_item, score_answers, suggest_role, FitQuestion, ProgressOp, QuestionKind,
    QuizAnswer, QuizQuestion, QuizScore, QuizTopic, FIT_QUESTIONS, KNOWLEDGE_QUIZZES,
};

/// The quizzes page.
#[component]
pub fn Quizzes() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let topic = Memo::new(move |_| {
        query
            .with(|q| q.get("topic"))
            .and_then(|t| QuizTopic::from_id(&t))
    });
    view! {
        <Title text=move || t_string!(i18n, career.quiz_title).to_string() />
        <h1>{tr!(i18n, career.quiz_title)}</h1>
        <p class="lead">{tr!(i18n, career.quiz_intro)}</p>
        {move || match topic.get() {
            Some(t) => view! { <KnowledgeQuizView topic=t /> }.into_any(),
            None => view! {
                <FitQuiz />
                <QuizList />
            }
            .into_any(),
        }}
    }
}

/// One question of the role questionnaire.
#[component]
fn FitQuestionView(q: &'static FitQuestion) -> impl IntoView {
    let lang = use_lang();
    let progress = use_progress();
    let options = q
        .options
        .iter()
        .map(|o| {
            let id = format!("fit-{}-{}", q.id, o.id);
            let for_id = id.clone();
            view! {
                <label class="choice" for=for_id>
                    <input
                        type="radio"
                        data-stored=""
                        id=id
                        name=format!("fit-{}", q.id)
                        prop:checked=move || progress.data.with(|p| p.fit_choice(q.id) == Some(o.id))
                        disabled=move || !progress.loaded.get()
                        on:change=move |_| {
                            let _ = progress
                                .edit(ProgressOp::Fit {
                                    question_id: q.id.to_string(),
                                    option_id: o.id.to_string(),
                                });
                        }
                    />
                    <span>{text(lang, o.label)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="quiz-q">
            <legend>{text(lang, q.prompt)}</legend>
            {options}
        </fieldset>
    }
}

/// "Which account role suits me?"
#[component]
fn FitQuiz() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let questions = FIT_QUESTIONS
        .iter()
        .map(|q| view! { <FitQuestionView q=q /> })
        .collect_view();
    let answered = move || progress.data.with(|p| p.fit_answers.len());
    let result = move || {
        let answers = progress.data.with(|p| p.fit_answers.clone());
        if answers.len() < FIT_QUESTIONS.len() {
            return None;
        }
        let s = suggest_role(&answers).ok()?;
        let reasons = s
            .reasons
            .iter()
            .map(|r| view! { <li>{text(lang, *r)}</li> })
            .collect_view();
        let also_roles = s.also_consider.clone();
        let also = (!also_roles.is_empty()).then(move || {
            let links = also_roles
                .into_iter()
                .map(|r| view! { <li><A href=role_href(r.slug)>{text(lang, r.name)}</A></li> })
                .collect_view();
            view! {
                <p>{tr!(i18n, career.also_consider)}</p>
                <ul class="inline-list">{links}</ul>
            }
        });
        let top = s.top;
        Some(view! {
            <div class="card suggestion" data-testid="suggestion">
                <h3>
                    {tr!(i18n, career.suggested)}
                    " "
                    <A href=role_href(top.slug)>{text(lang, top.name)}</A>
                </h3>
                <p>{text(lang, top.summary)}</p>
                <p><strong>{tr!(i18n, career.why)}</strong></p>
                <ul>{reasons}</ul>
                {also}
            </div>
        })
    };
    view! {
        <section aria-labelledby="fit-title">
            <h2 id="fit-title">{tr!(i18n, career.fit_title)}</h2>
            <p>{tr!(i18n, career.fit_intro)}</p>
            {questions}
            <ProgressStatus />
            <p aria-live="polite" data-stored="">
                {move || {
                    let n = answered();
                    (n < FIT_QUESTIONS.len())
                        .then(|| {
                            td_string!(
                                i18n.get_locale(),
                                career.fit_progress,
                                n = n,
                                total = FIT_QUESTIONS.len()
                            )
                                .to_string()
                        })
                }}
            </p>
            <div aria-live="polite">{result}</div>
            <Show when=move || { answered() > 0 }>
                <button
                    type="button"
                    class="secondary"
                    on:click=move |_| {
                        let _ = progress.edit(ProgressOp::ClearFit);
                    }
                >
                    {tr!(i18n, career.fit_reset)}
                </button>
            </Show>
        </section>
    }
}

/// The knowledge quizzes with each one's latest and best score.
#[component]
fn QuizList() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let items = KNOWLEDGE_QUIZZES
        .iter()
        .map(|k| {
            let topic = k.topic;
            let scores = move || {
                progress.data.with(|p| {
                    let h = &p.quiz_history;
                    match (h.latest(topic), h.best(topic)) {
                        (Some(l), Some(b)) => td_string!(
                            i18n.get_locale(),
                            career.quiz_scores,
                            latest = l.percent(),
                            best = b.percent(),
                            n = h.for_topic(topic).len()
                        )
                        .to_string(),
                        _ => t_string!(i18n, career.quiz_not_taken).to_string(),
                    }
                })
            };
            view! {
                <li>
                    <A href=Route::quiz(topic.id()).href()>
                        {text(lang, k.title)}
                    </A>
                    " "
                    <span class="help" data-stored="" data-testid=format!("scores-{}", topic.id())>{scores}</span>
                    " "
                    <span class="help">
                        {move || {
                            td_string!(i18n.get_locale(), career.quiz_size, n = k.questions.len())
                                .to_string()
                        }}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="knowledge-title">
            <h2 id="knowledge-title">{tr!(i18n, career.knowledge_title)}</h2>
            <p>{tr!(i18n, career.knowledge_intro)}</p>
            <ul class="quiz-list">{items}</ul>
        </section>
    }
}

/// One knowledge quiz: answer, check, see explanations; the score joins
/// the history.
#[component]
fn KnowledgeQuizView(topic: QuizTopic) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let quiz = knowledge_quiz(topic);
    let initial = move || -> Vec<Option<QuizAnswer>> {
        quiz.questions
            .iter()
            .map(QuizQuestion::initial_answer)
            .collect()
    };
    let answers: RwSignal<Vec<Option<QuizAnswer>>> = RwSignal::new(initial());
    let score: RwSignal<Option<QuizScore>> = RwSignal::new(None);
    let missing: RwSignal<Option<String>> = RwSignal::new(None);
    let questions = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(qi, q)| {
            let body = match q.kind {
                QuestionKind::Choice => {
                    view! { <ChoiceList q=q qi=qi answers=answers score=score missing=missing /> }
                        .into_any()
                }
                QuestionKind::Order { .. } => {
                    view! { <OrderList q=q qi=qi answers=answers score=score /> }.into_any()
                }
            };
            let feedback = move || {
                score.with(|s| {
                    s.as_ref().map(|s| {
                        let ok = s.results[qi];
                        let verdict = match (ok, q.kind) {
                            (true, _) => t_string!(i18n, career.correct).to_string(),
                            (false, QuestionKind::Choice) => td_string!(
                                i18n.get_locale(),
                                career.incorrect,
                                answer = q.choices[q.correct].get(lang.get())
                            )
                            .to_string(),
                            (false, QuestionKind::Order { .. }) => {
                                t_string!(i18n, quiz.order_wrong).to_string()
                            }
                        };
                        let right_order = (!ok && matches!(q.kind, QuestionKind::Order { .. }))
                            .then(|| {
                                let items = q
                                    .choices
                                    .iter()
                                    .map(|c| view! { <li>{text(lang, *c)}</li> })
                                    .collect_view();
                                view! { <ol class="order-answer">{items}</ol> }
                            });
                        view! {
                            <p class=if ok { "msg msg-ok" } else { "msg msg-error" }>{verdict}</p>
                            {right_order}
                            <p>{text(lang, q.explanation)}</p>
                        }
                    })
                })
            };
            view! {
                <fieldset class="quiz-q" data-testid=format!("q-{}", q.id)>
                    <legend>{format!("{}. ", qi + 1)}{text(lang, q.prompt)}</legend>
                    {body}
                    {feedback}
                </fieldset>
            }
        })
        .collect_view();
    let check = move |_| {
        let a = answers.get_untracked();
        let open = a.iter().filter(|x| x.is_none()).count();
        if open > 0 {
            missing.set(Some(
                td_string!(
                    i18n.get_locale_untracked(),
                    career.quiz_unanswered,
                    n = open
                )
                .to_string(),
            ));
            return;
        }
        if let Ok(s) = score_answers(topic, &a) {
            let _ = progress.edit(ProgressOp::Quiz {
                score: s.clone(),
                today: today(),
            });
            score.set(Some(s));
        }
    };
    let again = move |_| {
        answers.set(initial());
        score.set(None);
    };
    view! {
        <p class="breadcrumb">
            <A href=Route::Career(CareerPage::Quiz).href()>{tr!(i18n, career.all_quizzes)}</A>
        </p>
        <h2>{text(lang, quiz.title)}</h2>
        <form on:submit=|ev| ev.prevent_default()>
            {questions}
            <Show
                when=move || score.with(Option::is_none)
                fallback=move || {
                    view! {
                        <button type="button" on:click=again>{tr!(i18n, career.quiz_again)}</button>
                    }
                }
            >
                <button type="button" on:click=check aria-describedby="quiz-missing">
                    {tr!(i18n, career.quiz_check)}
                </button>
            </Show>
            <p id="quiz-missing" class="field-error" role="alert">{move || missing.get()}</p>
        </form>
        <p role="status" class="result-line" data-testid="quiz-score">
            {move || {
                score
                    .get()
                    .map(|s| {
                        td_string!(
                            i18n.get_locale(),
                            career.quiz_result,
                            correct = s.correct,
                            total = s.total,
                            pct = s.percent()
                        )
                            .to_string()
                    })
            }}
        </p>
        <ProgressStatus />
        <History topic=topic />
    }
}

/// The choices of a multiple-choice question, as radio buttons.
#[component]
fn ChoiceList(
    q: &'static QuizQuestion,
    qi: usize,
    answers: RwSignal<Vec<Option<QuizAnswer>>>,
    score: RwSignal<Option<QuizScore>>,
    missing: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    q.choices
        .iter()
        .enumerate()
        .map(|(ci, c)| {
            let id = format!("quiz-{}-{ci}", q.id);
            let for_id = id.clone();
            view! {
                <label class="choice" for=for_id>
                    <input
                        type="radio"
                        id=id
                        name=format!("quiz-{}", q.id)
                        prop:checked=move || {
                            answers.with(|a| a[qi] == Some(QuizAnswer::Choice(ci)))
                        }
                        disabled=move || score.with(Option::is_some)
                        on:change=move |_| {
                            answers.update(|a| a[qi] = Some(QuizAnswer::Choice(ci)));
                            missing.set(None);
                        }
                    />
                    <span>{text(lang, *c)}</span>
                </label>
            }
        })
        .collect_view()
}

/// A "put in order" question: the items in the user's current order, each
/// with Up and Down buttons (keyboard and touch alike; no dragging). After
/// a move the focus stays on the moved item's button and the new position
/// is announced.
#[component]
fn OrderList(
    q: &'static QuizQuestion,
    qi: usize,
    answers: RwSignal<Vec<Option<QuizAnswer>>>,
    score: RwSignal<Option<QuizScore>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let n = q.choices.len();
    let announce = RwSignal::new(String::new());
    let order = move || {
        answers.with(|a| match &a[qi] {
            Some(QuizAnswer::Order(o)) => o.clone(),
            _ => (0..n).collect(),
        })
    };
    let button_id = move |item: usize, up: bool| {
        format!("ord-{}-{item}-{}", q.id, if up { "up" } else { "down" })
    };
    let shift = move |item: usize, up: bool| {
        let mut moved_to = None;
        answers.update(|a| {
            if let Some(QuizAnswer::Order(o)) = &mut a[qi] {
                if let Some(from) = o.iter().position(|x| *x == item) {
                    if move_item(o, from, up) {
                        moved_to = Some(if up { from - 1 } else { from + 1 });
                    }
                }
            }
        });
        let Some(pos) = moved_to else {
            return;
        };
        announce.set(
            td_string!(
                i18n.get_locale_untracked(),
                quiz.moved,
                item = q.choices[item].get(lang.get_untracked()),
                pos = pos + 1,
                n = n
            )
            .to_string(),
        );
        // Keep the focus on the moved item: on the same button, or on the
        // other one when the item reached the end.
        let same = button_id(item, up);
        let other = button_id(item, !up);
        let at_end = (up && pos == 0) || (!up && pos + 1 == n);
        request_animation_frame(move || {
            let id = if at_end { other } else { same };
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&id))
            {
                if let Ok(h) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = h.focus();
                }
            }
        });
    };
    let help_id = format!("ord-{}-help", q.id);
    let items = move || {
        let o = order();
        let done = score.with(Option::is_some);
        o.iter()
            .enumerate()
            .map(|(pos, &item)| {
                let label = move || q.choices[item].get(lang.get());
                let up_label =
                    move || td_string!(i18n.get_locale(), quiz.move_up, item = label()).to_string();
                let down_label = move || {
                    td_string!(i18n.get_locale(), quiz.move_down, item = label()).to_string()
                };
                view! {
                    <li class="order-item" data-testid=format!("ord-item-{item}")>
                        <span class="order-pos" aria-hidden="true">{pos + 1}"."</span>
                        <span class="order-text">{label}</span>
                        <span class="order-moves">
                            <button
                                type="button"
                                class="secondary"
                                id=button_id(item, true)
                                aria-label=up_label
                                title=up_label
                                disabled=done || pos == 0
                                on:click=move |_| shift(item, true)
                            >
                                "↑"
                            </button>
                            <button
                                type="button"
                                class="secondary"
                                id=button_id(item, false)
                                aria-label=down_label
                                title=down_label
                                disabled=done || pos + 1 == n
                                on:click=move |_| shift(item, false)
                            >
                                "↓"
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <p class="help" id=help_id.clone()>{tr!(i18n, quiz.order_help)}</p>
        <ol
            class="order-list"
            aria-label=move || t_string!(i18n, quiz.order_list).to_string()
            aria-describedby=help_id
        >
            {items}
        </ol>
        <p class="visually-hidden" aria-live="polite">{move || announce.get()}</p>
    }
}

/// The kept scores of one quiz, newest first.
#[component]
fn History(topic: QuizTopic) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let rows = move || {
        progress.data.with(|p| {
            p.quiz_history
                .for_topic(topic)
                .into_iter()
                .rev()
                .map(|a| {
                    let date = format_date(a.date, lang.get());
                    let sc = format!("{} / {}", a.correct, a.total);
                    let pct = format!("{} %", a.percent());
                    view! {
                        <tr>
                            <td>{date}</td>
                            <td class="num">{sc}</td>
                            <td class="num">{pct}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let empty = move || {
        progress
            .data
            .with(|p| p.quiz_history.for_topic(topic).is_empty())
    };
    view! {
        <section>
            <h2 id="history-title">{tr!(i18n, career.history_title)}</h2>
            <Show
                when=move || !empty()
                fallback=move || view! { <p>{tr!(i18n, career.history_empty)}</p> }
            >
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="history-title">
                    <table class="data" data-testid="history">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(i18n, career.col_date)}</th>
                                <th scope="col" class="num">{tr!(i18n, career.col_score)}</th>
                                <th scope="col" class="num">{tr!(i18n, career.col_percent)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
