//! The account's toolkit (the editors arrive with the toolkit issue).
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::*;

/// The toolkit page.
#[component]
pub fn Toolkit() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, toolkit.title).to_string() />
        <h1>{t!(i18n, toolkit.title)}</h1>
        <p class="lead">{t!(i18n, toolkit.intro)}</p>
        <ul class="steps">
            <li>{t!(i18n, toolkit.contact)}</li>
            <li>{t!(i18n, toolkit.wip)}</li>
            <li>{t!(i18n, toolkit.review)}</li>
        </ul>
        <p class="notice">{t!(i18n, toolkit.status)}</p>
    }
}
