//! The guide to the job: what account means, the workflow from brief to
//! wrap-up, the three tools, account vs sales, why agencies hire account,
//! and the KPIs. Every entry has an id that search results link to.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::glossary::linked_run;
use super::role::KpiLine;
use super::{role_href, text, use_lang};
use crate::i18n::*;
use crate::routes::Route;
use crate::ui::text::tr;
use suitcase_core::model::career::examples::Kind;
use suitcase_core::model::career::{
    role, tool, topic, Topic, ACCOUNT_VS_SALES, KPIS, TOOLS, WORKFLOW, WORKFLOW_THROUGHOUT,
};

/// A link to a section of the guide. (A bare `#id` would resolve against
/// `<base href>` and leave the page.)
pub(crate) fn anchor(id: &str) -> String {
    Route::guide_section(id).href()
}

/// The guide page.
#[component]
pub fn Guide() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, career.guide_title).to_string() />
        <h1>{tr!(i18n, career.guide_title)}</h1>
        <p class="lead">{tr!(i18n, career.guide_intro)}</p>
        <nav class="toc" aria-label=tr!(i18n, career.toc_label)>
            <ol>
                <li><a href=anchor("topic-what-is-account")>{tr!(i18n, career.toc_what)}</a></li>
                <li><a href=anchor("workflow")>{tr!(i18n, career.workflow_title)}</a></li>
                <li><a href=anchor("tools")>{tr!(i18n, career.tools_title)}</a></li>
                <li><a href=anchor("topic-account-vs-sales")>{tr!(i18n, career.toc_vs)}</a></li>
                <li><a href=anchor("topic-why-agencies-hire-account")>{tr!(i18n, career.toc_why)}</a></li>
                <li><a href=anchor("more-topics")>{tr!(i18n, career.more_topics)}</a></li>
                <li><a href=anchor("kpis")>{tr!(i18n, career.kpis_title)}</a></li>
            </ol>
        </nav>
        <TopicSection id="what-is-account" />
        <Workflow />
        <Tools />
        <TopicSection id="account-vs-sales" />
        <TopicSection id="why-agencies-hire-account" />
        <section aria-labelledby="more-topics">
            <h2 id="more-topics">{tr!(i18n, career.more_topics)}</h2>
            <TopicSection id="budget-balancing" level3=true />
            <TopicSection id="missed-deadline" level3=true />
            <TopicSection id="backgrounds" level3=true />
        </section>
        <Kpis />
    }
}

/// One topic: title, summary, points (and the comparison table for
/// account vs sales).
#[component]
fn TopicSection(
    /// The topic's id.
    id: &'static str,
    /// A sub-section (h3) rather than a section (h2).
    #[prop(optional)]
    level3: bool,
) -> impl IntoView {
    let lang = use_lang();
    let Some(t): Option<&'static Topic> = topic(id) else {
        return ().into_any();
    };
    let anchor = format!("topic-{id}");
    // Glossary terms link where they first occur in the section.
    let mut linked = linked_run(
        lang,
        std::iter::once(t.summary)
            .chain(t.points.iter().copied())
            .collect(),
    )
    .into_iter();
    let summary = linked.next();
    let points = linked.map(|p| view! { <li>{p}</li> }).collect_view();
    let heading = if level3 {
        view! { <h3 id=anchor.clone()>{text(lang, t.title)}</h3> }.into_any()
    } else {
        view! { <h2 id=anchor.clone()>{text(lang, t.title)}</h2> }.into_any()
    };
    view! {
        <section aria-labelledby=anchor class="topic">
            {heading}
            <p>{summary}</p>
            <ul>{points}</ul>
            {(id == "account-vs-sales").then(|| view! { <Comparison /> })}
        </section>
    }
    .into_any()
}

/// Account vs sales, side by side.
#[component]
fn Comparison() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let rows = ACCOUNT_VS_SALES
        .iter()
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{text(lang, c.aspect)}</th>
                    <td>{text(lang, c.sales)}</td>
                    <td>{text(lang, c.account)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="vs-caption">
            <table class="data">
                <caption id="vs-caption">{tr!(i18n, career.vs_caption)}</caption>
                <thead>
                    <tr>
                        <td></td>
                        <th scope="col">"Sales"</th>
                        <th scope="col">"Account"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The workflow, step by step.
#[component]
fn Workflow() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let steps = WORKFLOW
        .iter()
        .map(|s| {
            // Glossary terms link where they first occur in the step.
            let mut linked =
                linked_run(lang, std::iter::once(s.summary).chain(s.tips.iter().copied()).collect())
                    .into_iter();
            let summary = linked.next();
            let tips = linked.map(|t| view! { <li>{t}</li> }).collect_view();
            let roles = s
                .roles
                .iter()
                .filter_map(|r| role(r))
                .map(|r| view! { <li><A href=role_href(r.slug)>{text(lang, r.name)}</A></li> })
                .collect_view();
            let tools = (!s.tools.is_empty()).then(|| {
                let links = s
                    .tools
                    .iter()
                    .filter_map(|t| tool(t))
                    .map(|t| view! { <li><a href=anchor(&format!("tool-{}", t.id))>{text(lang, t.name)}</a></li> })
                    .collect_view();
                view! {
                    <p class="help">{tr!(i18n, career.step_tools)}</p>
                    <ul class="inline-list">{links}</ul>
                }
            });
            view! {
                <li class="step" id=format!("step-{}", s.id)>
                    <h3>{text(lang, s.title)}</h3>
                    <p>{summary}</p>
                    <ul>{tips}</ul>
                    <p class="help">{tr!(i18n, career.step_roles)}</p>
                    <ul class="inline-list">{roles}</ul>
                    {tools}
                </li>
            }
        })
        .collect_view();
    let throughout = WORKFLOW_THROUGHOUT
        .iter()
        .map(|t| view! { <li>{text(lang, *t)}</li> })
        .collect_view();
    view! {
        <section aria-labelledby="workflow">
            <h2 id="workflow">{tr!(i18n, career.workflow_title)}</h2>
            <p>{tr!(i18n, career.workflow_intro)}</p>
            <ol class="workflow">{steps}</ol>
            <h3>{tr!(i18n, career.throughout)}</h3>
            <ul>{throughout}</ul>
        </section>
    }
}

/// The account's three tools, each linking to the toolkit.
#[component]
fn Tools() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let items = TOOLS
        .iter()
        .map(|t| {
            let good = t
                .good_one
                .iter()
                .map(|g| view! { <li>{text(lang, *g)}</li> })
                .collect_view();
            view! {
                <article class="card tool" id=format!("tool-{}", t.id)>
                    <h3>{text(lang, t.name)}</h3>
                    <p>{text(lang, t.purpose)}</p>
                    <p class="help">{tr!(i18n, career.good_one)}</p>
                    <ul>{good}</ul>
                    <p>
                        <A href=Route::Toolkit.href()>
                            {move || {
                                td_string!(
                                    i18n.get_locale(),
                                    career.open_toolkit,
                                    tool = t.name.get(lang.get())
                                )
                                .to_string()
                            }}
                        </A>
                    </p>
                    {Kind::ALL.into_iter().find(|k| k.tool_id() == t.id).map(|k| view! {
                        <p>
                            <A href=Route::examples(Some(k.slug()), None).href()>
                                {tr!(i18n, examples.guide_link)}
                            </A>
                        </p>
                    })}
                </article>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="tools">
            <h2 id="tools">{tr!(i18n, career.tools_title)}</h2>
            <p>{tr!(i18n, career.tools_intro)}</p>
            {items}
        </section>
    }
}

/// The account KPIs in words, with links to the calculators.
#[component]
fn Kpis() -> impl IntoView {
    let i18n = use_i18n();
    let items = KPIS
        .iter()
        .map(|k| view! { <KpiLine kpi=k id=format!("kpi-{}", k.id) /> })
        .collect_view();
    view! {
        <section aria-labelledby="kpis">
            <h2 id="kpis">{tr!(i18n, career.kpis_title)}</h2>
            <p class="help">{tr!(i18n, career.kpis_basis)}</p>
            <ul class="kpi-list">{items}</ul>
        </section>
    }
}
