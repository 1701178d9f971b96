//! Mounts the app. Everything else lives in the library.
//!
//! A page prerendered at build time (tools/prerender.mjs) arrives with its
//! first screen as HTML in `<div id="pr-app">`. The app then mounts into a
//! container of its own, not yet in the document (so the page never holds
//! two copies of an element), and, once its page is rendered (a lazy
//! route's chunk may still be loading when `mount_to` returns), the inline
//! script of index.html (`__suitcaseHandOver`) swaps the two in one frame and
//! carries over what the user typed or clicked meanwhile. Any other page
//! (404.html, a build without the prerender step) mounts into the body.
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

fn main() {
    console_error_panic_hook::set_once();
    // Mounting is a task of its own, not part of the one that compiled and
    // instantiated the module: on a slow phone, two shorter tasks block a tap
    // for less time than one long one.
    set_timeout(mount, std::time::Duration::ZERO);
}

fn mount() {
    let document = document();
    let prerendered = document.get_element_by_id("pr-app");
    let (Some(_), Ok(root)) = (prerendered, document.create_element("div")) else {
        leptos::mount::mount_to_body(suitcase::app::App);
        mounted();
        return;
    };
    let _ = root.set_attribute("data-app-root", "");
    let root: web_sys::HtmlElement = root.unchecked_into();
    leptos::mount::mount_to(root.clone(), suitcase::app::App).forget();
    hand_over(&root);
}

/// Asks index.html's inline script to replace the prerendered page with
/// `root` once the app has rendered its page; without the script (a changed
/// index.html), swaps at once.
fn hand_over(root: &web_sys::HtmlElement) {
    let window = window();
    let script = js_sys::Reflect::get(&window, &JsValue::from_str("__suitcaseHandOver"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(script) = script {
        if script.call1(&JsValue::NULL, root).is_ok() {
            return;
        }
    }
    let document = document();
    let old = document.get_element_by_id("pr-app");
    while let Some(child) = root.first_child() {
        let _ = match (&old, document.body()) {
            (Some(old), _) => old.before_with_node_1(&child),
            (None, Some(body)) => body.append_child(&child).map(|_| ()),
            (None, None) => break,
        };
    }
    if let Some(old) = old {
        old.remove();
    }
    mounted();
}

/// Marks `<html data-app="ready">`: the app runs the page (as the inline
/// script does after a hand-over).
fn mounted() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-app", "ready");
    }
}
