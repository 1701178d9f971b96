//! The interface's fixed words as views that follow the language.
//!
//! `t!(i18n, key)` expands to a closure of its own at every call site, and
//! the view layer's reactive text code (build, rebuild and the effect
//! around them) is compiled once per closure type: about 500 bytes of wasm
//! per site, over some 570 sites. [`tr!`] goes through [`text`], whose
//! closure is one type for every key, so a site adds only the small
//! function that picks the key's words for a language. Measured on the
//! release build: all wasm 1,690 → 1,637 KB gzip, the view layer's code
//! 671 → 365 KB before compression.
use leptos_i18n::I18nContext;

use crate::i18n::Locale;

/// The words of one key in the current language, as a view or an attribute
/// value that changes with the language. Written through [`tr!`].
pub fn text(
    i18n: I18nContext<Locale>,
    words: fn(Locale) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || words(i18n.get_locale())
}

/// `tr!(i18n, nav.home)`: the key's words in the current language, as a
/// view or an attribute value (`aria-label=tr!(i18n, nav.label)`). Use it
/// instead of `t!` for keys without arguments.
macro_rules! tr {
    ($i18n:expr, $($key:tt)+) => {
        $crate::ui::text::text($i18n, |l| $crate::i18n::td_string!(l, $($key)+))
    };
}
pub(crate) use tr;
