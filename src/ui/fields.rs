//! The field family: labelled inputs that keep the typed text while it
//! cannot be used (with the reason under the field) and list the check's
//! findings for the field under it too. The toolkit's editors and the budget
//! editor use [`Field`]; the wizard's fields (`pages/wizard/fields.rs`) add
//! what is theirs (issues found by `WizardField`, dates, amounts, string lists)
//! on top of the same classes.
use leptos::prelude::*;

use crate::ui::check::{cause_text, CheckField};
use suitcase_core::check::Issue;
use suitcase_core::model::text::Lang;

/// "next step" → "Next step": a phrase made a sentence.
pub fn sentence(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A finding shown under a field.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    /// Blocks sending (an error) or only worth a look (a warning).
    pub error: bool,
    pub text: String,
}

/// The check's findings for `field`, in the user's language.
pub fn notes_of<F: CheckField + PartialEq + Send + Sync + 'static>(
    issues: Memo<Vec<Issue<F>>>,
    lang: Memo<Lang>,
    field: F,
) -> Signal<Vec<Note>> {
    Signal::derive(move || {
        let lang = lang.get();
        issues.with(|v| {
            v.iter()
                .filter(|i| i.field == field)
                .map(|i| Note {
                    error: i.is_error(),
                    text: cause_text(lang, F::VOICE, &i.cause),
                })
                .collect()
        })
    })
}

/// Splits "Next step 2 — owner" into the row ("Next step 2 — ") and the
/// part ("Owner"): the row is read by screen readers but not shown, as the
/// row's heading already says it.
fn split_label(label: &str) -> (String, String) {
    match label.rsplit_once(" — ") {
        Some((row, part)) => (format!("{row} — "), sentence(part)),
        None => (String::new(), label.to_string()),
    }
}

/// A labelled text input (or text area).
///
/// `apply` receives every change and returns `Some(message)` when the text
/// cannot be used; the record then keeps its last valid value and the text
/// stays in the field, with the message under it.
#[component]
pub fn Field(
    /// The input's id.
    #[prop(into)]
    id: String,
    /// The label; a "Row — part" label shows only the part.
    #[prop(into)]
    label: Signal<String>,
    /// The current value, formatted.
    #[prop(into)]
    value: Signal<String>,
    /// Applies the typed text; `Some(message)` when it is refused.
    apply: Callback<String, Option<String>>,
    /// The check's findings for this field.
    #[prop(optional, into)]
    notes: Option<Signal<Vec<Note>>>,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// A hint under the field.
    #[prop(optional, into)]
    help: Option<Signal<String>>,
    /// Extra class on the wrapper.
    #[prop(optional, into)]
    class: Option<&'static str>,
    /// The input mode for phones ("numeric", "decimal").
    #[prop(optional, into)]
    inputmode: Option<&'static str>,
    /// No spell check (numbers, codes).
    #[prop(optional)]
    no_spellcheck: bool,
) -> impl IntoView {
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let notes = notes.unwrap_or_else(|| Signal::derive(Vec::new));
    let error_id = format!("{id}-error");
    let notes_id = format!("{id}-notes");
    let help_id = format!("{id}-help");
    let has_help = help.is_some();
    let described = {
        let (error_id, notes_id, help_id) = (error_id.clone(), notes_id.clone(), help_id.clone());
        move || {
            let mut ids = Vec::new();
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            if notes.with(|n| !n.is_empty()) {
                ids.push(notes_id.clone());
            }
            if has_help {
                ids.push(help_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || {
        (error.with(Option::is_some) || notes.with(|n| n.iter().any(|n| n.error))).then_some("true")
    };
    let current = move || typed.get().unwrap_or_else(|| value.get());
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        typed.set(Some(text.clone()));
        error.set(apply.run(text));
    };
    let on_change = move |_| {
        if error.with_untracked(Option::is_none) {
            typed.set(None);
        }
    };
    let input = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="4"
                prop:value=current
                aria-invalid=invalid
                aria-describedby=described
                on:input=on_input
                on:change=on_change
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                autocomplete="off"
                inputmode=inputmode
                spellcheck=no_spellcheck.then_some("false")
                prop:value=current
                aria-invalid=invalid
                aria-describedby=described
                on:input=on_input
                on:change=on_change
            />
        }
        .into_any()
    };
    let wrapper = match class {
        Some(c) => format!("field {c}"),
        None => "field".to_string(),
    };
    view! {
        <div class=wrapper>
            <label for=id.clone()>
                {move || {
                    let (row, part) = split_label(&label.get());
                    view! {
                        <span class="vh">{row}</span>
                        {part}
                    }
                }}
            </label>
            {input}
            {move || {
                error
                    .get()
                    .map(|m| {
                        view! {
                            <p id=error_id.clone() class="field-error" role="alert">
                                {m}
                            </p>
                        }
                    })
            }}
            <NoteList id=notes_id notes=notes />
            {help.map(|h| view! { <p id=help_id class="help">{move || h.get()}</p> })}
        </div>
    }
}

/// The findings of the check for one field.
#[component]
pub fn NoteList(#[prop(into)] id: String, #[prop(into)] notes: Signal<Vec<Note>>) -> impl IntoView {
    view! {
        <Show when=move || notes.with(|n| !n.is_empty())>
            <ul id=id.clone() class="field-notes">
                {move || {
                    notes
                        .get()
                        .into_iter()
                        .map(|n| {
                            let class = if n.error { "field-error" } else { "field-warn" };
                            view! { <li class=class>{sentence(&n.text)}</li> }
                        })
                        .collect_view()
                }}
            </ul>
        </Show>
    }
}

/// A plain text field: every change is applied.
pub fn text_apply(f: impl Fn(String) + Send + Sync + 'static) -> Callback<String, Option<String>> {
    Callback::new(move |s: String| {
        f(s);
        None
    })
}
