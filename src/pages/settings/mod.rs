//! Settings: the user's details, backup and storage on this device.
mod backup;
mod device;
mod profile;

use crate::ui::later::Later;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::*;
use crate::ui::text::tr;

/// The settings page.
#[component]
pub fn Settings() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || t_string!(i18n, settings.title).to_string() />
        <h1>{tr!(i18n, settings.title)}</h1>
        <profile::ProfileForm />
        <Later>
            <backup::BackupSection />
        </Later>
        <Later>
            <device::DeviceSection />
        </Later>
    }
}
