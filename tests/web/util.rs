//! Helpers shared by the browser tests.
use js_sys::{Function, Promise};
use wasm_bindgen_futures::JsFuture;

/// Waits `ms` milliseconds (a browser timer).
#[allow(dead_code)]
pub async fn sleep(ms: i32) {
    let p = Promise::new(&mut |resolve: Function, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(p).await.unwrap();
}

/// Runs two futures concurrently on the single JS thread.
#[allow(dead_code)]
pub async fn futures_join<A: std::future::Future, B: std::future::Future>(
    a: A,
    b: B,
) -> (A::Output, B::Output) {
    use std::pin::pin;
    use std::task::Poll;
    let mut a = pin!(a);
    let mut b = pin!(b);
    let mut ra = None;
    let mut rb = None;
    std::future::poll_fn(|cx| {
        if ra.is_none() {
            if let Poll::Ready(v) = a.as_mut().poll(cx) {
                ra = Some(v);
            }
        }
        if rb.is_none() {
            if let Poll::Ready(v) = b.as_mut().poll(cx) {
                rb = Some(v);
            }
        }
        if ra.is_some() && rb.is_some() {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    })
    .await;
    (ra.unwrap(), rb.unwrap())
}

/// A client record named `name`, not yet saved (revision 0).
#[allow(dead_code)]
pub fn client(
    id: &str,
    name: &str,
) -> suitcase::storage::Record<suitcase_core::model::client::Client> {
    suitcase::storage::Record::new(
        id.into(),
        suitcase_core::model::client::Client {
            name: name.into(),
            ..Default::default()
        },
        chrono::Utc::now(),
    )
}
