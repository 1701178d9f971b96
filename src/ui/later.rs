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
//!
//! Parts that show what is stored on this device ([`WaitsForData`]) are
//! waited for the same way, so the swap shows the user's own records rather
//! than a moment without them; and at build time, when nothing is stored,
//! they say the data is being opened ([`not_read_yet`]) instead of an empty
//! state ("No plans yet") that a returning user would read as lost work.
use std::time::Duration;

use leptos::prelude::*;
use leptos_i18n::I18nContext;

use crate::i18n::*;
use crate::ui::text::tr;

/// True while the prerendered page is still the one on screen.
pub(crate) fn handing_over() -> bool {
    let document = document();
    document.get_element_by_id("pr-app").is_some()
        && document
            .document_element()
            .and_then(|html| html.get_attribute("data-app"))
            .as_deref()
            != Some("ready")
}

/// True while tools/prerender.mjs renders the page at build time (it sets
/// `window.__suitcasePrerender` before the app starts).
pub(crate) fn prerendering() -> bool {
    thread_local! {
        static AT_BUILD: bool = js_sys::Reflect::get(
            &window(),
            &wasm_bindgen::JsValue::from_str("__suitcasePrerender"),
        )
        .is_ok_and(|v| v.is_truthy());
    }
    AT_BUILD.with(|b| *b)
}

/// What a part that lists stored records shows in the prerendered page:
/// "Opening your data…", in the page's language.
pub(crate) fn not_read_yet() -> AnyView {
    let i18n = use_i18n();
    view! { <p class="help" role="status">{tr!(i18n, storage.opening)}</p> }.into_any()
}

/// Stands in a part that shows stored data, until `loaded`: while the
/// prerendered page is on screen, a [`mark`], so the hand-over waits for the
/// data (index.html gives up waiting 1.5 s after the page's heading).
#[component]
pub fn WaitsForData(
    /// Whether the data has been read.
    #[prop(into)]
    loaded: Signal<bool>,
) -> impl IntoView {
    move || (!loaded.get() && handing_over()).then(mark)
}

/// The hidden mark of a part not rendered yet; the hand-over waits while
/// one is left (index.html).
pub(crate) fn mark() -> AnyView {
    view! { <span data-later="" hidden=""></span> }.into_any()
}

/// Renders `children` in a later task while the app takes over from the
/// prerendered page, at once otherwise.
///
/// A named part (`part`, unique on its page) is wrapped in
/// `<div class="later" data-part=…>` (no box of its own, style/layout.css).
/// While the app takes over, a named part that is well off screen in the
/// prerendered page is not rendered at all: it says so with `data-defer`,
/// the hand-over moves the prerendered copy into it (a `.later-static`
/// child, index.html), and it renders when that copy nears the screen or is
/// focused or tapped (index.html sends it `later-show`; the tap is replayed).
/// Name only parts that show nothing stored on this device: the copy was
/// rendered at build time, with nothing stored.
#[component]
pub fn Later(
    /// The part's name on its page; see above.
    #[prop(optional)]
    part: Option<&'static str>,
    children: ChildrenFn,
) -> impl IntoView {
    let Some(part) = part else {
        if !handing_over() {
            return children().into_any();
        }
        let shown = RwSignal::new(false);
        set_timeout(move || shown.set(true), Duration::ZERO);
        return (move || {
            if shown.get() {
                children().into_any()
            } else {
                mark()
            }
        })
        .into_any();
    };
    let over = handing_over();
    let deferred = over && far_off_screen(part);
    let shown = RwSignal::new(!over);
    if over && !deferred {
        set_timeout(move || shown.set(true), Duration::ZERO);
    }
    let wrapper = NodeRef::<leptos::html::Div>::new();
    let content = move || {
        if shown.get() {
            // The prerendered copy goes in the same task as the part comes.
            remove_copy(wrapper);
            children().into_any()
        } else if deferred {
            ().into_any()
        } else {
            mark()
        }
    };
    part_wrapper(
        part,
        wrapper,
        move || deferred && !shown.get(),
        move || shown.set(true),
        content,
    )
}

/// A named part's `<div class="later" data-part>` (no box of its own,
/// style/layout.css), as index.html's hand-over reads it: `data-defer` while
/// `waiting()` (the hand-over moves the prerendered copy in and watches it),
/// and `show` when index.html sends `later-show` (the copy nears the screen,
/// or is focused or tapped).
fn part_wrapper(
    part: &'static str,
    wrapper: NodeRef<leptos::html::Div>,
    waiting: impl Fn() -> bool + Send + Sync + 'static,
    show: impl Fn() + 'static,
    content: impl IntoView + 'static,
) -> AnyView {
    view! {
        <div
            class="later"
            data-part=part
            data-defer=move || waiting().then_some("")
            node_ref=wrapper
            on:later-show=move |_: web_sys::Event| show()
        >
            {content}
        </div>
    }
    .into_any()
}

/// A view on its way from a `#[lazy]` function: [`receive`](Self::receive)
/// awaits it under the current owner (not tracked by any effect: the view
/// built when its code arrives reads its contexts, i18n and storage, and is
/// disposed with the owner; leaving the page first cancels the task), and
/// [`take`](Self::take) hands it over once.
#[derive(Clone, Copy)]
struct Arrival {
    slot: StoredValue<Option<AnyView>, LocalStorage>,
    arrived: RwSignal<bool>,
}

impl Arrival {
    fn new() -> Self {
        Arrival {
            slot: StoredValue::new_local(None),
            arrived: RwSignal::new(false),
        }
    }

    fn receive(self, load: impl std::future::Future<Output = AnyView> + 'static) {
        untrack(|| {
            leptos::task::spawn_local_scoped_with_cancellation(async move {
                let view = load.await;
                if self.slot.try_update_value(|s| *s = Some(view)).is_some() {
                    self.arrived.try_set(true);
                }
            })
        });
    }

    /// Whether the view has arrived (tracked).
    fn arrived(self) -> bool {
        self.arrived.get()
    }

    /// The view, the first time it is asked for after it arrived (tracked).
    fn take(self) -> Option<AnyView> {
        if self.arrived() {
            self.slot.try_update_value(Option::take).flatten()
        } else {
            None
        }
    }
}

/// A named [`Later`] part whose code and content come in a module of their
/// own: `load` calls a `#[lazy]` function that returns the part's view, so
/// the page's first open does not carry it (src/pages/career/role.rs).
///
/// While the app takes over, the part keeps its prerendered copy, as a
/// deferred [`Later`] part does, until its module has arrived: nothing goes
/// blank, the hand-over never waits for the module, and a tap on the copy
/// waits for the app's element (index.html). A part near the screen fetches
/// its module at once; one well off screen only when its copy nears the
/// screen or is focused or tapped. Once the app runs the page, the part is
/// fetched at once and says it is opening if that takes a moment.
#[component]
pub fn LaterView<F, Fut>(
    /// The part's name on its page, unique there.
    part: &'static str,
    /// Starts fetching the part's view.
    load: F,
) -> impl IntoView
where
    F: FnOnce() -> Fut + 'static,
    Fut: std::future::Future<Output = AnyView> + 'static,
{
    let deferred = handing_over();
    let load = StoredValue::new_local(Some(load));
    let arrival = Arrival::new();
    // Under this part's owner, also when an event starts it.
    let owner = Owner::current();
    let fetch = move || {
        let Some(load) = load.try_update_value(Option::take).flatten() else {
            return;
        };
        match &owner {
            Some(owner) => owner.with(|| arrival.receive(load())),
            None => arrival.receive(load()),
        }
    };
    if !deferred || !far_off_screen(part) {
        fetch();
    }
    let wrapper = NodeRef::<leptos::html::Div>::new();
    let i18n = use_i18n();
    let content = move || {
        if let Some(view) = arrival.take() {
            // The prerendered copy goes in the same task as the part comes.
            remove_copy(wrapper);
            return view;
        }
        if deferred {
            // The hand-over moves the prerendered copy in; it stands in.
            ().into_any()
        } else {
            fetching(i18n)
        }
    };
    part_wrapper(
        part,
        wrapper,
        move || deferred && !arrival.arrived(),
        fetch,
        content,
    )
}

/// Removes the prerendered copy (`.later-static`) a part holds, if any.
fn remove_copy(wrapper: NodeRef<leptos::html::Div>) {
    if let Some(copy) = wrapper
        .get_untracked()
        .and_then(|w| w.query_selector(":scope > .later-static").ok().flatten())
    {
        copy.remove();
    }
}

/// Stands in a view whose code is on its way, once the app runs the page:
/// usually there in a moment (the service worker keeps the modules); on a
/// slow link it says so after 300 ms (style/components.css).
fn fetching(i18n: I18nContext<Locale>) -> AnyView {
    view! { <p class="fetching" role="status">{tr!(i18n, app.opening)}</p> }.into_any()
}

/// Whether the prerendered copy of `part` lies more than a screen away from
/// what the user sees (above or below).
fn far_off_screen(part: &str) -> bool {
    let Ok(Some(copy)) = document().query_selector(&format!("#pr-app [data-part=\"{part}\"]"))
    else {
        return false;
    };
    let (Some(first), Some(last)) = (copy.first_element_child(), copy.last_element_child()) else {
        return false;
    };
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    if height <= 0.0 {
        return false;
    }
    let top = first.get_bounding_client_rect().top();
    let bottom = last.get_bounding_client_rect().bottom();
    top > 2.0 * height || bottom < -height
}

/// The view `load` resolves to: a page whose code (and content) is fetched
/// the first time it is shown, from a `#[lazy]` function that returns it.
/// Until it has arrived, a hidden `[data-later]` mark stands in its place,
/// so the hand-over from the prerendered page waits for it as for [`Later`].
#[component]
pub fn Fetched<Fut>(load: Fut) -> impl IntoView
where
    Fut: std::future::Future<Output = AnyView> + 'static,
{
    let arrival = Arrival::new();
    arrival.receive(load);
    let i18n = use_i18n();
    move || {
        if let Some(view) = arrival.take() {
            return view;
        }
        if handing_over() {
            return mark();
        }
        // Opened in the app.
        fetching(i18n)
    }
}
