//! Registers the service worker that makes the app work offline, and asks
//! it to cache the feature modules once the page is idle (see public/sw.js).
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

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
    let container = nav.service_worker();
    let _ = container.register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(ready) = container.ready() else {
            return;
        };
        let Ok(registration) = JsFuture::from(ready).await else {
            return;
        };
        let _ = JsFuture::from(idle()).await;
        // The worker caches the feature routes' modules one at a time.
        let active = Reflect::get(&registration, &"active".into()).unwrap_or(JsValue::NULL);
        if let Ok(post) = Reflect::get(&active, &"postMessage".into()) {
            if let Ok(post) = post.dyn_into::<Function>() {
                let _ = post.call1(&active, &"warm".into());
            }
        }
    });
}

/// Resolves when the browser is idle (`requestIdleCallback`, at most 5 s
/// away), or after a second where there is none.
fn idle() -> Promise {
    Promise::new(&mut |resolve, _| {
        let Some(window) = web_sys::window() else {
            let _ = resolve.call0(&JsValue::NULL);
            return;
        };
        let ric = Reflect::get(&window, &"requestIdleCallback".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok());
        let options = js_sys::Object::new();
        let _ = Reflect::set(&options, &"timeout".into(), &5000.into());
        let asked = match ric {
            Some(ric) => ric.call2(&window, &resolve, &options).is_ok(),
            None => false,
        };
        if !asked {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1000);
        }
    })
}
