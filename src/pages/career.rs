//! The career guide (role pages and practice arrive with the career issue).
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::*;

/// The career guide page.
#[component]
pub fn Career() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, career.title).to_string() />
        <h1>{t!(i18n, career.title)}</h1>
        <p class="lead">{t!(i18n, career.intro)}</p>
        <h2>{t!(i18n, career.ladder_title)}</h2>
        <ol class="steps">
            <li>{t!(i18n, career.coordinator)}</li>
            <li>{t!(i18n, career.executive)}</li>
            <li>{t!(i18n, career.manager)}</li>
            <li>{t!(i18n, career.director)}</li>
        </ol>
        <p>{t!(i18n, career.planner)}</p>
        <p class="notice">{t!(i18n, career.status)}</p>
    }
}
