//! One role's page (`/career/role/<slug>`): what the job is, the duty
//! ladder with the role's level marked, an illustrative day at each level,
//! pay where the sources give it (otherwise how to read the market), the
//! skills checklist with readiness, the KPIs, where it leads and the
//! interview questions to practise. What the sources do not say (the days,
//! most roles' KPIs, most paths, the market advice) is labelled as
//! Suitcase's view.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::map::CareerMap;
use super::overview::{path_link, DutyLadder};
use super::skills::{ReadinessLine, SkillChecklist};
use super::{role_href, text, use_lang};
use crate::i18n::*;
use crate::routes::{CareerPage, RoleSlug, Route};
use crate::ui::later::{Later, LaterView};
use crate::ui::text::tr;
use suitcase_core::model::career::{
    kpi, path_between, previous_roles, questions_for_role, role as find_role, Basis, Kpi, Pay, Role,
};

/// KPIs that have a calculator on the KPI page.
pub(crate) const CALCULATED: [&str; 6] = [
    "nps",
    "retention",
    "response-time",
    "upsell-rate",
    "clients-per-account",
    "revenue",
];

/// One KPI in words ("NPS: how likely clients are to recommend…"), with a
/// link to its calculator when there is one.
#[component]
pub(crate) fn KpiLine(
    kpi: &'static Kpi,
    /// The list item's id (a target of links into the guide), if any.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let calc = CALCULATED.contains(&kpi.id).then(|| {
        view! {
            " "
            <A href=Route::kpi_calculator(kpi.id).href()>{tr!(i18n, career.calculate)}</A>
        }
    });
    view! {
        <li id=id>
            <strong>{text(lang, kpi.name)}</strong>
            ": "
            {text(lang, kpi.meaning)}
            {calc}
        </li>
    }
}

/// The page of the role `slug`, or a not-found message.
#[component]
pub fn RolePage(slug: RoleSlug) -> impl IntoView {
    let i18n = use_i18n();
    match find_role(slug.as_str()) {
        Some(r) => view! { <RoleView role=r /> }.into_any(),
        None => view! {
            <Title text=move || t_string!(i18n, career.role_missing_title).to_string() />
            <h1>{tr!(i18n, career.role_missing_title)}</h1>
            <p>{tr!(i18n, career.role_missing)}</p>
            <p><A href=Route::Career(CareerPage::Overview).href()>{tr!(i18n, career.back_overview)}</A></p>
        }
        .into_any(),
    }
}

#[component]
fn RoleView(role: &'static Role) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let r = role;
    let title = move || match r.abbr {
        Some(a) => format!("{} ({a})", r.name.get(lang.get())),
        None => r.name.get(lang.get()).to_string(),
    };
    let responsibilities = r
        .responsibilities
        .iter()
        .map(|t| view! { <li>{text(lang, *t)}</li> })
        .collect_view();
    view! {
        <Title text=title />
        <p class="breadcrumb">
            <A href=Route::Career(CareerPage::Overview).href()>{tr!(i18n, career.back_overview)}</A>
        </p>
        <h1>{title}</h1>
        <p class="tags">
            <span class="level-tag">{text(lang, r.level.label())}</span>
            " "
            <span class="track-tag">{text(lang, r.track.label())}</span>
        </p>
        <p class="lead">{text(lang, r.summary)}</p>
        <ReadinessLine role=r />
        <section aria-labelledby="resp-title">
            <h2 id="resp-title">{tr!(i18n, career.responsibilities)}</h2>
            <ul>{responsibilities}</ul>
            {r
                .industries
                .map(|ind| {
                    view! {
                        <p>
                            <strong>{tr!(i18n, career.industries)}</strong>
                            " "
                            {text(lang, ind)}
                        </p>
                    }
                })}
        </section>
        <Later part="role-ladder">
            <section aria-labelledby="ladder-title" class="wide">
                <h2 id="ladder-title">{tr!(i18n, career.ladder_title)}</h2>
                <DutyLadder current=r.level />
            </section>
        </Later>
        <Later part="role-day">
            <DaySection role=r />
            <PaySection role=r />
        </Later>
        <Later>
            <section aria-labelledby="skills-title">
                <h2 id="skills-title">{tr!(i18n, career.role_skills)}</h2>
                <p>{tr!(i18n, career.role_skills_help)}</p>
                <SkillChecklist ids=r.skills.to_vec() />
            </section>
        </Later>
        <LaterView part="role-kpis" load=move || page_career_part(r, RolePart::KpisAndPaths) />
        <LaterView part="role-questions" load=move || page_career_part(r, RolePart::Questions) />
        <LaterView part="role-map" load=move || page_career_part(r, RolePart::Map) />
    }
}

/// The page's far parts, which lie well below the first screen: the KPIs
/// and where the role leads, the questions to practise, the career map.
/// Their code and content come in one module of their own (`LaterView`),
/// fetched when the first of them nears the screen, so a role page's first
/// open carries neither the question bank nor the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RolePart {
    KpisAndPaths,
    Questions,
    Map,
}

lazy_view!(page_career_part(role: &'static Role, part: RolePart) => RolePartView);

#[component]
fn RolePartView(role: &'static Role, part: RolePart) -> impl IntoView {
    match part {
        RolePart::KpisAndPaths => view! {
            <KpiSection role=role />
            <PathsSection role=role />
        }
        .into_any(),
        RolePart::Questions => view! { <QuestionsSection role=role /> }.into_any(),
        RolePart::Map => view! { <RoleOnMap role=role /> }.into_any(),
    }
}

#[component]
fn RoleOnMap(role: &'static Role) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section aria-labelledby="onmap-title" class="wide">
            <h2 id="onmap-title">{tr!(i18n, career.on_the_map)}</h2>
            <CareerMap current=role.slug.to_string() />
        </section>
    }
}

#[component]
fn DaySection(role: &'static Role) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let r = role;
    let days = r
        .day
        .by_level()
        .into_iter()
        .map(|(level, day)| {
            view! {
                <dt>{text(lang, level)}</dt>
                <dd>{text(lang, day)}</dd>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="day-title">
            <h2 id="day-title">{tr!(i18n, career.typical_day)}</h2>
            {(r.day.basis == Basis::SuitcaseView)
                .then(|| view! { <p class="basis-note">{tr!(i18n, career.day_basis)}</p> })}
            <dl class="days">{days}</dl>
        </section>
    }
}

#[component]
fn PaySection(role: &'static Role) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let body = match role.pay {
        Pay::NotKnown => view! {
            <p>{move || role.pay.range_label(lang.get())}</p>
            <MarketGuide />
        }
        .into_any(),
        Pay::Monthly(p) => view! {
            <p class="pay" data-testid="pay">{move || role.pay.range_label(lang.get())}</p>
            <p>{text(lang, p.basis)}</p>
            <p class="help">
                {tr!(i18n, career.pay_source)}
                " "
                {text(lang, p.source)}
                " · "
                {tr!(i18n, career.pay_year)}
                " "
                {move || role.pay.year_label(lang.get()).unwrap_or_default()}
            </p>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="pay-title">
            <h2 id="pay-title">{tr!(i18n, career.pay_title)}</h2>
            {body}
        </section>
    }
}

/// How to read the market where the sources give no figure: what moves
/// pay and where to look. No numbers: this is Suitcase's view, and says so.
#[component]
fn MarketGuide() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="market" data-testid="pay-market">
            <h3>{tr!(i18n, career.pay_market_title)}</h3>
            <p class="basis-note">{tr!(i18n, career.pay_market_intro)}</p>
            <h4>{tr!(i18n, career.pay_moves_title)}</h4>
            <ul>
                <li>{tr!(i18n, career.pay_moves_size)}</li>
                <li>{tr!(i18n, career.pay_moves_experience)}</li>
                <li>{tr!(i18n, career.pay_moves_languages)}</li>
                <li>{tr!(i18n, career.pay_moves_city)}</li>
                <li>{tr!(i18n, career.pay_moves_mix)}</li>
            </ul>
            <h4>{tr!(i18n, career.pay_where_title)}</h4>
            <ul>
                <li>{tr!(i18n, career.pay_where_ads)}</li>
                <li>{tr!(i18n, career.pay_where_surveys)}</li>
                <li>{tr!(i18n, career.pay_where_recruiters)}</li>
                <li>{tr!(i18n, career.pay_where_interview)}</li>
                <li>{tr!(i18n, career.pay_where_people)}</li>
            </ul>
        </div>
    }
}

#[component]
fn KpiSection(role: &'static Role) -> impl IntoView {
    let i18n = use_i18n();
    let items = role
        .kpis
        .iter()
        .filter_map(|id| kpi(id))
        .map(|k| view! { <KpiLine kpi=k /> })
        .collect_view();
    view! {
        <section aria-labelledby="kpi-title">
            <h2 id="kpi-title">{tr!(i18n, career.role_kpis)}</h2>
            <p class="basis-note">
                {match role.kpi_basis {
                    Basis::Sources => tr!(i18n, career.kpi_basis_sources).into_any(),
                    Basis::SuitcaseView => tr!(i18n, career.kpi_basis_view).into_any(),
                }}
            </p>
            <ul>{items}</ul>
        </section>
    }
}

#[component]
fn PathsSection(role: &'static Role) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let next: Vec<&'static Role> = role
        .next_roles
        .iter()
        .filter_map(|s| find_role(s))
        .collect();
    let prev = previous_roles(role.slug);
    let path = path_between("account-coordinator", role.slug).filter(|p| p.len() > 1);
    let next_view = if next.is_empty() {
        view! { <p>{tr!(i18n, career.top_of_path)}</p> }.into_any()
    } else {
        let items = next
            .into_iter()
            .map(|n| path_link(n, role.slug, n.slug, lang))
            .collect_view();
        view! { <ul class="inline-list">{items}</ul> }.into_any()
    };
    let prev_view = (!prev.is_empty()).then(|| {
        let items = prev
            .into_iter()
            .map(|p| path_link(p, p.slug, role.slug, lang))
            .collect_view();
        view! {
            <h3>{tr!(i18n, career.comes_from)}</h3>
            <ul class="inline-list">{items}</ul>
        }
    });
    let path_view = path.map(|p| {
        let steps = p
            .into_iter()
            .filter_map(|s| find_role(s))
            .map(|x| {
                if x.slug == role.slug {
                    view! { <li aria-current="step">{text(lang, x.name)}</li> }.into_any()
                } else {
                    view! { <li><A href=role_href(x.slug)>{text(lang, x.name)}</A></li> }.into_any()
                }
            })
            .collect_view();
        view! {
            <h3>{tr!(i18n, career.path_from_start)}</h3>
            <ol class="path">{steps}</ol>
        }
    });
    view! {
        <section aria-labelledby="paths-title">
            <h2 id="paths-title">{tr!(i18n, career.where_it_leads)}</h2>
            {next_view}
            {prev_view}
            {path_view}
        </section>
    }
}

#[component]
fn QuestionsSection(role: &'static Role) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let qs = questions_for_role(role.slug);
    let count = qs.len();
    let items = qs
        .into_iter()
        .map(|q| {
            view! {
                <li>
                    <A href=Route::practice(Some(q.id), None).href()>
                        {text(lang, q.prompt)}
                    </A>
                </li>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="questions-title">
            <h2 id="questions-title">{tr!(i18n, career.role_questions)}</h2>
            <p>
                {move || {
                    td_string!(i18n.get_locale(), career.role_questions_help, n = count)
                        .to_string()
                }}
                " "
                <A href=Route::practice(None, Some(role.slug)).href()>
                    {tr!(i18n, career.practise_these)}
                </A>
            </p>
            <ul>{items}</ul>
        </section>
    }
}
