//! The field family: labelled inputs that keep the typed text while it
//! cannot be used (with the reason under the field) and list the check's
//! findings for the field under it too.
//!
//! The toolkit's editors and the budget editor use [`Field`] (findings as
//! [`Note`]s of either severity, "row — part" labels). The wizard uses
//! [`TextField`], [`DateField`], [`AmountField`], [`PercentField`] and
//! [`StringList`]: the check's messages come in as a signal (the wizard looks
//! them up by its `WizardField`) and show, with the field's own message, in
//! one live region ([`FieldIssues`]). Text is kept exactly as typed (nothing a
//! user writes is ever dropped); dates and amounts that cannot be read are
//! refused at the field, with a message, and the record keeps its last good
//! value.
use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::*;
use crate::ui::check::{amount_text, cause_text, CheckField};
use crate::ui::text::tr;
use suitcase_core::check::{Cause, Issue};
use suitcase_core::model::money::{format_grouped, parse_amount};
use suitcase_core::model::reports::dates::{iso, parse_date};
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
    /// Says the field is still blank: shown only once the field was left,
    /// or the whole record's check was asked for (see [`RevealMissing`]).
    pub missing: bool,
}

/// Whether an open record shows its "missing" notes on fields not yet
/// touched: `false` when it opens (a new record does not greet anyone with a
/// list of blanks), `true` once the person asks for the check or exports.
/// Provided by the record's editor; without it every note shows.
#[derive(Clone, Copy)]
pub struct RevealMissing(pub RwSignal<bool>);

impl RevealMissing {
    /// The open record's switch, if any (call in a component's body).
    pub fn find() -> Option<RevealMissing> {
        use_context::<RevealMissing>()
    }

    /// Shows every missing note of the open record (a check or export).
    pub fn reveal(this: Option<RevealMissing>) {
        if let Some(r) = this {
            r.0.set(true);
        }
    }
}

/// Whether a field was typed in and then left: only then does it show its
/// "missing" note. Tabbing through a field, or clicking a button below it,
/// must not make a note appear and move that button from under the pointer.
#[derive(Clone, Copy)]
pub struct Touched {
    left: RwSignal<bool>,
    typed: StoredValue<bool>,
}

impl Default for Touched {
    fn default() -> Self {
        Touched::new()
    }
}

impl Touched {
    pub fn new() -> Touched {
        Touched {
            left: RwSignal::new(false),
            typed: StoredValue::new(false),
        }
    }

    /// The person typed in the field.
    pub fn typed(self) {
        self.typed.set_value(true);
    }

    /// The field lost focus.
    pub fn left(self) {
        if self.typed.get_value() {
            self.left.set(true);
        }
    }

    /// Whether the field was typed in and left (tracked).
    pub fn signal(self) -> Signal<bool> {
        self.left.into()
    }
}

/// The notes to show now: "missing" notes wait until the field was typed
/// in and left (`touched`) or the record's check was asked for.
pub fn shown_notes(notes: Signal<Vec<Note>>, touched: Option<Signal<bool>>) -> Signal<Vec<Note>> {
    let reveal = use_context::<RevealMissing>();
    Signal::derive(move || {
        let all = reveal.is_none_or(|r| r.0.get()) || touched.is_some_and(|t| t.get());
        notes.with(|v| v.iter().filter(|n| all || !n.missing).cloned().collect())
    })
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
                    missing: i.cause == Cause::Missing,
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
    let touched = Touched::new();
    let all_notes = notes.unwrap_or_else(|| Signal::derive(Vec::new));
    let notes = shown_notes(all_notes, Some(touched.signal()));
    let help_id = format!("{id}-help");
    let described = match help {
        Some(_) => format!("{id}-issues {help_id}"),
        None => format!("{id}-issues"),
    };
    let invalid = move || {
        (error.with(Option::is_some) || notes.with(|n| n.iter().any(|n| n.error))).then_some("true")
    };
    let current = move || typed.get().unwrap_or_else(|| value.get());
    let on_input = move |ev| {
        touched.typed();
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
                aria-describedby=described.clone()
                on:input=on_input
                on:change=on_change
                on:focusout=move |_| touched.left()
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
                aria-describedby=described.clone()
                on:input=on_input
                on:change=on_change
                on:focusout=move |_| touched.left()
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
            <FieldIssues id=id.clone() local=local_signal(error) notes=all_notes touched=touched.signal() />
            {help.map(|h| view! { <p id=help_id class="help">{move || h.get()}</p> })}
        </div>
    }
}

/// A plain text field: every change is applied.
pub fn text_apply(f: impl Fn(String) + Send + Sync + 'static) -> Callback<String, Option<String>> {
    Callback::new(move |s: String| {
        f(s);
        None
    })
}

/// What is shown under every field, in one live region `{id}-issues`: the
/// field's own message when the typed text cannot be used (`{id}-error`, an
/// alert) and the check's findings for the field (`{id}-notes`, errors and
/// warnings). `id` is the field's id; its input is described by
/// `{id}-issues`.
#[component]
pub fn FieldIssues(
    /// The field's id.
    #[prop(into)]
    id: String,
    /// The check's findings for the field.
    #[prop(optional, into)]
    notes: Option<Signal<Vec<Note>>>,
    /// A message of the field itself (e.g. a date that is not a date).
    #[prop(optional, into)]
    local: Option<Signal<Option<String>>>,
    /// Whether the field was left once (its "missing" notes show then).
    #[prop(optional, into)]
    touched: Option<Signal<bool>>,
) -> impl IntoView {
    let notes = shown_notes(notes.unwrap_or_else(|| Signal::derive(Vec::new)), touched);
    let error_id = format!("{id}-error");
    let notes_id = format!("{id}-notes");
    view! {
        <div id=format!("{id}-issues") class="field-issues" aria-live="polite">
            {move || {
                local
                    .and_then(|l| l.get())
                    .map(|m| {
                        view! {
                            <p id=error_id.clone() class="field-error" role="alert">
                                {m}
                            </p>
                        }
                    })
            }}
            {move || {
                let notes_id = notes_id.clone();
                notes
                    .with(|n| !n.is_empty())
                    .then(move || {
                        view! {
                            <ul id=notes_id class="field-notes">
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
                        }
                    })
            }}
        </div>
    }
}

/// The check's messages for a field (all errors), as notes.
pub fn errors(issues: Option<Signal<Vec<String>>>) -> Signal<Vec<Note>> {
    Signal::derive(move || {
        issues
            .map(|i| {
                i.get()
                    .into_iter()
                    .map(|text| Note {
                        error: true,
                        text,
                        missing: false,
                    })
                    .collect()
            })
            .unwrap_or_default()
    })
}

fn local_signal(s: RwSignal<Option<String>>) -> Signal<Option<String>> {
    s.into()
}

/// Whether a field has a problem to show (its own or the check's).
fn invalid(issues: Option<Signal<Vec<String>>>, local: Option<Signal<Option<String>>>) -> bool {
    local.is_some_and(|l| l.with(Option::is_some))
        || issues.is_some_and(|i| i.with(|v| !v.is_empty()))
}

/// A labelled text input or text area bound to one text of the record.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    /// The check's messages for the field.
    #[prop(optional, into)]
    issues: Option<Signal<Vec<String>>>,
    #[prop(into)] value: Signal<String>,
    on_set: Callback<String>,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    #[prop(optional, into)] help: Option<Signal<String>>,
    /// The id of a `<datalist>` of suggestions.
    #[prop(optional, into)]
    suggestions: Option<String>,
    /// Called when the user leaves the field after changing it.
    #[prop(optional)]
    on_commit: Option<Callback<String>>,
    /// Show the text as typed until the field is left (for values that are
    /// tidied when applied, like a list of tags).
    #[prop(optional)]
    keep_typed: bool,
) -> impl IntoView {
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let value = Signal::derive(move || typed.get().unwrap_or_else(|| value.get()));
    let err_id = format!("{id}-issues");
    let help_id = format!("{id}-help");
    let described = if help.is_some() {
        format!("{err_id} {help_id}")
    } else {
        err_id.clone()
    };
    let bad = move || invalid(issues, None).then_some("true");
    let input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if keep_typed {
            typed.set(Some(text.clone()));
        }
        on_set.run(text);
    };
    let change = move |ev: leptos::ev::Event| {
        typed.set(None);
        if let Some(c) = on_commit {
            c.run(event_target_value(&ev));
        }
    };
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="4"
                prop:value=move || value.get()
                aria-invalid=bad
                aria-describedby=described.clone()
                on:input=input
                on:change=change
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                list=suggestions
                autocomplete="off"
                prop:value=move || value.get()
                aria-invalid=bad
                aria-describedby=described.clone()
                on:input=input
                on:change=change
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            {control}
            {help.map(|h| view! { <p id=help_id class="help">{move || h.get()}</p> })}
            <FieldIssues id=id.clone() notes=errors(issues) />
        </div>
    }
}

/// A date input. A date the browser cannot read is refused with a message;
/// clearing the field clears the date.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] issues: Option<Signal<Vec<String>>>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    on_set: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let local: RwSignal<Option<String>> = RwSignal::new(None);
    let err_id = format!("{id}-issues");
    let bad = move || invalid(issues, Some(local_signal(local))).then_some("true");
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let text = input.value();
        if input.validity().bad_input() {
            local.set(Some(t_string!(i18n, check.bad_date).to_string()));
            return;
        }
        if text.trim().is_empty() {
            local.set(None);
            on_set.run(None);
            return;
        }
        match parse_date(&text) {
            Ok(d) if (1900..=2200).contains(&chrono::Datelike::year(&d)) => {
                local.set(None);
                on_set.run(Some(d));
            }
            _ => local.set(Some(t_string!(i18n, check.bad_date).to_string())),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <input
                id=id.clone()
                type="date"
                min="1900-01-01"
                max="2200-12-31"
                prop:value=move || value.get().map(iso).unwrap_or_default()
                aria-invalid=bad
                aria-describedby=err_id.clone()
                on:change=on_change
            />
            <FieldIssues id=id.clone() notes=errors(issues) local=local_signal(local) />
        </div>
    }
}

/// A date typed the way the interface language writes it (day first in
/// Vietnamese, `YYYY-MM-DD` in English: see
/// [`suitcase_core::model::reports::dates::parse_date_in`]) or picked from
/// the browser's calendar (the button beside it). Text that cannot be read
/// stays in the field with the reason under it, and the record keeps its last
/// good date; clearing the field clears the date.
#[component]
pub fn DateText(
    /// The text input's id (the calendar is `{id}-pick`).
    #[prop(into)]
    id: String,
    /// The label; a "Row — part" label shows only the part.
    #[prop(into)]
    label: Signal<String>,
    #[prop(into)] value: Signal<Option<NaiveDate>>,
    on_set: Callback<Option<NaiveDate>>,
    /// The check's findings for this field.
    #[prop(optional, into)]
    notes: Option<Signal<Vec<Note>>>,
    /// A hint under the field.
    #[prop(optional, into)]
    help: Option<Signal<String>>,
) -> impl IntoView {
    use suitcase_core::model::reports::dates::{
        date_input_text, iso, parse_date, parse_optional_date_in,
    };
    let i18n = use_i18n();
    let lang = crate::ui::lang::use_lang();
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let touched = Touched::new();
    let all_notes = notes.unwrap_or_else(|| Signal::derive(Vec::new));
    let shown = shown_notes(all_notes, Some(touched.signal()));
    let label_id = format!("{id}-label");
    let pick_id = format!("{id}-pick");
    let help_id = format!("{id}-help");
    let described = match help {
        Some(_) => format!("{id}-issues {help_id}"),
        None => format!("{id}-issues"),
    };
    let invalid = move || {
        (error.with(Option::is_some) || shown.with(|n| n.iter().any(|n| n.error))).then_some("true")
    };
    let current = move || {
        typed.get().unwrap_or_else(|| {
            value
                .get()
                .map(|d| date_input_text(d, lang.get()))
                .unwrap_or_default()
        })
    };
    let on_input = move |ev| {
        touched.typed();
        let text = event_target_value(&ev);
        typed.set(Some(text.clone()));
        match parse_optional_date_in(&text, lang.get_untracked()) {
            Ok(d) => {
                error.set(None);
                on_set.run(d);
            }
            Err(e) => error.set(Some(
                crate::ui::words::date_error(i18n.get_locale_untracked(), e).to_string(),
            )),
        }
    };
    // Once left, a readable date is shown the language's way.
    let on_change = move |_| {
        if error.with_untracked(Option::is_none) {
            typed.set(None);
        }
    };
    let picked = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        if let Ok(d) = parse_date(&text) {
            typed.set(None);
            error.set(None);
            touched.typed();
            touched.left();
            on_set.run(Some(d));
        }
    };
    let pick_for_open = pick_id.clone();
    let text_id = id.clone();
    let open = move |_| {
        let doc = web_sys::window().and_then(|w| w.document());
        let Some(input) = doc
            .as_ref()
            .and_then(|d| d.get_element_by_id(&pick_for_open))
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        input.set_value(&value.get_untracked().map(iso).unwrap_or_default());
        let shown = js_sys::Reflect::get(&input, &"showPicker".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .is_some_and(|f| f.call0(&input).is_ok());
        if !shown {
            // No calendar in this browser: typing is the way.
            focus_later(text_id.clone());
        }
    };
    view! {
        <div class="field">
            <label id=label_id.clone() for=id.clone()>
                {move || {
                    let (row, part) = split_label(&label.get());
                    view! {
                        <span class="vh">{row}</span>
                        {part}
                    }
                }}
            </label>
            <div class="date-row">
                <input
                    id=id.clone()
                    type="text"
                    autocomplete="off"
                    inputmode="numeric"
                    spellcheck="false"
                    prop:value=current
                    aria-invalid=invalid
                    aria-describedby=described
                    on:input=on_input
                    on:change=on_change
                    on:focusout=move |_| touched.left()
                />
                <input
                    id=pick_id
                    class="date-pick-input"
                    type="date"
                    min="1900-01-01"
                    max="2999-12-31"
                    tabindex="-1"
                    aria-hidden="true"
                    on:change=picked
                />
                <button
                    type="button"
                    class="secondary small date-pick"
                    aria-describedby=label_id
                    on:click=open
                >
                    {tr!(i18n, dates.pick)}
                </button>
            </div>
            <FieldIssues id=id.clone() local=local_signal(error) notes=all_notes touched=touched.signal() />
            {help.map(|h| view! { <p id=help_id class="help">{move || h.get()}</p> })}
        </div>
    }
}

/// A whole-unit amount (blank is 0). Typing that cannot be read keeps the
/// text, shows why and leaves the record's amount as it was.
#[component]
pub fn AmountField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] issues: Option<Signal<Vec<String>>>,
    #[prop(into)] value: Signal<i64>,
    #[prop(into)] currency: Signal<String>,
    on_set: Callback<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = Signal::derive(move || match value.get() {
        0 => String::new(),
        v => format_grouped(v, &currency.get()),
    });
    let apply = Callback::new(move |text: String| {
        let amount = if text.trim().is_empty() {
            Ok(0)
        } else {
            parse_amount(&text)
        };
        match amount {
            Ok(v) => {
                on_set.run(v);
                None
            }
            Err(e) => Some(amount_text(i18n.get_locale_untracked(), &e)),
        }
    });
    view! { <Field id label value=shown apply notes=errors(issues) inputmode="numeric" no_spellcheck=true /> }
}

/// Reads a percentage typed as "10", "10.5" or "10,5" into hundredths.
pub fn parse_percent(text: &str) -> Option<i64> {
    let t = text.trim().trim_end_matches('%').trim().replace(',', ".");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() || whole.len() > 3 || frac.len() > 2 {
        return None;
    }
    if !whole
        .bytes()
        .chain(frac.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let w: i64 = whole.parse().ok()?;
    let f: i64 = format!("{frac:0<2}").parse().ok()?;
    let v = w * 100 + f;
    (v <= 10_000).then_some(v)
}

/// Hundredths of a percent as text ("10", "10.5").
pub fn percent_text(h: i64) -> String {
    if h % 100 == 0 {
        (h / 100).to_string()
    } else {
        format!("{}.{:02}", h / 100, h % 100)
            .trim_end_matches('0')
            .to_string()
    }
}

/// A percentage from 0 to 100 with up to two decimals.
#[component]
pub fn PercentField(
    #[prop(into)] id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(optional, into)] issues: Option<Signal<Vec<String>>>,
    #[prop(into)] value: Signal<i64>,
    on_set: Callback<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shown = Signal::derive(move || percent_text(value.get()));
    let apply = Callback::new(move |text: String| match parse_percent(&text) {
        Some(v) => {
            on_set.run(v);
            None
        }
        None => Some(t_string!(i18n, check.percent).to_string()),
    });
    view! { <Field id label value=shown apply notes=errors(issues) inputmode="decimal" class="field-short" no_spellcheck=true /> }
}

/// A list of one-line texts (insights, deliverables, channels…): add, edit,
/// remove. `issues` are the list's messages, `row_issues` each row's.
#[component]
pub fn StringList(
    #[prop(into)] id: String,
    /// The list's heading.
    #[prop(into)]
    legend: Signal<String>,
    /// The label of one row ("Insight"), numbered per row.
    #[prop(into)]
    item: Signal<String>,
    /// The text of the "add" button.
    #[prop(into)]
    add_label: Signal<String>,
    /// The check's messages for the list.
    #[prop(optional, into)]
    issues: Option<Signal<Vec<String>>>,
    /// The check's messages for row `i`.
    #[prop(optional)]
    row_issues: Option<Callback<usize, Signal<Vec<String>>>>,
    #[prop(into)] items: Signal<Vec<String>>,
    on_change: Callback<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let len = Memo::new(move |_| items.with(Vec::len));
    let idv = StoredValue::new(id.clone());
    let rows = move || {
        (0..len.get())
            .map(|i| {
                let row_id = format!("{}-{i}", idv.get_value());
                let row_issues = row_issues.map(|r| r.run(i));
                let label = Signal::derive(move || format!("{} {}", item.get(), i + 1));
                let value = Signal::derive(move || items.with(|v| v.get(i).cloned().unwrap_or_default()));
                let set = Callback::new(move |text: String| {
                    let mut v = items.get_untracked();
                    if let Some(slot) = v.get_mut(i) {
                        *slot = text;
                        on_change.run(v);
                    }
                });
                let remove = move |_| {
                    let mut v = items.get_untracked();
                    if i < v.len() {
                        v.remove(i);
                        on_change.run(v);
                    }
                };
                view! {
                    <li class="list-row">
                        <TextField id=row_id label=label issues=row_issues.unwrap_or_else(|| Signal::derive(Vec::new)) value=value on_set=set />
                        <button
                            type="button"
                            class="secondary small"
                            aria-label=move || td_string!(i18n.get_locale(), wizard.remove_named, name = label.get()).to_string()
                            on:click=remove
                        >
                            {tr!(i18n, wizard.remove)}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let add = move |_| {
        let mut v = items.get_untracked();
        v.push(String::new());
        let last = v.len() - 1;
        on_change.run(v);
        focus_later(format!("{}-{last}", idv.get_value()));
    };
    view! {
        <fieldset class="list-field">
            <legend>{move || legend.get()}</legend>
            <ol class="list-rows">{rows}</ol>
            <FieldIssues id=id.clone() notes=errors(issues) />
            <button type="button" class="secondary" on:click=add>
                {move || add_label.get()}
            </button>
        </fieldset>
    }
}

/// Focuses the element `id` once it is in the page (after a row is added).
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages() {
        assert_eq!(parse_percent("10"), Some(1000));
        assert_eq!(parse_percent("10,5"), Some(1050));
        assert_eq!(parse_percent("7.25 %"), Some(725));
        assert_eq!(parse_percent("100"), Some(10_000));
        assert_eq!(parse_percent("100.01"), None);
        assert_eq!(parse_percent("-1"), None);
        assert_eq!(parse_percent("abc"), None);
        assert_eq!(parse_percent(""), None);
        assert_eq!(percent_text(1050), "10.5");
        assert_eq!(percent_text(1000), "10");
        assert_eq!(percent_text(725), "7.25");
    }
}
