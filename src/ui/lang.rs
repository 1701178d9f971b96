//! The one place that maps the interface locale (leptos_i18n's `Locale`) to
//! core's `Lang` and back, and gives pages the current language.
use leptos::prelude::*;
use suitcase_core::model::text::{Lang, Text};

use crate::i18n::*;

/// Core's language of an interface locale.
pub fn lang_of(locale: Locale) -> Lang {
    match locale {
        Locale::en => Lang::En,
        Locale::vi => Lang::Vi,
    }
}

/// The interface locale of one of core's languages (pages that hold a
/// [`Lang`] pass it wherever a `Locale` is wanted).
impl From<Lang> for Locale {
    fn from(lang: Lang) -> Locale {
        match lang {
            Lang::En => Locale::en,
            Lang::Vi => Locale::vi,
        }
    }
}

/// The interface locale of one of core's languages.
pub fn locale_of(lang: Lang) -> Locale {
    Locale::from(lang)
}

/// A decimal for people, with `digits` after the language's decimal mark
/// ("12.5" / "12,5").
pub fn decimal(lang: Lang, v: f64, digits: usize) -> String {
    let s = format!("{v:.digits$}");
    match lang {
        Lang::En => s,
        Lang::Vi => s.replace('.', ","),
    }
}

/// The interface language, as a signal that follows the language switcher.
pub fn use_lang() -> Signal<Lang> {
    let i18n = use_i18n();
    Signal::derive(move || lang_of(i18n.get_locale()))
}

/// A piece of bilingual content in the interface language, reactively.
pub fn text(lang: Signal<Lang>, t: Text) -> impl Fn() -> &'static str + Copy {
    move || t.get(lang.get())
}
