//! The skill checklist (three states, kept in IndexedDB) and readiness.
//!
//! A skill has one state wherever it is shown: ticking "Negotiation" on the
//! Account Manager's page counts for every role that needs it.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::progress::{use_progress, ProgressStatus};
use super::{role_href, text, use_lang};
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::career::{
    readiness, roles_using_skill, skill, ProgressOp, Role, SkillState, ROLES, SKILLS,
};

fn state_id(s: SkillState) -> &'static str {
    match s {
        SkillState::NotYet => "not-yet",
        SkillState::Learning => "learning",
        SkillState::Confident => "confident",
    }
}

/// One skill: its name as the group's legend, three choices, what it is,
/// how to practise it and (optionally) which roles use it.
#[component]
fn SkillItem(
    /// The skill's id.
    id: &'static str,
    /// Show the roles that use this skill.
    #[prop(optional)]
    show_roles: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let Some(s) = skill(id) else {
        return ().into_any();
    };
    let current = move || progress.data.with(|p| p.skills.get(id));
    let choices = SkillState::ALL
        .into_iter()
        .map(|st| {
            let input_id = format!("skill-{id}-{}", state_id(st));
            let for_id = input_id.clone();
            view! {
                <label class="skill-choice" for=for_id>
                    <input
                        type="radio"
                        data-stored=""
                        id=input_id
                        name=format!("skill-{id}")
                        value=state_id(st)
                        prop:checked=move || current() == st
                        disabled=move || !progress.loaded.get()
                        on:change=move |_| {
                            let _ = progress
                                .edit(ProgressOp::Skill {
                                    skill_id: id.to_string(),
                                    state: st,
                                });
                        }
                    />
                    <span>{text(lang, st.label())}</span>
                </label>
            }
        })
        .collect_view();
    let roles = show_roles.then(|| {
        let links = roles_using_skill(id)
            .into_iter()
            .map(|r| view! { <li><A href=role_href(r.slug)>{text(lang, r.name)}</A></li> })
            .collect_view();
        view! {
            <p class="help">{tr!(i18n, career.used_by)}</p>
            <ul class="inline-list">{links}</ul>
        }
    });
    let class = move || format!("skill state-{}", state_id(current()));
    view! {
        <li class=class id=format!("skill-{id}")>
            <fieldset>
                <legend>{text(lang, s.name)}</legend>
                <div class="skill-choices">{choices}</div>
            </fieldset>
            <p class="skill-desc">{text(lang, s.description)}</p>
            <p class="skill-practice">
                <strong>{tr!(i18n, career.practice_tip)}</strong>
                " "
                {text(lang, s.practice)}
            </p>
            {roles}
        </li>
    }
    .into_any()
}

/// The checklist of a list of skills.
#[component]
pub fn SkillChecklist(
    /// Skill ids, in order.
    ids: Vec<&'static str>,
    /// Show the roles that use each skill.
    #[prop(optional)]
    show_roles: bool,
) -> impl IntoView {
    let items = ids
        .into_iter()
        .filter(|id| skill(id).is_some())
        .map(|id| view! { <SkillItem id=id show_roles=show_roles /> })
        .collect_view();
    view! {
        <ul class="skill-list">{items}</ul>
        <ProgressStatus />
    }
}

/// "You have 7 of 11 skills for Account Manager (2 more learning)."
#[component]
pub fn ReadinessLine(
    /// The role.
    role: &'static Role,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let line = move || {
        let r = progress.data.with(|p| readiness(role, &p.skills));
        let mut s = td_string!(
            i18n.get_locale(),
            career.readiness_line,
            have = r.confident,
            total = r.total,
            role = role.name.get(lang.get())
        )
        .to_string();
        if r.learning > 0 {
            s.push(' ');
            s.push_str(
                &td_string!(i18n.get_locale(), career.readiness_learning, n = r.learning)
                    .to_string(),
            );
        }
        s
    };
    let pct = move || progress.data.with(|p| readiness(role, &p.skills).percent());
    view! {
        <p class="readiness" data-stored="" data-testid=format!("readiness-{}", role.slug)>{line}</p>
        <meter
            class="readiness-meter"
            data-stored=""
            min="0"
            max="100"
            value=move || pct().to_string()
            aria-label=move || {
                td_string!(
                    i18n.get_locale(),
                    career.readiness_meter,
                    role = role.name.get(lang.get())
                )
                .to_string()
            }
        ></meter>
    }
}

/// Every skill, and readiness for every role.
#[component]
pub fn SkillsPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let rows = ROLES
        .iter()
        .map(|r| {
            let rd = move || progress.data.with(|p| readiness(r, &p.skills));
            view! {
                <tr>
                    <th scope="row">
                        <A href=role_href(r.slug)>{text(lang, r.name)}</A>
                    </th>
                    <td class="num" data-stored="" data-testid=format!("ready-{}", r.slug)>
                        {move || {
                            let x = rd();
                            td_string!(
                                i18n.get_locale(),
                                career.of_total,
                                have = x.confident,
                                total = x.total
                            )
                            .to_string()
                        }}
                    </td>
                    <td class="num" data-stored="">{move || rd().learning}</td>
                    <td class="num" data-stored="">{move || format!("{} %", rd().percent())}</td>
                </tr>
            }
        })
        .collect_view();
    let all: Vec<&'static str> = SKILLS.iter().map(|s| s.id).collect();
    view! {
        <Title text=move || t_string!(i18n, career.skills_title).to_string() />
        <h1>{tr!(i18n, career.skills_title)}</h1>
        <p class="lead">{tr!(i18n, career.skills_intro)}</p>
        <section>
            <h2 id="ready-title">{tr!(i18n, career.ready_title)}</h2>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="ready-title">
                <table class="data">
                    <thead>
                        <tr>
                            <th scope="col">{tr!(i18n, career.col_role)}</th>
                            <th scope="col" class="num">{tr!(i18n, career.col_confident)}</th>
                            <th scope="col" class="num">{tr!(i18n, career.col_learning)}</th>
                            <th scope="col" class="num">{tr!(i18n, career.col_percent)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
        <section aria-labelledby="all-skills">
            <h2 id="all-skills">{tr!(i18n, career.all_skills)}</h2>
            <SkillChecklist ids=all show_roles=true />
        </section>
    }
}
