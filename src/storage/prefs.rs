//! Small preferences in localStorage (gloo-storage), guarded so that a
//! browser that denies storage still boots: reads fall back to defaults and
//! writes report that they were not kept.
use gloo_storage::{LocalStorage, Storage as _};

const LANG: &str = "suitcase.lang";
const THEME: &str = "suitcase.theme";
const LAST_BACKUP: &str = "suitcase.last_backup";
const STORED: &str = "suitcase.stored";

thread_local! {
    static AVAILABLE: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
}

/// Whether localStorage can be reached at all (checked once per page).
/// gloo's accessors panic where the browser throws on
/// `window.localStorage`, so ask web-sys first. Nothing is written here:
/// a probe write at start-up costs a synchronous disk write before the
/// first screen, and a browser that refuses writes makes [`set`] report
/// `false` anyway.
pub fn available() -> bool {
    AVAILABLE.with(|a| {
        *a.get_or_init(|| {
            web_sys::window()
                .and_then(|w| w.local_storage().ok().flatten())
                .is_some()
        })
    })
}

fn get(key: &str) -> Option<String> {
    if !available() {
        return None;
    }
    LocalStorage::get::<String>(key).ok()
}

fn set(key: &str, value: &str) -> bool {
    available() && LocalStorage::set(key, value).is_ok()
}

/// The chosen language code, if the user picked one.
pub fn language() -> Option<String> {
    get(LANG)
}

/// Keeps the chosen language. Returns whether it was kept.
pub fn set_language(code: &str) -> bool {
    set(LANG, code)
}

/// The chosen theme: "light", "dark" or "system" (the default).
pub fn theme() -> String {
    get(THEME).unwrap_or_else(|| "system".into())
}

/// Keeps the chosen theme. Returns whether it was kept.
pub fn set_theme(theme: &str) -> bool {
    set(THEME, theme)
}

/// When the last backup was exported (RFC 3339), if ever.
pub fn last_backup() -> Option<String> {
    get(LAST_BACKUP)
}

/// Records that a backup was exported now.
pub fn set_last_backup(at: &str) -> bool {
    set(LAST_BACKUP, at)
}

/// Remembers whether anything is stored on this device, for the next
/// visit's first paint: index.html then hides the prerendered page's
/// figures drawn from stored data (`data-stored`: "0 of 11 skills",
/// "Records kept: 0"), which were made with nothing stored, until the app
/// shows the user's own. Written only when it changes.
pub fn set_stored(stored: bool) {
    if !available() || get(STORED).is_some() == stored {
        return;
    }
    if stored {
        set(STORED, "1");
    } else {
        LocalStorage::delete(STORED);
    }
}
