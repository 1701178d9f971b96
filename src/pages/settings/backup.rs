//! Export everything to a file; import a backup file back.
use chrono::{DateTime, Duration, Utc};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_i18n::I18nContext;

use crate::i18n::*;
use crate::storage::backup::{self, BackupError};
use crate::storage::{prefs, use_storage, AppStorage};
use crate::ui::busy::Busy;
use crate::ui::download::download_text;
use crate::ui::file_input::{read_text, take_chosen_file};
use crate::ui::messages::backup_error;
use crate::ui::notice::{notice_slot, Notice, NoticeView};
use crate::ui::text::tr;
use suitcase_core::formats::backup::{ImportError, MAX_BYTES};
use suitcase_core::model::reports::dates::iso;

/// Backup export and import.
#[component]
pub fn BackupSection() -> impl IntoView {
    let i18n = use_i18n();
    let storage = use_storage();
    let export_note = notice_slot();
    let import_note = notice_slot();
    let busy = Busy::new();
    let last_backup = RwSignal::new(prefs::last_backup());

    let count = LocalResource::new(move || {
        let ready = storage.track();
        async move {
            if !ready {
                return None;
            }
            let n = backup::count_all(&storage.opened().await.ok()?)
                .await
                .ok()?;
            // The one place that sees every store: the next first paint
            // hides the build's figures only while something is stored.
            prefs::set_stored(n > 0);
            Some(n)
        }
    });

    let on_export = move |_| {
        spawn_local(async move {
            let result = async {
                let s = storage.opened().await?;
                backup::export(&s).await
            }
            .await;
            match result {
                Ok((text, n)) => {
                    let now = Utc::now();
                    let file = format!("suitcase-backup-{}.json", iso(now.date_naive()));
                    if download_text(&file, "application/json", &text).is_ok() {
                        let at = now.to_rfc3339();
                        prefs::set_last_backup(&at);
                        last_backup.try_set(Some(at));
                        export_note.try_set(Some(Notice::ok(
                            td_string!(
                                i18n.get_locale_untracked(),
                                settings.export_done,
                                file = file,
                                count = n
                            )
                            .to_string(),
                        )));
                    }
                }
                Err(e) => {
                    export_note.try_set(Some(Notice::storage(i18n, &e)));
                }
            }
        });
    };

    let on_import = move |ev: leptos::ev::Event| {
        let Some(file) = take_chosen_file(&ev) else {
            return;
        };
        import_note.set(None);
        busy.run(move || async move {
            let note = page_settings_import(storage, i18n, file).await;
            import_note.try_set(Some(note));
        });
    };

    let backup_status = move || {
        let l = i18n.get_locale();
        match last_backup
            .get()
            .and_then(|s| s.parse::<DateTime<Utc>>().ok())
        {
            None => t_string!(i18n, settings.never_backed_up).to_string(),
            Some(at) => {
                let mut s =
                    td_string!(l, settings.last_backup, date = iso(at.date_naive())).to_string();
                if Utc::now() - at > Duration::days(14) {
                    s.push(' ');
                    s.push_str(t_string!(i18n, settings.backup_old));
                }
                s
            }
        }
    };

    view! {
        <section class="card" aria-labelledby="data-title">
            <h2 id="data-title">{tr!(i18n, settings.data_title)}</h2>
            <p>{tr!(i18n, settings.data_body)}</p>
            <p data-testid="record-count" data-stored="">
                {move || count.get().flatten().map(|n| td_string!(i18n.get_locale(), settings.records, count = n).to_string())}
            </p>
            <p data-stored="">{backup_status}</p>
            <div class="actions">
                <button type="button" on:click=on_export>{tr!(i18n, settings.export)}</button>
            </div>
            <NoticeView notice=export_note id="export-msg" />
            <div class="field">
                <label for="import-file">{tr!(i18n, settings.import)}</label>
                <input
                    id="import-file"
                    type="file"
                    accept=".json,application/json"
                    aria-describedby="import-help import-msg"
                    disabled=move || busy.get()
                    aria-busy=move || busy.aria()
                    on:change=on_import
                />
                <p id="import-help" class="help">{tr!(i18n, settings.import_help)}</p>
                <Show when=move || busy.get()>
                    <p role="status">{tr!(i18n, settings.importing)}</p>
                </Show>
                <NoticeView notice=import_note id="import-msg" />
            </div>
        </section>
    }
}

/// Imports the backup file `file` (its size, its reading, every record's
/// check and the writes: [`backup::import`]) and words the outcome in the
/// user's language. Fetched on the first import: the settings page's first
/// open carries neither the import nor the wording of every problem a file
/// can have (each record kind's field names).
#[cfg_attr(not(feature = "unsplit"), leptos::lazy)]
async fn page_settings_import(
    storage: AppStorage,
    i18n: I18nContext<Locale>,
    file: web_sys::File,
) -> Notice {
    let size = file.size();
    if size > MAX_BYTES as f64 {
        let e = BackupError::File(ImportError::TooLarge {
            size: size as u64,
            limit: MAX_BYTES,
        });
        return Notice::err(backup_error(i18n, &e));
    }
    let Some(text) = read_text(&file).await else {
        return Notice::err(t_string!(i18n, errors.file_unreadable));
    };
    let result = match storage.opened().await {
        Ok(s) => backup::import(&s, &text).await,
        Err(e) => Err(BackupError::Storage(e)),
    };
    match result {
        Ok(sum) => {
            storage.touch();
            Notice::ok(
                td_string!(
                    i18n.get_locale_untracked(),
                    settings.import_done,
                    added = sum.added,
                    updated = sum.updated,
                    kept = sum.kept
                )
                .to_string(),
            )
        }
        Err(e) => Notice::err(backup_error(i18n, &e)),
    }
}
