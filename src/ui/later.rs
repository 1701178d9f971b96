//! A long page's first render, split into several tasks.
//!
//! A prerendered page (tools/prerender.mjs) is on screen while the app
//! renders its own copy out of sight (src/main.rs). Rendering a long page in
//! one go is one long task: on a slow phone it blocks taps and scrolling for
//! a few hundred milliseconds. During that hand-over, [`Later`] renders its
//! children in a task of their own, so the main thread is free in between.
//! Until then it leaves a hidden `[data-later]` mark, and index.html's
//! hand-over waits until no mark is left, so nobody sees a half-built page.
//! Once the app runs the page (client-side navigation), it renders at once.
use std::time::Duration;

use leptos::prelude::*;

/// True while the prerendered page is still the one on screen.
fn handing_over() -> bool {
    let document = document();
    document.get_element_by_id("pr-app").is_some()
        && document
            .document_element()
            .and_then(|html| html.get_attribute("data-app"))
            .as_deref()
            != Some("ready")
}

/// Renders `children` in a later task while the app takes over from the
/// prerendered page, at once otherwise.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    if !handing_over() {
        return children().into_any();
    }
    let shown = RwSignal::new(false);
    set_timeout(move || shown.set(true), Duration::ZERO);
    (move || {
        if shown.get() {
            children().into_any()
        } else {
            view! { <span data-later="" hidden=""></span> }.into_any()
        }
    })
    .into_any()
}
