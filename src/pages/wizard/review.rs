//! Step 5, the internal review: weighted criteria, scores from several
//! reviewers, a ranking, and the ideas that go forward (at least three).
use leptos::prelude::*;

use super::fields::{at, errors, FieldIssues};
use super::lang_of;
use super::workspace::use_wiz;
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::brief::WizardField as F;
use suitcase_core::model::proposal::ideas::SHORTLIST_SIZE;

#[component]
pub fn ReviewStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let reviewers = Memo::new(move |_| ctx.draft.with(|r| r.review.reviewers()));
    let current = RwSignal::new(
        reviewers
            .get_untracked()
            .first()
            .cloned()
            .unwrap_or_else(|| t_string!(i18n, wizard.reviewer_default).to_string()),
    );
    let new_name = RwSignal::new(String::new());
    let name_error: RwSignal<Option<String>> = RwSignal::new(None);
    let add_reviewer = move || {
        let name = new_name.get_untracked().trim().to_string();
        if name.is_empty() {
            name_error.set(Some(t_string!(i18n, check.required).to_string()));
            return;
        }
        if name.chars().count() > 200 {
            name_error.set(Some(
                td_string!(i18n.get_locale_untracked(), check.too_long, max = 200).to_string(),
            ));
            return;
        }
        name_error.set(None);
        current.set(name);
        new_name.set(String::new());
    };
    let few = Memo::new(move |_| ctx.draft.with(|r| r.ideas.len() < SHORTLIST_SIZE));
    view! {
        <p class="help">{tr!(i18n, wizard.review_help)}</p>
        <Show when=move || few.get()>
            <p class="msg msg-warn" role="status">
                {move || td_string!(i18n.get_locale(), wizard.fewer_ideas, n = ctx.draft.with(|r| r.ideas.len())).to_string()}
            </p>
        </Show>
        <Criteria />
        <div class="reviewer-bar">
            <div class="field field-inline">
                <label for="reviewer-pick">{tr!(i18n, wizard.scoring_as)}</label>
                <select id="reviewer-pick" on:change=move |ev| current.set(event_target_value(&ev))>
                    {move || {
                        let mut names = reviewers.get();
                        let cur = current.get();
                        if !names.contains(&cur) {
                            names.push(cur.clone());
                        }
                        names
                            .into_iter()
                            .map(|n| {
                                let sel = n == cur;
                                view! { <option value=n.clone() selected=sel>{n.clone()}</option> }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <form class="inline" on:submit=move |ev| {
                ev.prevent_default();
                add_reviewer();
            }>
                <div class="field field-inline">
                    <label for="reviewer-new">{tr!(i18n, wizard.new_reviewer)}</label>
                    <input id="reviewer-new" type="text" autocomplete="off" prop:value=move || new_name.get()
                        aria-describedby="reviewer-new-error"
                        aria-invalid=move || name_error.with(Option::is_some).then_some("true")
                        on:input=move |ev| new_name.set(event_target_value(&ev)) />
                    <button type="submit" class="secondary">{tr!(i18n, wizard.add_reviewer)}</button>
                </div>
                <p id="reviewer-new-error" class="field-error">{move || name_error.get()}</p>
            </form>
        </div>
        <ScoreGrid reviewer=current />
        <Ranking />
        <FieldIssues id="review" notes=errors(Some(at(F::Shortlist))) />
    }
}

/// The criteria and their weights.
#[component]
fn Criteria() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let len = Memo::new(move |_| ctx.draft.with(|r| r.review.criteria.len()));
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.f_criteria)}</legend>
            <p class="help">{tr!(i18n, wizard.weights_help)}</p>
            <div class="criteria">
                {move || {
                    (0..len.get())
                        .map(|i| {
                            let c = move || ctx.draft.with(|r| r.review.criteria.get(i).cloned().unwrap_or_default());
                            let err: RwSignal<Option<String>> = RwSignal::new(None);
                            let id = format!("crit-{i}");
                            let eid = format!("crit-{i}-error");
                            view! {
                                <div class="field field-short">
                                    <label for=id.clone()>
                                        {move || td_string!(i18n.get_locale(), wizard.weight_of, name = c().label_in(lang_of(i18n.get_locale()))).to_string()}
                                    </label>
                                    <input id=id type="number" min="0" max="100" step="1"
                                        prop:value=move || c().weight.to_string()
                                        aria-describedby=eid.clone()
                                        aria-invalid=move || err.with(Option::is_some).then_some("true")
                                        on:change=move |ev| {
                                            match event_target_value(&ev).trim().parse::<u32>() {
                                                Ok(w) if w <= 100 => {
                                                    err.set(None);
                                                    ctx.edit(|r| {
                                                        if let Some(c) = r.review.criteria.get_mut(i) {
                                                            c.weight = w;
                                                        }
                                                    });
                                                }
                                                _ => err.set(Some(t_string!(i18n, wizard.c_weight).to_string())),
                                            }
                                        } />
                                    <p id=eid class="field-error">{move || err.get()}</p>
                                </div>
                            }
                        })
                        .collect_view()
                }}
            </div>
            <FieldIssues id="criteria" notes=errors(Some(at(F::Criteria))) />
        </fieldset>
    }
}

/// One reviewer's scores: every idea on every criterion, 1 to 5.
#[component]
fn ScoreGrid(reviewer: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let shape = Memo::new(move |_| {
        ctx.draft.with(|r| {
            (
                r.ideas
                    .iter()
                    .map(|i| (i.id.clone(), i.title.clone()))
                    .collect::<Vec<_>>(),
                r.review
                    .criteria
                    .iter()
                    .map(|c| (c.id.clone(), c.label_in(lang_of(i18n.get_locale()))))
                    .collect::<Vec<_>>(),
            )
        })
    });
    move || {
        let (ideas, criteria) = shape.get();
        if ideas.is_empty() {
            return view! { <p>{tr!(i18n, wizard.no_ideas)}</p> }.into_any();
        }
        let header = criteria.clone();
        view! {
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="scores-caption">
                <table class="score-grid">
                    <caption id="scores-caption">
                        {move || td_string!(i18n.get_locale(), wizard.scores_by, name = reviewer.get()).to_string()}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, wizard.f_idea)}</th>
                            {header.into_iter().map(|(_, l)| view! { <th scope="col">{l}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {ideas
                            .into_iter()
                            .map(|(iid, title)| {
                                let cells = criteria
                                    .clone()
                                    .into_iter()
                                    .map(|(cid, clabel)| {
                                        let (iid2, cid2) = (iid.clone(), cid.clone());
                                        let value = Memo::new(move |_| {
                                            let who = reviewer.get();
                                            ctx.draft.with(|r| {
                                                r.review
                                                    .scores
                                                    .iter()
                                                    .find(|s| s.reviewer == who && s.idea_id == iid2 && s.criterion_id == cid2)
                                                    .map(|s| s.score)
                                                    .unwrap_or(0)
                                            })
                                        });
                                        let (iid3, cid3) = (iid.clone(), cid.clone());
                                        let on_change = move |ev: leptos::ev::Event| {
                                            let v: u8 = event_target_value(&ev).parse().unwrap_or(0);
                                            let who = reviewer.get_untracked();
                                            let (iid, cid) = (iid3.clone(), cid3.clone());
                                            ctx.edit(move |r| {
                                                if v == 0 {
                                                    r.review.scores.retain(|s| !(s.reviewer == who && s.idea_id == iid && s.criterion_id == cid));
                                                } else {
                                                    r.review.set_score(&who, &iid, &cid, v);
                                                }
                                            });
                                        };
                                        let title = title.clone();
                                        view! {
                                            <td>
                                                <select
                                                    aria-label=move || td_string!(i18n.get_locale(), wizard.score_label, idea = title.clone(), criterion = clabel.clone()).to_string()
                                                    on:change=on_change
                                                >
                                                    <option value="0" selected=move || value.get() == 0>"–"</option>
                                                    {(1u8..=5)
                                                        .map(|n| view! { <option value=n.to_string() selected=move || value.get() == n>{n}</option> })
                                                        .collect_view()}
                                                </select>
                                            </td>
                                        }
                                    })
                                    .collect_view();
                                view! {
                                    <tr>
                                        <th scope="row">{title.clone()}</th>
                                        {cells}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

/// Score in thousandths as "4.25".
fn score_text(milli: i64) -> String {
    format!("{}.{:02}", milli / 1000, (milli % 1000 + 5) / 10)
}

/// All ideas ranked; the ones going forward are marked and can be hand-picked.
#[component]
fn Ranking() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let data = Memo::new(move |_| {
        ctx.draft.with(|r| {
            let shortlist = r.review.shortlist(&r.ideas);
            let rows: Vec<(usize, String, String, Option<i64>, usize, bool)> = r
                .review
                .ranking(&r.ideas)
                .into_iter()
                .map(|k| {
                    let title = r
                        .ideas
                        .iter()
                        .find(|i| i.id == k.idea_id)
                        .map(|i| i.title.clone())
                        .unwrap_or_default();
                    let fwd = shortlist.idea_ids.contains(&k.idea_id);
                    (k.rank, k.idea_id, title, k.score_milli, k.reviewers, fwd)
                })
                .collect();
            (
                rows,
                shortlist.fewer_than_three,
                !r.review.forward.is_empty(),
            )
        })
    });
    let toggle = move |id: String| {
        ctx.edit(|r| {
            if r.review.forward.is_empty() {
                // Start hand-picking from what goes forward now.
                r.review.forward = r.review.shortlist(&r.ideas).idea_ids;
            }
            if let Some(p) = r.review.forward.iter().position(|f| *f == id) {
                r.review.forward.remove(p);
            } else {
                r.review.forward.push(id);
            }
        })
    };
    view! {
        <h3 id="ranking-title">{tr!(i18n, wizard.ranking)}</h3>
        {move || {
            let (rows, few, picked) = data.get();
            let locale = i18n.get_locale();
            view! {
                <p class="help">
                    {if picked { td_string!(locale, wizard.forward_picked) } else { td_string!(locale, wizard.forward_auto) }}
                    " "
                    {picked.then(|| view! {
                        <button type="button" class="link-btn" on:click=move |_| ctx.edit(|r| r.review.forward.clear())>
                            {tr!(i18n, wizard.forward_reset)}
                        </button>
                    })}
                </p>
                {few.then(|| view! { <p class="msg msg-warn" role="status">{tr!(i18n, wizard.fewer_forward)}</p> })}
                <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ranking-title">
                    <table class="ranking" data-testid="ranking">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(i18n, wizard.rank)}</th>
                                <th scope="col">{tr!(i18n, wizard.f_idea)}</th>
                                <th scope="col" class="num">{tr!(i18n, wizard.weighted_score)}</th>
                                <th scope="col" class="num">{tr!(i18n, wizard.reviewers)}</th>
                                <th scope="col">{tr!(i18n, wizard.goes_forward)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows
                                .into_iter()
                                .map(|(rank, id, title, score, n, fwd)| {
                                    let label = td_string!(locale, wizard.forward_label, idea = title.clone()).to_string();
                                    view! {
                                        <tr class:forward=fwd>
                                            <td>{rank}</td>
                                            <th scope="row">{title}</th>
                                            <td class="num">{score.map(score_text).unwrap_or_else(|| "–".into())}</td>
                                            <td class="num">{n}</td>
                                            <td>
                                                <input type="checkbox" prop:checked=fwd aria-label=label
                                                    on:change=move |_| toggle(id.clone()) />
                                            </td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
        }}
    }
}
