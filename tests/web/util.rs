//! Helpers shared by the browser tests.
use js_sys::{Function, Promise};
use wasm_bindgen_futures::JsFuture;

/// Waits `ms` milliseconds (a browser timer).
pub async fn sleep(ms: i32) {
    let p = Promise::new(&mut |resolve: Function, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}
