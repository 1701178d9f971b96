//! The budget balancer (its solver and editor arrive with the budget issue).
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::*;

/// The budget page.
#[component]
pub fn Budget() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, budget.title).to_string() />
        <h1>{t!(i18n, budget.title)}</h1>
        <p class="lead">{t!(i18n, budget.intro)}</p>
        <ol class="steps">
            <li>{t!(i18n, budget.q1)}</li>
            <li>{t!(i18n, budget.q2)}</li>
            <li>{t!(i18n, budget.q3)}</li>
        </ol>
        <p class="notice">{t!(i18n, budget.status)}</p>
    }
}
