//! The guide's front page: what account work is, the career map with its
//! text list, and where to go next.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::map::CareerMap;
use super::progress::use_progress;
use super::{role_href, text, today, use_lang};
use crate::i18n::*;
use crate::routes::{CareerPage, Route};
use crate::ui::later::{Later, WaitsForData};
use crate::ui::text::tr;
use suitcase_core::model::career::{
    ladder_step, path_basis, readiness, role, topic, Basis, Level, Track, DUTY_LADDER, ROLES,
};

/// The overview page.
#[component]
pub fn Overview() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let what = topic("what-is-account").map(|what| {
        view! {
            <section class="card" aria-labelledby="what-account">
                <h2 id="what-account">{text(lang, what.title)}</h2>
                <p>{text(lang, what.summary)}</p>
                <p>
                    <A href=Route::guide_section("topic-what-is-account").href()>
                        {tr!(i18n, career.read_more_guide)}
                    </A>
                </p>
            </section>
        }
    });
    view! {
        <Title text=move || t_string!(i18n, career.title).to_string() />
        <h1>{tr!(i18n, career.title)}</h1>
        <p class="lead">{tr!(i18n, career.intro)}</p>
        {what}
        <Later part="overview-map">
            <section aria-labelledby="map-title" class="wide">
                <h2 id="map-title">{tr!(i18n, career.map_title)}</h2>
                <p>{tr!(i18n, career.map_help)}</p>
                <CareerMap />
            </section>
        </Later>
        <Later part="overview-ladder">
            <section aria-labelledby="ladder-title" class="wide">
                <h2 id="ladder-title">{tr!(i18n, career.ladder_title)}</h2>
                <p>{tr!(i18n, career.ladder_intro)}</p>
                <DutyLadder />
            </section>
        </Later>
        <Later>
            <RoleList />
            <NextSteps />
        </Later>
    }
    .into_any()
}

/// The duties of each level in one view, entry → mid → senior (sourced).
/// With `current`, the rung that level reads is marked.
#[component]
pub(crate) fn DutyLadder(
    /// The level of the role being viewed, if any.
    #[prop(optional)]
    current: Option<Level>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let here = current.map(|l| ladder_step(l).level);
    let steps = DUTY_LADDER
        .iter()
        .map(|step| {
            let is_here = here == Some(step.level);
            let duties = step
                .duties
                .iter()
                .map(|d| view! { <li>{text(lang, *d)}</li> })
                .collect_view();
            view! {
                <li class="ladder-step" class:here=is_here aria-current=is_here.then_some("step")>
                    <h3>{text(lang, step.title)}</h3>
                    {is_here.then(|| view! { <p class="ladder-here">{tr!(i18n, career.ladder_here)}</p> })}
                    <p class="help">{text(lang, step.summary)}</p>
                    <ul>{duties}</ul>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="ladder">{steps}</ol> }
}

/// A list item linking to `shown`, with "a common path (Suitcase's view)"
/// when the sources do not describe the path `from` → `to`.
pub(crate) fn path_link(
    shown: &'static suitcase_core::model::career::Role,
    from: &str,
    to: &str,
    lang: Signal<suitcase_core::model::text::Lang>,
) -> impl IntoView {
    let i18n = use_i18n();
    let view_tag = (path_basis(from, to) == Basis::SuitcaseView).then(|| {
        view! { " " <span class="basis-tag">{tr!(i18n, career.path_view)}</span> }
    });
    view! {
        <li>
            <A href=role_href(shown.slug)>{text(lang, shown.name)}</A>
            {view_tag}
        </li>
    }
}

/// The roles as a list, grouped by track: the map's text alternative.
#[component]
fn RoleList() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let progress = use_progress();
    let group = move |track: Track| {
        let items = ROLES
            .iter()
            .filter(|r| r.track == track)
            .map(|r| {
                let next = r
                    .next_roles
                    .iter()
                    .filter_map(|s| role(s))
                    .map(|n| path_link(n, r.slug, n.slug, lang))
                    .collect_view();
                let has_next = !r.next_roles.is_empty();
                let ready = move || {
                    let rd = progress.data.with(|p| readiness(r, &p.skills));
                    td_string!(
                        i18n.get_locale(),
                        career.readiness_short,
                        have = rd.confident,
                        total = rd.total
                    )
                    .to_string()
                };
                view! {
                    <li class="role-item">
                        <A href=role_href(r.slug) attr:class="role-link">
                            {text(lang, r.name)}
                        </A>
                        " "
                        <span class="level-tag">{text(lang, r.level.label())}</span>
                        <p class="role-summary">{text(lang, r.summary)}</p>
                        <p class="help" data-stored="">{ready}</p>
                        {has_next
                            .then(|| {
                                view! {
                                    <p class="leads-to">{tr!(i18n, career.leads_to)}</p>
                                    <ul class="inline-list">{next}</ul>
                                }
                            })}
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3>{text(lang, track.label())}</h3>
            <ul class="role-list">{items}</ul>
        }
    };
    view! {
        <section aria-labelledby="roles-title">
            <h2 id="roles-title">{tr!(i18n, career.roles_title)}</h2>
            <WaitsForData loaded=progress.loaded />
            <p>{tr!(i18n, career.roles_help)}</p>
            {group(Track::AgencyLadder)}
            {group(Track::AgencySpecialist)}
            {group(Track::BeyondAgency)}
        </section>
    }
}

/// Links to the other views, with the user's own counts.
#[component]
fn NextSteps() -> impl IntoView {
    let i18n = use_i18n();
    let progress = use_progress();
    let due = move || progress.data.with(|p| p.deck.due(today()).len());
    view! {
        <section aria-labelledby="next-title">
            <h2 id="next-title">{tr!(i18n, career.next_title)}</h2>
            <ul class="next-steps">
                <li>
                    <A href=Route::Career(CareerPage::Guide).href()>{tr!(i18n, career.nav_guide)}</A>
                    ": "
                    {tr!(i18n, career.next_guide)}
                </li>
                <li>
                    <A href=Route::Career(CareerPage::Skills).href()>{tr!(i18n, career.nav_skills)}</A>
                    ": "
                    {tr!(i18n, career.next_skills)}
                </li>
                <li>
                    <A href=Route::Career(CareerPage::Practice).href()>{tr!(i18n, career.nav_practice)}</A>
                    ": "
                    <span data-stored="">
                        {move || {
                            td_string!(i18n.get_locale(), career.next_practice, due = due())
                                .to_string()
                        }}
                    </span>
                </li>
                <li>
                    <A href=Route::Career(CareerPage::Quiz).href()>{tr!(i18n, career.nav_quiz)}</A>
                    ": "
                    {tr!(i18n, career.next_quiz)}
                </li>
                <li>
                    <A href=Route::Career(CareerPage::Kpi).href()>{tr!(i18n, career.nav_kpi)}</A>
                    ": "
                    {tr!(i18n, career.next_kpi)}
                </li>
            </ul>
        </section>
    }
}
