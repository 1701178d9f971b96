//! The wizard's side of the field family (`ui::fields`): the check's
//! messages for one [`WizardField`], looked up in the open proposal.
use leptos::prelude::*;

use super::workspace::use_wiz;
use suitcase_core::model::brief::WizardField;

pub use crate::ui::fields::{
    errors, focus_later, AmountField, DateField, FieldIssues, PercentField, StringList, TextField,
};

/// The messages to show under `field` (tracked).
pub fn at(field: WizardField) -> Signal<Vec<String>> {
    let ctx = use_wiz();
    Signal::derive(move || ctx.messages_at(field))
}

/// The messages to show under row `i` of a list, `row(i)` being its field.
pub fn rows_at(row: fn(usize) -> WizardField) -> Callback<usize, Signal<Vec<String>>> {
    let ctx = use_wiz();
    Callback::new(move |i| {
        let field = row(i);
        Signal::derive(move || ctx.messages_at(field))
    })
}
