//! The brief-to-proposal wizard (its steps arrive with the wizard issue).
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::*;

/// The wizard page.
#[component]
pub fn Wizard() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, wizard.title).to_string() />
        <h1>{t!(i18n, wizard.title)}</h1>
        <p class="lead">{t!(i18n, wizard.intro)}</p>
        <ol class="steps">
            <li>{t!(i18n, wizard.s1)}</li>
            <li>{t!(i18n, wizard.s2)}</li>
            <li>{t!(i18n, wizard.s3)}</li>
            <li>{t!(i18n, wizard.s4)}</li>
            <li>{t!(i18n, wizard.s5)}</li>
            <li>{t!(i18n, wizard.s6)}</li>
        </ol>
        <p class="notice">{t!(i18n, wizard.status)}</p>
    }
}
