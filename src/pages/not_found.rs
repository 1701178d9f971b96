//! What an unknown address shows.
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::i18n::*;
use crate::routes::Route;
use crate::ui::text::tr;

/// The not-found page.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, notfound.title).to_string() />
        <h1>{tr!(i18n, notfound.title)}</h1>
        <p>{tr!(i18n, notfound.body)}</p>
        <p><A href=Route::Home.href() attr:class="button">{tr!(i18n, notfound.home)}</A></p>
    }
}
