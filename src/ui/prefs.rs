//! The language and theme switchers in the header, kept in preferences.
use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::prefs;
use crate::ui::text::tr;
use suitcase_core::model::text::Lang;

fn locale_code(l: Locale) -> &'static str {
    super::lang::lang_of(l).tag()
}

/// Applies the language kept from an earlier visit (otherwise the browser's
/// language, chosen by the i18n context, stays). It runs as an effect: the
/// i18n context sets the browser's language in an effect of its own, created
/// before this one, so this one runs after it and wins.
#[component]
pub fn RestoreLanguage() -> impl IntoView {
    let i18n = use_i18n();
    let kept = prefs::language()
        .as_deref()
        .and_then(Lang::from_tag)
        .map(super::lang::locale_of);
    if let Some(locale) = kept {
        // Set now (no flash of the other language) and again after the
        // context's own effect.
        i18n.set_locale(locale);
        Effect::new(move |_| i18n.set_locale(locale));
    }
}

/// Chooses the interface language.
#[component]
pub fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev| {
        let code = event_target_value(&ev);
        let lang = Lang::from_tag(&code).unwrap_or_default();
        i18n.set_locale(super::lang::locale_of(lang));
        prefs::set_language(&code);
    };
    view! {
        <label class="pref">
            <span>{tr!(i18n, prefs.language)}</span>
            <select
                name="language"
                on:change=on_change
                prop:value=move || locale_code(i18n.get_locale())
            >
                <option value="en" lang="en">"English"</option>
                <option value="vi" lang="vi">"Tiếng Việt"</option>
            </select>
        </label>
    }
}

/// Sets `data-theme` on `<html>`: none follows the system (CSS media query).
fn apply_theme(theme: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = match theme {
            "light" | "dark" => el.set_attribute("data-theme", theme),
            _ => el.remove_attribute("data-theme"),
        };
    }
}

/// Chooses light, dark or the system's theme.
#[component]
pub fn ThemeSelect() -> impl IntoView {
    let i18n = use_i18n();
    let theme = RwSignal::new(prefs::theme());
    apply_theme(&theme.get_untracked());
    let on_change = move |ev| {
        let value = event_target_value(&ev);
        apply_theme(&value);
        prefs::set_theme(&value);
        theme.set(value);
    };
    view! {
        <label class="pref">
            <span>{tr!(i18n, prefs.theme)}</span>
            <select name="theme" on:change=on_change prop:value=move || theme.get()>
                <option value="system">{tr!(i18n, prefs.theme_system)}</option>
                <option value="light">{tr!(i18n, prefs.theme_light)}</option>
                <option value="dark">{tr!(i18n, prefs.theme_dark)}</option>
            </select>
        </label>
    }
}
