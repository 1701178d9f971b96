//! Step 3, the creative brief: one single-minded proposition, the tone, what
//! is to be made and where it runs.
use leptos::prelude::*;

use super::fields::{at, rows_at, StringList, TextField};
use super::workspace::use_wiz;
use crate::i18n::*;
use crate::ui::text::tr;
use suitcase_core::model::brief::WizardField as F;

#[component]
pub fn CreativeStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_wiz();
    let (prop, set_prop) = lens!(ctx, |r| r.creative.proposition);
    let (rtb, set_rtb) = lens!(ctx, |r| r.creative.reason_to_believe);
    let (tone, set_tone) = lens!(ctx, |r| r.creative.tone);
    let (deliv, set_deliv) = lens!(ctx, |r| r.creative.deliverables);
    let (channels, set_channels) = lens!(ctx, |r| r.creative.channels);
    let s = move |f: fn(Locale) -> String| Signal::derive(move || f(i18n.get_locale()));
    view! {
        <p class="help">{tr!(i18n, wizard.creative_help)}</p>
        <TextField id="c-prop" label=s(|l| td_string!(l, wizard.f_proposition).to_string()) issues=at(F::Proposition)
            value=prop on_set=set_prop multiline=true help=s(|l| td_string!(l, wizard.proposition_help).to_string()) />
        <TextField id="c-rtb" label=s(|l| td_string!(l, wizard.f_rtb).to_string()) issues=at(F::ReasonToBelieve)
            value=rtb on_set=set_rtb multiline=true />
        <TextField id="c-tone" label=s(|l| td_string!(l, wizard.f_tone).to_string()) issues=at(F::Tone) value=tone on_set=set_tone />
        <StringList id="c-deliv" legend=s(|l| td_string!(l, wizard.f_deliverables).to_string())
            item=s(|l| td_string!(l, wizard.f_deliverable).to_string())
            add_label=s(|l| td_string!(l, wizard.add_deliverable).to_string())
            issues=at(F::CreativeDeliverables) row_issues=rows_at(F::CreativeDeliverable) items=deliv on_change=set_deliv />
        <StringList id="c-channel" legend=s(|l| td_string!(l, wizard.f_channels).to_string())
            item=s(|l| td_string!(l, wizard.f_channel).to_string())
            add_label=s(|l| td_string!(l, wizard.add_channel).to_string())
            issues=at(F::Channels) row_issues=rows_at(F::Channel) items=channels on_change=set_channels />
    }
}
