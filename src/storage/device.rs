//! The browser's storage manager: persistence and usage estimates.
use wasm_bindgen_futures::JsFuture;

use super::js;

/// Whether the browser keeps our data under storage pressure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    Granted,
    Denied,
    Unsupported,
}

fn manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    // `navigator.storage` is missing in some contexts; check before use.
    let has = js_sys::Reflect::has(&nav, &"storage".into()).unwrap_or(false);
    has.then(|| nav.storage())
}

/// Asks for persistent storage (call from a user gesture).
pub async fn request_persist() -> Persistence {
    let Some(m) = manager() else {
        return Persistence::Unsupported;
    };
    match m.persist() {
        Ok(p) => match JsFuture::from(p).await {
            Ok(v) if v.as_bool() == Some(true) => Persistence::Granted,
            Ok(_) => Persistence::Denied,
            Err(_) => Persistence::Unsupported,
        },
        Err(_) => Persistence::Unsupported,
    }
}

/// Whether storage is already persistent.
pub async fn persisted() -> Persistence {
    let Some(m) = manager() else {
        return Persistence::Unsupported;
    };
    match m.persisted() {
        Ok(p) => match JsFuture::from(p).await {
            Ok(v) if v.as_bool() == Some(true) => Persistence::Granted,
            Ok(_) => Persistence::Denied,
            Err(_) => Persistence::Unsupported,
        },
        Err(_) => Persistence::Unsupported,
    }
}

/// Bytes used and available to this site, when the browser says.
pub async fn estimate() -> Option<(f64, f64)> {
    let p = manager()?.estimate().ok()?;
    let v = JsFuture::from(p).await.ok()?;
    Some((js::get_number(&v, "usage")?, js::get_number(&v, "quota")?))
}
