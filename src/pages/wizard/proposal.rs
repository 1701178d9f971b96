//! Step 6, the proposal: composed from the earlier steps, then edited: cover,
//! understanding, strategy, the ideas and the recommended one, deliverables,
//! pricing, timeline, KPIs and next steps; the coverage check, sending, the
//! versions sent, the files and the share link.
use leptos::prelude::*;

use super::brief::KpiRows;
use super::fields::{at, errors, rows_at, DateField, FieldIssues, StringList, TextField};
use super::workspace::use_wiz;
use super::{lang_of, today};
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::brief::WizardField as F;
use suitcase_core::model::text::Lang;

#[component]
pub fn ProposalStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    // The first visit fills the proposal from the earlier steps.
    if ctx.draft.with_untracked(|r| {
        r.proposal.title.trim().is_empty() && r.proposal.understanding.trim().is_empty()
    }) {
        let lang = lang_of(i18n.get_locale_untracked());
        ctx.edit(|r| r.compose(Some(today()), lang));
    }
    let compose = move |_| {
        let lang = lang_of(i18n.get_locale_untracked());
        ctx.edit(|r| r.compose(Some(today()), lang));
    };
    view! {
        <p class="help">{tr!(i18n, wizard.proposal_help)} " "
            <button type="button" class="link-btn" on:click=compose>{tr!(i18n, wizard.compose)}</button>
        </p>
        <div class="proposal-layout">
            <div class="proposal-edit">
                <Cover />
                <Texts />
                <IdeasShown />
                <Lists />
                <super::pricing::PricingEditor />
                <super::pricing::TimelineEditor />
                <Kpis />
                <Terms />
                <NextSteps />
            </div>
            <div class="proposal-side">
                <super::coverage::CoverageEditor />
                <super::send::SendPanel />
                <super::files::Files />
            </div>
        </div>
        <super::docview::Preview />
    }
}

fn s(i18n: leptos_i18n::I18nContext<Locale>, f: fn(Locale) -> String) -> Signal<String> {
    Signal::derive(move || f(i18n.get_locale()))
}

#[component]
fn Cover() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let (title, set_title) = lens!(ctx, |r| r.proposal.title);
    let (subtitle, set_subtitle) = lens!(ctx, |r| r.proposal.subtitle);
    let (by, set_by) = lens!(ctx, |r| r.proposal.prepared_by);
    let (date, set_date) = lens!(ctx, |r| r.proposal.date);
    let (number, set_number) = lens!(ctx, |r| r.proposal.number);
    let (valid, set_valid) = lens!(ctx, |r| r.proposal.valid_until);
    // Not chosen yet: the screen's language, as the preview uses.
    let doc_lang = move || {
        let screen = lang_of(i18n.get_locale());
        ctx.draft.with(|r| r.proposal.lang.unwrap_or(screen))
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.cover)}</legend>
            <div class="field">
                <label for="p-lang">{tr!(i18n, wizard.f_doc_lang)}</label>
                <select id="p-lang" aria-describedby="p-lang-help"
                    on:change=move |ev| {
                        let lang = Lang::from_tag(&event_target_value(&ev));
                        ctx.edit(|r| r.proposal.lang = lang);
                    }>
                    <option value="en" selected=move || doc_lang() == Lang::En>{tr!(i18n, wizard.lang_en)}</option>
                    <option value="vi" selected=move || doc_lang() == Lang::Vi>{tr!(i18n, wizard.lang_vi)}</option>
                </select>
                <p class="help" id="p-lang-help">{tr!(i18n, wizard.doc_lang_help)}</p>
            </div>
            <TextField id="p-title" label=s(i18n, |l| td_string!(l, wizard.f_title).to_string()) issues=at(F::Title) value=title on_set=set_title />
            <TextField id="p-subtitle" label=s(i18n, |l| td_string!(l, wizard.f_subtitle).to_string()) issues=at(F::Subtitle) value=subtitle on_set=set_subtitle />
            <div class="grid-2">
                <TextField id="p-by" label=s(i18n, |l| td_string!(l, wizard.f_prepared_by).to_string()) issues=at(F::PreparedBy) value=by on_set=set_by />
                <DateField id="p-date" label=s(i18n, |l| td_string!(l, wizard.f_date).to_string())  value=date on_set=set_date />
                <TextField id="p-number" label=s(i18n, |l| td_string!(l, wizard.f_number).to_string()) issues=at(F::Number) value=number on_set=set_number />
                <DateField id="p-valid" label=s(i18n, |l| td_string!(l, wizard.f_valid_until).to_string()) issues=at(F::ValidUntil) value=valid on_set=set_valid />
            </div>
        </fieldset>
    }
}

#[component]
fn Texts() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let (u, set_u) = lens!(ctx, |r| r.proposal.understanding);
    let (st, set_st) = lens!(ctx, |r| r.proposal.strategy);
    view! {
        <TextField id="p-understanding" label=s(i18n, |l| td_string!(l, wizard.f_understanding).to_string()) issues=at(F::Understanding) value=u on_set=set_u multiline=true />
        <TextField id="p-strategy" label=s(i18n, |l| td_string!(l, wizard.f_strategy).to_string()) issues=at(F::Strategy) value=st on_set=set_st multiline=true />
    }
}

/// Which ideas the proposal shows, and the one it recommends.
#[component]
fn IdeasShown() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let (rec, set_rec) = lens!(ctx, |r| r.proposal.recommendation);
    let ideas = Memo::new(move |_| {
        ctx.draft.with(|r| {
            let shortlist = r.review.shortlist(&r.ideas).idea_ids;
            let mut v: Vec<(String, String, bool)> = r
                .ideas
                .iter()
                .map(|i| (i.id.clone(), i.title.clone(), shortlist.contains(&i.id)))
                .collect();
            // Shortlisted first, in their order.
            suitcase_core::sort::by_key(&mut v, |(id, _, _)| {
                shortlist.iter().position(|s| s == id).unwrap_or(usize::MAX)
            });
            v
        })
    });
    let options = Memo::new(move |_| {
        ctx.draft.with(|r| {
            r.proposal
                .idea_ids
                .iter()
                .filter_map(|id| r.ideas.iter().find(|i| &i.id == id))
                .map(|i| {
                    (
                        i.id.clone(),
                        i.title.clone(),
                        r.proposal.recommended_idea == i.id,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let shown = move |id: &str| {
        ctx.draft
            .with(|r| r.proposal.idea_ids.iter().any(|x| x == id))
    };
    view! {
        <fieldset class="list-field">
            <legend>{tr!(i18n, wizard.f_shown_ideas)}</legend>
            <p class="help">{tr!(i18n, wizard.shown_help)}</p>
            <ul class="check-list">
                {move || {
                    ideas
                        .get()
                        .into_iter()
                        .map(|(id, title, short)| {
                            let (a, b) = (id.clone(), id.clone());
                            let cid = format!("show-{id}");
                            view! {
                                <li>
                                    <input type="checkbox" id=cid.clone() prop:checked=move || shown(&a)
                                        on:change=move |_| {
                                            let id = b.clone();
                                            ctx.edit(|r| {
                                                if let Some(p) = r.proposal.idea_ids.iter().position(|x| *x == id) {
                                                    r.proposal.idea_ids.remove(p);
                                                } else {
                                                    r.proposal.idea_ids.push(id);
                                                }
                                            })
                                        } />
                                    <label for=cid>{title} {short.then(|| view! { " " <span class="tag">{tr!(i18n, wizard.shortlisted)}</span> })}</label>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <FieldIssues id="p-ideas" notes=errors(Some(at(F::ShownIdeas))) />
            <div class="field">
                <label for="p-recommended">{tr!(i18n, wizard.f_recommended)}</label>
                <select id="p-recommended" aria-describedby="p-recommended-issues"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        ctx.edit(|r| r.proposal.recommended_idea = v);
                    }>
                    <option value="" selected=move || ctx.draft.with(|r| r.proposal.recommended_idea.is_empty())>
                        {tr!(i18n, wizard.choose)}
                    </option>
                    {move || {
                        options
                            .get()
                            .into_iter()
                            .map(|(id, title, sel)| view! { <option value=id selected=sel>{title}</option> })
                            .collect_view()
                    }}
                </select>
                <FieldIssues id="p-recommended" notes=errors(Some(at(F::RecommendedIdea))) />
            </div>
            <TextField id="p-recommendation" label=s(i18n, |l| td_string!(l, wizard.f_recommendation).to_string()) issues=at(F::Recommendation) value=rec on_set=set_rec multiline=true />
        </fieldset>
    }
}

#[component]
fn Lists() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let (d, set_d) = lens!(ctx, |r| r.proposal.deliverables);
    view! {
        <StringList id="p-deliv" legend=s(i18n, |l| td_string!(l, wizard.f_deliverables).to_string())
            item=s(i18n, |l| td_string!(l, wizard.f_deliverable).to_string())
            add_label=s(i18n, |l| td_string!(l, wizard.add_deliverable).to_string())
            issues=at(F::ProposalDeliverables) row_issues=rows_at(F::ProposalDeliverable) items=d on_change=set_d />
    }
}

#[component]
fn Kpis() -> impl IntoView {
    let ctx = use_wiz();
    let (k, set_k) = lens!(ctx, |r| r.proposal.kpis);
    view! { <KpiRows id="p-kpi" list=F::ProposalKpis metric_of=F::ProposalKpiMetric target_of=F::ProposalKpiTarget items=k on_change=set_k /> }
}

#[component]
fn Terms() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let (t, set_t) = lens!(ctx, |r| r.proposal.terms);
    view! {
        <TextField id="p-terms" label=s(i18n, |l| td_string!(l, wizard.f_terms).to_string()) issues=at(F::Terms) value=t on_set=set_t multiline=true />
    }
}

#[component]
fn NextSteps() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let (n, set_n) = lens!(ctx, |r| r.proposal.next_steps);
    view! {
        <StringList id="p-next" legend=s(i18n, |l| td_string!(l, wizard.f_next_steps).to_string())
            item=s(i18n, |l| td_string!(l, wizard.f_next_step).to_string())
            add_label=s(i18n, |l| td_string!(l, wizard.add_next_step).to_string())
            issues=at(F::NextSteps) row_issues=rows_at(F::NextStep) items=n on_change=set_n />
    }
}
