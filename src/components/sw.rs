//! Registers the service worker that makes the app work offline.

/// Registers `sw.js` (next to index.html, relative to `<base href>`).
pub fn register() {
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
