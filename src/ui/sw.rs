//! Registers the service worker that makes the app work offline.
use wasm_bindgen::prelude::*;

/// Registers `sw.js` (next to index.html, relative to `<base href>`) once the
/// page has loaded, so that the worker's start and its precache downloads
/// never compete with the first screen.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        register_now();
        return;
    }
    let on_load = Closure::once_into_js(register_now);
    let _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
}

fn register_now() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let nav = window.navigator();
    if !js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    // A failed registration only means no offline support; the app runs on.
    let _ = nav.service_worker().register("sw.js");
}
