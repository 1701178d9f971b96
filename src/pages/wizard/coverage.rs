//! Coverage: each objective, mandatory and KPI of the brief linked to the
//! sections of the proposal that answer it, and what is still unanswered.
use leptos::prelude::*;

use super::lang_of;
use super::workspace::use_wiz;
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::proposal::{ItemKind, SectionId};

#[component]
pub fn CoverageEditor() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let items = Memo::new(move |_| {
        ctx.draft.with(|r| {
            let b = &r.brief;
            let mut v: Vec<(ItemKind, String, String)> = Vec::new();
            v.extend(
                b.objectives
                    .iter()
                    .map(|o| (ItemKind::Objective, o.id.clone(), o.text.clone())),
            );
            v.extend(
                b.mandatories
                    .iter()
                    .map(|o| (ItemKind::Mandatory, o.id.clone(), o.text.clone())),
            );
            v.extend(b.kpis.iter().map(|k| {
                (
                    ItemKind::Kpi,
                    k.id.clone(),
                    format!("{} {}", k.metric, k.target).trim().to_string(),
                )
            }));
            v
        })
    });
    let uncovered = Memo::new(move |_| ctx.draft.with(|r| r.uncovered().len()));
    let kind_label = move |k: ItemKind| match k {
        ItemKind::Objective => t_string!(i18n, wizard.f_objective).to_string(),
        ItemKind::Mandatory => t_string!(i18n, wizard.f_mandatory).to_string(),
        ItemKind::Kpi => t_string!(i18n, wizard.f_kpi_metric).to_string(),
    };
    view! {
        <section class="card-inner coverage" aria-labelledby="coverage-title">
            <h3 id="coverage-title">{tr!(i18n, wizard.coverage)}</h3>
            <p class="help">{tr!(i18n, wizard.coverage_help)}</p>
            <p role="status" data-testid="uncovered" class=move || { if uncovered.get() > 0 { "msg msg-warn" } else { "msg msg-ok" } }>
                {move || match uncovered.get() {
                    0 => t_string!(i18n, wizard.all_covered).to_string(),
                    n => td_string!(i18n.get_locale(), wizard.n_uncovered, n = n).to_string(),
                }}
            </p>
            {move || {
                let list = items.get();
                if list.is_empty() {
                    return view! { <p>{tr!(i18n, wizard.nothing_to_cover)}</p> }.into_any();
                }
                list.into_iter()
                    .enumerate()
                    .map(|(n, (kind, id, text))| {
                        let id = StoredValue::new(id);
                        let covered = move || ctx.draft.with(|r| !r.proposal.coverage.sections_of(kind, &id.get_value()).is_empty());
                        let title = format!("{} · {}", kind_label(kind), if text.is_empty() { "…".to_string() } else { text });
                        view! {
                            <details class="cover-item" class:uncovered=move || !covered()>
                                <summary>
                                    <span class="cover-state">{move || if covered() { "✓" } else { "!" }}</span>
                                    " " {title.clone()}
                                    <span class="sr-only">{move || if covered() { t_string!(i18n, wizard.covered).to_string() } else { t_string!(i18n, wizard.not_covered).to_string() }}</span>
                                </summary>
                                <fieldset>
                                    <legend class="sr-only">{td_string!(i18n.get_locale_untracked(), wizard.answered_in, item = title.clone()).to_string()}</legend>
                                    <ul class="check-list">
                                        {SectionId::ALL
                                            .into_iter()
                                            .map(|s| {
                                                let cid = format!("cov-{n}-{s:?}");
                                                let on = move || ctx.draft.with(|r| r.proposal.coverage.sections_of(kind, &id.get_value()).contains(&s));
                                                view! {
                                                    <li>
                                                        <input type="checkbox" id=cid.clone() prop:checked=on
                                                            on:change=move |_| {
                                                                let iid = id.get_value();
                                                                let was = on();
                                                                ctx.edit(|r| {
                                                                    if was {
                                                                        r.proposal.coverage.unlink(kind, &iid, s);
                                                                    } else {
                                                                        r.proposal.coverage.link(kind, &iid, s);
                                                                    }
                                                                });
                                                            } />
                                                        <label for=cid>{move || s.label().get(lang_of(i18n.get_locale())).to_string()}</label>
                                                    </li>
                                                }
                                            })
                                            .collect_view()}
                                    </ul>
                                </fieldset>
                            </details>
                        }
                    })
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
}
