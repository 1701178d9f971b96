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

/// The interface locale of one of core's languages.
pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Vi => Locale::vi,
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
