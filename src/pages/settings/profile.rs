//! The user's own details, autosaved.
use std::time::Duration;

use chrono::Utc;
use leptos::prelude::*;

use crate::i18n::*;
use crate::storage::{use_storage, Record, StorageError};
use crate::ui::autosave::{Autosave, SaveIndicator, SaveState};
use crate::ui::text::tr;
use suitcase_core::model::profile::{Profile, ProfileError, FIELD_MAX, PROFILE_ID};

fn fresh() -> Record<Profile> {
    Record::new(PROFILE_ID.into(), Profile::default(), Utc::now())
}

/// Edits the profile record; every change is saved after a short pause.
#[component]
pub fn ProfileForm() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let draft = RwSignal::new(Profile::default());
    let base = StoredValue::new(fresh());

    let autosave = Autosave::new(Duration::from_millis(400), move || async move {
        let data = draft.get_untracked();
        data.validate().map_err(|e| {
            SaveState::Invalid(match e {
                ProfileError::TooLong(_) => td_string!(
                    i18n.get_locale_untracked(),
                    settings.err_too_long,
                    max = FIELD_MAX
                )
                .to_string(),
                ProfileError::BadEmail => t_string!(i18n, settings.err_email).to_string(),
                ProfileError::BadLogo => t_string!(i18n, settings.err_logo).to_string(),
            })
        })?;
        let repo = storage.repo::<Profile>().await.map_err(SaveState::Failed)?;
        let mut record = base.get_value();
        record.data = data;
        let saved = repo.save(&record).await.map_err(SaveState::Failed)?;
        base.try_set_value(saved);
        Ok(())
    });

    // Loads the stored profile, again when another tab changes it.
    let loaded = LocalResource::new(move || {
        let ready = storage.track();
        async move {
            if !ready {
                return None;
            }
            let repo = storage.repo::<Profile>().await.ok()?;
            Some(match repo.get(PROFILE_ID).await {
                Ok(r) => Ok(r),
                Err(StorageError::NotFound) => Ok(fresh()),
                Err(e) => Err(e),
            })
        }
    });
    Effect::new(move |_| {
        if let Some(Some(result)) = loaded.get() {
            match result {
                // Never replace what the user is typing: an unsaved draft
                // meets the newer record as a conflict when it saves.
                Ok(record)
                    if matches!(
                        autosave.state.get_untracked(),
                        SaveState::Clean | SaveState::Saved
                    ) =>
                {
                    draft.set(record.data.clone());
                    base.set_value(record);
                }
                Ok(_) => {}
                Err(e) => autosave.state.set(SaveState::Failed(e)),
            }
        }
    });

    let load_newer = move |_| {
        autosave.state.set(SaveState::Clean);
        loaded.refetch();
    };
    let conflict = move || {
        matches!(
            autosave.state.get(),
            SaveState::Failed(StorageError::Conflict { .. })
        )
    };
    let email_invalid = move || {
        let e = draft.with(|p| p.email.clone());
        !e.is_empty() && !suitcase_core::model::profile::looks_like_email(&e)
    };

    let field = move |id: &'static str,
                      label: String,
                      get: fn(&Profile) -> &String,
                      set: fn(&mut Profile, String),
                      kind: &'static str| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type=kind
                    autocomplete="off"
                    prop:value=move || draft.with(|p| get(p).clone())
                    aria-invalid=move || (kind == "email" && email_invalid()).then_some("true")
                    aria-describedby=move || {
                        (kind == "email" && email_invalid()).then_some("profile-email-error")
                    }
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        draft.update(|p| set(p, v));
                        autosave.schedule();
                    }
                />
                <Show when=move || kind == "email" && email_invalid()>
                    <p id="profile-email-error" class="field-error">
                        {tr!(i18n, settings.err_email_field)}
                    </p>
                </Show>
            </div>
        }
    };

    let logo_note: RwSignal<Option<String>> = RwSignal::new(None);
    let pick_logo = move |ev: leptos::ev::Event| {
        let Some(file) = crate::ui::file_input::take_chosen_file(&ev) else {
            return;
        };
        let kind = file.type_();
        leptos::task::spawn_local(async move {
            let bytes = crate::ui::file_input::read_bytes(&file).await;
            let url = bytes.map(|b| {
                use base64::Engine;
                format!(
                    "data:{kind};base64,{}",
                    base64::engine::general_purpose::STANDARD.encode(b)
                )
            });
            match url {
                Some(url) if suitcase_core::model::proposal::client::logo_ok(&url) => {
                    logo_note.try_set(None);
                    draft.update(|p| p.logo = url);
                    autosave.schedule();
                }
                _ => {
                    logo_note.try_set(Some(t_string!(i18n, settings.err_logo).to_string()));
                }
            }
        });
    };
    let remove_logo = move |_| {
        draft.update(|p| p.logo.clear());
        autosave.schedule();
    };
    let logo = move || draft.with(|p| p.logo.clone());
    view! {
        <section class="card" aria-labelledby="profile-title">
            <h2 id="profile-title">{tr!(i18n, settings.profile_title)}</h2>
            <p>{tr!(i18n, settings.profile_body)}</p>
            <div class="form-grid">
                {move || field("profile-name", t_string!(i18n, settings.profile_name).into(), |p| &p.name, |p, v| p.name = v, "text")}
                {move || field("profile-agency", t_string!(i18n, settings.profile_agency).into(), |p| &p.agency, |p, v| p.agency = v, "text")}
                {move || field("profile-job", t_string!(i18n, settings.profile_job).into(), |p| &p.job_title, |p, v| p.job_title = v, "text")}
                {move || field("profile-email", t_string!(i18n, settings.profile_email).into(), |p| &p.email, |p, v| p.email = v, "email")}
            </div>
            <div class="field logo-field">
                <label for="profile-logo">{tr!(i18n, settings.profile_logo)}</label>
                <p class="help" id="profile-logo-help">{tr!(i18n, settings.profile_logo_help)}</p>
                {move || (!logo().is_empty()).then(|| view! {
                    <img class="logo-preview" src=logo() alt=move || t_string!(i18n, settings.profile_logo).to_string() />
                    <button type="button" class="secondary small" on:click=remove_logo>{tr!(i18n, settings.remove_logo)}</button>
                })}
                <input id="profile-logo" type="file" accept="image/png,image/jpeg,image/svg+xml"
                    aria-describedby="profile-logo-help" on:change=pick_logo />
                {move || logo_note.get().map(|t| view! { <p class="field-error" role="alert">{t}</p> })}
            </div>
            <SaveIndicator state=autosave.state />
            <Show when=conflict>
                <button type="button" on:click=load_newer>{tr!(i18n, settings.load_newer)}</button>
            </Show>
        </section>
    }
}
