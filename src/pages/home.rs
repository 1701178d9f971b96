//! The start page: what Suitcase is, for students and for agencies.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::i18n::*;
use crate::routes::{CareerPage, Route};
use crate::ui::text::tr;

/// The home page.
#[component]
pub fn Home() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || format!("{} · {}", t_string!(i18n, app.name), t_string!(i18n, app.tagline)) />
        <section class="hero">
            <h1>{tr!(i18n, home.title)}</h1>
            <p class="lead">{tr!(i18n, home.lead)}</p>
        </section>
        <section class="audiences">
            <article class="card">
                <h2>{tr!(i18n, home.students_title)}</h2>
                <p>{tr!(i18n, home.students_body)}</p>
                <A href=Route::Career(CareerPage::Overview).href() attr:class="button">{tr!(i18n, home.students_cta)}</A>
            </article>
            <article class="card">
                <h2>{tr!(i18n, home.agencies_title)}</h2>
                <p>{tr!(i18n, home.agencies_body)}</p>
                <A href=Route::Wizard.href() attr:class="button">{tr!(i18n, home.agencies_cta)}</A>
            </article>
        </section>
        <section>
            <h2>{tr!(i18n, home.features_title)}</h2>
            <ul class="feature-list">
                <li><A href=Route::Wizard.href()>{tr!(i18n, nav.wizard)}</A>": "{tr!(i18n, home.f_wizard)}</li>
                <li><A href=Route::Budget.href()>{tr!(i18n, nav.budget)}</A>": "{tr!(i18n, home.f_budget)}</li>
                <li><A href=Route::Career(CareerPage::Overview).href()>{tr!(i18n, nav.career)}</A>": "{tr!(i18n, home.f_career)}</li>
                <li><A href=Route::Toolkit.href()>{tr!(i18n, nav.toolkit)}</A>": "{tr!(i18n, home.f_toolkit)}</li>
            </ul>
        </section>
        <section class="card">
            <h2>{tr!(i18n, home.privacy_title)}</h2>
            <p>{tr!(i18n, home.privacy_body)}</p>
        </section>
    }
}
