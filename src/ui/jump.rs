//! In-page links. With `<base href>` set (the app lives under `/suitcase/` on
//! GitHub Pages), `href="#x"` would resolve against the base and leave the
//! page, so in-page jumps move focus and scroll instead.
use leptos::ev::MouseEvent;
use wasm_bindgen::JsCast;

/// Moves focus to the element `id` and scrolls it into view.
pub fn jump_to(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
        el.scroll_into_view();
    }
}

/// A click handler for `<a href="#id">` that stays on the page.
pub fn on_jump(id: &'static str) -> impl Fn(MouseEvent) + Copy {
    move |ev: MouseEvent| {
        ev.prevent_default();
        jump_to(id);
    }
}
