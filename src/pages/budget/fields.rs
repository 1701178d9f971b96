//! An input that applies what is typed only when it is valid, and otherwise
//! keeps the text and says what is wrong right under it.
use leptos::prelude::*;

/// A labelled text input bound to one value of the plan.
///
/// While the user types, their text is kept as typed; `apply` receives it
/// and returns an error message when it cannot be used (the plan then keeps
/// its last valid value). On leaving the field a valid entry is shown in its
/// tidy form again.
#[component]
pub fn EditField(
    /// The input's id (also names its error message).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The current value, formatted.
    #[prop(into)]
    value: Signal<String>,
    /// Applies the typed text; `Some(message)` when it is refused.
    apply: Callback<String, Option<String>>,
    /// Numeric keyboard on phones.
    #[prop(optional)]
    numeric: bool,
    /// A hint under the field.
    #[prop(optional, into)]
    help: Option<Signal<String>>,
) -> impl IntoView {
    let typed: RwSignal<Option<String>> = RwSignal::new(None);
    let error: RwSignal<Option<String>> = RwSignal::new(None);
    let error_id = format!("{id}-error");
    let help_id = format!("{id}-help");
    let described = {
        let (error_id, help_id) = (error_id.clone(), help_id.clone());
        let has_help = help.is_some();
        move || {
            let mut ids = Vec::new();
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            if has_help {
                ids.push(help_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <input
                id=id
                type="text"
                inputmode=numeric.then_some("decimal")
                autocomplete="off"
                spellcheck="false"
                prop:value=move || typed.get().unwrap_or_else(|| value.get())
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=described
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    typed.set(Some(text.clone()));
                    error.set(apply.run(text));
                }
                on:change=move |_| {
                    if error.with_untracked(Option::is_none) {
                        typed.set(None);
                    }
                }
            />
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
            {help.map(|h| view! { <p id=help_id class="help">{move || h.get()}</p> })}
        </div>
    }
}
