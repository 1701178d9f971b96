//! Registers the service worker that makes the app work offline, and asks
//! it to cache the feature modules once the page is idle (see public/sw.js).
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Registers `sw.js` (next to index.html, relative to `<base href>`) once the
/// page has loaded and the app runs it (`<html data-app="ready">`: the open
/// route's lazy modules have arrived, which the `load` event does not wait
/// for), so that the worker's start and its precache downloads never compete
/// with what the user is waiting for.
pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        when_app_ready(register_now);
        return;
    }
    let on_load = Closure::once_into_js(|| when_app_ready(register_now));
    let _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
}

/// Runs `f` once `<html>` has `data-app="ready"` (at once if it has).
fn when_app_ready(f: fn()) {
    let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let ready =
        |html: &web_sys::Element| html.get_attribute("data-app").as_deref() == Some("ready");
    if ready(&html) {
        f();
        return;
    }
    let watched = html.clone();
    let on_change = Closure::<dyn FnMut(js_sys::Array, web_sys::MutationObserver)>::new(
        move |_: js_sys::Array, observer: web_sys::MutationObserver| {
            if ready(&watched) {
                observer.disconnect();
                f();
            }
        },
    );
    let Ok(observer) = web_sys::MutationObserver::new(on_change.as_ref().unchecked_ref()) else {
        f();
        return;
    };
    on_change.forget();
    let options = web_sys::MutationObserverInit::new();
    options.set_attributes(true);
    options.set_attribute_filter(&js_sys::Array::of1(&"data-app".into()));
    if observer.observe_with_options(&html, &options).is_err() {
        f();
    }
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
